import { describe, expect, it } from 'vitest';
import { errorText, validationView } from './validation-model.ts';
import { VALIDATION_POINTS } from '../../domain/validation/validation-points.ts';

describe('validation view model', () => {
  it('lists every point, with the summary of the scored ones', () => {
    const v = validationView('all');
    expect(v.rows).toHaveLength(VALIDATION_POINTS.length);
    expect(v.summary.scored).toBe(v.rows.filter((r) => r.status !== 'not scored').length);
    expect(v.summary.within).toBe(v.summary.scored);
    expect(v.summary.worstAbsError).toBeLessThanOrEqual(0.15);
    expect(v.summary.medianAbsError).toBeLessThan(v.summary.worstAbsError);
    expect(v.scatter).toHaveLength(v.summary.scored);
    for (const p of v.scatter) {
      expect(p.modelled).toBeGreaterThan(v.domain[0]);
      expect(p.modelled).toBeLessThan(v.domain[1]);
      expect(p.published).toBeGreaterThan(v.domain[0]);
    }
  });

  it('says why a point is not scored', () => {
    const v = validationView('all');
    const unscored = v.rows.filter((r) => r.status === 'not scored');
    expect(unscored.length).toBeGreaterThan(0);
    for (const r of unscored) {
      expect(r.reason.length).toBeGreaterThan(20);
      expect(r.modelled).toBeNull();
    }
  });

  it('filters by accelerator, keeping the whole-set summary and the shared axis', () => {
    const all = validationView('all');
    const b200 = validationView('b200');
    expect(b200.rows.every((r) => r.system.includes('B200') && !r.system.includes('GB200'))).toBe(true);
    expect(b200.rows.length).toBeLessThan(all.rows.length);
    expect(b200.summary).toEqual(all.summary);
    expect(b200.domain).toEqual(all.domain);
  });

  it('shows the fitted factors with what they were fitted to', () => {
    const v = validationView('all');
    expect(v.factors.length).toBeGreaterThanOrEqual(10);
    expect(v.factors.every((f) => f.fittedTo.length > 0)).toBe(true);
  });

  it('formats errors with their sign', () => {
    expect(errorText(0.1234)).toBe('+12.3 %');
    expect(errorText(-0.05)).toBe('−5.0 %');
    expect(errorText(null)).toBe('—');
  });
});
