/**
 * A deployment: one model on one tensor-parallel server of one accelerator type, with its memory
 * budget (weights, KV cache) and the fit check that refuses what does not fit.
 */
import { H100_SXM, H200, type AcceleratorSpec, type Precision } from './accelerators.ts';
import { efficiencyFor, FITTED, vidurBandwidthEfficiency } from './calibration.ts';
import { DEFAULT_SERVING_STACK, type ServingStackId } from './serving-stack.ts';
import { LLAMA_2_70B, LLAMA_3_1_405B, LLAMA_3_1_70B, LLAMA_3_1_8B, parameterBreakdown, type ModelArchitecture } from './model-architectures.ts';

export type { Precision } from './accelerators.ts';

export type Deployment = {
  model: ModelArchitecture;
  /** The accelerator (an NVIDIA GPU or an AWS Trainium/Inferentia chip). */
  gpu: AcceleratorSpec;
  /** Devices per server; the model is sharded across all of them (tensor parallel; experts spread across them). */
  tensorParallel: number;
  /**
   * Pipeline stages among those devices (1 = none): each stage holds 1/P of the layers on tensorParallel/P devices, and
   * the batch moves through them in P micro-batches (roofline.ts: every stage reads its weights once per micro-batch).
   */
  pipelineParallel: number;
  weightPrecision: Precision;
  /**
   * Share of the weights actually held and multiplied at an FP4 weight precision; the rest at FP8 (a mixed
   * checkpoint, e.g. ModelOpt AutoQuantize's effective_bits). 1 = all of them; ignored for other precisions.
   */
  fp4Share: number;
  kvPrecision: Precision;
  /** Share of device memory usable for weights + KV cache (vLLM's gpu_memory_utilization default, 0.9). */
  memoryFraction: number;
  /** Scheduler and launch time per iteration on the host CPU. Assumption; a visible knob. */
  cpuOverheadSeconds: number;
  bandwidthEfficiency: number;
  computeEfficiency: number;
  /** Multiplies the compute efficiency for attention FLOPs (prefill and decode). */
  attentionEfficiency: number;
  /** Multiplies the bandwidth efficiency for decode attention's KV-cache reads. */
  kvReadEfficiency: number;
  /** Multiplies the compute efficiency of GEMM work for prompt (prefill) tokens batched with decodes. */
  prefillEfficiency: number;
  /** Multiplies the compute efficiency of routed-expert GEMMs (many small grouped GEMMs). */
  moeEfficiency: number;
  /** Each routed expert's GEMM costs at least this many tokens' work per iteration (tile and launch granularity). */
  moeTileTokens: number;
  /** Share of the smaller of weight-read and GEMM time that does not overlap the larger (0 = ideal roofline). */
  overlapPenalty: number;
  /**
   * GEMM half-saturation, tokens: an iteration's dense GEMMs of M tokens reach η·M/(M + this) of peak, i.e. they
   * cost (M + this) tokens' work (small M under-fills the GPU's tiles and waves). 0 = efficiency independent of M.
   */
  gemmHalfTokens: number;
  /** Device memory held by the runtime (activations, workspaces, graphs), bytes per device, unavailable to weights and KV. */
  reservedBytesPerDevice: number;
  collectiveFloorSeconds: number;
  /** Fixed time of one expert-parallel dispatch or combine all-to-all (launch, synchronisation, waiting for the slowest rank). */
  allToAllFloorSeconds: number;
  collectiveBandwidth: number;
  /** MoE experts are spread over the devices (expert parallel, all-to-all) rather than each sharded. */
  expertParallel: boolean;
  /**
   * Attention runs data-parallel: every device holds all attention weights and serves its own
   * requests' attention (no attention all-reduce), as TensorRT-LLM's enable_attention_dp does for MoE.
   */
  attentionDataParallel: boolean;
  /**
   * Multiplies every iteration time: 1 for a modelled deployment; for a closed model's stand-in, the
   * ratio that makes its modelled speed equal the observed one (serving-profile.ts).
   */
  timeScale: number;
  /** The serving software, whose scheduler decides how KV cache is admitted (serving-stack.ts). */
  stack: ServingStackId;
};

