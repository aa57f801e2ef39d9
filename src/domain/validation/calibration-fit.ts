/**
 * Reproduces the fit behind calibration.ts FITTED: Nelder–Mead over the factors, minimising the sum of
 * squared log errors plus a heavy weight on the worst one, over the TensorRT-LLM points only (MLPerf
 * rows stay out of the fit, so their errors are out-of-sample). Also the leave-one-model-out refits
 * behind the held-out error. Not run by the app; run after changing the model or the points:
 *   npx tsx -e "import('./src/domain/validation/calibration-fit.ts').then(m => console.log(m.fitCalibration()))"
 */
import { FITTED, FITTED_MLPERF, type CalibrationFactors, type MlperfFactors } from '../gpu/calibration.ts';
import { architectureById } from '../gpu/model-architectures.ts';
import { VALIDATION_POINTS, type ValidationPoint } from './validation-points.ts';
import { scorePoint } from './scorecard.ts';
import { CONFIG_ASSUMED } from './mlperf-points.ts';

const KEYS = Object.keys(FITTED) as (keyof CalibrationFactors)[];

/** Loss of a factor set: Σ log² + worstWeight · max log², with physical bounds as walls. */
export function calibrationLoss(f: CalibrationFactors, points: readonly ValidationPoint[] = VALIDATION_POINTS, worstWeight = 300): number {
  for (const k of KEYS) if (!(f[k] >= 0)) return Infinity;
  if (f.hopperGemm > 1 || f.blackwellFp4Gemm > 1 || f.hopperMoe > 1 || f.blackwellMoe > 1 || f.overlapPenalty > 1) return Infinity;
  let sum = 0;
  let worst = 0;
  for (const p of points) {
    const r = scorePoint(p, f);
    if (!r.scored || r.modelled === null) continue;
    const e = Math.log(r.modelled / p.outputTokensPerSecond);
    sum += e * e;
    worst = Math.max(worst, e * e);
  }
  return sum + worstWeight * worst;
}

/** The points the factors are fitted to: the scored TensorRT-LLM (trtllm-bench) points. MLPerf is never fitted. */
export const FIT_POINTS: readonly ValidationPoint[] = VALIDATION_POINTS.filter((p) => p.stack === 'trtllm-bench' && !p.notScored);

/** Fits every factor to `points`, starting from `start`. */
export function fitCalibration(
  start: CalibrationFactors = FITTED,
  iterations = 1500,
  restarts = 3,
  points: readonly ValidationPoint[] = FIT_POINTS,
): { factors: CalibrationFactors; loss: number } {
  const toVec = (f: CalibrationFactors) => KEYS.map((k) => f[k]);
  const toF = (v: number[]) => Object.fromEntries(KEYS.map((k, i) => [k, v[i]])) as CalibrationFactors;
  const loss = (v: number[]) => calibrationLoss(toF(v), points);
  let best = toVec(start);
  for (let r = 0; r < restarts; r++) best = nelderMead(loss, best, iterations);
  return { factors: toF(best), loss: loss(best) };
}

export type HeldOutFold = {
  /** The architecture left out of the fit and scored with the factors fitted on the rest. */
  architectureId: string;
  factors: CalibrationFactors;
};

/**
 * Leave-one-model-out: for each architecture among the fit points, refit on the others (starting from
 * `start`) and keep the factors, so the left-out points can be scored with factors that never saw them.
 * Minutes of CPU; its output is stored in held-out-folds.ts and re-scored by the tests.
 */
export function leaveOneModelOut(start: CalibrationFactors = FITTED, iterations = 1500, restarts = 3): HeldOutFold[] {
  const models = [...new Set(FIT_POINTS.map((p) => p.architectureId))];
  return models.map((architectureId) => ({
    architectureId,
    factors: fitCalibration(start, iterations, restarts, FIT_POINTS.filter((p) => p.architectureId !== architectureId)).factors,
  }));
}

const MLPERF_KEYS = Object.keys(FITTED_MLPERF) as (keyof MlperfFactors)[];

/**
 * The rows the MLPerf-harness factors are fitted to: the dense MLPerf rows whose configuration was read from that
 * run's own files (Llama 2 70B v4.1 on 8× H100, v5.0 and v5.1 on 8× B200; Llama 3.1 8B and 405B v5.1 on 8× B200).
 * Out of the fit, scored as predictions: the MoE rows (Mixtral, DeepSeek-R1) and the v5.0 Llama 3.1 405B rows,
 * whose configuration is v5.1's (assumed: `configAssumed`).
 */
export const MLPERF_FIT_POINTS: readonly ValidationPoint[] = VALIDATION_POINTS.filter(
  (p) => p.stack === 'mlperf-trt' && !p.notScored && !p.configSource.includes(CONFIG_ASSUMED) && architectureById(p.architectureId)?.moe === null,
);

