import { useState } from 'react';
import { scaleLog } from 'd3';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { errorText, type ScatterPoint, type ValidationView } from './validation-model.ts';
import { enUs } from '../../domain/format/en-us-number.ts';

const M = { top: 12, right: 16, bottom: 46, left: 64 };

const COLORS: Record<string, string> = { 'h100-sxm': 'var(--chart-1)', h200: 'var(--chart-2)', b200: 'var(--chart-3)', gb200: 'var(--chart-4)' };
const LEGEND = [
  { id: 'h100-sxm', label: 'H100' },
  { id: 'h200', label: 'H200' },
  { id: 'b200', label: 'B200' },
  { id: 'gb200', label: 'GB200' },
];

function tok(n: number): string {
  return enUs(Math.round(n));
}

function tickText(t: number): string {
  return t >= 1000 ? `${t / 1000}k` : String(t);
}

/** Modelled against published output tokens/s on log axes, with the y = x line and the ±band around it. */
export function ValidationScatter({ view }: { view: ValidationView }) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const H = Math.max(280, Math.min(440, width * 0.62));
  const plotW = Math.max(60, width - M.left - M.right);
  const plotH = H - M.top - M.bottom;
  const x = scaleLog().domain(view.domain).range([M.left, M.left + plotW]);
  const y = scaleLog().domain(view.domain).range([M.top + plotH, M.top]);
  const [lo, hi] = view.domain;
  const band = view.band;
  const ticks = x.ticks().filter((t) => [1, 3].includes(Number(t.toExponential(0).split('e')[0])));
  const shown: ScatterPoint | null = view.scatter.find((p) => p.id === active) ?? null;
  const bandPath = `M${x(lo)},${y(lo * (1 + band))} L${x(hi / (1 + band))},${y(hi)} L${x(hi)},${y(hi)} L${x(hi)},${y(hi * (1 - band))} L${x(lo / (1 - band))},${y(lo)} L${x(lo)},${y(lo)} Z`;
  return (
    <div>
      <p className="mb-2 text-sm text-muted">
        Each dot is one scored point; on the diagonal the model equals the measurement, inside the shaded band it is within ±{Math.round(band * 100)} %. Hover or focus a dot
        for its numbers.
      </p>
      <ul className="mb-2 flex flex-wrap gap-4 text-sm text-fg" aria-label="Legend">
        {LEGEND.map((l) => (
          <li key={l.id} className="flex items-center gap-1.5">
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5" fill={COLORS[l.id]} />
            </svg>
            {l.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg width="12" height="12" aria-hidden="true">
            <rect x="1" y="1" width="10" height="10" fill="none" stroke="var(--fg)" strokeWidth="1.5" />
          </svg>
          mixture of experts
        </li>
        <li className="flex items-center gap-1.5">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="none" stroke="var(--fg)" strokeWidth="2" />
          </svg>
          hollow: never fitted
        </li>
      </ul>
      <div ref={boxRef} className="relative min-w-0" data-tour="validation-scatter">
        {width > 0 ? (
          <svg width={width} height={H} viewBox={`0 0 ${width} ${H}`} role="group" aria-labelledby="validation-scatter-title" className="block">
            <title id="validation-scatter-title">{`Modelled against published output tokens per second for ${view.scatter.length} points, log scales, with the ±${Math.round(band * 100)} % band`}</title>
            <path d={bandPath} fill="var(--accent-soft)" />
            <line x1={x(lo)} y1={y(lo * (1 + band))} x2={x(hi / (1 + band))} y2={y(hi)} stroke="var(--accent)" strokeDasharray="4 3" opacity={0.7} />
            <line x1={x(lo / (1 - band))} y1={y(lo)} x2={x(hi)} y2={y(hi * (1 - band))} stroke="var(--accent)" strokeDasharray="4 3" opacity={0.7} />
            <line x1={x(lo)} y1={y(lo)} x2={x(hi)} y2={y(hi)} stroke="var(--accent)" strokeWidth={1.5} />
            {ticks.map((t) => (
              <g key={t}>
                <line x1={M.left} x2={M.left + plotW} y1={y(t)} y2={y(t)} stroke="var(--border)" strokeDasharray="3 3" />
                <text x={M.left - 6} y={y(t)} dy="0.35em" textAnchor="end" fontSize={12} fill="var(--muted)">
                  {tickText(t)}
                </text>
                <text x={x(t)} y={M.top + plotH + 16} textAnchor="middle" fontSize={12} fill="var(--muted)">
                  {tickText(t)}
                </text>
              </g>
            ))}
            <text x={M.left + plotW / 2} y={H - 8} textAnchor="middle" fontSize={12} fill="var(--fg)">
              Published output tokens/s (log scale)
            </text>
            <text transform={`translate(16,${M.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="var(--fg)">
              Modelled output tokens/s
            </text>
            {view.scatter.map((p) => {
              const cx = x(p.published);
              const cy = y(p.modelled);
              const on = p.id === active;
              const r = on ? 8 : 6;
              const fill = COLORS[p.accelerator] ?? 'var(--chart-5)';
              return (
                <g
                  key={p.id}
                  tabIndex={0}
                  role="img"
                  aria-label={`${p.label}: published ${tok(p.published)}, modelled ${tok(p.modelled)} tokens per second, error ${errorText(p.error)}, ${p.fitted ? 'in-sample' : 'never fitted'}`}
                  onMouseEnter={() => setActive(p.id)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(p.id)}
                  onBlur={() => setActive(null)}
                  className="outline-none [&:focus-visible>*]:stroke-[var(--focus)] [&:focus-visible>*]:stroke-[3px]"
                  data-point={p.id}
                >
                  {p.moe ? (
                    <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={p.fitted ? fill : 'none'} stroke={p.fitted ? 'var(--fg)' : fill} strokeWidth={p.fitted ? 1.5 : 2.5} />
                  ) : (
                    <circle cx={cx} cy={cy} r={r} fill={p.fitted ? fill : 'none'} stroke={p.fitted ? 'var(--surface)' : fill} strokeWidth={p.fitted ? 1.5 : 2.5} />
                  )}
                </g>
              );
            })}
          </svg>
        ) : (
          <div style={{ height: H }} />
        )}
        {shown ? (
          <div className="pointer-events-none absolute left-20 top-2 max-w-xs rounded-md border border-line bg-surface p-2 text-xs text-fg shadow" role="status">
            <p className="font-semibold">{shown.label}</p>
            <p>
              Published {tok(shown.published)} · modelled {tok(shown.modelled)} tok/s
            </p>
            <p>
              Error {errorText(shown.error)} · {shown.fitted ? 'in-sample' : 'never fitted'}
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
