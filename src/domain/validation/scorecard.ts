/**
 * The throughput scorecard: every published point run through the GPU model at its published
 * configuration, with the error against the published figure. Pure; the page and the tests call it.
 * Latency at the published load comes from the engine (latency-scorecard.ts). Method: docs/validation.md.
 */
import { acceleratorById } from '../gpu/accelerators.ts';
import { efficiencyFor, FITTED, FITTED_MLPERF, type CalibrationFactors, type MlperfFactors } from '../gpu/calibration.ts';
import { checkFit, makeDeployment, withServingOptions, type Deployment, type ServingOptions } from '../gpu/deployment.ts';
import { architectureById } from '../gpu/model-architectures.ts';
import { steadyStateThroughput } from '../gpu/roofline.ts';
import { STACK_KV_ADMISSION } from '../gpu/serving-stack.ts';
import { throughputAtTpot } from '../gpu/slo-throughput.ts';
import { VALIDATION_POINTS, type ValidationPoint } from './validation-points.ts';

/** Throughput must land within ±15 % of the published figure on every scored point (issue 11). */
export const THROUGHPUT_BAND = 0.15;
/** Time per output token and time to first token within ±25 % where published. */
export const LATENCY_BAND = 0.25;

/** trtllm-bench at "infinite request rate" sets no tighter batch cap than the KV cache (assumption: the tables state none). */
export const VALIDATION_MAX_BATCH = 1_000_000;

/**
 * The deployment one replica of a point runs: its model, accelerator, devices per replica, precision
 * and serving stack, with TensorRT-LLM's memory rule — the KV cache takes `kvFreeFraction` of the memory
 * left after the weights and the runtime. Null when the point names an unknown model or part.
 */
export function validationDeployment(p: ValidationPoint, factors: CalibrationFactors = FITTED, mlperf: MlperfFactors = FITTED_MLPERF): Deployment | null {
  const model = architectureById(p.architectureId);
  const gpu = acceleratorById(p.accelerator);
  if (!model || !gpu) return null;
  const e = efficiencyFor(gpu, p.tensorParallel, p.precision, model, factors, p.stack, mlperf);
  const d = makeDeployment(model, p.tensorParallel, p.precision, {
    gpu,
    stack: p.stack,
    computeEfficiency: e.compute,
    moeEfficiency: e.moe,
    moeTileTokens: e.moeTileTokens,
    overlapPenalty: e.overlapPenalty,
    gemmHalfTokens: e.gemmHalfTokens,
    reservedBytesPerDevice: e.reservedBytesPerDevice,
    cpuOverheadSeconds: e.cpuOverheadSeconds,
  });
  return withServingOptions(d, servingOptionsOf(p));
}

/** The point's checkpoint, attention layout and memory rule (the engine's validation runs pass the same). */
export function servingOptionsOf(p: ValidationPoint): ServingOptions {
  return {
    ...(p.pipelineParallel !== undefined ? { pipelineParallel: p.pipelineParallel } : {}),
    attentionDataParallel: p.attentionDataParallel === true,
    kvFreeFraction: p.kvFreeFraction,
    ...(p.weightBits !== undefined ? { weightBits: p.weightBits } : {}),
  };
}

/** Model replicas in the published system. */
export function replicasOf(p: ValidationPoint): number {
  return Math.floor(p.devices / p.tensorParallel);
}

export type ScoreRow = {
  point: ValidationPoint;
  scored: boolean;
  /** Why a listed point is not scored. */
  reason: string;
  /** Modelled output tokens/s for the whole system (replicas × one replica); null when not modelled. */
  modelled: number | null;
  /** Signed relative error, modelled / published − 1. */
  error: number | null;
  withinBand: boolean | null;
  /** Sequences per replica at the modelled operating point and what limited them. */
  batch: number | null;
  limitedBy: string | null;
  /** What the modelled figure is: saturated throughput, or throughput at the run's published mean TPOT. */
  method: 'saturated' | 'at the published TPOT' | null;
};

