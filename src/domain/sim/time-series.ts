/**
 * Fixed-memory time series. Every channel holds a per-second rate or a time average, so when the
 * buffer fills, adjacent buckets are averaged pairwise and the resolution doubles: memory stays
 * bounded however long the run, and what is drawn stays correct.
 */
export type SeriesSnapshot = {
  /** Bucket width, seconds. */
  resolution: number;
  /** Start time of each bucket, seconds. */
  time: number[];
  channels: Record<string, number[]>;
};

export class TimeSeries {
  readonly channels: readonly string[];
  private readonly data: Float64Array[];
  private readonly starts: Float64Array;
  private readonly acc: Float64Array;
  private accCount = 0;
  /** Base buckets per stored bucket (a power of two). */
  private factor = 1;
  private pushed = 0;
  length = 0;

  constructor(
    channels: readonly string[],
    readonly baseResolution: number,
    maxPoints = 1440,
  ) {
    if (!(baseResolution > 0)) throw new RangeError('resolution must be > 0');
    this.channels = channels;
    const cap = Math.max(4, maxPoints + (maxPoints % 2));
    this.data = channels.map(() => new Float64Array(cap));
    this.starts = new Float64Array(cap);
    this.acc = new Float64Array(channels.length);
  }

  get resolution(): number {
    return this.baseResolution * this.factor;
  }

  /** Start time of the next base bucket. */
  get nextStart(): number {
    return this.pushed * this.baseResolution;
  }

  /** Appends one base bucket; values in channel order. */
  push(values: ArrayLike<number>): void {
    const acc = this.acc;
    for (let c = 0; c < acc.length; c++) acc[c] = acc[c]! + values[c]!;
    this.pushed++;
    if (++this.accCount < this.factor) return;
    if (this.length === this.starts.length) {
      // The pending sum is now half of a coarser bucket: keep accumulating.
      this.coarsen();
      return;
    }
    const i = this.length++;
    this.starts[i] = (this.pushed - this.accCount) * this.baseResolution;
    for (let c = 0; c < acc.length; c++) {
      this.data[c]![i] = acc[c]! / this.accCount;
      acc[c] = 0;
    }
    this.accCount = 0;
  }

  private coarsen(): void {
    const half = this.length >> 1;
    for (let i = 0; i < half; i++) {
      this.starts[i] = this.starts[2 * i]!;
      for (const d of this.data) d[i] = (d[2 * i]! + d[2 * i + 1]!) / 2;
    }
    this.length = half;
    this.factor *= 2;
  }

  snapshot(): SeriesSnapshot {
    const channels: Record<string, number[]> = {};
    this.channels.forEach((name, c) => {
      channels[name] = Array.from(this.data[c]!.subarray(0, this.length));
    });
    return { resolution: this.resolution, time: Array.from(this.starts.subarray(0, this.length)), channels };
  }
}
