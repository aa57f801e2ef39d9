/**
 * The one GPU performance model of the app: a roofline over one tensor-parallel server.
 * The journey's latency, the simulator's iteration time and the break-even's default throughput
 * all come from here. Equations and sources: docs/gpu-roofline.md.
 */
import {
  ALL_REDUCE_BUS_BANDWIDTH,
  ALL_REDUCE_FLOOR_SECONDS,
  bandwidthEfficiency,
  COMPUTE_EFFICIENCY,
  H100_SXM,
  type GpuSpec,
} from './hardware.ts';
import { LLAMA_2_70B, LLAMA_3_1_405B, LLAMA_3_1_70B, LLAMA_3_1_8B, type ModelArchitecture } from './model-architectures.ts';

export type Precision = 'bf16' | 'fp8';

export type Deployment = {
  model: ModelArchitecture;
  gpu: GpuSpec;
  /** GPUs per server; the model is sharded across all of them (tensor parallel). */
  tensorParallel: number;
  weightPrecision: Precision;
  kvPrecision: Precision;
  /** Share of HBM usable for weights + KV cache (vLLM's gpu_memory_utilization default, 0.9). */
  memoryFraction: number;
  /** Scheduler and launch time per iteration on the host CPU. Assumption; a visible knob. */
  cpuOverheadSeconds: number;
  bandwidthEfficiency: number;
  computeEfficiency: number;
};

/** Per-iteration CPU time: "a few ms" per the reference notes (vLLM v0.6 blog on CPU overheads). Assumption. */
export const DEFAULT_CPU_OVERHEAD_SECONDS = 0.002;
export const DEFAULT_MEMORY_FRACTION = 0.9;

export function bytesPer(precision: Precision): number {
  return precision === 'fp8' ? 1 : 2;
}

export function makeDeployment(
  model: ModelArchitecture,
  tensorParallel: number,
  weightPrecision: Precision,
  overrides: Partial<Omit<Deployment, 'model' | 'tensorParallel' | 'weightPrecision'>> = {},
): Deployment {
  return {
    model,
    gpu: H100_SXM,
    tensorParallel,
    weightPrecision,
    kvPrecision: weightPrecision,
    memoryFraction: DEFAULT_MEMORY_FRACTION,
    cpuOverheadSeconds: DEFAULT_CPU_OVERHEAD_SECONDS,
    bandwidthEfficiency: bandwidthEfficiency(tensorParallel),
    computeEfficiency: COMPUTE_EFFICIENCY,
    ...overrides,
  };
}

/** A sensible server per model: the smallest H100 count that holds weights and a useful KV cache. */
export function defaultDeployment(model: ModelArchitecture): Deployment {
  if (model.id === LLAMA_3_1_8B.id) return makeDeployment(model, 1, 'bf16');
  if (model.id === LLAMA_3_1_70B.id || model.id === LLAMA_2_70B.id) return makeDeployment(model, 8, 'fp8');
  if (model.id === LLAMA_3_1_405B.id) return makeDeployment(model, 8, 'fp8');
  return makeDeployment(model, 8, 'fp8');
}

export function weightsBytes(d: Deployment): number {
  return d.model.parameters * bytesPer(d.weightPrecision);
}

export function kvBytesPerToken(d: Deployment): number {
  return 2 * d.model.layers * d.model.kvHeads * d.model.headDim * bytesPer(d.kvPrecision);
}

/** Tokens of KV cache that fit beside the weights on the whole server (0 if the weights do not fit). */
export function kvCapacityTokens(d: Deployment): number {
  const free = d.memoryFraction * d.gpu.memoryBytes * d.tensorParallel - weightsBytes(d);
  return Math.max(0, Math.floor(free / kvBytesPerToken(d)));
}

export function fitsInMemory(d: Deployment): boolean {
  return kvCapacityTokens(d) > 0;
}

/** Two all-reduces per layer of the activations (tokens × hidden × 2 bytes); none without sharding. */
export function allReduceSeconds(d: Deployment, tokens: number): number {
  if (d.tensorParallel <= 1 || tokens <= 0) return 0;
  const bytes = tokens * d.model.hiddenSize * 2;
  return 2 * d.model.layers * (ALL_REDUCE_FLOOR_SECONDS + bytes / ALL_REDUCE_BUS_BANDWIDTH);
}

export type IterationLoad = {
  /** Sequences decoding one token each in this iteration. */
  decodeSequences: number;
  /** Sum of the context lengths (tokens already in KV cache) of those sequences. */
  decodeContextTokens: number;
  /** Prompt tokens processed in this iteration (one chunk of prefill). */
  prefillTokens: number;
  /** Tokens already cached for each sequence being prefilled (0 for a fresh prompt). */
  prefillCachedTokens?: number;
  /** How many sequences share the prefill tokens (attention is quadratic per sequence, not per chunk). */
  prefillSequences?: number;
};

export type IterationTime = {
  seconds: number;
  /** The weight-read (memory) and linear-layer (compute) terms; the larger one bounds the step. */
  weightReadSeconds: number;
  linearComputeSeconds: number;
  attentionSeconds: number;
  communicationSeconds: number;
  cpuSeconds: number;
  bound: 'memory' | 'compute';
};

