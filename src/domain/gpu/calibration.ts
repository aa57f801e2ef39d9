/**
 * Achieved fractions of peak, per regime. One factor cannot fit every regime (dense vs MoE, Hopper FP8
 * vs Blackwell FP4), so each regime has its own, fitted to the named published points below
 * (src/domain/validation/validation-points.ts). docs/gpu-roofline.md lists the fit and its points;
 * `fitCalibration` in src/domain/validation/calibration-fit.ts reproduces it.
 * Where no point covers a regime (A100, L40S, L4, Trainium2, Inferentia2, BF16 anywhere, FP8 on
 * Blackwell) the nearest fitted factor is carried over and `assumed` says so.
 */
import type { AcceleratorSpec, Precision } from './accelerators.ts';
import { DEFAULT_SERVING_STACK, type ServingStackId } from './serving-stack.ts';
import { architectureById, parameterBreakdown, type ModelArchitecture } from './model-architectures.ts';

export type Efficiency = {
  /** Share of memory bandwidth achieved reading weights and KV cache. */
  bandwidth: number;
  /** Share of dense tensor FLOP/s achieved in the linear layers (GEMMs). */
  compute: number;
  /** Multiplier on compute efficiency for attention FLOPs. */
  attention: number;
  /** Multiplier on bandwidth efficiency for KV-cache reads. */
  kvRead: number;
  /** Multiplier on compute efficiency for prefill tokens' GEMMs. */
  prefill: number;
  /** Multiplier on compute efficiency for routed-expert GEMMs. */
  moe: number;
  /** Minimum tokens' worth of work per routed-expert GEMM per iteration. */
  moeTileTokens: number;
  /** Share of the smaller of weight-read and GEMM time not hidden under the larger. */
  overlapPenalty: number;
  /** Dense GEMMs of M tokens reach compute·M/(M + this) of peak (0 = no dependence on M). */
  gemmHalfTokens: number;
  /** Host and launch time per iteration, seconds. */
  cpuOverheadSeconds: number;
  /** Runtime memory reserve per device, bytes (activations, workspaces). */
  reservedBytesPerDevice: number;
  /** Fixed cost of one collective (launch + synchronisation), seconds. */
  collectiveFloorSeconds: number;
  /** Fixed cost of one expert-parallel dispatch or combine all-to-all, seconds. */
  allToAllFloorSeconds: number;
  /** Achieved bus bandwidth of an all-reduce / all-to-all inside a server, bytes/s. */
  collectiveBandwidth: number;
  /** True when any factor is carried over from another regime rather than fitted or measured on it. */
  assumed: boolean;
  source: string;
};

/**
 * Vidur's published H100 operator profiles (microsoft/vidur data/profiling/compute/h100): memory-
 * bandwidth utilisation of Llama-2-70B's linear layers at one token falls with tensor parallelism
 * (82 % TP1, 80 % TP2, 71 % TP4, 61 % TP8) because each shard's GEMMs get smaller.
 */
export function vidurBandwidthEfficiency(tensorParallel: number): number {
  if (tensorParallel <= 1) return 0.82;
  if (tensorParallel <= 2) return 0.8;
  if (tensorParallel <= 4) return 0.71;
  return 0.61;
}

/** Vidur profiles: 58–65 % MFU at 4,096 tokens on H100 (kept for the old hardware.ts wrapper). */
export const VIDUR_COMPUTE_EFFICIENCY = 0.6;

/** All-reduce inside an NVLink-4 server (Vidur h100_dgx all_reduce.csv): ~35 µs floor + bytes / ~400 GB/s. */
export const VIDUR_COLLECTIVE_FLOOR_SECONDS = 35e-6;
export const VIDUR_COLLECTIVE_BANDWIDTH = 400e9;
/** NVLink 4 per-GPU bandwidth the Vidur all-reduce was measured on. */
const NVLINK4 = 900e9;

export const VIDUR_SOURCE =
  'microsoft/vidur H100 operator profiles (data/profiling/compute/h100, network/h100_dgx/all_reduce.csv), queueing-and-gpu.md §3';

/**
 * The fitted factors. Fit: minimise the sum of squared log errors plus a heavy weight on the worst
 * one, over the 44 scored TensorRT-LLM throughput points (docs/gpu-roofline.md "Calibration").
 */
export type CalibrationFactors = {
  hopperGemm: number;
  blackwellFp4Gemm: number;
  overlapPenalty: number;
  reservePer8192HiddenBytes: number;
  moeReserveBytes: number;
  hopperMoe: number;
  hopperMoeTileTokens: number;
  blackwellMoe: number;
  blackwellMoeTileTokens: number;
  cpuOverheadSeconds: number;
};

