import { describe, expect, it } from 'vitest';
import { FITTED_MLPERF } from '../gpu/calibration.ts';
import { HELD_OUT_FOLDS } from './held-out-folds.ts';
import { runSteps, scorecard, scorecardSteps } from './scorecard.ts';
import { VALIDATION_POINTS } from './validation-points.ts';

describe('the scorecard in steps', () => {
  it('yields once per point and returns the same scorecard as in one go', () => {
    const steps = scorecardSteps();
    let yields = 0;
    let s = steps.next();
    while (!s.done) {
      yields++;
      s = steps.next();
    }
    expect(yields).toBe(VALIDATION_POINTS.length);
    expect(s.value).toEqual(scorecard());
  });

  it('equals the whole computation for other points and factors too', () => {
    const some = VALIDATION_POINTS.filter((_, i) => i % 3 === 1);
    const fold = HELD_OUT_FOLDS[0]!.factors;
    expect(runSteps(scorecardSteps(some, fold, FITTED_MLPERF))).toEqual(scorecard(some, fold, FITTED_MLPERF));
    expect(runSteps(scorecardSteps([]))).toEqual(scorecard([]));
  });
});
