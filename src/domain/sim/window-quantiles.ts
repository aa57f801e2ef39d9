/**
 * Quantiles per time window (reset each window), or over a run (never reset), from a fixed log-bucketed histogram: bins grow by 2 % from 0.1 ms to
 * about 28 h, so a quantile is within 1 % of the true value (relative), memory is constant and
 * resetting for the next window touches only the bins used. Values at or below the first bound
 * fall in bin 0; values above the last in the last bin.
 */
const GAMMA = 1.02;
const MIN = 1e-4;
const BINS = Math.ceil(Math.log(1e5 / MIN) / Math.log(GAMMA)) + 1;
const LOG_GAMMA = Math.log(GAMMA);

export type HistogramSummary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

export class WindowQuantiles {
  private readonly counts = new Int32Array(BINS);
  private lo = BINS;
  private hi = -1;
  count = 0;
  private sum = 0;
  private max = 0;

  add(value: number): void {
    this.sum += value;
    if (value > this.max) this.max = value;
    let b = value <= MIN ? 0 : Math.ceil(Math.log(value / MIN) / LOG_GAMMA);
    if (b >= BINS) b = BINS - 1;
    this.counts[b]!++;
    if (b < this.lo) this.lo = b;
    if (b > this.hi) this.hi = b;
    this.count++;
  }

  /** The q-quantile (0–1) of this window's values, NaN when there are none. */
  quantile(q: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let b = this.lo; b <= this.hi; b++) {
      seen += this.counts[b]!;
      if (seen >= rank) return b === 0 ? MIN : (MIN * (GAMMA ** (b - 1) + GAMMA ** b)) / 2;
    }
    return NaN;
  }

  /** Count, mean, p50/p95/p99 and max (the same shape as a QuantileSketch summary). */
  summary(): HistogramSummary {
    const n = this.count;
    return { count: n, mean: n ? this.sum / n : NaN, p50: this.quantile(0.5), p95: this.quantile(0.95), p99: this.quantile(0.99), max: n ? this.max : NaN };
  }

  reset(): void {
    this.sum = 0;
    this.max = 0;
    if (this.hi >= this.lo) this.counts.fill(0, this.lo, this.hi + 1);
    this.lo = BINS;
    this.hi = -1;
    this.count = 0;
  }
}
