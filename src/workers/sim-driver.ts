import { FrameEncoder, liveOf } from '../domain/sim-view/frame-stream.ts';
import type { RunFrame } from '../domain/sim-view/run-recorder.ts';
import type { FromWorker, RunStatus } from './sim-protocol.ts';

/** Wall-clock budget of one slice of simulation before the worker yields and posts a frame. */
const SLICE_MS = 24;
/**
 * Live frames (servers, zones, counters) for the fleet picture: 10 a second is smooth for tiles whose
 * batch fills and empties, and the request dots animate at the display's rate in their own worker.
 */
const FRAME_MS = 100;
/** Chart patches (series, samples, events): a few a second; flat out, fewer. */
const CHART_MS = 250;
const FAST_CHART_MS = 500;
/** Longest wall-clock gap one step may cover: a stalled machine lets simulated time slip instead. */
const MAX_STEP_MS = 250;
/**
 * A new frame waits until the page has drawn the last one (it acknowledges after painting), so a busy
 * page is never buried under a queue of frames; after this long without an answer one goes anyway.
 */
const ACK_TIMEOUT_MS = 1000;

/** What the driver needs of a run (RunRecorder in the worker, a fake in tests). */
export type DrivenRun = {
  readonly done: boolean;
  readonly reached: number;
  advanceTo(time: number): void;
  stepEvents(maxEvents: number): void;
  frame(): RunFrame;
};

/**
 * Time and timers, injected so the pacing is testable. `now` is milliseconds on a clock shared with
 * the page (performance.timeOrigin + performance.now()), so a pause can name the instant it was pressed.
 */
export type DriverClock = {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
};

export const WORKER_CLOCK: DriverClock = {
  now: () => performance.timeOrigin + performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Paces one or more runs against the wall clock: `speed` simulated seconds per second, or as fast as
 * the budget allows. Runs advance to the same simulated time so their charts line up.
 */
export class SimDriver {
  private status: RunStatus;
  private simTime = 0;
  private lastWall = 0;
  private lastPost = -Infinity;
  private lastChart = -Infinity;
  private readonly encoders: FrameEncoder[];
  private busyMs = 0;
  private timer: unknown = null;
  private awaitingAck = false;
  private readonly endTime: number;

  constructor(
    readonly runId: number,
    private readonly runs: DrivenRun[],
    private speed: number | null,
    private readonly post: (m: FromWorker) => void,
    endTime: number,
    private readonly clock: DriverClock = WORKER_CLOCK,
  ) {
    this.status = 'running';
    this.endTime = endTime;
    this.encoders = runs.map(() => new FrameEncoder());
  }

  /** Simulated seconds every run has reached. */
  get time(): number {
    return this.simTime;
  }

  start(): void {
    this.lastWall = this.clock.now();
    this.emit(true);
    this.schedule(0);
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
  }

  /**
   * Pauses at the simulated time that corresponds to `pressedAt` (the page's clock when Pause was
   * pressed): the step in progress is finished up to that instant, not beyond, so at 1800× the run
   * stops where the user saw it rather than a slice later.
   */
  pause(pressedAt: number): void {
    if (this.status !== 'running') return;
    if (this.speed !== null) this.advanceBy(Math.max(0, pressedAt - this.lastWall));
    this.setStatus('paused');
  }

  /** The page has drawn the last frame: the next may go. */
  ack(): void {
    this.awaitingAck = false;
  }

  resume(): void {
    if (this.status === 'paused') this.setStatus('running');
  }

  cancel(): void {
    this.setStatus('cancelled');
  }

  setSpeed(speed: number | null): void {
    // The time already elapsed counts at the old speed.
    if (this.status === 'running' && this.speed !== null) this.advanceBy(this.clock.now() - this.lastWall);
    this.speed = speed;
    this.lastWall = this.clock.now();
  }

  private setStatus(status: RunStatus): void {
    if (this.status === 'done' || this.status === 'cancelled') return;
    this.status = status;
    this.lastWall = this.clock.now();
    this.emit(true);
    if (status === 'running') this.schedule(0);
    else this.stop();
  }

  private get done(): boolean {
    return this.runs.every((r) => r.done);
  }

  private schedule(ms: number): void {
    this.stop();
    this.timer = this.clock.setTimer(() => this.tick(), ms);
  }

  /** Advances every run by `wallMs` of wall time at the current speed (capped: slip, don't owe). */
  private advanceBy(wallMs: number): void {
    if (this.speed === null) return;
    const target = this.simTime + (Math.min(Math.max(0, wallMs), MAX_STEP_MS) / 1000) * this.speed;
    for (const r of this.runs) r.advanceTo(target);
    this.simTime = target;
  }

  private tick(): void {
    this.timer = null;
    if (this.status !== 'running') return;
    const started = this.clock.now();
    if (this.speed === null) {
      // As fast as possible: slices until the budget is spent.
      while (!this.done && this.clock.now() - started < SLICE_MS) {
        for (const r of this.runs) r.stepEvents(20_000);
        this.simTime = Math.max(...this.runs.map((r) => r.reached));
      }
      // Keep the runs in step: the lagging ones catch up to the leader.
      for (const r of this.runs) r.advanceTo(this.simTime);
    } else {
      this.advanceBy(started - this.lastWall);
    }
    this.lastWall = started;
    this.busyMs += this.clock.now() - started;
    if (this.done) this.status = 'done';
    this.emit(this.status === 'done');
    if (this.status === 'running') this.schedule(this.speed === null ? 0 : 16);
  }

  /** Posts a live frame, with chart patches when they are due (`force`: status changes, start, end). */
  private emit(force: boolean): void {
    const now = this.clock.now();
    if (!force) {
      if (now - this.lastPost < FRAME_MS) return;
      if (this.awaitingAck && now - this.lastPost < ACK_TIMEOUT_MS) return;
    }
    this.lastPost = now;
    this.awaitingAck = true;
    const runs = this.runs.map((r) => r.frame());
    const withCharts = force || now - this.lastChart >= (this.speed === null ? FAST_CHART_MS : CHART_MS);
    if (withCharts) this.lastChart = now;
    const reached = Math.min(...this.runs.map((r) => (r.done ? Infinity : r.reached)));
    this.post({
      type: 'frame',
      runId: this.runId,
      status: this.status,
      live: runs.map((f) => liveOf(f.snapshot)),
      charts: withCharts ? runs.map((f, i) => this.encoders[i]!.encode(f)) : null,
      time: Number.isFinite(reached) ? reached : Math.max(...runs.map((f) => f.snapshot.time)),
      endTime: this.done ? Math.max(...runs.map((f) => f.snapshot.time)) : this.endTime,
      busyMs: this.busyMs,
    });
  }
}
