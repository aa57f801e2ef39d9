import { describe, expect, it } from 'vitest';
import { FIT_POINTS, fitCalibration } from './calibration-fit.ts';
import { FITTED } from '../gpu/calibration.ts';
import { errorSummaries, heldOutRow } from './held-out.ts';
import { HELD_OUT_FOLDS } from './held-out-folds.ts';
import { scorecard } from './scorecard.ts';
import { VALIDATION_POINTS } from './validation-points.ts';

const summaries = errorSummaries();
const inSample = summaries[0]!;
const heldOut = summaries[1]!;
const mlperf = summaries[2]!;

describe('in-sample and held-out error', () => {
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
    expect(mlperf.points).toBe(VALIDATION_POINTS.filter((p) => p.stack === 'mlperf-trt').length);
  });

  it('on this data the held-out errors exceed the in-sample ones (median and worst)', () => {
    expect(heldOut.medianAbsError).toBeGreaterThan(inSample.medianAbsError);
    expect(heldOut.worstAbsError).toBeGreaterThan(inSample.worstAbsError);
  });

  it('points outside the fit have no held-out row', () => {
    expect(heldOutRow(VALIDATION_POINTS.find((p) => p.stack === 'mlperf-trt')!)).toBeNull();
    expect(heldOutRow(VALIDATION_POINTS.find((p) => p.notScored)!)).toBeNull();
  });
});
