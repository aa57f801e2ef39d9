/**
 * The one GPU performance model of the app: a roofline over one tensor-parallel server, dense or
 * mixture-of-experts. The journey's latency, the simulator's iteration time and the break-even's
 * throughput all come from here. Equations and sources: docs/gpu-roofline.md.
 */
import { parameterBreakdown, expectedDistinctExperts } from './model-architectures.ts';
import { kvBytesForContext, kvBytesPerToken, linearPeakFlops, usableMemoryBytes, weightBytesPerParameter, weightsBytes, type Deployment } from './deployment.ts';
import type { KvAdmission } from './serving-stack.ts';

// Kept so callers written before the split into deployment.ts keep their imports.
export {
  bytesPer,
  checkFit,
  defaultDeployment,
  DEFAULT_CPU_OVERHEAD_SECONDS,
  DEFAULT_MEMORY_FRACTION,
  fitsInMemory,
  kvBytesPerToken,
  kvCapacityTokens,
  makeDeployment,
  weightsBytes,
  type Deployment,
  type Precision,
} from './deployment.ts';

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

/** A deployment's constants, read once so an iteration costs a few multiplications. */
type Constants = {
  timeScale: number;
  cpu: number;
  /** Seconds to read the weights every iteration reads regardless of routing (dense part). */
  denseRead: number;
  /** Seconds to read one routed expert of every MoE layer; 0 for dense models. */
  expertRead: number;
  moeE: number;
  moeK: number;
  /** Compiled path, MoE only: (1 − k/E)^n by integer n, each filled by the same Math.pow on first use (NaN = not yet). */
  missPow: Float64Array | null;
  /** Seconds of GEMM work per token (2 × parameters a token multiplies ÷ achieved FLOP/s; routed experts at the MoE efficiency). */
  linearPerToken: number;
  /** Routed-expert GEMM seconds per (token, expert) assignment, and the minimum tokens per touched expert. */
  expertFlopPerAssignment: number;
  expertTile: number;
  /** 1 / prefill efficiency: prompt tokens' GEMM work counts this many decode tokens' worth. */
  prefillWeight: number;
  overlapPenalty: number;
  /** Dense GEMMs cost at least this many tokens' work more than their tokens (GEMM half-saturation). */
  gemmHalfTokens: number;
  /** Decode attention: seconds per cached token read (bytes) and per cached token attended (FLOPs), full layers. */
  kvReadPerToken: number;
  attnFlopPerToken: number;
  /** The same for the local (windowed) layers, and their window. */
  localKvReadPerToken: number;
  localAttnFlopPerToken: number;
  localWindow: number;
  /** Prefill attention seconds per (query, key) pair summed over full layers / local layers. */
  prefillPairFull: number;
  prefillPairLocal: number;
  /** Communication: collectives per iteration (each a floor) and seconds per token. */
  commFloor: number;
  commPerToken: number;
};

