import { LogCollapsingLowestDenseDDSketch } from '@datadog/sketches-js';

export type QuantileSummary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

/**
 * Streaming distribution with bounded memory: a DDSketch (the sketch Vidur uses) at 0.5 % relative
 * accuracy whose bin count is capped, so a day-long run costs the same memory as a minute.
 */
export class QuantileSketch {
  private sketch = new LogCollapsingLowestDenseDDSketch({ relativeAccuracy: 0.005, binLimit: 2048 });
  private total = 0;
  private n = 0;
  private maximum = 0;

  add(value: number): void {
    this.sketch.accept(value);
    this.total += value;
    this.n++;
    if (value > this.maximum) this.maximum = value;
  }

  get count(): number {
    return this.n;
  }

  get mean(): number {
    return this.n === 0 ? NaN : this.total / this.n;
  }

  quantile(q: number): number {
    return this.n === 0 ? NaN : this.sketch.getValueAtQuantile(q);
  }

  summary(): QuantileSummary {
    return { count: this.n, mean: this.mean, p50: this.quantile(0.5), p95: this.quantile(0.95), p99: this.quantile(0.99), max: this.n === 0 ? NaN : this.maximum };
  }
}
