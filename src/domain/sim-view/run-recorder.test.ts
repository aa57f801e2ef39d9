import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/simulation.ts';
import { parseScenario } from '../sim/scenario-schema.ts';
import { mmc } from '../queueing/erlang.ts';
import { buildScenarios } from './build-scenario.ts';
import { RunRecorder } from './run-recorder.ts';
import { findTrainingPreset, presetParams } from './training-presets.ts';

function simFor(id: string, index = 0) {
  const built = buildScenarios(presetParams(findTrainingPreset(id)!));
  if (!built.ok) throw new Error('preset must build');
  const parsed = parseScenario(built.scenarios[index]);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return createSimulation(parsed.scenario);
}

describe('RunRecorder', () => {
  it('advances in slices to the same end as one run, sampling on the way', () => {
    const whole = simFor('steady-day');
    whole.run();
    const rec = new RunRecorder(simFor('steady-day'), 60);
    for (let t = 0; !rec.done; t += 97) rec.advanceTo(t);
    const frame = rec.frame();
    expect(frame.snapshot.done).toBe(true);
    const a = frame.snapshot.summary as Record<string, unknown>;
    const b = whole.snapshot().summary as Record<string, unknown>;
    for (const key of Object.keys(b)) {
      if (typeof b[key] === 'number') expect(a[key] as number, key).toBeCloseTo(b[key] as number, 6);
      else expect(a[key], key).toEqual(b[key]);
    }
    expect(frame.samples.time.length).toBeGreaterThanOrEqual(59);
    expect(frame.samples.values.ttftP99!.length).toBe(frame.samples.time.length);
    // Samples are in time order and one interval apart.
    const t = frame.samples.time;
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
  });

  it('marks the autoscaler decisions of the priority-and-flex spike', () => {
    const rec = new RunRecorder(simFor('priority-flex-spike'), 30);
    rec.stepEvents(Infinity);
    const frame = rec.frame();
    expect(frame.snapshot.kind).toBe('fleet');
    if (frame.snapshot.kind !== 'fleet') return;
    const outs = frame.marks.filter((m) => m.kind === 'out');
    expect(outs.length).toBe(frame.snapshot.summary.scaleOuts);
    // Nothing scales before the spike starts (600 s) plus the 5-minute window.
    expect(outs[0]!.time).toBeGreaterThanOrEqual(600 + 300 - 60);
  });

  it('the M/M/c samples converge on Erlang C', () => {
    const rec = new RunRecorder(simFor('mmc-erlang'), 100);
    rec.stepEvents(Infinity);
    const { samples, snapshot } = rec.frame();
    expect(snapshot.done).toBe(true);
    const exact = mmc(8, 7, 1);
    const last = samples.values.waitProbability!.at(-1)!;
    expect(Math.abs(last - exact.waitProbability)).toBeLessThan(0.02);
    expect(Math.abs(samples.values.meanResponse!.at(-1)! - exact.meanResponse) / exact.meanResponse).toBeLessThan(0.03);
    // Bounded memory: thinned to under the cap.
    expect(samples.time.length).toBeLessThanOrEqual(720);
  });

  it('rejects a non-positive sample interval', () => {
    expect(() => new RunRecorder(simFor('steady-day'), 0)).toThrow(RangeError);
  });
});
