/** A GPU's published limits. Values are per GPU. */
export type GpuSpec = {
  id: string;
  name: string;
  memoryBytes: number;
  /** HBM bandwidth, bytes/s. */
  memoryBandwidth: number;
  /** Dense tensor throughput, FLOP/s, by weight/activation precision. */
  denseFlops: { bf16: number; fp8: number };
  /** Interconnect bandwidth between GPUs in a server (NVLink), bytes/s. */
  interconnectBandwidth: number;
  tdpWatts: number;
  source: string;
};

export const H100_SXM: GpuSpec = {
  id: 'h100-sxm',
  name: 'NVIDIA H100 SXM5 80 GB',
  memoryBytes: 80e9,
  memoryBandwidth: 3.35e12,
  // The datasheet headline (1,979 / 3,958 TFLOPS) is with 2:4 sparsity; dense is half.
  denseFlops: { bf16: 989.4e12, fp8: 1978.9e12 },
  interconnectBandwidth: 900e9,
  tdpWatts: 700,
  source:
    'NVIDIA H100 datasheet (mirrored at archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html); glennklockwood.com/garden/processors/h100',
};

export const GPUS: readonly GpuSpec[] = [H100_SXM];

/**
 * Achieved fractions of peak, measured from Vidur's published H100 operator profiles
 * (microsoft/vidur data/profiling/compute/h100): memory-bandwidth utilisation at one token falls
 * with tensor parallelism (82 % TP1, 80 % TP2, 71 % TP4, 61 % TP8); compute utilisation at 4,096
 * tokens stays near 58–65 %.
 */
export function bandwidthEfficiency(tensorParallel: number): number {
  if (tensorParallel <= 1) return 0.82;
  if (tensorParallel <= 2) return 0.8;
  if (tensorParallel <= 4) return 0.71;
  return 0.61;
}
export const COMPUTE_EFFICIENCY = 0.6;

/** All-reduce cost inside an NVLink server (Vidur h100_dgx all_reduce.csv): ~35 µs floor + bytes / ~400 GB/s. */
export const ALL_REDUCE_FLOOR_SECONDS = 35e-6;
export const ALL_REDUCE_BUS_BANDWIDTH = 400e9;

export const EFFICIENCY_SOURCE =
  'Derived from microsoft/vidur H100 operator profiles (data/profiling/compute/h100, network/h100_dgx/all_reduce.csv)';
