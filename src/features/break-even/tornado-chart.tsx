import { scaleLinear } from 'd3';
import { formatCompact } from '../../domain/format/money.ts';
import type { SensitivityRow } from '../../domain/breakeven/sensitivity.ts';
import { Badge } from '../../ui/provenance.tsx';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { whole } from './format.ts';

function num(v: number, digits = 0): string {
  return digits === 0 ? whole(v) : v.toLocaleString('en-US', { maximumFractionDigits: digits });
}

function valueText(v: number, unit: string): string {
  const digits = Math.abs(v) < 1 ? 4 : Math.abs(v) < 100 ? 2 : 0;
  const n = num(v, digits);
  if (unit === '$' || unit === '$/year') return `$${n}`;
  if (unit === '') return n;
  return `${n} ${unit}`;
}

function resultText(v: number): string {
  return Number.isFinite(v) ? formatCompact(v) : 'never';
}

/** How far the break-even volume moves when each input spans its plausible range (others fixed). */
export function TornadoChart({ base, rows }: { base: number; rows: SensitivityRow[] }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < 500;
  const labelW = narrow ? 148 : 190;
  const rowH = 30;
  const height = rows.length * rowH + 34;
  const finite = rows.flatMap((r) => [r.atLow, r.atHigh]).filter(Number.isFinite);
  const baseOk = Number.isFinite(base);
  const hi = Math.max(...finite, baseOk ? base : 0, 1) * 1.1;
  const x = scaleLinear().domain([0, hi]).range([labelW, width - 56]);
  const clampX = (v: number) => (Number.isFinite(v) ? x(v) : width - 56);
  return (
    <div ref={ref} className="w-full min-w-0">
      <p className="mb-2 text-sm text-muted">
        Bars span the break-even volume as each input moves over its range; the line is your scenario
        ({baseOk ? `${formatCompact(base)} tokens/month` : 'never breaks even'}). <span className="font-semibold text-chart-4">Blue</span> = input at its low end,{' '}
        <span className="font-semibold text-chart-3">orange</span> = at its high end. Bars reaching the right edge never break even.
      </p>
      <svg width={width} height={height} role="img" aria-label="Sensitivity of the break-even volume to each input; exact values in the table below." className="block">
        {rows.map((r, k) => {
          const yy = k * rowH + 6;
          const a = clampX(r.atLow);
          const b = clampX(r.atHigh);
          return (
            <g key={r.key}>
              <text x={labelW - 8} y={yy + rowH / 2 - 3} dy="0.32em" textAnchor="end" className={`fill-fg ${narrow ? 'text-[11px]' : 'text-[12px]'}`}>
                {r.label}
              </text>
              <rect x={Math.min(a, clampX(base))} y={yy + 3} width={Math.abs(a - clampX(base))} height={rowH - 12} className="fill-chart-4" opacity={0.85} />
              <rect x={Math.min(b, clampX(base))} y={yy + 3} width={Math.abs(b - clampX(base))} height={rowH - 12} className="fill-chart-3" opacity={0.85} />
              {!Number.isFinite(r.atLow) || !Number.isFinite(r.atHigh) ? (
                <text x={width - 52} y={yy + rowH / 2 - 3} dy="0.32em" className="fill-danger text-[11px] font-semibold">
                  never
                </text>
              ) : null}
            </g>
          );
        })}
        {baseOk ? <line x1={x(base)} x2={x(base)} y1={2} y2={rows.length * rowH + 6} className="stroke-fg" strokeWidth={2} /> : null}
        {x.ticks(width < 500 ? 3 : 5).map((t) => (
          <text key={t} x={x(t)} y={height - 6} textAnchor="middle" className="fill-muted text-[11px]">
            {formatCompact(t)}
          </text>
        ))}
      </svg>
      <div className="sr-only">
<table>
        <caption>Break-even volume in tokens per month with each input at the low and high end of its range</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Low value</th>
            <th scope="col">Break-even at low</th>
            <th scope="col">High value</th>
            <th scope="col">Break-even at high</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{valueText(r.lowValue, r.unit)}</td>
              <td>{Number.isFinite(r.atLow) ? num(r.atLow) : 'never'}</td>
              <td>{valueText(r.highValue, r.unit)}</td>
              <td>{Number.isFinite(r.atHigh) ? num(r.atHigh) : 'never'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-fg">Ranges and their sources</summary>
        <div className="overflow-x-auto">
        <table className="mt-2 w-full min-w-[560px] text-left text-xs">
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-1 pr-2">Input</th>
              <th scope="col" className="py-1 pr-2">Low → break-even</th>
              <th scope="col" className="py-1 pr-2">High → break-even</th>
              <th scope="col" className="py-1">Range source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-line align-top">
                <th scope="row" className="py-1 pr-2 font-medium text-fg">
                  {r.label} {r.assumption ? <Badge tone="warn">assumption</Badge> : null}
                </th>
                <td className="tabular py-1 pr-2">
                  {valueText(r.lowValue, r.unit)} → {resultText(r.atLow)}
                </td>
                <td className="tabular py-1 pr-2">
                  {valueText(r.highValue, r.unit)} → {resultText(r.atHigh)}
                </td>
                <td className="py-1 text-muted">{r.rangeSource}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </div>
  );
}