export const FITTED: CalibrationFactors = {
  /** GEMM efficiency, Hopper (H100, H200) FP8: fitted to T1–T5, T12, T13 and the H100 rows of queueing-and-gpu.md §3. */
  hopperGemm: 0.474,
  /** GEMM efficiency, Blackwell (B200, GB200) NVFP4: fitted to the B200/GB200 columns of T1–T5. */
  blackwellFp4Gemm: 0.289,
  /** Share of the smaller of weight-read and GEMM time that does not overlap: fitted to all dense points. */
  overlapPenalty: 0.231,
  /** Runtime reserve per device for a model of hidden size 8,192, scaled with hidden size: fitted to all dense points. */
  reservePer8192HiddenBytes: 7.07e9,
  /** Extra reserve per device for MoE runs (expert-parallel workspaces): fitted to T6–T10. */
  moeReserveBytes: 11.8e9,
  /** Routed-expert GEMM efficiency multiplier and minimum tokens per touched expert, Hopper: fitted to the H100/H200 columns of T6–T10. */
  hopperMoe: 0.381,
  hopperMoeTileTokens: 84.1,
  /** The same on Blackwell NVFP4: fitted to the B200 column of T6–T10. */
  blackwellMoe: 0.239,
  blackwellMoeTileTokens: 17.5,
  /** Host time per iteration of TensorRT-LLM's C++ runtime: fitted to all points. */
  cpuOverheadSeconds: 0.000375,
};

export const CALIBRATION_SOURCE =
  'Fitted to 44 TensorRT-LLM perf-overview throughput points (H100, H200 FP8; B200, GB200 NVFP4; dense and MoE), docs/gpu-roofline.md "Calibration"; bandwidth and collectives from Vidur H100 profiles';

/**
 * The MLPerf closed-division harness (TensorRT engines built per system, fused kernels, no CUDA graphs for
 * the 70B/405B/Mixtral engines) is a regime of its own: it reaches more of the GPU's peak at large batches
 * than trtllm-bench's PyTorch backend, and pays a larger fixed cost per iteration, which shows at the small
 * batches of the Server and Interactive runs. One trtllm-bench factor cannot fit both (docs/gpu-roofline.md
 * "Calibration: the MLPerf harness"). Fitted by `fitMlperfCalibration` (src/domain/validation/calibration-fit.ts)
 * to the dense MLPerf rows named there; the trtllm-bench factors are not touched.
 *
 * Two of them carry the model's shape, because the runs themselves split that way (Little's law on each run:
 * Llama 2 70B iterates in ~16 ms + 39 µs per token, Llama 3.1 405B on 4 GPUs in ~39 ms + 64 µs per token):
 * - a fixed time per LAYER: every layer's kernels (norms, RoPE, quantisation, attention, GEMMs, all-reduce) each
 *   take a minimum time however few tokens they carry, so a 126-layer model pays more per iteration than a 32-layer one;
 * - a GEMM efficiency that grows with the GEMM weights each layer holds per unit of width, r = active parameters ÷
 *   (layers × hidden), as r/(r + r½): a token's element-wise work (norms, activation, quantisation, residuals) grows
 *   with layers × hidden, its GEMM work with the active parameters, so a narrow dense model (Llama 3.1 8B, r ≈ 57,000)
 *   spends more of each token outside the GEMMs than a wide one (405B, r ≈ 196,000); a MoE model counts only the
 *   experts a token uses (Mixtral 8x7B, r ≈ 97,000, close to Llama 2 70B's 105,000).
 */
export type MlperfFactors = {
  hopperGemm: number;
  blackwellFp4Gemm: number;
  /**
   * Fixed time per layer per iteration, seconds. The harness's whole fixed time per iteration is this × layers: fitted
   * with a separate constant beside it, the constant came out at 1.9 ms and the held-out error grew (docs/gpu-roofline.md).
   */
  layerSeconds: number;
  /** GEMM weights per layer and hidden unit (r) at which the GEMM efficiency is half its limit. */
  gemmDensityHalf: number;
};

export const FITTED_MLPERF: MlperfFactors = {
  /** GEMM efficiency for Llama 2 70B's shape, Hopper FP8: fitted to the two v4.1 8× H100 Llama 2 70B rows. */
  hopperGemm: 0.4884,
  /** GEMM efficiency for Llama 2 70B's shape, Blackwell NVFP4: fitted to the v5.0/v5.1 8× B200 dense rows. */
  blackwellFp4Gemm: 0.4024,
  /** Fixed time per layer per iteration: fitted to all dense fit rows. */
  layerSeconds: 0.0001889,
  /** r at half the GEMM efficiency limit: fitted to all dense fit rows. */
  gemmDensityHalf: 52740,
};

/** GEMM weights per layer and hidden unit: the active parameters a token multiplies (input embedding excluded) ÷ (layers × hidden). */
export function gemmDensity(m: ModelArchitecture): number {
  return (m.activeParameters - parameterBreakdown(m).inputEmbedding) / (m.layers * m.hiddenSize);
}

/** The model `hopperGemm` and `blackwellFp4Gemm` are stated for. */
const DENSITY_REFERENCE_MODEL = 'llama-2-70b';

/** The MLPerf harness's GEMM efficiency for a model, relative to Llama 2 70B's: (r/(r + r½)) ÷ (r₇₀/(r₇₀ + r½)). */
export function mlperfDensityFactor(model: ModelArchitecture, m: MlperfFactors = FITTED_MLPERF): number {
  const ref = gemmDensity(architectureById(DENSITY_REFERENCE_MODEL)!);
  const r = gemmDensity(model);
  const half = m.gemmDensityHalf;
  return (r / (r + half)) * ((ref + half) / ref);
}

