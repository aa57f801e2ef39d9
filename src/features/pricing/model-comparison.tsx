import { useRef, useState } from 'react';
import { scaleBand } from 'd3';
import { TIER_LABEL } from '../../domain/catalog/catalog-lookup.ts';
import { CHART_TIERS, type ChartTier } from '../../domain/pricing/catalog-chart.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useElementWidth } from '../../ui/use-element-width.ts';
import type { PricingValues, PricingView } from './pricing-model.ts';
import { ChartExportButtons } from './chart-export-buttons.tsx';
import { comparisonAxis } from './comparison-axis.ts';

const ROW = 26;
const SHORT_LIST = 15;
const TOP = 26;

export function ModelComparison({
  view,
  values,
  providers,
  onChange,
  onPick,
}: {
  view: PricingView;
  values: PricingValues;
  providers: string[];
  onChange: (patch: Partial<PricingValues>) => void;
  onPick: (modelId: string) => void;
}) {
  const { rows: allRows, cheapestFitId, unpriced, hiddenRetired } = view.chart;
  const selectedId = view.model.id;
  const [showAll, setShowAll] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  // The cheapest few answer "what is cheapest"; the selected model and the cheapest fit stay visible.
  const rows = showAll ? allRows : allRows.filter((r, i) => i < SHORT_LIST || r.modelId === selectedId || r.modelId === cheapestFitId);
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < 560;
  const labelWidth = narrow ? 140 : 250;
  const valueWidth = narrow ? 120 : 170;
  const height = TOP + rows.length * ROW + 8;
  const { x, ticks } = comparisonAxis(
    rows.map((r) => r.perMonth),
    width - labelWidth - valueWidth,
    narrow ? 2 : 5,
  );
  const y = scaleBand<string>().domain(rows.map((r) => r.modelId)).range([TOP, TOP + rows.length * ROW]).padding(0.22);
  const cheapest = allRows.find((r) => r.modelId === cheapestFitId);

  return (
    <Card
      print="omit"
      className="mt-5"
      title="The same workload on every model"
      actions={
        <div className="flex flex-wrap items-end gap-3">
          <Segmented<ChartTier>
            legend="Chart tier"
            value={values.chartTier}
            options={CHART_TIERS.map((t) => ({ value: t, label: TIER_LABEL[t] }))}
            onChange={(chartTier) => onChange({ chartTier })}
          />
          <SelectField
            label="Provider"
            value={values.provider}
            options={[{ value: 'all', label: 'All providers' }, ...providers.map((p) => ({ value: p, label: p }))]}
            onChange={(provider) => onChange({ provider })}
            className="min-w-48"
          />
        </div>
      }
    >
      <div data-tour="pricing-chart">
        <p className="mb-3 text-sm text-muted">
          Monthly cost (730 h) of this workload on each model at its default scope and the {TIER_LABEL[values.chartTier]} tier, cheapest first.{' '}
          {cheapest ? (
            <>
              <strong className="text-fg">★ {cheapest.name}</strong> is the cheapest whose context window takes one request ({formatUsd(cheapest.perMonth)}).{' '}
            </>
          ) : (
            'No model at this tier takes one request in its context window. '
          )}
          Click a bar to pick that model.
          {unpriced.length > 0 ? ` ${unpriced.length} model${unpriced.length === 1 ? '' : 's'} without a price at this tier for this workload are not drawn.` : ''}
          {hiddenRetired > 0 ? ` ${hiddenRetired} retired model${hiddenRetired === 1 ? '' : 's'} hidden.` : ''}
        </p>
        <div ref={boxRef} className="w-full">
          <svg ref={svgRef} width={width} height={height} role="img" aria-labelledby="comparison-title" className="block">
            <title id="comparison-title">{`Monthly cost by model at the ${TIER_LABEL[values.chartTier]} tier; cheapest that fits: ${cheapest?.name ?? 'none'}`}</title>
            {ticks.map((t) => (
              <g key={t} transform={`translate(${labelWidth + x(t)},0)`}>
                <line y1={TOP - 4} y2={height - 4} stroke="var(--border)" strokeDasharray="3 3" />
                <text y={TOP - 9} textAnchor="middle" fontSize={12} fill="var(--muted)">
                  {formatUsd(t)}
                </text>
              </g>
            ))}
            {rows.map((r) => {
              const selected = r.modelId === selectedId;
              const best = r.modelId === cheapestFitId;
              const yy = y(r.modelId) ?? 0;
              return (
                <g key={r.modelId} onClick={() => onPick(r.modelId)} className="cursor-pointer" data-model={r.modelId} opacity={r.fits ? 1 : 0.45}>
                  <rect x={0} y={yy - 3} width={width} height={y.bandwidth() + 6} fill={selected ? 'var(--accent-soft)' : 'transparent'} />
                  <text x={labelWidth - 8} y={yy + y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize={13} fill="var(--fg)" fontWeight={selected || best ? 700 : 400}>
                    {best ? '★ ' : ''}
                    {truncate(r.name, narrow ? 15 : 32)}
                    {r.conflicting ? ' *' : ''}
                  </text>
                  <rect x={labelWidth} y={yy} width={Math.max(1, x(r.perMonth))} height={y.bandwidth()} rx={3} fill={selected ? 'var(--accent)' : best ? 'var(--chart-2)' : 'var(--chart-4)'} />
                  <text x={labelWidth + x(r.perMonth) + 6} y={yy + y.bandwidth() / 2} dy="0.35em" fontSize={12} fill="var(--fg)" className="tabular">
                    {formatUsd(r.perMonth)}
                    {r.fits ? '' : narrow ? ' · small' : ' · too small'}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-muted">* sources conflict on this price. Faded: context window smaller than one request.</p>
          <ChartExportButtons
            svgRef={svgRef}
            view={view}
            chart="catalog"
            title={`Monthly cost of the same workload by model (USD, 730 h), ${TIER_LABEL[values.chartTier]} tier`}
            setting={`chart tier ${TIER_LABEL[values.chartTier]}, provider ${values.provider}${cheapest ? `, cheapest that fits: ${cheapest.name}` : ''}`}
          />
          {allRows.length > SHORT_LIST ? (
            <button type="button" className="rounded px-2 py-1 text-sm font-medium text-accent-strong underline" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {showAll ? `Show the ${SHORT_LIST} cheapest` : `Show all ${allRows.length} models`}
            </button>
          ) : null}
        </div>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-fg">Show as a table</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">Monthly cost of the workload by model</caption>
            <thead className="text-left text-muted">
              <tr>
                <th scope="col" className="py-1 font-medium">Model</th>
                <th scope="col" className="py-1 font-medium">Price point</th>
                <th scope="col" className="py-1 text-right font-medium">USD per month</th>
                <th scope="col" className="py-1 text-right font-medium"><span className="sr-only">Action</span></th>
              </tr>
            </thead>
            <tbody>
              {allRows.map((r) => (
                <tr key={r.modelId} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-medium text-fg">
                    {r.modelId === cheapestFitId ? '★ ' : ''}
                    {r.name}
                    {r.conflicting ? ' (sources conflict)' : ''}
                    {r.fits ? '' : ' (context too small)'}
                  </th>
                  <td className="py-1 text-muted">{r.priceLabel}</td>
                  <td className="tabular py-1 text-right">{formatUsd(r.perMonth)}</td>
                  <td className="py-1 text-right">
                    {r.modelId === selectedId ? (
                      <span className="text-muted">selected</span>
                    ) : (
                      <button type="button" className="rounded px-2 font-medium text-accent-strong underline" onClick={() => onPick(r.modelId)}>
                        Use {r.name}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {unpriced.map((u) => (
                <tr key={u.modelId} className="border-t border-line text-muted">
                  <th scope="row" className="py-1 text-left font-normal">{u.name}</th>
                  <td className="py-1" colSpan={3}>
                    {u.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