/**
 * Host time per iteration: fitted to the TensorRT-LLM points (calibration.ts). Engines with a Python
 * scheduler spend "a few ms" (vLLM v0.6 blog, queueing-and-gpu.md §3): a visible knob.
 */
export const DEFAULT_CPU_OVERHEAD_SECONDS = FITTED.cpuOverheadSeconds;
export const DEFAULT_MEMORY_FRACTION = 0.9;

/** Bytes per stored value. FP4 ignores the block-scale overhead (simplification, docs/gpu-roofline.md). */
export function bytesPer(precision: Precision): number {
  return precision === 'fp4' ? 0.5 : precision === 'fp8' ? 1 : 2;
}

/** Bytes per weight: FP4 weights of a mixed checkpoint keep the share not in FP4 at FP8. */
export function weightBytesPerParameter(d: Pick<Deployment, 'weightPrecision' | 'fp4Share'>): number {
  return d.weightPrecision === 'fp4' ? 0.5 * d.fp4Share + (1 - d.fp4Share) : bytesPer(d.weightPrecision);
}

/**
 * Peak dense FLOP/s of one device for the linear layers: a mixed FP4/FP8 checkpoint multiplies each share at its
 * own rate (time per FLOP adds up). Falls back to BF16 where the part has no units for the precision.
 */
export function linearPeakFlops(d: Pick<Deployment, 'gpu' | 'weightPrecision' | 'fp4Share'>): number {
  const f = d.gpu.denseFlops;
  const own = f[d.weightPrecision] ?? f.bf16 ?? 0;
  if (d.weightPrecision !== 'fp4' || d.fp4Share >= 1 || !(own > 0)) return own;
  const fp8 = f.fp8 ?? own;
  return 1 / (d.fp4Share / own + (1 - d.fp4Share) / fp8);
}

/** FP4 share of a mixed FP4/FP8 checkpoint from its average bits per weight (4 bits FP4, 8 bits FP8). */
export function fp4ShareForBits(bits: number): number {
  return Math.min(1, Math.max(0, (8 - bits) / 4));
}

export function makeDeployment(
  model: ModelArchitecture,
  tensorParallel: number,
  weightPrecision: Precision,
  overrides: Partial<Omit<Deployment, 'model' | 'tensorParallel' | 'weightPrecision'>> = {},
): Deployment {
  const gpu = overrides.gpu ?? H100_SXM;
  const stack = overrides.stack ?? DEFAULT_SERVING_STACK;
  const e = efficiencyFor(gpu, tensorParallel, weightPrecision, model, FITTED, stack);
  return {
    model,
    gpu,
    tensorParallel,
    pipelineParallel: 1,
    weightPrecision,
    fp4Share: 1,
    // KV cache is never stored below FP8 here.
    kvPrecision: weightPrecision === 'fp4' ? 'fp8' : weightPrecision,
    memoryFraction: DEFAULT_MEMORY_FRACTION,
    cpuOverheadSeconds: e.cpuOverheadSeconds,
    bandwidthEfficiency: e.bandwidth,
    computeEfficiency: e.compute,
    attentionEfficiency: e.attention,
    kvReadEfficiency: e.kvRead,
    prefillEfficiency: e.prefill,
    moeEfficiency: e.moe,
    moeTileTokens: e.moeTileTokens,
    overlapPenalty: e.overlapPenalty,
    gemmHalfTokens: e.gemmHalfTokens,
    reservedBytesPerDevice: e.reservedBytesPerDevice,
    collectiveFloorSeconds: e.collectiveFloorSeconds,
    allToAllFloorSeconds: e.allToAllFloorSeconds,
    collectiveBandwidth: e.collectiveBandwidth,
    expertParallel: model.moe !== null,
    attentionDataParallel: false,
    timeScale: 1,
    stack,
    ...overrides,
  };
}

/** Weights held on the whole server: with data-parallel attention every device keeps its own copy of the attention weights. */
export function weightsBytes(d: Deployment): number {
  const replicas = d.attentionDataParallel ? d.tensorParallel - 1 : 0;
  return (d.model.parameters + replicas * parameterBreakdown(d.model).attention) * weightBytesPerParameter(d);
}