/** Loss of an MLPerf factor set over `points` (same form as calibrationLoss); the trtllm-bench factors stay FITTED. */
export function mlperfLoss(m: MlperfFactors, points: readonly ValidationPoint[] = MLPERF_FIT_POINTS, worstWeight = 300): number {
  for (const k of MLPERF_KEYS) if (!(m[k] >= 0)) return Infinity;
  if (m.hopperGemm > 1 || m.blackwellFp4Gemm > 1) return Infinity;
  let sum = 0;
  let worst = 0;
  for (const p of points) {
    const r = scorePoint(p, FITTED, m);
    if (!r.scored || r.modelled === null || !(r.modelled > 0)) return Infinity;
    const e = Math.log(r.modelled / p.outputTokensPerSecond);
    sum += e * e;
    worst = Math.max(worst, e * e);
  }
  return sum + worstWeight * worst;
}

const HOPPER_PARTS = new Set(['h100-sxm', 'h200']);

/**
 * Fits the MLPerf-harness factors to `points`, starting from `start`. A GEMM factor whose family (Hopper FP8,
 * Blackwell FP4) has no point among `points` cannot be fitted: it is pinned to the trtllm-bench factor of that
 * family (carried over), never left to wander where the loss is flat.
 */
export function fitMlperfCalibration(
  start: MlperfFactors = FITTED_MLPERF,
  iterations = 600,
  restarts = 3,
  points: readonly ValidationPoint[] = MLPERF_FIT_POINTS,
): { factors: MlperfFactors; loss: number } {
  const pinned: Partial<MlperfFactors> = {};
  if (!points.some((p) => HOPPER_PARTS.has(p.accelerator))) pinned.hopperGemm = FITTED.hopperGemm;
  if (!points.some((p) => !HOPPER_PARTS.has(p.accelerator))) pinned.blackwellFp4Gemm = FITTED.blackwellFp4Gemm;
  const free = MLPERF_KEYS.filter((k) => pinned[k] === undefined);
  const toF = (v: number[]) => ({ ...start, ...pinned, ...Object.fromEntries(free.map((k, i) => [k, v[i]])) }) as MlperfFactors;
  const loss = (v: number[]) => mlperfLoss(toF(v), points);
  let best = free.map((k) => start[k]);
  for (let r = 0; r < restarts; r++) best = nelderMead(loss, best, iterations);
  return { factors: toF(best), loss: loss(best) };
}

export type MlperfHeldOutFold = { architectureId: string; factors: MlperfFactors };

/** Leave one model out over the MLPerf fit rows: each model's rows scored with factors fitted on the other models' rows. */
export function mlperfLeaveOneModelOut(start: MlperfFactors = FITTED_MLPERF, iterations = 600, restarts = 3): MlperfHeldOutFold[] {
  const models = [...new Set(MLPERF_FIT_POINTS.map((p) => p.architectureId))];
  return models.map((architectureId) => ({
    architectureId,
    factors: fitMlperfCalibration(start, iterations, restarts, MLPERF_FIT_POINTS.filter((p) => p.architectureId !== architectureId)).factors,
  }));
}

/**
 * The fixed time per expert-parallel all-to-all of the MLPerf trtllm-serve harness (calibration.ts
 * WIDE_EP_ALL_TO_ALL_SECONDS), fitted to ONE row by bisection (the modelled throughput falls as the floor grows):
 * the floor at which that row's modelled figure equals the published one. The other DeepSeek-R1 row is the check.
 */
export function fitAllToAllFloor(pointId: string, low = 0, high = 0.002): number {
  const p = VALIDATION_POINTS.find((q) => q.id === pointId);
  if (!p) throw new RangeError(`no point ${pointId}`);
  const error = (floor: number) => scorePoint(p, FITTED, FITTED_MLPERF, (d) => ({ ...d, allToAllFloorSeconds: floor })).error ?? NaN;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (error(mid) > 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export function nelderMead(f: (x: number[]) => number, x0: number[], iterations: number): number[] {
  const n = x0.length;
  let simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (j === i ? (v === 0 ? 0.05 : v * 1.15) : v)))];
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
    simplex = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    const centroid = x0.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j]!, 0) / n);
    const worst = simplex[n]!;
    const at = (t: number) => centroid.map((c, j) => c + t * (c - worst[j]!));
    const xr = at(1);
    const fr = f(xr);
    if (fr < values[0]!) {
      const xe = at(2);
      const fe = f(xe);
      simplex[n] = fe < fr ? xe : xr;
      values[n] = Math.min(fe, fr);
    } else if (fr < values[n - 1]!) {
      simplex[n] = xr;
      values[n] = fr;
    } else {
      const xc = at(-0.5);
      const fc = f(xc);
      if (fc < values[n]!) {
        simplex[n] = xc;
        values[n] = fc;
      } else {
        simplex = simplex.map((p) => p.map((v, j) => simplex[0]![j]! + 0.5 * (v - simplex[0]![j]!)));
        values = simplex.map(f);
      }
    }
  }
  return simplex[values.indexOf(Math.min(...values))]!;
}