/** `adjust` changes the replica before scoring (used by the fits to try a factor outside the stored sets). */
export function scorePoint(p: ValidationPoint, factors: CalibrationFactors = FITTED, mlperf: MlperfFactors = FITTED_MLPERF, adjust: (d: Deployment) => Deployment = (d) => d): ScoreRow {
  const base = { point: p, modelled: null, error: null, withinBand: null, batch: null, limitedBy: null, method: null };
  if (p.notScored) return { ...base, scored: false, reason: p.notScored };
  const built = validationDeployment(p, factors, mlperf);
  const d = built ? adjust(built) : null;
  if (!d || p.inputTokens === null || p.outputTokens === null) return { ...base, scored: false, reason: 'configuration incomplete' };
  const fit = checkFit(d);
  if (!fit.fits) return { ...base, scored: false, reason: fit.message };
  const workload = {
    inputTokens: p.inputTokens,
    outputTokens: p.outputTokens,
    maxBatch: p.maxBatch ?? VALIDATION_MAX_BATCH,
    kvAdmission: STACK_KV_ADMISSION[p.stack],
    ...(p.maxNumTokens !== undefined ? { maxTokensPerIteration: p.maxNumTokens } : {}),
  };
  let perReplica: number;
  let batch: number;
  let limitedBy: string;
  let method: ScoreRow['method'];
  if (p.tpotSeconds !== undefined) {
    // A Server run: the roofline's throughput at the run's own mean time per output token — the largest
    // steady batch whose iteration is no longer (MLPerf's limits are p99 values; the roofline has no tail).
    // The engine checks TTFT and TPOT at the published load separately (latency-scorecard.ts).
    const s = throughputAtTpot(d, workload, p.tpotSeconds);
    perReplica = s.outputTokensPerSecond;
    batch = s.batch;
    limitedBy = s.limitedBy === 'TPOT' ? 'the published TPOT' : s.limitedBy;
    method = 'at the published TPOT';
  } else {
    const s = steadyStateThroughput(d, workload);
    perReplica = s.outputTokensPerSecond;
    batch = s.batch;
    limitedBy = s.limitedBy;
    method = 'saturated';
  }
  const modelled = perReplica * replicasOf(p);
  const error = modelled / p.outputTokensPerSecond - 1;
  return { point: p, scored: true, reason: '', modelled, error, withinBand: Math.abs(error) <= THROUGHPUT_BAND, batch, limitedBy, method };
}

export type Scorecard = {
  rows: ScoreRow[];
  scoredCount: number;
  withinBandCount: number;
  /** Median and worst absolute relative error over the scored points. */
  medianAbsError: number;
  worstAbsError: number;
  worst: ScoreRow | null;
};

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function scorecard(points: readonly ValidationPoint[] = VALIDATION_POINTS, factors: CalibrationFactors = FITTED, mlperf: MlperfFactors = FITTED_MLPERF): Scorecard {
  return scorecardOf(points.map((p) => scorePoint(p, factors, mlperf)));
}

/**
 * The same scorecard, one point per step (the generator yields after each point and returns what
 * scorecard() returns): a caller that must keep its thread responsive, the page on a slow laptop,
 * runs the steps in short tasks instead of scoring every point in one.
 */
export function* scorecardSteps(points: readonly ValidationPoint[] = VALIDATION_POINTS, factors: CalibrationFactors = FITTED, mlperf: MlperfFactors = FITTED_MLPERF): Generator<void, Scorecard, void> {
  const rows: ScoreRow[] = [];
  for (const p of points) {
    rows.push(scorePoint(p, factors, mlperf));
    yield;
  }
  return scorecardOf(rows);
}

/** Runs a stepped computation to its end in one go (tests, exports, and a print that cannot wait). */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** The counts and errors over scored rows, in the order given. */
function scorecardOf(rows: ScoreRow[]): Scorecard {
  const scored = rows.filter((r) => r.scored && r.error !== null);
  const abs = scored.map((r) => Math.abs(r.error!)).sort((a, b) => a - b);
  const worst = scored.reduce<ScoreRow | null>((w, r) => (w === null || Math.abs(r.error!) > Math.abs(w.error!) ? r : w), null);
  return {
    rows,
    scoredCount: scored.length,
    withinBandCount: scored.filter((r) => r.withinBand).length,
    medianAbsError: median(abs),
    worstAbsError: abs.length ? abs[abs.length - 1]! : 0,
    worst,
  };
}