function constants(d: Deployment): Constants {
  const m = d.model;
  const tp = d.tensorParallel;
  const bandwidth = tp * d.gpu.memoryBandwidth * d.bandwidthEfficiency;
  const linearFlops = tp * linearPeakFlops(d) * d.computeEfficiency;
  const attnFlops = tp * (d.gpu.denseFlops[d.kvPrecision] ?? d.gpu.denseFlops.bf16 ?? 0) * d.computeEfficiency * d.attentionEfficiency;
  const attnBandwidth = bandwidth * d.kvReadEfficiency;
  const wb = weightBytesPerParameter(d);
  const b = parameterBreakdown(m);
  // The input embedding is a lookup of n rows: neither read in full nor multiplied.
  // With data-parallel attention each device reads all attention weights: tp times the bytes at the same aggregate bandwidth.
  const denseParams = (d.attentionDataParallel ? tp : 1) * b.attention + b.denseFfn + b.sharedExperts + b.router + b.outputHead;
  const moeLayers = m.moe?.moeLayers ?? 0;
  const a = m.attention;
  const local = a.kind === 'gqa' && a.local ? a.local : null;
  const fullLayers = m.layers - (local?.layers ?? 0);
  const kvPerTokenPerLayer = kvBytesPerToken(d) / m.layers;
  const routedActive = m.moe ? moeLayers * m.moe.expertsPerToken * b.perExpert : 0;
  // FLOPs per (query, cached key) pair per layer: decode with MLA uses the absorbed form (attend in the latent).
  const decodePairFlops = a.kind === 'gqa' ? 4 * a.heads * a.headDim : 2 * a.heads * (2 * a.kvLoraRank + a.qkRopeHeadDim);
  const prefillPairFlops = a.kind === 'gqa' ? 4 * a.heads * a.headDim : 2 * a.heads * (a.qkNopeHeadDim + a.qkRopeHeadDim + a.vHeadDim);

  let commFloor = 0;
  let commPerToken = 0;
  if (tp > 1) {
    const act = m.hiddenSize * 2; // activations travel in BF16
    const denseLayers = m.layers - moeLayers;
    if (m.moe && d.expertParallel) {
      // Attention output all-reduce on every layer (none when attention is data-parallel); dense FFN layers add one;
      // MoE layers dispatch and combine (all-to-all).
      const allReduces = (d.attentionDataParallel ? 0 : m.layers) + denseLayers;
      commFloor = allReduces * d.collectiveFloorSeconds + 2 * moeLayers * d.allToAllFloorSeconds;
      const allToAllBytesPerToken = (2 * moeLayers * m.moe.expertsPerToken * act * (tp - 1)) / tp / tp;
      commPerToken = (allReduces * act + allToAllBytesPerToken) / d.collectiveBandwidth;
    } else {
      commFloor = 2 * m.layers * d.collectiveFloorSeconds;
      commPerToken = (2 * m.layers * act) / d.collectiveBandwidth;
    }
  }

  // Pipeline parallel over P stages (P micro-batches in flight, no bubble in steady state): per iteration — every
  // sequence advancing one token — each stage reads its 1/P of the weights once per micro-batch (P times the bytes of
  // one tensor-parallel read at the same aggregate bandwidth), each micro-batch's GEMMs are half-saturated on their
  // own, and the stages' all-reduces (over tensorParallel/P devices) run side by side. FLOPs and KV reads are unchanged.
  // The fixed time per iteration is kept per iteration (assumption: launches scale with the layers a stage holds).
  const stages = d.pipelineParallel > 1 ? d.pipelineParallel : 1;
  if (stages > 1) {
    commFloor = tp / stages > 1 ? commFloor : 0;
    commPerToken = tp / stages > 1 ? commPerToken / stages : 0;
  }

  return {
    timeScale: d.timeScale,
    cpu: d.cpuOverheadSeconds,
    denseRead: (stages * denseParams * wb) / bandwidth,
    expertRead: m.moe ? (stages * moeLayers * b.perExpert * wb) / bandwidth : 0,
    moeE: m.moe?.routedExperts ?? 0,
    moeK: m.moe?.expertsPerToken ?? 0,
    missPow: null,
    linearPerToken: (2 * (m.activeParameters - b.inputEmbedding - routedActive)) / linearFlops,
    expertFlopPerAssignment: m.moe ? (2 * moeLayers * b.perExpert) / (linearFlops * d.moeEfficiency) : 0,
    expertTile: d.moeTileTokens,
    prefillWeight: 1 / d.prefillEfficiency,
    overlapPenalty: d.overlapPenalty,
    gemmHalfTokens: stages * d.gemmHalfTokens,
    kvReadPerToken: (fullLayers * kvPerTokenPerLayer) / attnBandwidth,
    attnFlopPerToken: (fullLayers * decodePairFlops) / attnFlops,
    localKvReadPerToken: local ? (local.layers * kvPerTokenPerLayer) / attnBandwidth : 0,
    localAttnFlopPerToken: local ? (local.layers * decodePairFlops) / attnFlops : 0,
    localWindow: local?.window ?? Infinity,
    prefillPairFull: (fullLayers * prefillPairFlops) / attnFlops,
    prefillPairLocal: local ? (local.layers * prefillPairFlops) / attnFlops : 0,
    commFloor,
    commPerToken,
  };
}

