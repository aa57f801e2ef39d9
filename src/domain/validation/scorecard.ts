/**
 * The scorecard: every published point run through the GPU model at its published configuration,
 * with the error against the published figure. Pure; the page and the tests call it.
 * Method: docs/validation.md.
 */
import { acceleratorById } from '../gpu/accelerators.ts';
import { efficiencyFor, FITTED, type CalibrationFactors } from '../gpu/calibration.ts';
import { checkFit, makeDeployment, weightsBytes, type Deployment } from '../gpu/deployment.ts';
import { architectureById } from '../gpu/model-architectures.ts';
import { steadyStateThroughput } from '../gpu/roofline.ts';
import { VALIDATION_POINTS, type ValidationPoint } from './validation-points.ts';

/** Throughput must land within ±15 % of the published figure on every scored point (issue 11). */
export const THROUGHPUT_BAND = 0.15;
/** Time per output token and time to first token within ±25 % where published. */
export const LATENCY_BAND = 0.25;

/**
 * TensorRT-LLM's memory rule in the perf overview: the KV cache takes 90 % of the memory left after
 * the weights and the runtime (kv_cache_free_gpu_mem_fraction 0.90; the doc names 0.90–0.95).
 */
export const TRTLLM_KV_FREE_FRACTION = 0.9;

/** trtllm-bench at "infinite request rate" sets no tighter batch cap than the KV cache (assumption: the tables state none). */
export const VALIDATION_MAX_BATCH = 1_000_000;

/** The deployment a point describes, with the benchmark's memory rule; null when the point names an unknown model or part. */
export function validationDeployment(p: ValidationPoint, factors: CalibrationFactors = FITTED): Deployment | null {
  const model = architectureById(p.architectureId);
  const gpu = acceleratorById(p.accelerator);
  if (!model || !gpu) return null;
  const e = efficiencyFor(gpu, p.tensorParallel, p.precision, model.hiddenSize, model.moe !== null, factors);
  const d = makeDeployment(model, p.tensorParallel, p.precision, {
    gpu,
    computeEfficiency: e.compute,
    moeEfficiency: e.moe,
    moeTileTokens: e.moeTileTokens,
    overlapPenalty: e.overlapPenalty,
    reservedBytesPerDevice: e.reservedBytesPerDevice,
    cpuOverheadSeconds: factors.cpuOverheadSeconds,
  });
  const perDeviceWeights = weightsBytes(d) / p.tensorParallel;
  const free = gpu.memoryBytes - perDeviceWeights - d.reservedBytesPerDevice;
  const usable = perDeviceWeights + TRTLLM_KV_FREE_FRACTION * free + d.reservedBytesPerDevice;
  return { ...d, memoryFraction: usable / gpu.memoryBytes };
}

export type ScoreRow = {
  point: ValidationPoint;
  scored: boolean;
  /** Why a listed point is not scored. */
  reason: string;
  /** Modelled output tokens/s for the whole system (replicas × one server); null when not modelled. */
  modelled: number | null;
  /** Signed relative error, modelled / published − 1. */
  error: number | null;
  withinBand: boolean | null;
  /** Sequences per replica at saturation and what limited them. */
  batch: number | null;
  limitedBy: string | null;
};

export function scorePoint(p: ValidationPoint, factors: CalibrationFactors = FITTED): ScoreRow {
  const base = { point: p, modelled: null, error: null, withinBand: null, batch: null, limitedBy: null };
  if (p.notScored) return { ...base, scored: false, reason: p.notScored };
  const d = validationDeployment(p, factors);
  if (!d || p.inputTokens === null || p.outputTokens === null) return { ...base, scored: false, reason: 'configuration incomplete' };
  const fit = checkFit(d);
  if (!fit.fits) return { ...base, scored: false, reason: fit.message };
  const s = steadyStateThroughput(d, { inputTokens: p.inputTokens, outputTokens: p.outputTokens, maxBatch: VALIDATION_MAX_BATCH });
  const replicas = Math.floor(p.devices / p.tensorParallel);
  const modelled = s.outputTokensPerSecond * replicas;
  const error = modelled / p.outputTokensPerSecond - 1;
  return { point: p, scored: true, reason: '', modelled, error, withinBand: Math.abs(error) <= THROUGHPUT_BAND, batch: s.batch, limitedBy: s.limitedBy };
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

export function scorecard(points: readonly ValidationPoint[] = VALIDATION_POINTS, factors: CalibrationFactors = FITTED): Scorecard {
  const rows = points.map((p) => scorePoint(p, factors));
  const scored = rows.filter((r) => r.scored && r.error !== null);
  const abs = scored.map((r) => Math.abs(r.error!)).sort((a, b) => a - b);
  const mid = abs.length === 0 ? 0 : abs.length % 2 === 1 ? abs[(abs.length - 1) / 2]! : (abs[abs.length / 2 - 1]! + abs[abs.length / 2]!) / 2;
  const worst = scored.reduce<ScoreRow | null>((w, r) => (w === null || Math.abs(r.error!) > Math.abs(w.error!) ? r : w), null);
  return {
    rows,
    scoredCount: scored.length,
    withinBandCount: scored.filter((r) => r.withinBand).length,
    medianAbsError: mid,
    worstAbsError: abs.length ? abs[abs.length - 1]! : 0,
    worst,
  };
}
