/**
 * The leave-one-model-out refits (calibration-fit.ts leaveOneModelOut(FITTED, 1500, 3), run 2026-12-02):
 * for each model among the TensorRT-LLM fit points, the factors fitted on the OTHER models' points.
 * Scoring a model's points with its fold's factors gives the held-out error (held-out.ts). Stored because
 * the refits take CPU time; held-out.test.ts re-scores them. Each refit starts from the all-points fit
 * (a local optimiser, so some of that fit's information carries over: docs/validation.md says so).
 */
import type { HeldOutFold, MlperfHeldOutFold } from './calibration-fit.ts';

export const HELD_OUT_FOLDS: readonly HeldOutFold[] = [
  { architectureId: 'llama-3.1-70b', factors: { hopperGemm: 0.463332, blackwellFp4Gemm: 0.307453, overlapPenalty: 0.222935, reservePer8192HiddenBytes: 6.88494e+09, moeReserveBytes: 1.19547e+10, hopperMoe: 0.386577, hopperMoeTileTokens: 82.8587, blackwellMoe: 0.240589, blackwellMoeTileTokens: 30.7575, cpuOverheadSeconds: 0.000530694 } },
  { architectureId: 'llama-3.1-405b', factors: { hopperGemm: 0.473984, blackwellFp4Gemm: 0.287578, overlapPenalty: 0.231917, reservePer8192HiddenBytes: 7.06439e+09, moeReserveBytes: 1.17944e+10, hopperMoe: 0.381289, hopperMoeTileTokens: 84.1136, blackwellMoe: 0.259895, blackwellMoeTileTokens: 29.6901, cpuOverheadSeconds: 0.000377483 } },
  { architectureId: 'llama-4-maverick', factors: { hopperGemm: 0.484188, blackwellFp4Gemm: 0.295931, overlapPenalty: 0.29837, reservePer8192HiddenBytes: 6.97855e+09, moeReserveBytes: 1.4836e+10, hopperMoe: 0.354366, hopperMoeTileTokens: 48.9415, blackwellMoe: 0.241076, blackwellMoeTileTokens: 18.0203, cpuOverheadSeconds: 0.000232193 } },
  { architectureId: 'llama-4-scout', factors: { hopperGemm: 0.474011, blackwellFp4Gemm: 0.288112, overlapPenalty: 0.229466, reservePer8192HiddenBytes: 7.09158e+09, moeReserveBytes: 1.18255e+10, hopperMoe: 0.381239, hopperMoeTileTokens: 83.8066, blackwellMoe: 0.260659, blackwellMoeTileTokens: 36.5371, cpuOverheadSeconds: 0.000390416 } },
  { architectureId: 'qwen3-235b-a22b', factors: { hopperGemm: 0.474494, blackwellFp4Gemm: 0.288041, overlapPenalty: 0.231849, reservePer8192HiddenBytes: 7.09158e+09, moeReserveBytes: 1.18255e+10, hopperMoe: 0.38227, hopperMoeTileTokens: 83.994, blackwellMoe: 0.30062, blackwellMoeTileTokens: 43.6171, cpuOverheadSeconds: 0.000374479 } },
  { architectureId: 'llama-3.1-8b', factors: { hopperGemm: 0.473987, blackwellFp4Gemm: 0.287776, overlapPenalty: 0.229282, reservePer8192HiddenBytes: 7.07212e+09, moeReserveBytes: 1.18438e+10, hopperMoe: 0.381284, hopperMoeTileTokens: 83.8136, blackwellMoe: 0.259531, blackwellMoeTileTokens: 29.9951, cpuOverheadSeconds: 0.000394523 } },
];

/**
 * The same for the MLPerf-harness factors (calibration-fit.ts mlperfLeaveOneModelOut(FITTED_MLPERF, 600, 3), run
 * 2026-12-02): for each model among the dense MLPerf fit rows, the factors fitted on the other models' rows.
 * Without Llama 2 70B no Hopper MLPerf row is left, so that fold's Hopper factor is the trtllm-bench one (pinned).
 */
export const MLPERF_HELD_OUT_FOLDS: readonly MlperfHeldOutFold[] = [
  { architectureId: 'llama-2-70b', factors: { hopperGemm: 0.474, blackwellFp4Gemm: 0.438175, layerSeconds: 0.000224568, gemmDensityHalf: 70072.4 } },
  { architectureId: 'llama-3.1-405b', factors: { hopperGemm: 0.491049, blackwellFp4Gemm: 0.435428, layerSeconds: 0.000198164, gemmDensityHalf: 97277.2 } },
  { architectureId: 'llama-3.1-8b', factors: { hopperGemm: 0.500271, blackwellFp4Gemm: 0.470227, layerSeconds: 0.000209001, gemmDensityHalf: 21322.1 } },
];