/** Share of experts n tokens leave untouched, (1 − k/E)^n; looked up when compiled (Math.pow was a fifth of a simulated day's time). */
function missShare(c: Constants, n: number): number {
  const table = c.missPow;
  if (table !== null && n < table.length && (n | 0) === n) {
    let v = table[n]!;
    if (v !== v) v = table[n] = Math.pow(1 - c.moeK / c.moeE, n);
    return v;
  }
  return Math.pow(1 - c.moeK / c.moeE, n);
}

/** Weight reads and GEMM FLOPs of an iteration of n = decode + prefill tokens, with the fixed CPU time: the part the context does not change. */
function fixedSeconds(c: Constants, decodeSequences: number, prefillTokens: number, out?: IterationTime): number {
  const n = decodeSequences + prefillTokens;
  let weightRead = c.denseRead;
  const work = decodeSequences + c.prefillWeight * prefillTokens;
  let linear = c.linearPerToken * (work + c.gemmHalfTokens);
  if (c.moeE > 0 && n > 0) {
    const distinct = c.moeE * (1 - missShare(c, n));
    weightRead += c.expertRead * distinct;
    linear += c.expertFlopPerAssignment * (work * c.moeK + c.expertTile * distinct);
  }
  const gemm = linear > weightRead ? linear + c.overlapPenalty * weightRead : weightRead + c.overlapPenalty * linear;
  if (out) {
    out.weightReadSeconds = c.timeScale * weightRead;
    out.linearComputeSeconds = c.timeScale * linear;
    out.bound = linear > weightRead ? 'compute' : 'memory';
  }
  return c.cpu + gemm;
}

/** Decode attention: the larger of reading the KV cache and its FLOPs, full layers and local (windowed) layers. */
function decodeAttentionSeconds(c: Constants, decodeSequences: number, decodeContextTokens: number): number {
  const fullRead = c.kvReadPerToken * decodeContextTokens;
  const fullFlop = c.attnFlopPerToken * decodeContextTokens;
  let decodeAttention = fullRead > fullFlop ? fullRead : fullFlop;
  if (c.localKvReadPerToken > 0 && decodeSequences > 0) {
    const meanContext = decodeContextTokens / decodeSequences;
    const held = decodeSequences * (meanContext < c.localWindow ? meanContext : c.localWindow);
    const r = c.localKvReadPerToken * held;
    const f = c.localAttnFlopPerToken * held;
    decodeAttention += r > f ? r : f;
  }
  return decodeAttention;
}

function communicationSeconds(c: Constants, n: number): number {
  return n > 0 && c.commFloor > 0 ? c.commFloor + c.commPerToken * n : 0;
}

/** Writes the breakdown into `out` when given; returns the iteration's seconds. One formula for both paths. */
function evaluate(
  c: Constants,
  decodeSequences: number,
  decodeContextTokens: number,
  prefillTokens: number,
  prefillCachedTokens: number,
  prefillSequences: number,
  out?: IterationTime,
): number {
  const n = decodeSequences + prefillTokens;
  const fixed = fixedSeconds(c, decodeSequences, prefillTokens, out);
  const decodeAttention = decodeAttentionSeconds(c, decodeSequences, decodeContextTokens);
  const s = prefillSequences > 1e-9 ? prefillSequences : 1e-9;
  const span = prefillCachedTokens + prefillTokens / (2 * s);
  const prefillAttention = prefillTokens * (c.prefillPairFull * span + c.prefillPairLocal * (span < c.localWindow ? span : c.localWindow));
  const attention = decodeAttention + prefillAttention;
  const communication = communicationSeconds(c, n);
  const k = c.timeScale;
  // (cpu + gemm) + attention + communication: the order of the sums is part of the result (compileDecodeStepTime relies on it).
  const seconds = n === 0 ? 0 : k * (fixed + attention + communication);
  if (out) {
    out.seconds = seconds;
    out.attentionSeconds = k * attention;
    out.communicationSeconds = k * communication;
    out.cpuSeconds = n === 0 ? 0 : k * c.cpu;
  }
  return seconds;
}

