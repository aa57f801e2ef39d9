/**
 * Achieved fractions of peak, per regime. Each factor names the published points it comes from;
 * docs/gpu-roofline.md lists them with the fit. A factor with no measurement behind it for an
 * accelerator is marked as an assumption (carried over from the H100 measurement).
 */
import type { AcceleratorSpec, Precision } from './accelerators.ts';

export type Efficiency = {
  /** Share of memory bandwidth achieved reading weights and KV cache. */
  bandwidth: number;
  /** Share of dense tensor FLOP/s achieved in the linear layers (GEMMs). */
  compute: number;
  /** Fixed cost of one collective (launch + synchronisation), seconds. */
  collectiveFloorSeconds: number;
  /** Achieved bus bandwidth of an all-reduce / all-to-all inside a server, bytes/s. */
  collectiveBandwidth: number;
  /** True when any factor is carried over from another accelerator rather than measured on this one. */
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

/** Vidur profiles: 58–65 % MFU at 4,096 tokens on H100. */
export const VIDUR_COMPUTE_EFFICIENCY = 0.6;

/** All-reduce inside an NVLink-4 server (Vidur h100_dgx all_reduce.csv): ~35 µs floor + bytes / ~400 GB/s. */
export const VIDUR_COLLECTIVE_FLOOR_SECONDS = 35e-6;
export const VIDUR_COLLECTIVE_BANDWIDTH = 400e9;
/** NVLink 4 per-GPU bandwidth the Vidur all-reduce was measured on. */
const NVLINK4 = 900e9;

export const VIDUR_SOURCE =
  'microsoft/vidur H100 operator profiles (data/profiling/compute/h100, network/h100_dgx/all_reduce.csv), queueing-and-gpu.md §3';

/**
 * The efficiency of one deployment. The bandwidth and compute fractions are those measured on H100;
 * other accelerators reuse them (labelled as assumed) until fitted. Collective bandwidth scales with
 * the accelerator's scale-up link relative to NVLink 4; where no link bandwidth is published the
 * H100 figure stands in (assumed).
 */
export function efficiencyFor(a: AcceleratorSpec, tensorParallel: number, _precision: Precision): Efficiency {
  const link = a.interconnect.bytesPerSecond;
  const measuredHere = a.id === 'h100-sxm';
  return {
    bandwidth: vidurBandwidthEfficiency(tensorParallel),
    compute: VIDUR_COMPUTE_EFFICIENCY,
    collectiveFloorSeconds: VIDUR_COLLECTIVE_FLOOR_SECONDS,
    collectiveBandwidth: VIDUR_COLLECTIVE_BANDWIDTH * ((link ?? NVLINK4) / NVLINK4),
    assumed: !measuredHere,
    source: measuredHere
      ? VIDUR_SOURCE
      : `${VIDUR_SOURCE}; assumed to carry over to ${a.name}${link === null ? ' (its link bandwidth is not published: NVLink 4 stands in)' : ', collectives scaled by its link bandwidth'}`,
  };
}
