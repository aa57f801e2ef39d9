import type { RunRecorder } from '../domain/sim-view/run-recorder.ts';
import type { FromWorker, RunStatus } from './sim-protocol.ts';

/** Wall-clock budget of one slice of simulation before the worker yields and posts a frame. */
const SLICE_MS = 24;
const FRAME_MS = 33;
/** Flat out, fewer frames: each one costs a snapshot copy in the worker and a render on the page. */
const FAST_FRAME_MS = 100;

/**
 * Paces one or more recorders against the wall clock: `speed` simulated seconds per second, or as
 * fast as the budget allows. Runs advance to the same simulated time so their charts line up.
 */
export class SimDriver {
  private status: RunStatus;
  private simTime = 0;
  private lastWall = 0;
  private lastPost = -Infinity;
  private busyMs = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly endTime: number;

  constructor(
    readonly runId: number,
    private readonly recorders: RunRecorder[],
    private speed: number | null,
    private readonly post: (m: FromWorker) => void,
    paused: boolean,
    endTime: number,
  ) {
    this.status = paused ? 'paused' : 'running';
    this.endTime = endTime;
  }

  start(): void {
    this.lastWall = performance.now();
    this.emit(true);
    this.schedule(0);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  setStatus(status: RunStatus): void {
    if (this.status === 'done' || this.status === 'cancelled') return;
    this.status = status;
    this.lastWall = performance.now();
    this.emit(true);
    if (status === 'running') this.schedule(0);
    else this.stop();
  }

  setSpeed(speed: number | null): void {
    this.speed = speed;
    this.lastWall = performance.now();
  }

  private get done(): boolean {
    return this.recorders.every((r) => r.done);
  }

  private schedule(ms: number): void {
    this.stop();
    this.timer = setTimeout(() => this.tick(), ms);
  }

  private tick(): void {
    this.timer = null;
    if (this.status !== 'running') return;
    const started = performance.now();
    if (this.speed === null) {
      // As fast as possible: slices of a sample interval each until the budget is spent.
      while (!this.done && performance.now() - started < SLICE_MS) {
        for (const r of this.recorders) r.stepEvents(20_000);
        this.simTime = Math.max(...this.recorders.map((r) => r.reached));
      }
      // Keep the runs in step: the lagging ones catch up to the leader.
      for (const r of this.recorders) r.advanceTo(this.simTime);
    } else {
      const wall = (started - this.lastWall) / 1000;
      this.lastWall = started;
      // If the machine can't keep up, simulated time slips rather than piling up a debt.
      const target = this.simTime + Math.min(wall, 0.25) * this.speed;
      for (const r of this.recorders) r.advanceTo(target);
      this.simTime = target;
    }
    this.busyMs += performance.now() - started;
    if (this.done) this.status = 'done';
    this.emit(this.status === 'done');
    if (this.status === 'running') this.schedule(this.speed === null ? 0 : 16);
  }

  private emit(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastPost < (this.speed === null ? FAST_FRAME_MS : FRAME_MS)) return;
    this.lastPost = now;
    const runs = this.recorders.map((r) => r.frame());
    const reached = Math.min(...this.recorders.map((r) => (r.done ? Infinity : r.reached)));
    this.post({
      type: 'frame',
      runId: this.runId,
      status: this.status,
      runs,
      time: Number.isFinite(reached) ? reached : Math.max(...runs.map((f) => f.snapshot.time)),
      endTime: this.done ? Math.max(...runs.map((f) => f.snapshot.time)) : this.endTime,
      busyMs: this.busyMs,
    });
  }
}
