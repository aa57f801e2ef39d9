/**
 * In-sample against held-out error, per source. The trtllm-bench factors are fitted to the TensorRT-LLM points
 * and the MLPerf-harness factors to the dense MLPerf rows whose configuration is the run's own, so their error
 * on those points is in-sample; the held-out figure scores each model's points with factors refitted without
 * that model (held-out-folds.ts). The other MLPerf rows (MoE; v5.0 405B with another round's configuration) are
 * never fitted: their error is out-of-sample as it stands. Method: docs/validation.md "In-sample and held-out error".
 */
import { FITTED, FITTED_MLPERF, type CalibrationFactors, type MlperfFactors } from '../gpu/calibration.ts';
import { HELD_OUT_FOLDS, MLPERF_HELD_OUT_FOLDS } from './held-out-folds.ts';
import { MLPERF_FIT_POINTS, type HeldOutFold, type MlperfHeldOutFold } from './calibration-fit.ts';
import { median, scorePoint, THROUGHPUT_BAND, type ScoreRow } from './scorecard.ts';
import { VALIDATION_POINTS, type ValidationPoint } from './validation-points.ts';

export type ErrorSummary = {
  source: 'TensorRT-LLM perf overview' | 'MLPerf Inference';
  /** in-sample: scored with the factors fitted on these very points; held-out: with factors fitted without this model; out-of-sample: never fitted. */
  kind: 'in-sample' | 'held-out' | 'out-of-sample' | 'all';
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

/** True for the points some factor is fitted to (TensorRT-LLM points, dense MLPerf rows with their own configuration). */
export function isFitPoint(p: ValidationPoint): boolean {
  if (p.notScored) return false;
  return p.stack === 'trtllm-bench' || MLPERF_FIT_POINTS.some((q) => q.id === p.id);
}

/** An MLPerf row, whichever harness ran it (TensorRT engines or trtllm-serve). */
export function isMlperf(p: ValidationPoint): boolean {
  return p.suite !== 'TensorRT-LLM perf overview';
}

/** The error of one fitted point scored with the factors of the fold that left its model out; null for points outside the fits. */
export function heldOutRow(p: ValidationPoint, folds: readonly HeldOutFold[] = HELD_OUT_FOLDS, mlperfFolds: readonly MlperfHeldOutFold[] = MLPERF_HELD_OUT_FOLDS): ScoreRow | null {
  if (!isFitPoint(p)) return null;
  if (p.stack === 'trtllm-bench') {
    const fold = folds.find((f) => f.architectureId === p.architectureId);
    return fold ? scorePoint(p, fold.factors) : null;
  }
  const fold = mlperfFolds.find((f) => f.architectureId === p.architectureId);
  return fold ? scorePoint(p, FITTED, fold.factors) : null;
}

export function errorSummaries(
  points: readonly ValidationPoint[] = VALIDATION_POINTS,
  factors: CalibrationFactors = FITTED,
  folds: readonly HeldOutFold[] = HELD_OUT_FOLDS,
  mlperfFactors: MlperfFactors = FITTED_MLPERF,
  mlperfFolds: readonly MlperfHeldOutFold[] = MLPERF_HELD_OUT_FOLDS,
): ErrorSummary[] {
  const trt = points.filter((p) => p.stack === 'trtllm-bench');
  const mlperf = points.filter(isMlperf);
  const mlperfFit = mlperf.filter(isFitPoint);
  const mlperfOther = mlperf.filter((p) => !isFitPoint(p));
  const score = (p: ValidationPoint) => scorePoint(p, factors, mlperfFactors);
  const held = (ps: readonly ValidationPoint[]) => ps.map((p) => heldOutRow(p, folds, mlperfFolds)).filter((r): r is ScoreRow => r !== null);
  const trtHeld = held(trt);
  const mlperfHeld = held(mlperfFit);
  const models = (rows: readonly ScoreRow[]) => new Set(rows.map((r) => r.point.architectureId)).size;
  return [
    summarise('TensorRT-LLM perf overview', 'in-sample', 'trtllm-bench factors fitted on these points', scoredOnly(trt.map(score))),
    summarise('TensorRT-LLM perf overview', 'held-out', `leave one model out (${models(trtHeld)} refits)`, scoredOnly(trtHeld)),
    summarise('MLPerf Inference', 'in-sample', 'dense rows with their own configuration; MLPerf-harness factors fitted on them', scoredOnly(mlperfFit.map(score))),
    summarise('MLPerf Inference', 'held-out', `the same rows, leave one model out (${models(mlperfHeld)} refits)`, scoredOnly(mlperfHeld)),
    summarise('MLPerf Inference', 'out-of-sample', 'never fitted: Mixtral, DeepSeek-R1, and v5.0 405B (configuration of v5.1, assumed)', scoredOnly(mlperfOther.map(score))),
    summarise('MLPerf Inference', 'all', 'every MLPerf row as the page shows it', scoredOnly(mlperf.map(score))),
  ];
}
