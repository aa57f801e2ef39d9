import { useRef, useState } from 'react';
import { extent, scaleLinear, scaleLog } from 'd3';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { formatPrice } from '../../domain/format/money.ts';
import type { PriceSpeedPoint } from '../../domain/pricing/price-speed.ts';
import { Card } from '../../ui/card.tsx';
import { useElementWidth } from '../../ui/use-element-width.ts';
import type { PricingView } from './pricing-model.ts';
import { ChartExportButtons } from './chart-export-buttons.tsx';

const H = 320;
const M = { top: 14, right: 16, bottom: 44, left: 56 };

function seconds(r: PriceSpeedPoint['ttftSeconds']): string {
  if (!r) return 'not observed';
  return r.min === r.max ? `${r.min} s` : `${r.min}–${r.max} s`;
}

/** Ticks at least `gap` pixels apart, so log-scale labels never collide. */
function spacedTicks(ticks: number[], at: (t: number) => number, gap: number): number[] {
  const out: number[] = [];
  for (const t of ticks) if (out.length === 0 || at(t) - at(out[out.length - 1]!) >= gap) out.push(t);
  return out;
}

type Label = { key: string; x: number; y: number; anchor: 'start' | 'end'; text: string };

/** Labels placed right of their dot (left near the edge); one that would overlap an earlier label is left to hover and the table. */
function placeLabels(items: { key: string; x: number; y: number; text: string }[], right: number): Label[] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const dots = items.map((it) => ({ key: it.key, x0: it.x - 7, x1: it.x + 7, y: it.y }));
  const out: Label[] = [];
  for (const it of [...items].sort((a, b) => a.y - b.y)) {
    const w = it.text.length * 6.3;
    const anchor = it.x + 9 + w > right ? 'end' : 'start';
    const x0 = anchor === 'start' ? it.x + 9 : it.x - 9 - w;
    const x1 = x0 + w;
    if (placed.some((p) => Math.abs(p.y - it.y) < 13 && x0 < p.x1 + 4 && p.x0 < x1 + 4)) continue;
    if (dots.some((d) => d.key !== it.key && Math.abs(d.y - it.y) < 11 && x0 < d.x1 && d.x0 < x1)) continue;
    placed.push({ x0, x1, y: it.y });
    out.push({ key: it.key, x: anchor === 'start' ? it.x + 9 : it.x - 9, y: it.y, anchor, text: it.text });
  }
  return out;
}

function speedText(p: PriceSpeedPoint): string {
  return p.speed.min === p.speed.max ? `${p.speed.min} tokens/s` : `${p.speed.min}–${p.speed.max} tokens/s`;
}