/**
 * KV bytes per token summed over every layer, as the reference computes it
 * (2 × layers × KV heads × head dim × bytes for GQA; layers × (kv_lora_rank + rope dim) × bytes for MLA).
 */
export function kvBytesPerToken(d: Pick<Deployment, 'model' | 'kvPrecision'>): number {
  const m = d.model;
  const a = m.attention;
  const perLayer = a.kind === 'gqa' ? 2 * a.kvHeads * a.headDim : a.kvLoraRank + a.qkRopeHeadDim;
  return m.layers * perLayer * bytesPer(d.kvPrecision);
}

/** KV bytes one sequence of `context` tokens holds: local-attention layers keep only their window. */
export function kvBytesForContext(d: Pick<Deployment, 'model' | 'kvPrecision'>, context: number): number {
  const perTokenAllLayers = kvBytesPerToken(d);
  const local = d.model.attention.kind === 'gqa' ? d.model.attention.local : undefined;
  if (!local || context <= local.window) return context * perTokenAllLayers;
  const perLayer = perTokenAllLayers / d.model.layers;
  return perLayer * ((d.model.layers - local.layers) * context + local.layers * local.window);
}

/**
 * How a published configuration sets up one replica beyond model, devices and precision: pipeline stages, a mixed FP4/FP8
 * checkpoint (ModelOpt `effective_bits`), data-parallel attention (`enable_attention_dp`) and TensorRT-LLM's
 * memory rule (`kv_cache_free_gpu_mem_fraction`). The throughput scorecard and the engine's validation runs
 * both build their replica with `withServingOptions`, so they model the same server.
 */
export type ServingOptions = {
  /** Pipeline stages among the replica's devices (TensorRT-LLM pipeline_parallelism); the rest is tensor parallel. */
  pipelineParallel?: number;
  /** Average bits per weight of a mixed FP4/FP8 checkpoint; applies to FP4 deployments only. */
  weightBits?: number;
  attentionDataParallel?: boolean;
  /** The KV cache takes this share of the memory left after the weights and the runtime reserve. */
  kvFreeFraction?: number;
};

export function withServingOptions(d: Deployment, o: ServingOptions): Deployment {
  const stages = o.pipelineParallel ?? 1;
  const shaped: Deployment = {
    ...d,
    // Each stage is tensor parallel over its own devices: the bandwidth efficiency of that smaller shard.
    ...(stages > 1 ? { pipelineParallel: stages, bandwidthEfficiency: vidurBandwidthEfficiency(d.tensorParallel / stages) } : {}),
    ...(o.attentionDataParallel !== undefined ? { attentionDataParallel: o.attentionDataParallel } : {}),
    ...(o.weightBits !== undefined && d.weightPrecision === 'fp4' ? { fp4Share: fp4ShareForBits(o.weightBits) } : {}),
  };
  if (o.kvFreeFraction === undefined) return shaped;
  const perDeviceWeights = weightsBytes(shaped) / shaped.tensorParallel;
  const free = shaped.gpu.memoryBytes - perDeviceWeights - shaped.reservedBytesPerDevice;
  const usable = perDeviceWeights + o.kvFreeFraction * free + shaped.reservedBytesPerDevice;
  return { ...shaped, memoryFraction: usable / shaped.gpu.memoryBytes };
}

/** Memory for weights + KV cache on the whole server: the usable share of device memory minus the runtime's reserve. */
export function usableMemoryBytes(d: Deployment): number {
  return (d.memoryFraction * d.gpu.memoryBytes - d.reservedBytesPerDevice) * d.tensorParallel;
}

/** Tokens of KV cache that fit beside the weights on the whole server (0 if the weights do not fit). */
export function kvCapacityTokens(d: Deployment): number {
  const free = usableMemoryBytes(d) - weightsBytes(d);
  return Math.max(0, Math.floor(free / kvBytesPerToken(d)));
}

export function fitsInMemory(d: Deployment): boolean {
  return checkFit(d).fits;
}

export type FitCheck = {
  fits: boolean;
  weightsBytes: number;
  /** KV for one sequence of `minContextTokens` (the least a server must hold to serve one request). */
  minKvBytes: number;
  minContextTokens: number;
  usableBytes: number;
  /** Why it was refused, with the numbers; empty when it fits. */
  message: string;
};

