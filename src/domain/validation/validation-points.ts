/**
 * Every published serving measurement the GPU model is checked against: TensorRT-LLM's performance
 * overview and NVIDIA's MLPerf Inference results, each with its configuration and source.
 */
import { MLPERF_POINTS } from './mlperf-points.ts';
import { TRTLLM_POINTS } from './trtllm-points.ts';
import type { ValidationPoint } from './validation-point.ts';

export type { ValidationPoint } from './validation-point.ts';

export const VALIDATION_POINTS: readonly ValidationPoint[] = [...TRTLLM_POINTS, ...MLPERF_POINTS];
