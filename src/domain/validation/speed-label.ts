/**
 * The label every modelled speed on screen carries: "validated within X % (held-out error; nearest point: …)"
 * when a scored published point has the same model and accelerator, else "estimate: no published point
 * nearby". X is the error the fit did not see: the leave-one-model-out error (held-out.ts). Only points of the
 * serving stack the app's speeds are modelled with (trtllm-bench) count: an MLPerf row is scored with the MLPerf
 * harness's own factors, so its error says nothing about the app's figure.
 */
import { DEFAULT_SERVING_STACK } from '../gpu/serving-stack.ts';
import { heldOutRow } from './held-out.ts';
import { scorecard, type ScoreRow } from './scorecard.ts';
import { VALIDATION_POINTS } from './validation-points.ts';

export type SpeedQuery = {
  architectureId: string;
  acceleratorId: string;
  tensorParallel?: number;
  precision?: string;
  inputTokens?: number;
  outputTokens?: number;
};

export type SpeedLabel =
  | { kind: 'validated'; text: string; withinPercent: number; nearest: ScoreRow }
  | { kind: 'estimate'; text: string };

export const NO_POINT_TEXT = 'estimate: no published point nearby';

let rows: ScoreRow[] | null = null;
function scoredRows(): ScoreRow[] {
  // Only the app's own stack's points are scored: the MLPerf rows (searches for the throughput at each
  // run's TPOT) took five times as long, in a view's first render, for labels that never use them.
  rows ??= scorecard(VALIDATION_POINTS.filter((p) => p.stack === DEFAULT_SERVING_STACK))
    .rows.map((r) => heldOutRow(r.point) ?? r)
    .filter((r) => r.scored && r.error !== null);
  return rows;
}

/** How far a point's configuration is from the query: tensor parallelism, precision and workload shape. */
function distance(r: ScoreRow, q: SpeedQuery): number {
  const p = r.point;
  let d = 0;
  if (q.tensorParallel !== undefined) d += Math.abs(Math.log2(p.tensorParallel / Math.max(1, q.tensorParallel)));
  if (q.precision !== undefined && q.precision !== p.precision) d += 1;
  if (q.inputTokens !== undefined && p.inputTokens) d += Math.abs(Math.log10(Math.max(1, q.inputTokens) / p.inputTokens));
  if (q.outputTokens !== undefined && p.outputTokens) d += Math.abs(Math.log10(Math.max(1, q.outputTokens) / p.outputTokens));
  return d;
}

export function speedLabel(q: SpeedQuery): SpeedLabel {
  const same = scoredRows().filter((r) => r.point.architectureId === q.architectureId && r.point.accelerator === q.acceleratorId);
  if (same.length === 0) return { kind: 'estimate', text: NO_POINT_TEXT };
  const nearest = same.reduce((a, b) => (distance(b, q) < distance(a, q) ? b : a));
  const withinPercent = Math.ceil(Math.abs(nearest.error!) * 100);
  return { kind: 'validated', text: `validated within ${withinPercent} % (held-out error; nearest point: ${nearest.point.label})`, withinPercent, nearest };
}
