import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../domain/random/mulberry32.ts';
import { parseScenario } from '../domain/sim/scenario-schema.ts';
import { createSimulation } from '../domain/sim/simulation.ts';
import { autoResolution, buildScenarios } from '../domain/sim-view/build-scenario.ts';
import { FrameDecoder } from '../domain/sim-view/frame-stream.ts';
import { RunRecorder, type RunFrame } from '../domain/sim-view/run-recorder.ts';
import { findTrainingPreset, presetParams } from '../domain/sim-view/training-presets.ts';
import type { FromWorker } from './sim-protocol.ts';
import { SimDriver, type DrivenRun, type DriverClock } from './sim-driver.ts';

/** A run that only keeps its clock: enough to check the pacing. */
class FakeRun implements DrivenRun {
  reached = 0;
  constructor(private readonly end: number) {}
  get done() {
    return this.reached >= this.end;
  }
  advanceTo(time: number) {
    this.reached = Math.min(this.end, Math.max(this.reached, time));
  }
  stepEvents() {
    this.advanceTo(this.reached + 10);
  }
  frame(): RunFrame {
    const series = { resolution: 1, time: [], channels: {} };
    return { snapshot: { kind: 'mmc', time: this.reached, done: this.done, series } as unknown as RunFrame['snapshot'], marks: [], samples: { time: [], values: {} } };
  }
}

/** Manual wall clock: timers fire only when the test says so. */
class FakeClock implements DriverClock {
  t = 1_000_000;
  pending: (() => void) | null = null;
  now() {
    return this.t;
  }
  setTimer(fn: () => void) {
    this.pending = fn;
    return 1;
  }
  clearTimer() {
    this.pending = null;
  }
  /** Lets `ms` pass and runs the scheduled tick, if any. */
  advance(ms: number) {
    this.t += ms;
    const fn = this.pending;
    this.pending = null;
    fn?.();
  }
}

function setup(speed: number | null, end = 3600) {
  const clock = new FakeClock();
  const run = new FakeRun(end);
  const posted: FromWorker[] = [];
  const driver = new SimDriver(1, [run], speed, (m) => posted.push(m), end, clock);
  driver.start();
  clock.advance(0);
  return { clock, run, posted, driver };
}

describe('SimDriver pacing', () => {
  it('advances speed × wall time', () => {
    const { clock, run } = setup(60);
    for (let i = 0; i < 10; i++) clock.advance(100);
    expect(run.reached).toBeCloseTo(60, 6);
  });

  it('pauses at the simulated time of the moment Pause was pressed, not a step later (1800×)', () => {
    const { clock, run, driver, posted } = setup(1800);
    clock.advance(16);
    clock.advance(16);
    const beforePress = run.reached; // 32 ms × 1800 = 57.6 s
    // Pause pressed 10 ms after the last step; the worker only gets the message 40 ms later.
    const pressedAt = clock.t + 10;
    clock.t += 40;
    driver.pause(pressedAt);
    expect(run.reached).toBeCloseTo(beforePress + 0.01 * 1800, 6);
    const last = posted.at(-1)!;
    expect(last.type === 'frame' && last.status).toBe('paused');
    expect(last.type === 'frame' && last.time).toBeCloseTo(run.reached, 6);
    // Paused: wall time passes, simulated time does not.
    clock.advance(500);
    expect(run.reached).toBeCloseTo(beforePress + 18, 6);
    // Resume continues from there at the same speed.
    driver.resume();
    clock.advance(0);
    clock.advance(100);
    expect(run.reached).toBeCloseTo(beforePress + 18 + 180, 6);
  });

  it('a stalled machine slips rather than owing simulated time', () => {
    const { clock, run } = setup(60);
    clock.advance(5000);
    expect(run.reached).toBeCloseTo(0.25 * 60, 6);
  });

  it('a speed change counts the time before it at the old speed', () => {
    const { clock, run, driver } = setup(10);
    clock.t += 100;
    driver.setSpeed(1800);
    expect(run.reached).toBeCloseTo(1, 6);
    clock.advance(0);
    clock.advance(100);
    expect(run.reached).toBeCloseTo(1 + 180, 6);
  });

  it('finishes with a done frame; cancel after done changes nothing', () => {
    const { clock, posted, driver } = setup(null, 50);
    for (let i = 0; i < 20 && clock.pending; i++) clock.advance(30);
    const last = posted.at(-1)!;
    expect(last.type === 'frame' && last.status).toBe('done');
    const count = posted.length;
    driver.cancel();
    driver.pause(clock.t);
    expect(posted.length).toBe(count);
  });
});

describe('SimDriver back-pressure', () => {
  it('posts no new frame until the page acknowledges the last one (or a second passes)', () => {
    const { clock, posted, driver } = setup(60);
    const frames = () => posted.length;
    const before = frames();
    for (let i = 0; i < 20; i++) clock.advance(16);
    // 320 ms at a frame every 33 ms would be ~10 frames; unacknowledged, none go.
    expect(frames()).toBe(before);
    driver.ack();
    clock.advance(16);
    expect(frames()).toBe(before + 1);
    for (let i = 0; i < 70; i++) clock.advance(16);
    expect(frames()).toBe(before + 2);
  });
});

describe('chart patches under any arrival timing', () => {
  const recorder = () => {
    const built = buildScenarios(presetParams(findTrainingPreset('az-outage')!));
    if (!built.ok) throw new Error('preset must build');
    const parsed = parseScenario(built.scenarios[0]);
    if (!parsed.ok) throw new Error(parsed.errors.join());
    return new RunRecorder(createSimulation(parsed.scenario), autoResolution(presetParams(findTrainingPreset('az-outage')!).dur));
  };

  /** Drives a real AZ-outage run at 1800× with irregular wall steps and acknowledgements; returns what the page rebuilds. */
  function drive(seed: number) {
    const random = mulberry32(seed);
    const clock = new FakeClock();
    const run = recorder();
    const decoder = new FrameDecoder();
    let last: RunFrame | null = null;
    let patches = 0;
    const driver = new SimDriver(1, [run], 1800, (m) => {
      if (m.type === 'frame' && m.charts) {
        last = decoder.apply(m.charts[0]!);
        patches++;
      }
    }, 3600, clock);
    driver.start();
    for (let i = 0; i < 100_000 && clock.pending; i++) {
      if (random() < 0.7) driver.ack();
      clock.advance(1 + Math.floor(random() * 400));
    }
    return { frame: last as RunFrame | null, patches };
  }

  it('rebuilds the same final series (the exported CSV) whichever way the patches were timed', () => {
    const direct = recorder();
    direct.advanceTo(Infinity);
    const want = direct.frame().snapshot.series;
    const a = drive(1);
    const b = drive(2);
    expect(a.patches).not.toBe(b.patches);
    expect(a.frame!.snapshot.done).toBe(true);
    expect(a.frame!.snapshot.series).toEqual(want);
    expect(b.frame!.snapshot.series).toEqual(want);
    // What e2e/simulate.spec.ts asserts on the exported CSV: ready servers drop after the outage at 20 min and recover.
    const ready = want.channels.replicasReady!;
    const before = ready[want.time.findIndex((t) => t >= 1100)]!;
    expect(Math.min(...ready.filter((_, i) => want.time[i]! >= 1200 && want.time[i]! < 1300))).toBeLessThan(before);
    expect(ready.at(-1)!).toBeGreaterThanOrEqual(before);
  });
});
