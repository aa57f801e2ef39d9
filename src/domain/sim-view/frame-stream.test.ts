import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/simulation.ts';
import { parseScenario } from '../sim/scenario-schema.ts';
import { TimeSeries } from '../sim/time-series.ts';
import { buildScenarios } from './build-scenario.ts';
import { FrameDecoder, FrameEncoder, liveOf } from './frame-stream.ts';
import { RunRecorder, type RunFrame } from './run-recorder.ts';
import { findTrainingPreset, presetParams } from './training-presets.ts';

function recorderFor(id: string, sampleEvery: number) {
  const built = buildScenarios(presetParams(findTrainingPreset(id)!));
  if (!built.ok) throw new Error('preset must build');
  const parsed = parseScenario(built.scenarios[0]);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return new RunRecorder(createSimulation(parsed.scenario), sampleEvery);
}

/** What the page must end up holding: the frame as the worker had it (structured clone drops nothing else). */
const plain = (f: RunFrame) => JSON.parse(JSON.stringify(f)) as unknown;

describe('frame stream', () => {
  it('rebuilds every frame of a real run exactly, through coarsening series and thinned samples', () => {
    // 1-second samples over a 30-minute run fill the 720-sample store: the samples are thinned twice.
    const rec = recorderFor('throttled-default-quota', 1);
    const enc = new FrameEncoder();
    const dec = new FrameDecoder();
    let patches = 0;
    let partial = 0;
    for (let t = 0; !rec.done; t += 37) {
      rec.advanceTo(t);
      const frame = rec.frame();
      const patch = enc.encode(frame);
      if (patch.series.from > 0) partial++;
      patches++;
      expect(plain(dec.apply(patch))).toEqual(plain(frame));
    }
    expect(patches).toBeGreaterThan(40);
    // Most patches carry only what is new.
    expect(partial).toBeGreaterThan(patches / 2);
  });

  it('sends only new buckets while the series keeps its resolution', () => {
    const rec = recorderFor('steady-day', 60);
    const enc = new FrameEncoder();
    rec.advanceTo(600);
    const first = enc.encode(rec.frame());
    expect(first.series.from).toBe(0);
    rec.advanceTo(660);
    const next = enc.encode(rec.frame());
    expect(next.series.from).toBe(first.series.time.length);
    expect(next.series.time.length).toBeLessThanOrEqual(Math.ceil(60 / next.series.resolution) + 1);
    expect(next.series.time.length).toBeLessThan(first.series.time.length);
  });

  it('property: any sequence of appends, coarsenings and thinnings is rebuilt exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 300 }), fc.integer({ min: 4, max: 20 }), (steps, cap) => {
        const ts = new TimeSeries(['a', 'b'], 1, cap);
        const enc = new FrameEncoder();
        const dec = new FrameDecoder();
        const samples = { time: [] as number[], values: { x: [] as number[] } };
        let t = 0;
        for (const [pushes, v] of steps) {
          for (let i = 0; i < pushes; i++) ts.push([v, i]);
          t += 1;
          samples.time.push(t);
          samples.values.x.push(v);
          if (samples.time.length > cap) {
            samples.time = samples.time.filter((_, i) => i % 2 === 1);
            samples.values.x = samples.values.x.filter((_, i) => i % 2 === 1);
          }
          const frame: RunFrame = {
            snapshot: { kind: 'mmc', time: t, events: 0, done: false, series: ts.snapshot(), summary: {} as never },
            marks: [],
            samples: { time: samples.time.slice(), values: { x: samples.values.x.slice() } },
          };
          expect(plain(dec.apply(enc.encode(frame)))).toEqual(plain(frame));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a live frame leaves out the series', () => {
    const rec = recorderFor('steady-day', 60);
    rec.advanceTo(120);
    const live = liveOf(rec.frame().snapshot);
    expect('series' in live).toBe(false);
    expect(live.kind).toBe('fleet');
    if (live.kind === 'fleet') expect(live.replicas.length).toBeGreaterThan(0);
  });
});