/**
 * Weights + the KV of one minimal request must fit in usable memory, and the precision must exist on
 * the accelerator. A refusal carries the numbers; callers show it and never fall back silently.
 */
export function checkFit(d: Deployment, minContextTokens = 4096): FitCheck {
  const w = weightsBytes(d);
  const kv = kvBytesForContext(d, minContextTokens);
  const usable = usableMemoryBytes(d);
  const gb = (x: number) => `${(x / 1e9).toFixed(1)} GB`;
  const where = `${d.tensorParallel} × ${d.gpu.name}`;
  if (d.gpu.denseFlops[d.weightPrecision] === null) {
    return {
      fits: false,
      weightsBytes: w,
      minKvBytes: kv,
      minContextTokens,
      usableBytes: usable,
      message: `${d.gpu.name} has no ${d.weightPrecision.toUpperCase()} tensor units, so ${d.model.name} cannot run in ${d.weightPrecision.toUpperCase()} on it.`,
    };
  }
  const fits = w + kv <= usable;
  return {
    fits,
    weightsBytes: w,
    minKvBytes: kv,
    minContextTokens,
    usableBytes: usable,
    message: fits
      ? ''
      : `${d.model.name} does not fit on ${where}: weights ${gb(w)} (${d.weightPrecision.toUpperCase()}) + KV for one ${minContextTokens.toLocaleString('en-US')}-token request ${gb(kv)} = ${gb(w + kv)} > usable ${gb(usable)} (${Math.round(d.memoryFraction * 100)} % of ${gb(d.gpu.memoryBytes * d.tensorParallel)}${d.reservedBytesPerDevice > 0 ? `, less ${gb(d.reservedBytesPerDevice * d.tensorParallel)} runtime reserve` : ''}).`,
  };
}

export class DoesNotFitError extends RangeError {
  constructor(readonly fit: FitCheck) {
    super(fit.message);
    this.name = 'DoesNotFitError';
  }
}

/** Throws DoesNotFitError (with the numbers) when the deployment cannot hold the model. */
export function requireFit(d: Deployment): Deployment {
  const fit = checkFit(d);
  if (!fit.fits) throw new DoesNotFitError(fit);
  return d;
}

const TP_STEPS = [1, 2, 4, 8] as const;

/**
 * The smallest tensor-parallel degree (1, 2, 4, 8) of `gpu` at `precision` whose weights leave at
 * least half of usable memory for KV cache; null when even 8 devices cannot hold weights + one request.
 */
export function smallestServer(model: ModelArchitecture, gpu: AcceleratorSpec, precision: Precision): Deployment | null {
  let lastFitting: Deployment | null = null;
  for (const tp of TP_STEPS) {
    const d = makeDeployment(model, tp, precision, { gpu });
    if (!checkFit(d).fits) continue;
    lastFitting ??= d;
    if (weightsBytes(d) <= 0.5 * usableMemoryBytes(d)) return d;
  }
  return lastFitting;
}

/**
 * A sensible server per model. Today's Llama presets keep the servers the app has always used
 * (8B: 1 × H100 BF16; 70B and 405B: 8 × H100 FP8). Others: the smallest FP8 H100 server that
 * leaves half its memory for KV cache, else the same on H200 (DeepSeek-V3 does not fit 8 × H100).
 */
export function defaultDeployment(model: ModelArchitecture, gpu?: AcceleratorSpec): Deployment {
  if (!gpu) {
    if (model.id === LLAMA_3_1_8B.id) return makeDeployment(model, 1, 'bf16');
    if (model.id === LLAMA_3_1_70B.id || model.id === LLAMA_2_70B.id || model.id === LLAMA_3_1_405B.id) return makeDeployment(model, 8, 'fp8');
    if (model.id === 'proprietary-class') return makeDeployment(model, 8, 'fp8');
    return smallestServer(model, H100_SXM, 'fp8') ?? smallestServer(model, H200, 'fp8') ?? makeDeployment(model, 8, 'fp8', { gpu: H200 });
  }
  const precision: Precision = gpu.denseFlops.fp8 !== null ? 'fp8' : 'bf16';
  return smallestServer(model, gpu, precision) ?? makeDeployment(model, 8, precision, { gpu });
}
