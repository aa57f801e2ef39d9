import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/scenario-schema.ts';
import { createSimulation } from '../sim/simulation.ts';
import type { FleetSnapshot } from '../sim/simulation-types.ts';
import { buildScenarios } from './build-scenario.ts';
import { labelStart, MERGE_PX, placeMarks, timeMarks, type TimeMark } from './time-marks.ts';
import { findTrainingPreset, presetParams } from './training-presets.ts';

function finished(id: string): FleetSnapshot {
  const built = buildScenarios(presetParams(findTrainingPreset(id)!));
  if (!built.ok) throw new Error('preset must build');
  const parsed = parseScenario(built.scenarios[0]);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const sim = createSimulation(parsed.scenario);
  sim.runUntil(Infinity);
  const snap = sim.snapshot();
  if (snap.kind !== 'fleet') throw new Error('fleet expected');
  return snap;
}

const linear = (t: number) => 50 + t / 6;

describe('time marks', () => {
  it('a bad canary: rollout start, the 5 % step and the automatic rollback, at the engine’s times', () => {
    const snap = finished('canary-bad-version');
    const marks = timeMarks(snap).filter((m) => m.kind === 'rollout' || m.kind === 'rollback');
    expect(marks.map((m) => [m.time, m.kind, m.short])).toEqual(snap.rollout!.marks.map((m) => [m.time, m.kind === 'rollback' ? 'rollback' : 'rollout', m.kind === 'start' ? 'rollout' : m.kind === 'step' ? `${Math.round(100 * m.share)} %` : m.kind]));
    expect(marks[1]!.short).toBe('5 %');
    expect(marks.at(-1)!.detail).toMatch(/^19:00 Automatic rollback: server errors [\d.]+ % > 1\.0 %/);
  });

  it('alarms fire and clear; scaling decisions carry the logged reason; two runs are told apart', () => {
    const source = {
      eventLog: [{ time: 300, kind: 'scale-out', detail: 'utilization 82 % > 70 % for 60 s' }],
      rollout: null,
      monitoring: {
        alarms: [{ rule: { name: 'Sustained throttling' }, state: 'OK', episodes: [{ firedAt: 980, clearedAt: 1510, peak: 1 }, { firedAt: 1600, clearedAt: null, peak: 2 }] }],
      },
    } as unknown as FleetSnapshot;
    const marks = timeMarks(source, 'B');
    expect(marks.map((m) => [m.time, m.kind])).toEqual([
      [300, 'scale-out'],
      [980, 'alarm'],
      [1510, 'alarm-ok'],
      [1600, 'alarm'],
    ]);
    expect(marks[0]!.detail).toBe('B: 5:00 scale-out: utilization 82 % > 70 % for 60 s');
    expect(marks[2]!.detail).toContain('“Sustained throttling” cleared');
  });

  it('a flapping alarm merges into one line per few pixels; every mark is kept in the details', () => {
    const marks: TimeMark[] = [];
    for (let t = 95; t < 1800; t += 30) marks.push({ time: t, kind: 'alarm', short: 'alarm', detail: `fired ${t}` });
    const placed = placeMarks(marks, linear, 50, 650);
    expect(placed.reduce((a, p) => a + p.count, 0)).toBe(marks.length);
    expect(placed.length).toBeLessThan(marks.length);
    expect(placed.every((p, i) => i === 0 || p.x - placed[i - 1]!.x > MERGE_PX)).toBe(true);
    expect(placed.some((p) => p.label?.startsWith('alarm ×'))).toBe(true);
  });

  it('a rollback keeps its label when a step beside it crowds the narrow chart of a phone', () => {
    const marks: TimeMark[] = [
      { time: 600, kind: 'rollout', short: 'rollout', detail: '' },
      { time: 1080, kind: 'rollout', short: '5 %', detail: '' },
      { time: 1110, kind: 'rollback', short: 'rollback', detail: '' },
    ];
    const x = (t: number) => 40 + (t / 3600) * 180;
    const placed = placeMarks(marks, x, 40, 220);
    expect(placed.find((p) => p.kind === 'rollback')!.label).toBe('rollback');
    expect(placed.filter((p) => p.label !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('property: labels never overlap in a row and stay inside the plot', () => {
    const kinds = ['rollout', 'rollback', 'alarm', 'alarm-ok', 'scale-out'] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ time: fc.integer({ min: 0, max: 3600 }), kind: fc.constantFrom(...kinds), short: fc.constantFrom('', '5 %', 'rollback', 'alarm', 'ok', 'switch') }), { maxLength: 60 }), fc.integer({ min: 200, max: 1200 }), (raw, width) => {
        const right = width - 14;
        const x = (t: number) => 52 + (t / 3600) * (right - 52);
        const marks = raw.map((m) => ({ ...m, detail: '' })).sort((a, b) => a.time - b.time);
        const placed = placeMarks(marks, x, 52, right);
        for (const row of [0, 1]) {
          const spans = placed.filter((p) => p.label !== null && p.row === row).map((p) => [labelStart(p, right), labelStart(p, right) + p.label!.length * 6.4] as const);
          for (const [s, e] of spans) {
            expect(s).toBeGreaterThanOrEqual(52);
            expect(e).toBeLessThanOrEqual(right + 1e-9);
          }
          spans.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
        }
      }),
    );
  });
});
