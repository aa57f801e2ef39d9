/**
 * In-sample against held-out error, per source. The efficiency factors are fitted to the TensorRT-LLM
 * points, so their error on those points is in-sample; the held-out figure scores each model's points
 * with factors refitted without that model (held-out-folds.ts). MLPerf rows are never fitted, so their
 * error is out-of-sample as it stands. Method: docs/validation.md "In-sample and held-out error".
 */
import { FITTED, type CalibrationFactors } from '../gpu/calibration.ts';
import { HELD_OUT_FOLDS } from './held-out-folds.ts';
import { median, scorePoint, THROUGHPUT_BAND, type ScoreRow } from './scorecard.ts';
import { VALIDATION_POINTS, type ValidationPoint } from './validation-points.ts';
import type { HeldOutFold } from './calibration-fit.ts';

export type ErrorSummary = {
  source: 'TensorRT-LLM perf overview' | 'MLPerf Inference';
  /** in-sample: scored with the factors fitted on these very points; held-out: with factors fitted without this model; out-of-sample: never fitted. */
  kind: 'in-sample' | 'held-out' | 'out-of-sample';
  label: string;
  points: number;
  withinBand: number;
  medianAbsError: number;
  worstAbsError: number;
  /** The point with the worst error. */
  worst: ValidationPoint | null;
};

function summarise(source: ErrorSummary['source'], kind: ErrorSummary['kind'], label: string, scored: readonly { point: ValidationPoint; error: number }[]): ErrorSummary {
  const abs = scored.map((r) => Math.abs(r.error)).sort((a, b) => a - b);
  const worst = scored.reduce<{ point: ValidationPoint; error: number } | null>((w, r) => (w === null || Math.abs(r.error) > Math.abs(w.error) ? r : w), null);
  return {
    source,
    kind,
    label,
    points: scored.length,
    withinBand: abs.filter((e) => e <= THROUGHPUT_BAND).length,
    medianAbsError: median(abs),
    worstAbsError: abs.length ? abs[abs.length - 1]! : 0,
    worst: worst?.point ?? null,
  };
}

const scoredOnly = (rows: readonly ScoreRow[]) => rows.filter((r): r is ScoreRow & { error: number } => r.scored && r.error !== null);

/** The error of one fitted point scored with the factors of the fold that left its model out; null for points outside the fit. */
export function heldOutRow(p: ValidationPoint, folds: readonly HeldOutFold[] = HELD_OUT_FOLDS): ScoreRow | null {
  if (p.stack !== 'trtllm-bench' || p.notScored) return null;
  const fold = folds.find((f) => f.architectureId === p.architectureId);
  return fold ? scorePoint(p, fold.factors) : null;
}

export function errorSummaries(points: readonly ValidationPoint[] = VALIDATION_POINTS, factors: CalibrationFactors = FITTED, folds: readonly HeldOutFold[] = HELD_OUT_FOLDS): ErrorSummary[] {
  const trt = points.filter((p) => p.stack === 'trtllm-bench');
  const mlperf = points.filter((p) => p.stack === 'mlperf-trt');
  const held = trt.map((p) => heldOutRow(p, folds)).filter((r): r is ScoreRow => r !== null);
  const models = new Set(held.map((r) => r.point.architectureId)).size;
  return [
    summarise('TensorRT-LLM perf overview', 'in-sample', 'fitted on these points', scoredOnly(trt.map((p) => scorePoint(p, factors)))),
    summarise('TensorRT-LLM perf overview', 'held-out', `leave one model out (${models} refits)`, scoredOnly(held)),
    summarise('MLPerf Inference', 'out-of-sample', 'never fitted', scoredOnly(mlperf.map((p) => scorePoint(p, factors)))),
  ];
}
