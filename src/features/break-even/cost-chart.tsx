import { scaleLinear } from 'd3';
import { formatCompact, formatUsd } from '../../domain/format/money.ts';
import { apiMonthly, selfHostMonthly, selfHostSteps, serversNeeded } from '../../domain/breakeven/self-hosting.ts';
import type { Scenario } from './resolve-scenario.ts';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { chartRange } from './chart-range.ts';
import { num } from './format.ts';

const M = { top: 16, right: 16, bottom: 46, left: 70 };

export function CostChart({ s, zoom }: { s: Scenario; zoom: 'break-even' | 'volume' }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  if (!s.usable) {
    return <p className="text-muted">Enter a throughput per server to draw the chart.</p>;
  }
  const height = width < 500 ? 260 : 330;
  const xMax = chartRange(s, zoom);
  const steps = selfHostSteps(s.inputs, xMax);
  const selfAtMax = selfHostMonthly(s.inputs, xMax);
  const yMax = Math.max(selfAtMax, apiMonthly(s.apiPrice, xMax)) * 1.08;
  const x = scaleLinear().domain([0, xMax]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, yMax]).range([height - M.bottom, M.top]).nice();
  const cross = s.crossoversUpTo(xMax);

  let d = '';
  steps.forEach((st, k) => {
    const end = Math.min(xMax, steps[k + 1]?.tokensPerMonth ?? xMax);
    const sx = x(Math.max(st.tokensPerMonth, 0));
    d += `${k === 0 ? 'M' : 'L'}${sx},${y(st.cost)}L${x(end)},${y(st.cost)}`;
  });
  const apiEnd = apiMonthly(s.apiPrice, xMax);
  const xTicks = x.ticks(width < 500 ? 4 : 7);
  const yTicks = y.ticks(5);
  const userX = x(Math.min(s.volume, xMax));

  const tableRows = [
    ...steps.slice(0, 40).map((st) => ({ t: Math.max(st.tokensPerMonth, 1), what: `Step to ${st.servers} servers` })),
    { t: s.volume, what: 'Your volume' },
    ...cross.map((c) => ({ t: c.tokensPerMonth, what: `Crossover: ${c.cheaperAbove === 'self-hosting' ? 'self-hosting' : 'Bedrock'} cheaper above` })),
  ].sort((a, b) => a.t - b.t);

  return (
    <div ref={ref} className="w-full min-w-0">
      <div className="mb-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-fg" aria-hidden="true">
        <span className="flex items-center gap-2">
          <span className="inline-block h-1 w-6 rounded bg-chart-2" /> Bedrock on-demand ({formatUsd(s.apiPrice)}/1M)
        </span>
        <span className="flex items-center gap-2">
          <span className="inline-block h-1 w-6 rounded bg-chart-1" /> Self-hosting ({s.inputs.mode === 'rent' ? 'rented' : 'owned'} servers, steps as servers are added)
        </span>
        <span className="flex items-center gap-2">
          <span className="inline-block h-3 w-3 rounded-full border-2 border-chart-3 bg-surface" /> Crossover
        </span>
      </div>
      {s.breakEven?.kind === 'never' ? (
        <p className="mb-1 text-sm font-semibold text-danger">Self-hosting never catches up: each server costs more than its tokens would on Bedrock.</p>
      ) : null}
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Monthly cost against monthly tokens up to ${formatCompact(xMax)}: Bedrock is a straight line, self-hosting a staircase; ${cross.length} crossover${cross.length === 1 ? '' : 's'} shown. Exact values in the table below.`}
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
        <line x1={x(0)} y1={y(0)} x2={x(xMax)} y2={y(apiEnd)} className="stroke-chart-2" strokeWidth={3} />
        <path d={d} fill="none" className="stroke-chart-1" strokeWidth={3} strokeLinejoin="round" />
        {cross.slice(0, 60).map((c, k) => {
          const cx = x(c.tokensPerMonth);
          const cy = y(apiMonthly(s.apiPrice, c.tokensPerMonth));
          const first = k === 0;
          return <circle key={k} cx={cx} cy={cy} r={first ? 7 : 4} className={first ? 'fill-surface stroke-chart-3' : 'fill-chart-3 stroke-surface'} strokeWidth={first ? 3 : 1} />;
        })}
        {cross[0] ? (
          <ChartLabel
            x={x(cross[0].tokensPerMonth)}
            y={y(apiMonthly(s.apiPrice, cross[0].tokensPerMonth)) - 14}
            width={width}
            text={`break-even ${formatCompact(cross[0].tokensPerMonth)}`}
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
          {tableRows.map((r, k) => (
            <tr key={k}>
              <th scope="row">{r.what}</th>
              <td>{num(r.t)}</td>
              <td>{num(serversNeeded(s.inputs, r.t))}</td>
              <td>{formatUsd(selfHostMonthly(s.inputs, r.t))}</td>
              <td>{formatUsd(apiMonthly(s.apiPrice, r.t))}</td>
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