/**
 * One continuous-batching iteration with n = decode sequences + prefill tokens:
 *   t = t_cpu + max(W_read(n)/(tp·BW·η_bw), 2·A·n/(tp·F·η_f)) + t_attn + t_comm(n)
 * where W_read(n) is the dense weights plus, per MoE layer, the expected distinct experts
 * E·(1 − (1 − k/E)^n) that n tokens touch; A is the parameters a token multiplies; decode attention
 * is the larger of reading the KV cache and its FLOPs; prefill attention costs FLOPs per (query, key)
 * pair for c tokens over s sequences after k cached ones.
 */
export function iterationTime(d: Deployment, load: IterationLoad): IterationTime {
  const out: IterationTime = { seconds: 0, weightReadSeconds: 0, linearComputeSeconds: 0, attentionSeconds: 0, communicationSeconds: 0, cpuSeconds: 0, bound: 'memory' };
  evaluate(constants(d), load.decodeSequences, load.decodeContextTokens, load.prefillTokens, load.prefillCachedTokens ?? 0, load.prefillSequences ?? 1, out);
  return out;
}

/** Same arguments as IterationLoad, positional. */
export type IterationCostFn = (decodeSequences: number, decodeContextTokens: number, prefillTokens: number, prefillCachedTokens: number, prefillSequences: number) => number;

/** Decode-only iteration time of a batch of `decodeSequences` whose contexts sum to `decodeContextTokens`. */
export type DecodeStepFn = (decodeSequences: number, decodeContextTokens: number) => number;

/**
 * The part of a decode-only iteration that the context does not change (CPU, weights, GEMMs; collectives
 * apart), by batch size n, each computed by the same functions as evaluate on first use (NaN = not yet).
 */
function decodeBatchTerms(d: Deployment): { c: Constants; fixed: (n: number) => number; comm: (n: number) => number } {
  const c = constants(d);
  if (c.moeE > 0) c.missPow = new Float64Array(MISS_POW_TABLE).fill(NaN);
  let fixed = new Float64Array(0);
  let comm = new Float64Array(0);
  const fill = (n: number): void => {
    if (n >= fixed.length) {
      const size = Math.max(n + 1, fixed.length * 2, 64);
      const f = new Float64Array(size).fill(NaN);
      f.set(fixed);
      fixed = f;
      const m = new Float64Array(size);
      m.set(comm);
      comm = m;
    }
    fixed[n] = fixedSeconds(c, n, 0);
    comm[n] = communicationSeconds(c, n);
  };
  return {
    c,
    fixed: (n) => {
      if (!(n < fixed.length) || fixed[n] !== fixed[n]) fill(n);
      return fixed[n]!;
    },
    comm: (n) => {
      if (!(n < fixed.length) || fixed[n] !== fixed[n]) fill(n);
      return comm[n]!;
    },
  };
}

/**
 * `compileIterationTime(d)(n, context, 0, 0, 1)` for decode-only iterations (n ≥ 1), with the part the context
 * does not change (CPU, weights, GEMMs, collectives) computed once per batch size: the same sums in the same
 * order, so the result is the same to the bit. For the simulator's decode runs (sim/fleet/batching.ts), which
 * step a fixed batch through many iterations.
 */
export function compileDecodeStepTime(d: Deployment): DecodeStepFn {
  const { c, fixed, comm } = decodeBatchTerms(d);
  const k = c.timeScale;
  // evaluate's attention is decode + prefill attention; with no prefill the latter is +0, which leaves it unchanged.
  return (n, context) => k * (fixed(n) + decodeAttentionSeconds(c, n, context) + comm(n));
}

