import type { FleetSnapshot, SimSnapshot, Simulation } from '../sim/simulation-types.ts';

/** An autoscaler decision, found by watching the engine's scale-out/in counters between samples. */
export type ScaleMark = { time: number; kind: 'out' | 'in'; replicasAfter: number };

/**
 * Values the engine keeps only as running totals, sampled over time so the view can draw them:
 * latency percentiles since the start (fleet) and the M/M/c estimates converging (mmc).
 */
export type Samples = { time: number[]; values: Record<string, number[]> };

export const FLEET_SAMPLE_KEYS = ['ttftP50', 'ttftP95', 'ttftP99', 'e2eP50', 'e2eP95', 'e2eP99'] as const;
export const MMC_SAMPLE_KEYS = ['waitProbability', 'meanWait', 'meanResponse', 'utilization'] as const;

export type RunFrame = { snapshot: SimSnapshot; marks: ScaleMark[]; samples: Samples };

/** Samples kept per run; when full, every other one is dropped so memory stays bounded. */
const MAX_SAMPLES = 720;

/**
 * Drives one simulation in slices for the worker, sampling running statistics at a fixed simulated
 * interval and noting autoscaler decisions. Pure: the worker decides how far to go and when to post.
 */
export class RunRecorder {
  readonly marks: ScaleMark[] = [];
  private readonly time: number[] = [];
  private readonly values: Record<string, number[]> = {};
  private nextSample: number;
  private sampleEvery: number;
  private scaleOuts = 0;
  private scaleIns = 0;

  constructor(
    readonly sim: Simulation,
    /** Simulated seconds between samples (the view's chart resolution is a good choice). */
    sampleEvery: number,
  ) {
    if (!(sampleEvery > 0)) throw new RangeError('sampleEvery must be > 0');
    this.sampleEvery = sampleEvery;
    this.nextSample = sampleEvery;
    for (const k of sim.kind === 'fleet' ? FLEET_SAMPLE_KEYS : MMC_SAMPLE_KEYS) this.values[k] = [];
  }

  get done(): boolean {
    return this.sim.done;
  }

  /**
   * Simulated time every event up to which has been processed. Kept here because the M/M/c model's
   * clock stays at its last event, not at the time it was run until.
   */
  reached = 0;

  /** Advances the simulation to `time` (or its end), sampling on the way. */
  advanceTo(time: number): void {
    const sim = this.sim;
    while (!sim.done && this.reached < time) {
      const target = Math.min(time, this.nextSample);
      sim.runUntil(target);
      this.reached = sim.done ? Math.max(target, sim.now) : target;
      if (this.reached >= this.nextSample || sim.done) this.sample();
    }
  }

  /** Processes at least `maxEvents` events when there are that many (for "as fast as possible"). */
  stepEvents(maxEvents: number): void {
    const sim = this.sim;
    const start = sim.events;
    while (!sim.done && sim.events - start < maxEvents) this.advanceTo(this.nextSample);
  }

  private sample(): void {
    const snap = this.sim.snapshot();
    const t = this.sim.done ? snap.time : this.reached;
    this.time.push(t);
    if (snap.kind === 'fleet') this.sampleFleet(snap, t);
    else {
      const s = snap.summary;
      this.values.waitProbability!.push(s.waitProbability);
      this.values.meanWait!.push(s.meanWait);
      this.values.meanResponse!.push(s.meanResponse);
      this.values.utilization!.push(s.utilization);
    }
    while (this.nextSample <= t) this.nextSample += this.sampleEvery;
    if (this.time.length >= MAX_SAMPLES) this.thin();
  }

  private sampleFleet(snap: FleetSnapshot, time: number): void {
    const s = snap.summary;
    const v = this.values;
    v.ttftP50!.push(s.ttft.p50);
    v.ttftP95!.push(s.ttft.p95);
    v.ttftP99!.push(s.ttft.p99);
    v.e2eP50!.push(s.e2e.p50);
    v.e2eP95!.push(s.e2e.p95);
    v.e2eP99!.push(s.e2e.p99);
    const healthy = snap.replicas.filter((r) => r.state === 'booting' || r.state === 'loading' || r.state === 'ready').length;
    if (s.scaleOuts > this.scaleOuts) this.marks.push({ time, kind: 'out', replicasAfter: healthy });
    if (s.scaleIns > this.scaleIns) this.marks.push({ time, kind: 'in', replicasAfter: healthy });
    this.scaleOuts = s.scaleOuts;
    this.scaleIns = s.scaleIns;
  }

  private thin(): void {
    const keep = (a: number[]) => a.filter((_, i) => i % 2 === 1);
    const t = keep(this.time);
    this.time.length = 0;
    this.time.push(...t);
    for (const k of Object.keys(this.values)) this.values[k] = keep(this.values[k]!);
    this.sampleEvery *= 2;
  }

  /** A copy safe to post from the worker. */
  frame(): RunFrame {
    const values: Record<string, number[]> = {};
    for (const [k, a] of Object.entries(this.values)) values[k] = a.slice();
    return { snapshot: this.sim.snapshot(), marks: this.marks.slice(), samples: { time: this.time.slice(), values } };
  }
}