/** Blended price of this workload against observed Bedrock output speed; unobserved models listed beside. */
export function PriceSpeedSection({ view, onPick }: { view: PricingView; catalog: Catalog; onPick: (modelId: string) => void }) {
  const { points, unobserved, unpriced } = view.priceSpeed;
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const prices = extent(points, (p) => p.blendedPer1M) as [number, number] | [undefined, undefined];
  const speeds = points.flatMap((p) => [p.speed.min, p.speed.max]);
  const x = scaleLog()
    .domain([Math.max(1e-4, (prices[0] ?? 0.01) / 1.6), (prices[1] ?? 100) * 1.6])
    .range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = scaleLinear()
    .domain([0, Math.max(10, ...speeds) * 1.08])
    .range([H - M.bottom, M.top])
    .nice();
  const shown = points.find((p) => p.key === active) ?? null;
  const labels =
    width >= 560
      ? placeLabels(
          points.map((p) => ({ key: p.key, x: x(p.blendedPer1M), y: y(p.speed.typical), text: `${p.name}${p.tierLabel === 'Standard' ? '' : ` (${p.tierLabel})`}` })),
          width - M.right,
        )
      : [];

  return (
    <Card className="mt-5" title="Price against speed" print="omit">
      <p className="mb-3 text-sm text-muted">
        Blended price per 1M tokens of this workload’s input:output mix (standard prices of each model’s default scope) against the output speed observed on Bedrock; the bar
        is the observed range, the dot its typical value. Hover or focus a dot for the first-token time and the sources. Models without an observed Bedrock speed are listed,
        never placed at a guessed speed.
      </p>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <div ref={boxRef} className="relative min-w-0">
          <svg ref={svgRef} width={width} height={H} role="group" aria-labelledby="price-speed-title" className="block">
            <title id="price-speed-title">{`Blended price against observed output speed for ${points.length} model and tier points`}</title>
            {y.ticks(5).map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`}>
                <line x1={M.left} x2={width - M.right} stroke="var(--border)" strokeDasharray="3 3" />
                <text x={M.left - 6} dy="0.35em" textAnchor="end" fontSize={12} fill="var(--muted)">
                  {t}
                </text>
              </g>
            ))}
            {spacedTicks(x.ticks(6), (t) => x(t), 56).map((t) => (
              <text key={t} x={x(t)} y={H - M.bottom + 16} textAnchor="middle" fontSize={12} fill="var(--muted)">
                {formatPrice(t)}
              </text>
            ))}
            <text x={(M.left + width - M.right) / 2} y={H - 6} textAnchor="middle" fontSize={12} fill="var(--fg)">
              Blended USD per 1M tokens (log scale)
            </text>
            <text transform={`translate(14,${(H - M.bottom + M.top) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="var(--fg)">
              Output tokens/s observed
            </text>
            {points.map((p) => {
              const cx = x(p.blendedPer1M);
              const on = p.key === active;
              return (
                <g
                  key={p.key}
                  tabIndex={0}
                  role="button"
                  aria-label={`${p.name}, ${p.tierLabel}: ${formatPrice(p.blendedPer1M)} per 1M tokens, ${speedText(p)}, first token ${seconds(p.ttftSeconds)}. Pick this model.`}
                  onMouseEnter={() => setActive(p.key)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(p.key)}
                  onBlur={() => setActive(null)}
                  onClick={() => onPick(p.modelId)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onPick(p.modelId);
                    }
                  }}
                  className="cursor-pointer outline-none [&:focus-visible>circle]:stroke-[var(--focus)] [&:focus-visible>circle]:stroke-[3px]"
                  data-point={p.key}
                >
                  <line x1={cx} x2={cx} y1={y(p.speed.min)} y2={y(p.speed.max)} stroke={p.modelId === view.model.id ? 'var(--accent)' : 'var(--chart-4)'} strokeWidth={3} opacity={0.6} />
                  <circle cx={cx} cy={y(p.speed.typical)} r={on ? 8 : 6} fill={p.modelId === view.model.id ? 'var(--accent)' : p.tierLabel === 'Standard' ? 'var(--chart-1)' : 'var(--chart-3)'} stroke="var(--surface)" strokeWidth={1.5} />
                </g>
              );
            })}
            {labels.map((l) => (
              <text key={l.key} x={l.x} y={l.y} dy="0.35em" textAnchor={l.anchor} fontSize={11} fill="var(--fg)" aria-hidden="true">
                {l.text}
              </text>
            ))}
          </svg>
          {shown ? (
            <div className="pointer-events-none absolute right-2 top-2 max-w-xs rounded-md border border-line bg-surface p-2 text-xs text-fg shadow" role="status" data-testid="price-speed-tip">
              <p className="font-semibold">
                {shown.name} · {shown.tierLabel}
              </p>
              <p>
                {formatPrice(shown.blendedPer1M)} per 1M tokens (price as of {shown.priceAsOf})
              </p>
              <p>
                {speedText(shown)} · first token {seconds(shown.ttftSeconds)}
              </p>
              <p className="text-muted">
                Speed: {shown.speedSource}, {shown.speedDate}. {shown.quality}
              </p>
            </div>
          ) : null}
        </div>
        <div className="min-w-0 text-sm">
          <h3 className="font-semibold text-fg">No observed Bedrock speed ({unobserved.length})</h3>
          <ul
            className="mt-1 max-h-72 overflow-y-auto rounded-md border border-line bg-surface-2 p-2 text-muted"
            data-testid="price-speed-unobserved"
            tabIndex={0}
            aria-label="Models without an observed Bedrock speed"
          >
            {unobserved.map((u) => (
              <li key={u.modelId} title={u.note ?? undefined}>
                {u.name}
                {u.note ? ' *' : ''}
              </li>
            ))}
          </ul>
          {unobserved.some((u) => u.note) ? <p className="mt-1 text-xs text-muted">* measured off Bedrock only (not plotted).</p> : null}
          {unpriced.length ? (
            <p className="mt-2 text-xs text-muted">
              Observed but not priced here: {unpriced.map((u) => `${u.name} (${u.reason})`).join('; ')}.
            </p>
          ) : null}
        </div>
      </div>
      <div className="mt-2 flex justify-end">
        <ChartExportButtons svgRef={svgRef} view={view} chart="speed" title="Blended price per 1M tokens against observed Bedrock output speed" setting={`${points.length} model/tier points`} />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-fg">Show the points as a table</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">Blended price and observed speed by model and tier</caption>
            <thead className="text-left text-muted">
              <tr>
                <th scope="col" className="py-1 font-medium">Model · tier</th>
                <th scope="col" className="py-1 text-right font-medium">USD per 1M tokens</th>
                <th scope="col" className="py-1 text-right font-medium">Output tokens/s</th>
                <th scope="col" className="py-1 text-right font-medium">First token</th>
                <th scope="col" className="py-1 font-medium">Speed source, date</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.key} className="border-t border-line align-top">
                  <th scope="row" className="py-1 text-left font-medium text-fg">
                    {p.name} · {p.tierLabel}
                  </th>
                  <td className="tabular py-1 text-right">{formatPrice(p.blendedPer1M)}</td>
                  <td className="tabular py-1 text-right">{speedText(p)}</td>
                  <td className="tabular py-1 text-right">{seconds(p.ttftSeconds)}</td>
                  <td className="py-1 text-xs text-muted">
                    {p.speedSource}, {p.speedDate}
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