/** Times of `count` consecutive decode-only iterations of one batch: see compileDecodeStepTimes. */
export type DecodeStepsFn = (decodeSequences: number, context0: number, count: number, out: Float64Array) => void;

/**
 * out[i] = compileDecodeStepTime(d)(n, context0 + i·n) for i = 1 … count: a batch of n sequences stepping
 * through `count` decode iterations, its context growing by n tokens each. The same arithmetic to the bit:
 * the per-batch-size terms are read once, and the larger of two products of the same context is the product
 * by the larger coefficient (rounding is monotone), so the attention's two maxima are chosen once. For the
 * simulator's decode runs, where a day plans about 180 M iterations.
 */
export function compileDecodeStepTimes(d: Deployment): DecodeStepsFn {
  const { c, fixed, comm } = decodeBatchTerms(d);
  const k = c.timeScale;
  const full = c.kvReadPerToken > c.attnFlopPerToken ? c.kvReadPerToken : c.attnFlopPerToken;
  const hasLocal = c.localKvReadPerToken > 0;
  const local = c.localKvReadPerToken > c.localAttnFlopPerToken ? c.localKvReadPerToken : c.localAttnFlopPerToken;
  const window = c.localWindow;
  return (n, context0, count, out) => {
    const x = fixed(n);
    const m = comm(n);
    let context = context0;
    if (hasLocal && n > 0) {
      for (let i = 1; i <= count; i++) {
        context += n;
        const mean = context / n;
        out[i] = k * (x + (full * context + local * (n * (mean < window ? mean : window))) + m);
      }
    } else {
      for (let i = 1; i <= count; i++) {
        context += n;
        out[i] = k * (x + full * context + m);
      }
    }
  };
}

/** Iteration sizes (decode sequences + prefill tokens) whose expert-miss share the compiled form keeps. */
const MISS_POW_TABLE = 65_536;

/**
 * `iterationTime(d, load).seconds` compiled once per deployment for a hot loop: no allocation per call,
 * identical arithmetic (one shared function), MoE included. For the simulator's event loop.
 */
export function compileIterationTime(d: Deployment): IterationCostFn {
  const c = constants(d);
  if (c.moeE > 0) c.missPow = new Float64Array(MISS_POW_TABLE).fill(NaN);
  return (decodeSequences, decodeContextTokens, prefillTokens, prefillCachedTokens, prefillSequences) =>
    evaluate(c, decodeSequences, decodeContextTokens, prefillTokens, prefillCachedTokens, prefillSequences);
}

/** Weight bytes one iteration of n tokens reads: all dense weights + the distinct experts touched. */
export function weightBytesRead(d: Deployment, tokens: number): number {
  const b = parameterBreakdown(d.model);
  const dense = (d.attentionDataParallel ? d.tensorParallel : 1) * b.attention + b.denseFfn + b.sharedExperts + b.router + b.outputHead;
  const experts = d.model.moe ? d.model.moe.moeLayers * b.perExpert * expectedDistinctExperts(d.model.moe, tokens) : 0;
  return (dense + experts) * weightBytesPerParameter(d);
}

