/**
 * The H100-only module of earlier rounds, kept as a thin wrapper so its importers keep compiling.
 * New code imports accelerators.ts (constants) and calibration.ts (achieved fractions of peak).
 * @deprecated
 */
import { H100_SXM, type AcceleratorSpec } from './accelerators.ts';
import {
  VIDUR_COLLECTIVE_BANDWIDTH,
  VIDUR_COLLECTIVE_FLOOR_SECONDS,
  VIDUR_COMPUTE_EFFICIENCY,
  VIDUR_SOURCE,
  vidurBandwidthEfficiency,
} from './calibration.ts';

export type GpuSpec = AcceleratorSpec;
export { H100_SXM };
export const GPUS: readonly GpuSpec[] = [H100_SXM];
export const bandwidthEfficiency = vidurBandwidthEfficiency;
export const COMPUTE_EFFICIENCY = VIDUR_COMPUTE_EFFICIENCY;
export const ALL_REDUCE_FLOOR_SECONDS = VIDUR_COLLECTIVE_FLOOR_SECONDS;
export const ALL_REDUCE_BUS_BANDWIDTH = VIDUR_COLLECTIVE_BANDWIDTH;
export const EFFICIENCY_SOURCE = VIDUR_SOURCE;
