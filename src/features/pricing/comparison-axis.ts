import { scaleLinear, type ScaleLinear } from 'd3';

/**
 * The cost axis of the catalog comparison: a linear scale from $0 to the dearest bar, and tick
 * values at least `minGap` px apart. With nothing to draw (no model priced at the chosen tier, or
 * every bar at $0) there is no axis: no ticks of a made-up domain such as $0.0000000002.
 */
export function comparisonAxis(perMonth: readonly number[], plotWidth: number, tickCount: number, minGap = 80): { x: ScaleLinear<number, number>; ticks: number[] } {
  const max = Math.max(0, ...perMonth.filter((v) => Number.isFinite(v)));
  const range: [number, number] = [0, Math.max(40, plotWidth)];
  if (max <= 0) return { x: scaleLinear().domain([0, 1]).range(range), ticks: [] };
  const x = scaleLinear().domain([0, max]).range(range).nice();
  const ticks = x.ticks(tickCount).filter((t, i, all) => i === 0 || x(t) - x(all[0]!) >= minGap * i);
  return { x, ticks };
}