export const MLPERF_CALIBRATION_SOURCE =
  'Fitted to the dense MLPerf Inference rows (v4.1 8× H100; v5.0/v5.1 8× B200 and GB200 NVL72: Llama 2 70B, Llama 3.1 8B and 405B), docs/gpu-roofline.md "Calibration: the MLPerf harness"';

/**
 * Fixed time per dispatch or combine all-to-all under the MLPerf trtllm-serve harness (`mlperf-pytorch`: DeepSeek-R1,
 * expert parallel over 8 GPUs, `moe_backend: WIDEEP`, data-parallel attention). Fitted by `fitAllToAllFloor`
 * (src/domain/validation/calibration-fit.ts) to ONE row, v5.1 DeepSeek-R1 Server, and checked on the Offline row it
 * never saw. It stands for everything per MoE layer that does not shrink with the batch — launches, the
 * synchronisation of 8 ranks, waiting for the slowest rank's attention — not a measured all-to-all latency: the
 * reference and NVIDIA's files give none. Elsewhere the Vidur all-reduce floor stands in.
 */
export const WIDE_EP_ALL_TO_ALL_SECONDS = 0.0003125;

const BLACKWELL = new Set(['b200', 'gb200']);
const HOPPER = new Set(['h100-sxm', 'h200']);

/**
 * The efficiency of one deployment. Bandwidth fractions are Vidur's H100 measurements (carried over to
 * other accelerators); GEMM and MoE factors are the fitted ones for the accelerator family and precision.
 * Collective bandwidth scales with the accelerator's scale-up link relative to NVLink 4; where no link
 * bandwidth is published the NVLink 4 figure stands in (assumed).
 */
export function efficiencyFor(
  a: AcceleratorSpec,
  tensorParallel: number,
  precision: Precision,
  shape: ModelArchitecture,
  f: CalibrationFactors = FITTED,
  stack: ServingStackId = DEFAULT_SERVING_STACK,
  m: MlperfFactors = FITTED_MLPERF,
): Efficiency {
  const mlperf = stack === 'mlperf-trt';
  const { hiddenSize, layers } = shape;
  const moe = shape.moe !== null;
  const link = a.interconnect.bytesPerSecond;
  const blackwell = BLACKWELL.has(a.id);
  const fittedRegime = (blackwell && precision === 'fp4') || (HOPPER.has(a.id) && precision === 'fp8');
  const compute = mlperf
    ? (blackwell && precision === 'fp4' ? m.blackwellFp4Gemm : m.hopperGemm) * mlperfDensityFactor(shape, m)
    : blackwell && precision === 'fp4'
      ? f.blackwellFp4Gemm
      : f.hopperGemm;
  const notes: string[] = [];
  if (!fittedRegime) notes.push(`no published point for ${a.name} in ${precision.toUpperCase()}: the Hopper FP8 factors are carried over`);
  if (a.id !== 'h100-sxm') notes.push('bandwidth fractions are Vidur’s H100 measurements, carried over');
  if (link === null) notes.push('its link bandwidth is not published: NVLink 4 stands in for collectives');
  return {
    bandwidth: vidurBandwidthEfficiency(tensorParallel),
    compute,
    attention: 1,
    kvRead: 1,
    prefill: 1,
    // The MLPerf harness: each routed expert's GEMM follows the dense rule (same efficiency, no minimum tokens), so
    // experts fed thousands of tokens (Mixtral at 8 experts) run like dense GEMMs.
    moe: mlperf ? 1 : blackwell && precision === 'fp4' ? f.blackwellMoe : f.hopperMoe,
    moeTileTokens: mlperf ? 0 : blackwell && precision === 'fp4' ? f.blackwellMoeTileTokens : f.hopperMoeTileTokens,
    overlapPenalty: f.overlapPenalty,
    // With a fixed time per layer the fit drove the harness's GEMM half-saturation in tokens to zero: none is modelled.
    gemmHalfTokens: 0,
    cpuOverheadSeconds: mlperf ? m.layerSeconds * layers : f.cpuOverheadSeconds,
    reservedBytesPerDevice: f.reservePer8192HiddenBytes * (hiddenSize / 8192) + (moe ? f.moeReserveBytes : 0),
    collectiveFloorSeconds: VIDUR_COLLECTIVE_FLOOR_SECONDS,
    allToAllFloorSeconds: stack === 'mlperf-pytorch' ? WIDE_EP_ALL_TO_ALL_SECONDS : VIDUR_COLLECTIVE_FLOOR_SECONDS,
    collectiveBandwidth: VIDUR_COLLECTIVE_BANDWIDTH * ((link ?? NVLINK4) / NVLINK4),
    assumed: notes.length > 0,
    source: [mlperf ? MLPERF_CALIBRATION_SOURCE : CALIBRATION_SOURCE, ...notes].join('; '),
  };
}
