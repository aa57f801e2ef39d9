import { useState } from 'react';
import { scaleBand, scaleLinear } from 'd3';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { compareAcrossCatalog } from '../../domain/pricing/catalog-comparison.ts';
import { formatUsd } from '../../domain/format/money.ts';
import type { TokenWorkload } from '../../domain/pricing/token-cost.ts';
import { Card } from '../../ui/card.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useElementWidth } from '../../ui/use-element-width.ts';

const ROW = 26;
const SHORT_LIST = 15;
const TOP = 26;

export function ModelComparison({
  catalog,
  selectedModelId,
  selectedMonthly,
  workload,
  requestsPerDay,
  provider,
  onProviderChange,
  onPick,
}: {
  catalog: Catalog;
  selectedModelId: string;
  selectedMonthly: number;
  workload: TokenWorkload;
  requestsPerDay: number;
  provider: string;
  onProviderChange: (provider: string) => void;
  onPick: (modelId: string) => void;
}) {
  const providers = [...new Set(catalog.models.map((m) => m.provider))].sort();
  const validProvider = provider === 'all' || providers.includes(provider) ? provider : 'all';
  const { rows: allRows, tooSmall } = compareAcrossCatalog(catalog, workload, requestsPerDay, validProvider);
  const [showAll, setShowAll] = useState(false);
  // The cheapest few answer "what is cheapest"; the selected model stays visible for comparison.
  const rows = showAll ? allRows : allRows.filter((r, i) => i < SHORT_LIST || r.modelId === selectedModelId);
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const labelWidth = width < 560 ? 150 : 250;
  const valueWidth = 96;
  const height = TOP + rows.length * ROW + 8;
  const max = Math.max(1e-12, ...rows.map((r) => (r.modelId === selectedModelId ? selectedMonthly : r.perMonth)));
  const x = scaleLinear().domain([0, max]).range([0, Math.max(40, width - labelWidth - valueWidth)]).nice();
  const y = scaleBand<string>().domain(rows.map((r) => r.modelId)).range([TOP, TOP + rows.length * ROW]).padding(0.22);
  const ticks = x.ticks(width < 560 ? 2 : 5);

  return (
    <Card
      className="mt-5"
      title="The same workload on every model"
      actions={
        <SelectField
          label="Provider"
          value={validProvider}
          options={[{ value: 'all', label: 'All providers' }, ...providers.map((p) => ({ value: p, label: p }))]}
          onChange={onProviderChange}
          className="min-w-48"
        />
      }
    >
      <p className="mb-3 text-sm text-muted">
        Monthly cost (730 h) of this workload — tokens, cache and batch shares — on each model at its default in-Region
        price, cheapest first. Your selection is highlighted and uses your scope and prices. Click a bar to pick that model.
        {tooSmall > 0 ? ` ${tooSmall} model${tooSmall === 1 ? '' : 's'} left out: context window too small for one request.` : ''}
      </p>
      <div ref={boxRef} className="w-full">
        <svg width={width} height={height} role="img" aria-labelledby="comparison-title" className="block">
          <title id="comparison-title">
            {`Monthly cost by model, cheapest ${rows[0]?.name ?? 'none'} at ${formatUsd(rows[0]?.perMonth ?? 0)}`}
          </title>
          {ticks.map((t) => (
            <g key={t} transform={`translate(${labelWidth + x(t)},0)`}>
              <line y1={TOP - 4} y2={height - 4} stroke="var(--border)" strokeDasharray="3 3" />
              <text y={TOP - 9} textAnchor="middle" fontSize={12} fill="var(--muted)">
                {formatUsd(t)}
              </text>
            </g>
          ))}
          {rows.map((r) => {
            const selected = r.modelId === selectedModelId;
            const value = selected ? selectedMonthly : r.perMonth;
            const yy = y(r.modelId) ?? 0;
            return (
              <g key={r.modelId} onClick={() => onPick(r.modelId)} className="cursor-pointer" data-model={r.modelId}>
                <rect x={0} y={yy - 3} width={width} height={y.bandwidth() + 6} fill={selected ? 'var(--accent-soft)' : 'transparent'} />
                <text x={labelWidth - 8} y={yy + y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize={13} fill="var(--fg)" fontWeight={selected ? 700 : 400}>
                  {truncate(r.name, labelWidth < 200 ? 20 : 34)}
                  {r.uncertain ? ' *' : ''}
                </text>
                <rect x={labelWidth} y={yy} width={Math.max(1, x(value))} height={y.bandwidth()} rx={3} fill={selected ? 'var(--accent)' : 'var(--chart-4)'} opacity={selected ? 1 : 0.75} />
                <text x={labelWidth + x(value) + 6} y={yy + y.bandwidth() / 2} dy="0.35em" fontSize={12} fill="var(--fg)" className="tabular">
                  {formatUsd(value)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted">* price marked uncertain in the catalog (sources disagree).</p>
        {allRows.length > SHORT_LIST ? (
          <button type="button" className="rounded px-2 py-1 text-sm font-medium text-accent-strong underline" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
            {showAll ? `Show the ${SHORT_LIST} cheapest` : `Show all ${allRows.length} models`}
          </button>
        ) : null}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-fg">Show as a table</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Monthly cost of the workload by model</caption>
          <thead className="text-left text-muted">
            <tr>
              <th scope="col" className="py-1 font-medium">Model</th>
              <th scope="col" className="py-1 font-medium">Provider</th>
              <th scope="col" className="py-1 text-right font-medium">Per month</th>
              <th scope="col" className="py-1 text-right font-medium"><span className="sr-only">Action</span></th>
            </tr>
          </thead>
          <tbody>
            {allRows.map((r) => (
              <tr key={r.modelId} className="border-t border-line">
                <th scope="row" className="py-1 text-left font-medium text-fg">{r.name}{r.uncertain ? ' (uncertain)' : ''}</th>
                <td className="py-1 text-muted">{r.provider}</td>
                <td className="tabular py-1 text-right">{formatUsd(r.modelId === selectedModelId ? selectedMonthly : r.perMonth)}</td>
                <td className="py-1 text-right">
                  {r.modelId === selectedModelId ? (
                    <span className="text-muted">selected</span>
                  ) : (
                    <button type="button" className="rounded px-2 font-medium text-accent-strong underline" onClick={() => onPick(r.modelId)}>
                      Use {r.name}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  );
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