/** Two all-reduces per layer of the activations (tokens × hidden × 2 bytes) for dense models; see iterationTime for MoE. */
export function allReduceSeconds(d: Deployment, tokens: number): number {
  if (tokens <= 0) return 0;
  return iterationTime(d, { decodeSequences: tokens, decodeContextTokens: 0, prefillTokens: 0 }).communicationSeconds;
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
 * The lower bound for one sequence's decode step: the weights one token reads and its KV read once
 * at the achieved bandwidth, plus the collectives sharding makes unavoidable.
 */
export function rooflineDecodeSeconds(d: Deployment, context: number): number {
  const bandwidth = d.tensorParallel * d.gpu.memoryBandwidth * d.bandwidthEfficiency;
  return (weightBytesRead(d, 1) + kvBytesForContext(d, context)) / bandwidth + allReduceSeconds(d, 1);
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
  limitedBy: 'batch cap' | 'KV cache' | 'token budget';
};

/** Sequences of I + O tokens whose KV fits beside the weights. */
export function kvLimitedBatch(d: Deployment, sequenceTokens: number): number {
  const free = usableMemoryBytes(d) - weightsBytes(d);
  if (free <= 0) return 0;
  return Math.floor(free / kvBytesForContext(d, Math.max(1, sequenceTokens)));
}

/**
 * KV tokens one sequence holds for admission: its whole prompt + output when the scheduler reserves the
 * maximum (TensorRT-LLM's GUARANTEED_NO_EVICT, vLLM's reserve-max); its mean occupancy, prompt + half
 * the output, when pages are allocated as tokens arrive (paged, MLPerf's max_util).
 */
export function kvTokensPerSequence(workload: { inputTokens: number; outputTokens: number }, kvAdmission: KvAdmission = 'reserve-max'): number {
  return workload.inputTokens + (kvAdmission === 'paged' ? workload.outputTokens / 2 : workload.outputTokens);
}

/** The saturated iteration at a given batch: B decodes and B·I/O prompt tokens replacing finished requests. */
export function steadyStateAtBatch(d: Deployment, workload: { inputTokens: number; outputTokens: number }, batch: number): number {
  const { inputTokens, outputTokens } = workload;
  const meanContext = inputTokens + outputTokens / 2;
  return iterationTime(d, {
    decodeSequences: batch,
    decodeContextTokens: batch * meanContext,
    prefillTokens: (batch * inputTokens) / outputTokens,
    prefillCachedTokens: 0,
    prefillSequences: batch / outputTokens,
  }).seconds;
}

/**
 * Saturated throughput of one server on a workload of fixed prompt and output lengths, with
 * continuous batching: every iteration decodes `batch` sequences and, on average, prefills
 * batch·input/output prompt tokens so that new requests replace finished ones.
 */
/**
 * The batch a per-iteration token budget (TensorRT-LLM max_num_tokens, vLLM max_num_batched_tokens) allows in
 * steady state: each decoding sequence brings on average 1 + input/output tokens per iteration (its decode and
 * its share of the prompts that replace finished requests), and no iteration exceeds the budget.
 */
export function tokenBudgetBatch(workload: { inputTokens: number; outputTokens: number; maxTokensPerIteration?: number }): number {
  const budget = workload.maxTokensPerIteration;
  if (budget === undefined || !(budget > 0) || !(workload.outputTokens > 0)) return Infinity;
  return Math.floor(budget / (1 + workload.inputTokens / workload.outputTokens));
}

export function steadyStateThroughput(
  d: Deployment,
  workload: { inputTokens: number; outputTokens: number; maxBatch: number; kvAdmission?: KvAdmission; maxTokensPerIteration?: number },
): SteadyState {
  const { inputTokens, outputTokens, maxBatch } = workload;
  const kvLimit = kvLimitedBatch(d, kvTokensPerSequence(workload, workload.kvAdmission));
  const budget = tokenBudgetBatch(workload);
  const batch = Math.max(0, Math.min(maxBatch, kvLimit, budget));
  if (batch === 0 || outputTokens <= 0) {
    return { batch: 0, iterationSeconds: 0, outputTokensPerSecond: 0, totalTokensPerSecond: 0, perSequenceTokensPerSecond: 0, limitedBy: 'KV cache' };
  }
  const t = steadyStateAtBatch(d, workload, batch);
  const outputTokensPerSecond = batch / t;
  return {
    batch,
    iterationSeconds: t,
    outputTokensPerSecond,
    totalTokensPerSecond: outputTokensPerSecond * (1 + inputTokens / outputTokens),
    perSequenceTokensPerSecond: 1 / t,
    limitedBy: batch === maxBatch ? 'batch cap' : batch === budget ? 'token budget' : 'KV cache',
  };
}
