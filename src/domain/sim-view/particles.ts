import { mulberry32 } from '../random/mulberry32.ts';

/**
 * Moving request dots for the fleet view, kept in flat typed arrays so thousands can move each frame
 * without allocating. Each dot follows a polyline at constant speed and is recycled at its end.
 */
export type Polyline = Float32Array; // x0, y0, x1, y1, …

export const DOT_ADMITTED = 0;
export const DOT_THROTTLED = 1;
/** An admitted request going to a server with the new model version (during a rollout). */
export const DOT_NEW_VERSION = 2;
/** A batch-job record going to the server that runs it. */
export const DOT_BATCH = 3;

type PreparedPath = { points: Polyline; cumulative: Float32Array; length: number };

export function preparePath(points: number[]): PreparedPath {
  const pts = Float32Array.from(points);
  const n = pts.length / 2;
  const cumulative = new Float32Array(n);
  for (let i = 1; i < n; i++) {
    const dx = pts[2 * i]! - pts[2 * i - 2]!;
    const dy = pts[2 * i + 1]! - pts[2 * i - 1]!;
    cumulative[i] = cumulative[i - 1]! + Math.hypot(dx, dy);
  }
  return { points: pts, cumulative, length: cumulative[n - 1] ?? 0 };
}


export class ParticleSystem {
  readonly capacity: number;
  count = 0;
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly kind: Uint8Array;
  private readonly progress: Float32Array;
  private readonly rate: Float32Array;
  private readonly jitter: Float32Array;
  private readonly paths: (PreparedPath | null)[];
  private readonly random: () => number;

  constructor(capacity: number, seed = 1) {
    this.capacity = capacity;
    this.x = new Float32Array(capacity);
    this.y = new Float32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.progress = new Float32Array(capacity);
    this.rate = new Float32Array(capacity);
    this.jitter = new Float32Array(capacity);
    this.paths = new Array<PreparedPath | null>(capacity).fill(null);
    this.random = mulberry32(seed);
  }

  /** Adds a dot that runs along `path` in `seconds`; false when the pool is full. */
  spawn(path: PreparedPath, kind: number, seconds: number): boolean {
    if (this.count >= this.capacity || path.length <= 0) return false;
    const i = this.count++;
    this.paths[i] = path;
    this.kind[i] = kind;
    this.progress[i] = 0;
    // ±15 % speed and a small sideways offset, so a stream reads as many requests rather than a line.
    this.rate[i] = 1 / (seconds * (0.85 + 0.3 * this.random()));
    this.jitter[i] = (this.random() - 0.5) * 14;
    this.place(i);
    return true;
  }

  /** Moves every dot by `dt` seconds of wall time and recycles those that arrived. */
  update(dt: number): void {
    let i = 0;
    while (i < this.count) {
      const p = this.progress[i]! + this.rate[i]! * dt;
      if (p >= 1) {
        this.remove(i);
        continue;
      }
      this.progress[i] = p;
      this.place(i);
      i++;
    }
  }

  clear(): void {
    this.count = 0;
    this.paths.fill(null);
  }

  private remove(i: number): void {
    const last = --this.count;
    if (i !== last) {
      this.paths[i] = this.paths[last]!;
      this.kind[i] = this.kind[last]!;
      this.progress[i] = this.progress[last]!;
      this.rate[i] = this.rate[last]!;
      this.jitter[i] = this.jitter[last]!;
      this.x[i] = this.x[last]!;
      this.y[i] = this.y[last]!;
    }
    this.paths[last] = null;
  }

  private place(i: number): void {
    const path = this.paths[i]!;
    const target = this.progress[i]! * path.length;
    const c = path.cumulative;
    let s = 1;
    while (s < c.length - 1 && c[s]! < target) s++;
    const segStart = c[s - 1]!;
    const segLength = c[s]! - segStart;
    const f = segLength > 0 ? (target - segStart) / segLength : 0;
    const pts = path.points;
    const x0 = pts[2 * s - 2]!;
    const y0 = pts[2 * s - 1]!;
    const x1 = pts[2 * s]!;
    const y1 = pts[2 * s + 1]!;
    this.x[i] = x0 + (x1 - x0) * f;
    // The offset fades out at the ends so dots leave and enter their boxes exactly.
    const fade = Math.min(1, this.progress[i]! * 4, (1 - this.progress[i]!) * 4);
    this.y[i] = y0 + (y1 - y0) * f + this.jitter[i]! * fade;
  }
}

/**
 * Turns request counts from snapshots into dots to spawn per frame. When more requests flow than the
 * pool can show, one dot stands for several requests (`perDot`), and the view says so.
 */
export class FlowMeter {
  perDot = 1;
  private pending = 0;
  private rateEstimate = 0;

  constructor(
    private readonly capacity: number,
    private readonly lifetimeSeconds: number,
  ) {}

  /** `count` requests happened over `wallSeconds` of wall time. */
  add(count: number, wallSeconds: number): void {
    if (count <= 0) return;
    const rate = count / Math.max(wallSeconds, 1 / 120);
    this.rateEstimate = this.rateEstimate === 0 ? rate : 0.8 * this.rateEstimate + 0.2 * rate;
    const alive = this.rateEstimate * this.lifetimeSeconds;
    this.perDot = Math.max(1, Math.ceil(alive / (0.8 * this.capacity)));
    this.pending += count / this.perDot;
  }

  /** Dots to spawn in a frame of `dt` seconds: pending requests spread over about 50 ms. */
  take(dt: number): number {
    const share = Math.min(1, dt / 0.05);
    const n = Math.min(Math.floor(this.pending), Math.ceil(this.pending * share));
    this.pending = Math.max(0, this.pending - n);
    // Never let a backlog build up (e.g. a hidden tab): what could not be shown promptly is dropped.
    if (this.pending > this.capacity) this.pending = this.capacity;
    return n;
  }

  reset(): void {
    this.pending = 0;
    this.rateEstimate = 0;
    this.perDot = 1;
  }
}