/**
 * One continuous-batching iteration:
 *   t = t_cpu + max(W/(tp·BW·η_bw), 2·P·n/(tp·F·η_f)) + t_attn + t_allreduce(n)
 * where n = decode sequences + prefill tokens, decode attention reads Σctx·kv bytes and prefill
 * attention costs 4·L·d·c·(k + c/(2s)) FLOPs for c tokens split over s sequences after k cached ones.
 */
export function iterationTime(d: Deployment, load: IterationLoad): IterationTime {
  const tp = d.tensorParallel;
  const bandwidth = tp * d.gpu.memoryBandwidth * d.bandwidthEfficiency;
  const flops = tp * d.gpu.denseFlops[d.weightPrecision] * d.computeEfficiency;
  const tokens = load.decodeSequences + load.prefillTokens;
  const weightReadSeconds = weightsBytes(d) / bandwidth;
  const linearComputeSeconds = (2 * d.model.parameters * tokens) / flops;
  const decodeAttention = (load.decodeContextTokens * kvBytesPerToken(d)) / bandwidth;
  const c = load.prefillTokens;
  const k = load.prefillCachedTokens ?? 0;
  const s = Math.max(1e-9, load.prefillSequences ?? 1);
  const prefillAttention = (4 * d.model.layers * d.model.hiddenSize * c * (k + c / (2 * s))) / flops;
  const attentionSeconds = decodeAttention + prefillAttention;
  const communicationSeconds = allReduceSeconds(d, tokens);
  const seconds =
    tokens === 0
      ? 0
      : d.cpuOverheadSeconds + Math.max(weightReadSeconds, linearComputeSeconds) + attentionSeconds + communicationSeconds;
  return {
    seconds,
    weightReadSeconds,
    linearComputeSeconds,
    attentionSeconds,
    communicationSeconds,
    cpuSeconds: tokens === 0 ? 0 : d.cpuOverheadSeconds,
    bound: linearComputeSeconds > weightReadSeconds ? 'compute' : 'memory',
  };
}

/** Time to prefill a whole prompt in one pass (time to first token on an idle server, queueing excluded). */
export function prefillSeconds(d: Deployment, promptTokens: number): number {
  return iterationTime(d, { decodeSequences: 0, decodeContextTokens: 0, prefillTokens: promptTokens }).seconds;
}

/** Time for one decode step of a batch whose sequences have the given mean context. */
export function decodeStepSeconds(d: Deployment, batch: number, meanContext: number): number {
  return iterationTime(d, { decodeSequences: batch, decodeContextTokens: batch * meanContext, prefillTokens: 0 }).seconds;
}

/**
 * The lower bound for one sequence's decode step: weights and its KV read once at the achieved
 * bandwidth, plus the tensor-parallel all-reduces that sharding makes unavoidable.
 */
export function rooflineDecodeSeconds(d: Deployment, context: number): number {
  const bandwidth = d.tensorParallel * d.gpu.memoryBandwidth * d.bandwidthEfficiency;
  return (weightsBytes(d) + context * kvBytesPerToken(d)) / bandwidth + allReduceSeconds(d, 1);
}

export type SteadyState = {
  /** Sequences decoding together at saturation. */
  batch: number;
  iterationSeconds: number;
  /** Output (generated) tokens per second for the whole server. */
  outputTokensPerSecond: number;
  /** Input + output tokens per second. */
  totalTokensPerSecond: number;
  /** Per-sequence decode speed (1 / time per output token). */
  perSequenceTokensPerSecond: number;
  limitedBy: 'batch cap' | 'KV cache';
};

/**
 * Saturated throughput of one server on a workload of fixed prompt and output lengths, with
 * continuous batching: every iteration decodes `batch` sequences and, on average, prefills
 * batch·input/output prompt tokens so that new requests replace finished ones.
 */
export function steadyStateThroughput(
  d: Deployment,
  workload: { inputTokens: number; outputTokens: number; maxBatch: number },
): SteadyState {
  const { inputTokens, outputTokens, maxBatch } = workload;
  const meanContext = inputTokens + outputTokens / 2;
  const kvLimit = Math.floor(kvCapacityTokens(d) / Math.max(1, inputTokens + outputTokens));
  const batch = Math.max(0, Math.min(maxBatch, kvLimit));
  if (batch === 0 || outputTokens <= 0) {
    return { batch: 0, iterationSeconds: 0, outputTokensPerSecond: 0, totalTokensPerSecond: 0, perSequenceTokensPerSecond: 0, limitedBy: 'KV cache' };
  }
  const prefillPerIteration = (batch * inputTokens) / outputTokens;
  const t = iterationTime(d, {
    decodeSequences: batch,
    decodeContextTokens: batch * meanContext,
    prefillTokens: prefillPerIteration,
    prefillCachedTokens: 0,
    prefillSequences: batch / outputTokens,
  }).seconds;
  const outputTokensPerSecond = batch / t;
  return {
    batch,
    iterationSeconds: t,
    outputTokensPerSecond,
    totalTokensPerSecond: outputTokensPerSecond * (1 + inputTokens / outputTokens),
    perSequenceTokensPerSecond: 1 / t,
    limitedBy: batch === maxBatch ? 'batch cap' : 'KV cache',
  };
}
