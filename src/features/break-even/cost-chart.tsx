import { useRef } from 'react';
import { scaleLinear } from 'd3';
import { formatCompact, formatUsd } from '../../domain/format/money.ts';
import type { ExportContext } from '../../domain/export/export-context.ts';
import { downloadPng, downloadSvg, type ExportHeading } from '../../ui/chart-export.ts';
import { Button } from '../../ui/button.tsx';
import { useElementWidth } from '../../ui/use-element-width.ts';
import type { BreakEvenModel } from './break-even-model.ts';
import { breakEvenChartCaption } from './break-even-export.ts';
import { whole } from './format.ts';

const M = { top: 16, right: 16, bottom: 46, left: 70 };

/** Monthly cost against monthly volume: Bedrock's straight line and the self-hosting staircase. */
export function CostChart({ m, context }: { m: BreakEvenModel; context: () => ExportContext }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const c = m.chart;
  if (!c) return <p className="text-muted">Enter a throughput per server and the server’s cost to draw the chart.</p>;
  const mode = m.selfHost.inputs.mode === 'rent' ? 'rented' : 'owned';
  const height = width < 500 ? 260 : 330;
  const x = scaleLinear().domain([0, c.xMax]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, c.yMax]).range([height - M.bottom, M.top]).nice();
  const d = c.steps.map((s, k) => `${k === 0 ? 'M' : 'L'}${x(s.fromTokensPerMonth)},${y(s.costPerMonth)}L${x(s.toTokensPerMonth)},${y(s.costPerMonth)}`).join('');
  const xTicks = x.ticks(width < 500 ? 4 : 7);
  const yTicks = y.ticks(5);
  const userX = x(Math.min(c.userTokensPerMonth, c.xMax));
  const legend = `Bedrock on-demand (${formatUsd(m.bedrock.price.value)}/1M)`;
  const selfLegend = `Self-hosting (${mode} servers, steps as servers are added)`;
  const heading = (): ExportHeading => ({
    title: 'Monthly cost against monthly volume',
    legend: [
      { label: legend, color: 'var(--chart-2)' },
      { label: selfLegend, color: 'var(--chart-1)' },
    ],
    caption: breakEvenChartCaption(m, context()),
  });
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <div ref={ref} className="w-full min-w-0">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-fg" aria-hidden="true">
          <span className="flex items-center gap-2">
            <span className="inline-block h-1 w-6 rounded bg-chart-2" /> {legend}
          </span>
          <span className="flex items-center gap-2">
            <span className="inline-block h-1 w-6 rounded bg-chart-1" /> {selfLegend}
          </span>
          <span className="flex items-center gap-2">
            <span className="inline-block h-3 w-3 rounded-full border-2 border-chart-3 bg-surface" /> Crossover
          </span>
        </div>
        <div className="flex gap-2">
          <Button className="min-h-8 px-2 py-1 text-xs" onClick={() => svgRef.current && void downloadPng(svgRef.current, `break-even-chart-${stamp}.png`, heading())}>
            Chart PNG
          </Button>
          <Button className="min-h-8 px-2 py-1 text-xs" onClick={() => svgRef.current && downloadSvg(svgRef.current, `break-even-chart-${stamp}.svg`, heading())}>
            Chart SVG
          </Button>
        </div>
      </div>
      {m.results?.breakEven.kind === 'never' ? (
        <p className="mb-1 text-sm font-semibold text-danger">Self-hosting never catches up: each server costs more than its tokens would on Bedrock.</p>
      ) : null}
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Monthly cost against monthly tokens up to ${formatCompact(c.xMax)}: Bedrock is a straight line, self-hosting a staircase; ${c.crossovers.length} crossover${c.crossovers.length === 1 ? '' : 's'} shown. Exact values in the table below.`}
        className="block overflow-visible"
      >
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="stroke-line" strokeDasharray="2 4" />
            <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end" className="fill-muted text-[12px]">
              ${formatCompact(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={height - M.bottom + 18} textAnchor="middle" className="fill-muted text-[12px]">
            {formatCompact(t)}
          </text>
        ))}
        <text x={(M.left + width - M.right) / 2} y={height - 6} textAnchor="middle" className="fill-fg text-[13px] font-medium">
          Tokens per month (input + output)
        </text>
        <text transform={`translate(14,${(height - M.bottom + M.top) / 2}) rotate(-90)`} textAnchor="middle" className="fill-fg text-[13px] font-medium">
          Cost per month (USD)
        </text>
        <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} className="stroke-muted" />
        <line x1={userX} x2={userX} y1={M.top} y2={y(0)} className="stroke-fg" strokeDasharray="5 4" />
        <text x={userX + 5} y={M.top + 10} className="fill-fg text-[12px] font-semibold" textAnchor={userX > width - 120 ? 'end' : 'start'} dx={userX > width - 120 ? -10 : 0}>
          your volume
        </text>
        <line x1={x(0)} y1={y(0)} x2={x(c.xMax)} y2={y(c.bedrockAtXMax)} className="stroke-chart-2" strokeWidth={3} />
        <path d={d} fill="none" className="stroke-chart-1" strokeWidth={3} strokeLinejoin="round" />
        {c.crossovers.map((cr, k) => {
          const first = k === 0;
          return (
            <circle
              key={k}
              cx={x(cr.tokensPerMonth)}
              cy={y(cr.costPerMonth)}
              r={first ? 7 : 4}
              className={first ? 'fill-surface stroke-chart-3' : 'fill-chart-3 stroke-surface'}
              strokeWidth={first ? 3 : 1}
            />
          );
        })}
        {c.crossovers[0] ? (
          <ChartLabel
            x={x(c.crossovers[0].tokensPerMonth)}
            y={y(c.crossovers[0].costPerMonth) - 14}
            width={width}
            text={`break-even ${formatCompact(c.crossovers[0].tokensPerMonth)}`}
          />
        ) : null}
      </svg>
      <div className="sr-only">
        <table>
          <caption>Monthly cost of Bedrock and of self-hosting at chosen volumes</caption>
          <thead>
            <tr>
              <th scope="col">Point</th>
              <th scope="col">Tokens per month</th>
              <th scope="col">Servers</th>
              <th scope="col">Self-hosting USD per month</th>
              <th scope="col">Bedrock USD per month</th>
            </tr>
          </thead>
          <tbody>
            {c.table.map((r, k) => (
              <tr key={k}>
                <th scope="row">{r.label}</th>
                <td>{whole(r.tokensPerMonth)}</td>
                <td>{whole(r.servers)}</td>
                <td>{formatUsd(r.selfPerMonth)}</td>
                <td>{formatUsd(r.bedrockPerMonth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A label with a halo so it stays legible where it crosses the lines. */
function ChartLabel({ x, y, width, text }: { x: number; y: number; width: number; text: string }) {
  const anchor = x > width - 110 ? 'end' : x < 120 ? 'start' : 'middle';
  return (
    <text x={x} y={y} textAnchor={anchor} className="fill-fg stroke-surface text-[13px] font-semibold" strokeWidth={4} paintOrder="stroke">
      {text}
    </text>
  );
}
