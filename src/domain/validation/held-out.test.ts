import { describe, expect, it } from 'vitest';
import { FIT_POINTS, fitAllToAllFloor, fitCalibration, fitMlperfCalibration, MLPERF_FIT_POINTS } from './calibration-fit.ts';
import { FITTED, FITTED_MLPERF, WIDE_EP_ALL_TO_ALL_SECONDS } from '../gpu/calibration.ts';
import { errorSummaries, heldOutRow, isFitPoint, isMlperf } from './held-out.ts';
import { HELD_OUT_FOLDS, MLPERF_HELD_OUT_FOLDS } from './held-out-folds.ts';
import { scorecard, scorePoint } from './scorecard.ts';
import { VALIDATION_POINTS } from './validation-points.ts';

const summaries = errorSummaries();
const inSample = summaries[0]!;
const heldOut = summaries[1]!;
const mlperfIn = summaries[2]!;
const mlperfHeld = summaries[3]!;
const mlperfOut = summaries[4]!;
const mlperfAll = summaries[5]!;

describe('in-sample and held-out error', () => {
  it('the wide-EP all-to-all floor is the one fitted on DeepSeek-R1 Server alone, and predicts the Offline row it never saw', () => {
    expect(fitAllToAllFloor('v51-r1-server') * 1e6).toBeCloseTo(WIDE_EP_ALL_TO_ALL_SECONDS * 1e6, 0);
    const offline = scorePoint(VALIDATION_POINTS.find((p) => p.id === 'v51-r1-offline')!);
    expect(Math.abs(offline.error!)).toBeLessThan(0.05);
    // The other fold: fitted on Offline, Server is predicted within the band too.
    const fromOffline = fitAllToAllFloor('v51-r1-offline');
    const server = scorePoint(VALIDATION_POINTS.find((p) => p.id === 'v51-r1-server')!, FITTED, FITTED_MLPERF, (d) => ({ ...d, allToAllFloorSeconds: fromOffline }));
    expect(Math.abs(server.error!)).toBeLessThan(0.05);
  });

  it('has one fold per model among the fit points, each leaving that model out', () => {
    const models = new Set(FIT_POINTS.map((p) => p.architectureId));
    expect(new Set(HELD_OUT_FOLDS.map((f) => f.architectureId))).toEqual(models);
    expect(models.size).toBeGreaterThanOrEqual(5);
  });

  it('the stored fold for Llama 4 Scout is what the refit without it gives', { timeout: 120_000 }, () => {
    // One fold refitted here (the others take the same code path); the stored factors are rounded to 6 digits.
    const fold = fitCalibration(FITTED, 1500, 3, FIT_POINTS.filter((p) => p.architectureId !== 'llama-4-scout'));
    const stored = HELD_OUT_FOLDS.find((f) => f.architectureId === 'llama-4-scout')!;
    for (const [k, v] of Object.entries(stored.factors)) expect(fold.factors[k as keyof typeof stored.factors] / v).toBeCloseTo(1, 4);
  });

  it('summaries are what the rows say: in-sample over the fit points, held-out with each point’s fold, MLPerf never fitted', () => {
    const card = scorecard(FIT_POINTS);
    expect(inSample.points).toBe(FIT_POINTS.length);
    expect(inSample.medianAbsError).toBe(card.medianAbsError);
    expect(inSample.worstAbsError).toBe(card.worstAbsError);
    const held = FIT_POINTS.map((p) => Math.abs(heldOutRow(p)!.error!));
    expect(heldOut.points).toBe(FIT_POINTS.length);
    expect(heldOut.worstAbsError).toBe(Math.max(...held));
    expect(heldOut.withinBand).toBe(held.filter((e) => e <= 0.15).length);
    const allMlperf = VALIDATION_POINTS.filter(isMlperf);
    expect(mlperfAll.points).toBe(allMlperf.length);
    expect(mlperfIn.points + mlperfOut.points).toBe(allMlperf.length);
    expect(mlperfIn.points).toBe(MLPERF_FIT_POINTS.length);
    expect(mlperfHeld.points).toBe(MLPERF_FIT_POINTS.length);
    const mlHeld = MLPERF_FIT_POINTS.map((p) => Math.abs(heldOutRow(p)!.error!));
    expect(mlperfHeld.worstAbsError).toBe(Math.max(...mlHeld));
    expect(mlperfAll.kind).toBe('all');
  });

  it('the MLPerf-harness factors are fitted only to dense rows with their own configuration; MoE and assumed-configuration rows stay out', () => {
    expect(MLPERF_FIT_POINTS.length).toBeGreaterThanOrEqual(10);
    for (const p of MLPERF_FIT_POINTS) {
      expect(p.stack).toBe('mlperf-trt');
      expect(['llama-2-70b', 'llama-3.1-8b', 'llama-3.1-405b']).toContain(p.architectureId);
      expect(p.configSource).not.toMatch(/assumption/);
    }
    for (const id of ['m4', 'm5', 'v51-r1-offline', 'v51-r1-server', 'm6', 'm7', 'm8']) expect(isFitPoint(VALIDATION_POINTS.find((p) => p.id === id)!)).toBe(false);
    expect(new Set(MLPERF_HELD_OUT_FOLDS.map((f) => f.architectureId))).toEqual(new Set(MLPERF_FIT_POINTS.map((p) => p.architectureId)));
  });

  it('the stored MLPerf fold without Llama 3.1 405B is what the refit without it gives', { timeout: 60_000 }, () => {
    const fold = fitMlperfCalibration(FITTED_MLPERF, 600, 3, MLPERF_FIT_POINTS.filter((p) => p.architectureId !== 'llama-3.1-405b'));
    const stored = MLPERF_HELD_OUT_FOLDS.find((f) => f.architectureId === 'llama-3.1-405b')!;
    expect(fold.factors.blackwellFp4Gemm / stored.factors.blackwellFp4Gemm).toBeCloseTo(1, 4);
    expect(fold.factors.layerSeconds / stored.factors.layerSeconds).toBeCloseTo(1, 4);
    expect(fold.factors.gemmDensityHalf / stored.factors.gemmDensityHalf).toBeCloseTo(1, 4);
  });

  it('without Llama 2 70B no Hopper MLPerf row is left: that fold keeps the trtllm-bench Hopper factor (pinned, not wandering)', () => {
    expect(MLPERF_HELD_OUT_FOLDS.find((f) => f.architectureId === 'llama-2-70b')!.factors.hopperGemm).toBe(FITTED.hopperGemm);
  });

  it('on this data the held-out errors exceed the in-sample ones (median and worst), for both fits', () => {
    expect(heldOut.medianAbsError).toBeGreaterThan(inSample.medianAbsError);
    expect(heldOut.worstAbsError).toBeGreaterThan(inSample.worstAbsError);
    expect(mlperfHeld.medianAbsError).toBeGreaterThan(mlperfIn.medianAbsError);
    expect(mlperfHeld.worstAbsError).toBeGreaterThan(mlperfIn.worstAbsError);
  });

  it('points outside the fits have no held-out row', () => {
    expect(heldOutRow(VALIDATION_POINTS.find((p) => p.id === 'v51-r1-server')!)).toBeNull();
    expect(heldOutRow(VALIDATION_POINTS.find((p) => p.notScored)!)).toBeNull();
  });
});
