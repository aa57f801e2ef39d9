import { line as d3line, scaleLinear, scaleLog } from 'd3';
import { useId, useRef, type Ref } from 'react';
import { chartCaption } from '../../domain/export/export-context.ts';
import { formatClock } from '../../domain/format/duration.ts';
import { downloadPng, downloadSvg, type ExportHeading } from '../../ui/chart-export.ts';
import { currentExportContext } from '../../ui/export-context.ts';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { labelStart, MARK_KINDS, MARK_STYLE, placeMarks, type PlacedMark } from '../../domain/sim-view/time-marks.ts';
import { tickLabel } from './axis-format.ts';
import { useHoverTime } from './hover-store.ts';
import type { ChartView } from './simulate-model.ts';

type Props = {
  chart: ChartView;
  xMax: number;
  /** The scenario in one line: the caption of an exported image. */
  scenarioSummary: string;
  height?: number;
  /** The figure element, for a parent that watches whether the chart is on screen. */
  figureRef?: Ref<HTMLElement>;
};

const M = { top: 12, right: 14, bottom: 26, left: 52 };
/** Room above the plot for mark labels, two rows. */
const MARK_ROW = 13;

/** The glyph at the top of a mark: triangles for the autoscaler, a short tick for the rest. */
function MarkGlyph({ p, top }: { p: PlacedMark; top: number }) {
  const style = MARK_STYLE[p.kind];
  if (p.kind === 'scale-out') return <path d={`M${p.x - 5},${top + 8}L${p.x},${top}L${p.x + 5},${top + 8}Z`} fill={style.color} />;
  if (p.kind === 'scale-in') return <path d={`M${p.x - 5},${top}L${p.x},${top + 8}L${p.x + 5},${top}Z`} fill={style.color} />;
  return null;
}

/** Ticks on round minutes or hours (d3's decimal ticks would land on 8m, 17m, 25m). */
function timeTicks(span: number, count: number): number[] {
  const steps = [10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400];
  const step = steps.find((s) => span / s <= count) ?? 86_400;
  const out: number[] = [];
  for (let t = 0; t <= span + 1e-9; t += step) out.push(t);
  return out;
}

function nearest(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(times[hi]! - t) < Math.abs(times[lo]! - t) ? hi : lo;
}

function resolutionOf(lines: ChartView['lines'], span: number): number {
  return lines[0]?.times[1] !== undefined ? lines[0]!.times[1]! - lines[0]!.times[0]! : span / 100;
}

/**
 * One chart on the simulator's shared time axis: lines drawn by d3 into React SVG, a shared hover
 * read-out (pointer or arrow keys), autoscaler marks, threshold rules, SVG/PNG export and a hidden table.
 */
