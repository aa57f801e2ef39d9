import { describe, expect, it } from 'vitest';
import { errorText, latencyErrorText, validationInputsSteps, validationView, validationViewSteps } from './validation-model.ts';
import { PART_FILTERS } from './validation-params.ts';
import { runSteps, scorecard } from '../../domain/validation/scorecard.ts';
import { errorSummaries } from '../../domain/validation/held-out.ts';
import { storedEngineLatency } from '../../domain/validation/stored-engine-latency.ts';
import { VALIDATION_POINTS } from '../../domain/validation/validation-points.ts';

describe('validation view model', () => {
  it('lists every point, with the summary of the scored ones', () => {
    const v = validationView('all');
    expect(v.rows).toHaveLength(VALIDATION_POINTS.length);
    expect(v.summary.scored).toBe(v.rows.filter((r) => r.status !== 'not scored').length);
    expect(v.scatter).toHaveLength(v.summary.scored);
    // TensorRT-LLM in-sample and held-out; MLPerf in-sample, held-out, never fitted, all; the point counts add up to the scored rows.
    expect(v.summaries.map((x) => x.kind)).toEqual(['in-sample', 'held-out', 'in-sample', 'held-out', 'out-of-sample', 'all']);
    expect(v.summaries[0]!.points + v.summaries[2]!.points + v.summaries[4]!.points).toBe(v.summary.scored);
    expect(v.summaries[5]!.points).toBe(v.summaries[2]!.points + v.summaries[4]!.points);
    expect(v.summaries[0]!.withinBand).toBe(v.summaries[0]!.points);
    for (const x of v.summaries) expect(x.medianAbsError).toBeLessThan(x.worstAbsError);
    for (const p of v.scatter) {
      expect(p.modelled).toBeGreaterThan(v.domain[0]);
      expect(p.modelled).toBeLessThan(v.domain[1]);
      expect(p.published).toBeGreaterThan(v.domain[0]);
    }
  });

  it('marks fitted rows in-sample with their held-out twin, the others never fitted; rows outside the band say why', () => {
    const v = validationView('all');
    for (const r of v.rows.filter((x) => x.status !== 'not scored')) {
      const fitted = r.suite === 'TensorRT-LLM perf overview' || v.summaries[2]!.points > 0 && !['m4', 'm5', 'm6', 'm7', 'm8', 'v51-r1-offline', 'v51-r1-server'].includes(r.id);
      expect(r.sample).toBe(fitted ? 'in-sample' : 'out-of-sample');
      if (fitted) expect(r.heldOutError).not.toBeNull();
      else expect(r.heldOutError).toBeNull();
      if (r.status === 'outside') expect(r.missReason.length).toBeGreaterThan(40);
      else expect(r.missReason).toBe('');
    }
    expect(v.scatter.filter((p) => !p.fitted).length).toBe(v.summaries[4]!.points);
  });

  it('carries the engine’s latency at the published load for every row that publishes latency, and its summary', () => {
    const v = validationView('all');
    const withEngine = v.rows.filter((r) => r.engine !== null);
    expect(withEngine.length).toBe(v.latency.rows);
    expect(withEngine.every((r) => r.latency.includes('TTFT'))).toBe(true);
    expect(v.latency.band).toBe(0.25);
    expect(v.latency.tpotWithin).toBe(withEngine.filter((r) => Math.abs(r.engine!.tpotError) <= 0.25).length);
    // A latency outside the band says why; within both bands, nothing.
    for (const r of withEngine) {
      const out = Math.abs(r.engine!.tpotError) > 0.25 || Math.abs(r.engine!.ttftError) > 0.25;
      if (out) expect(r.latencyMissReason.length).toBeGreaterThan(40);
      else expect(r.latencyMissReason).toBe('');
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
    // Every regime's factors are listed, the DeepSeek-R1 all-to-all time among them.
    expect(v.factors.find((f) => f.name.includes('all-to-all'))).toMatchObject({ value: '312.5 µs', fittedTo: expect.stringContaining('DeepSeek-R1 Server') });
  });

  it('formats errors with their sign', () => {
    expect(errorText(0.1234)).toBe('+12.3 %');
    expect(errorText(-0.05)).toBe('−5.0 %');
    expect(errorText(null)).toBe('—');
    expect(latencyErrorText(-0.617)).toBe('−61.7 %');
    expect(latencyErrorText(726.13)).toBe('727 × the published');
  });
});

describe('the view in steps', () => {
  it('returns the same inputs and view as the whole computation, for every filter', () => {
    const inputs = runSteps(validationInputsSteps());
    expect(inputs).toEqual({ card: scorecard(), summaries: errorSummaries(), engine: storedEngineLatency() });
    for (const part of PART_FILTERS) {
      const steps = validationViewSteps(part, inputs);
      let yields = 0;
      let s = steps.next();
      while (!s.done) {
        yields++;
        s = steps.next();
      }
      const whole = validationView(part);
      expect(yields).toBe(whole.rows.length);
      expect(s.value).toEqual(whole);
    }
  });
});