export function TimeChart({ chart, xMax, scenarioSummary, height = 176, figureRef }: Props) {
  const { id, title, description, lines, format, yLabel, rules, marks, log = false, yMaxAtLeast = 0 } = chart;
  const [box, width] = useElementWidth<HTMLDivElement>(480);
  const svgRef = useRef<SVGSVGElement>(null);
  const captionId = useId();
  const hover = useHoverTime((s) => s.time);
  const setHover = useHoverTime((s) => s.set);

  const span = Math.max(xMax, 1);
  const x = scaleLinear().domain([0, span]).range([M.left, width - M.right]);
  const placed = placeMarks(marks, x, M.left, width - M.right);
  const labelRows = placed.reduce((n, p) => (p.label !== null ? Math.max(n, p.row + 1) : n), 0);
  // The plot starts below the mark labels; the chart keeps its height, so charts stay aligned in the grid.
  const top = M.top + labelRows * MARK_ROW;
  const markKinds = MARK_KINDS.filter((k) => placed.some((p) => p.kind === k));
  let yMax = yMaxAtLeast;
  let yMinPositive = Infinity;
  for (const l of lines)
    for (const v of l.values)
      if (Number.isFinite(v)) {
        if (v > yMax) yMax = v;
        if (v > 0 && v < yMinPositive) yMinPositive = v;
      }
  for (const r of rules) if (r.value > yMax) yMax = r.value;
  const bottom = height - M.bottom;
  const y = log
    ? scaleLog()
        .domain([Math.max(1e-3, Math.min(yMinPositive === Infinity ? 0.01 : yMinPositive, yMax / 10)), Math.max(yMax * 1.3, 0.01)])
        .range([bottom, top])
        .clamp(true)
        .nice()
    : scaleLinear()
        .domain([0, yMax > 0 ? yMax * 1.08 : 1])
        .range([bottom, top])
        .nice();

  const xTicks = timeTicks(span, width < 420 ? 4 : 7);
  const yTicks = log ? (y.ticks(4) as number[]).filter((_, i, a) => a.length <= 5 || i % Math.ceil(a.length / 5) === 0) : y.ticks(4);
  // The series' own format can round neighbouring ticks to one label (0.02 and 0.04 both "0.0"): then
  // the axis takes d3's tick format, whose precision follows the tick step.
  const ownLabels = yTicks.map((t) => format(t));
  const yLabels = log || new Set(ownLabels).size === ownLabels.length ? ownLabels : yTicks.map(y.tickFormat(4));
  const hoverIndex = hover === null ? [] : lines.map((l) => nearest(l.times, hover));
  // Events at the hovered moment (within a few pixels, or the keyboard's step): the read-out tells them.
  const hoverMarks = hover === null ? [] : placed.filter((p) => Math.abs(p.x - x(hover)) <= Math.max(6, Math.abs(x(resolutionOf(lines, span)) - x(0)) / 2));
  const resolution = resolutionOf(lines, span);

  // Built at the click: the caption names the link and date of the moment of export.
  const heading = (): ExportHeading => ({
    title,
    legend: lines.map((l) => ({ label: l.label, color: l.color, dashed: l.dashed })),
    caption: chartCaption(currentExportContext(), scenarioSummary),
  });

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const step = resolution * (e.shiftKey ? 10 : 1) * (e.key === 'ArrowRight' ? 1 : -1);
      setHover(Math.min(span, Math.max(0, (hover ?? 0) + step)));
    } else if (e.key === 'Escape') setHover(null);
  };

  const rows = (() => {
    const times = lines[0]?.times ?? [];
    const every = Math.max(1, Math.ceil(times.length / 12));
    return times.filter((_, k) => k % every === 0 || k === times.length - 1).map((t) => ({ t }));
  })();

  return (
    <figure
      ref={figureRef}
      // Laid out only near the screen (src/index.css); its read-out may hang below it, so the chart
      // being read sits above the next one.
      className={`near-screen relative m-0 min-w-0 rounded-xl border border-line bg-surface p-3 shadow-sm [contain-intrinsic-block-size:auto_16rem] ${hover !== null ? 'z-10' : ''}`}
      data-testid={`chart-${id}`}
    >
      <div className="mb-1 flex items-start justify-between gap-2">
        <figcaption id={captionId} className="text-sm font-semibold text-fg">
          {title}
          <span className="sr-only">. {description}</span>
        </figcaption>
        <div className="flex shrink-0 gap-1 print:hidden">
          <button
            type="button"
            className="rounded border border-line px-1.5 py-0.5 text-[11px] font-semibold text-muted hover:bg-surface-2 hover:text-fg"
            aria-label={`Download the ${title} chart as SVG`}
            onClick={() => svgRef.current && downloadSvg(svgRef.current, `simulator-${id}.svg`, heading())}
          >
            SVG
          </button>
          <button
            type="button"
            className="rounded border border-line px-1.5 py-0.5 text-[11px] font-semibold text-muted hover:bg-surface-2 hover:text-fg"
            aria-label={`Download the ${title} chart as PNG`}
            onClick={() => svgRef.current && void downloadPng(svgRef.current, `simulator-${id}.png`, heading())}
          >
            PNG
          </button>
        </div>
      </div>
      <ul className="mb-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[12px] text-muted" aria-hidden="true">
        {lines.map((l) => (
          <li key={l.key} className="flex items-center gap-1.5">
            <svg width="18" height="6" className="shrink-0">
              <line x1="0" x2="18" y1="3" y2="3" stroke={l.color} strokeWidth={2.5} strokeDasharray={l.dashed ? '4 3' : undefined} />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
      {markKinds.length > 0 ? (
        <ul className="mb-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[12px] text-muted" aria-hidden="true" data-testid="chart-mark-legend">
          {markKinds.map((k) => (
            <li key={k} className="flex items-center gap-1.5">
              <svg width="10" height="12" className="shrink-0">
                <line x1="5" x2="5" y1="0" y2="12" stroke={MARK_STYLE[k].color} strokeWidth={2} strokeDasharray={MARK_STYLE[k].dash} />
              </svg>
              {MARK_STYLE[k].legend}
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={box} className="relative">
        <svg
          ref={svgRef}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={captionId}
          tabIndex={0}
          className="block touch-none select-none"
          onPointerMove={(e) => {
            const rect = e.currentTarget.getBoundingClientRect();
            const px = e.clientX - rect.left;
            if (px < M.left || px > width - M.right) return setHover(null);
            setHover(x.invert(px));
          }}
          onPointerLeave={() => setHover(null)}
          onKeyDown={onKey}
          onBlur={() => setHover(null)}
        >
          <text x={labelRows > 0 ? 4 : M.left} y={M.top - 2} className="fill-muted text-[11px]">
            {yLabel}
          </text>
          {yTicks.map((t, i) => (
            <g key={`y${t}`}>
              <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="stroke-line" strokeDasharray="2 4" />
              <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="fill-muted text-[11px] tabular">
                {yLabels[i]}
              </text>
            </g>
          ))}
          <line x1={M.left} x2={width - M.right} y1={bottom} y2={bottom} className="stroke-muted" />
          {xTicks.map((t) => (
            <text key={`x${t}`} x={x(t)} y={bottom + 16} textAnchor={x(t) > width - M.right - 10 ? 'end' : 'middle'} dx={x(t) > width - M.right - 10 ? M.right - 2 : 0} className="fill-muted text-[11px] tabular">
              {tickLabel(t, span)}
            </text>
          ))}
          {rules.map((r) => (
            <g key={r.label}>
              <line x1={M.left} x2={width - M.right} y1={y(r.value)} y2={y(r.value)} stroke={r.color} strokeWidth={1.5} strokeDasharray="6 4" />
              <text x={width - M.right - 4} y={y(r.value) - 4} textAnchor="end" className="text-[11px] font-semibold" fill={r.color} paintOrder="stroke" stroke="var(--surface)" strokeWidth={3}>
                {r.label}
              </text>
            </g>
          ))}
          {placed.map((p) => {
            const style = MARK_STYLE[p.kind];
            return (
              <g key={`${p.kind}-${p.x}`} data-mark={p.kind} data-count={p.count}>
                <line x1={p.x} x2={p.x} y1={top - 2} y2={bottom} stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} opacity={0.9} />
                <MarkGlyph p={p} top={top} />
                {p.label !== null ? (
                  <text
                    x={labelStart(p, width - M.right)}
                    y={M.top + p.row * MARK_ROW}
                    dy="0.1em"
                    className="text-[11px] font-semibold"
                    fill={style.color}
                    paintOrder="stroke"
                    stroke="var(--surface)"
                    strokeWidth={3}
                  >
                    {p.label}
                  </text>
                ) : null}
                <title>{p.details.join('\n')}</title>
              </g>
            );
          })}
          {lines.map((l) => {
            const gen = d3line<number>()
              .defined((v) => Number.isFinite(v) && (!log || v > 0))
              .x((_, i) => x(l.times[i]!))
              .y((v) => y(v));
            return <path key={l.key} d={gen(l.values) ?? ''} fill="none" stroke={l.color} strokeWidth={2.5} strokeDasharray={l.dashed ? '6 4' : undefined} strokeLinejoin="round" />;
          })}
          {hover !== null ? <line x1={x(hover)} x2={x(hover)} y1={top} y2={bottom} className="stroke-fg" strokeWidth={1} /> : null}
        </svg>
        {hover !== null && lines.length > 0 ? (
          <div
            className="pointer-events-none absolute top-1 z-10 rounded-md border border-line bg-surface/95 px-2 py-1 text-[12px] shadow"
            style={x(hover) > width / 2 ? { right: width - x(hover) + 8 } : { left: x(hover) + 8 }}
            data-testid="chart-readout"
          >
            <div className="font-semibold text-fg tabular">t = {formatClock(hover)}</div>
            {lines.map((l, i) => (
              <div key={l.key} className="flex items-center gap-1.5 whitespace-nowrap text-fg tabular">
                <span className="inline-block h-2 w-2 rounded-full" style={{ background: l.color }} />
                {l.label}: {hoverIndex[i]! >= 0 ? format(l.values[hoverIndex[i]!]!) : '—'}
              </div>
            ))}
            {hoverMarks.flatMap((p) => p.details.slice(0, 4).map((d, k) => (
              <div key={`${p.kind}-${p.x}-${k}`} className="mt-0.5 max-w-72 whitespace-normal border-t border-line pt-0.5 font-medium" style={{ color: MARK_STYLE[p.kind].color }} data-testid="chart-readout-mark">
                {d}
              </div>
            )))}
          </div>
        ) : null}
      </div>
      <div className="sr-only">
      {marks.length > 0 ? (
        <ul aria-label={`${title}: events marked on the time axis`}>
          {marks.slice(0, 40).map((m, k) => (
            <li key={k}>{m.detail}</li>
          ))}
          {marks.length > 40 ? <li>and {marks.length - 40} more</li> : null}
        </ul>
      ) : null}
      <table>
        <caption>{title}: values at chosen times</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            {lines.map((l) => (
              <th key={l.key} scope="col">
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ t }) => (
            <tr key={t}>
              <th scope="row">{formatClock(t)}</th>
              {lines.map((l) => (
                <td key={l.key}>{format(l.values[nearest(l.times, t)] ?? NaN)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
