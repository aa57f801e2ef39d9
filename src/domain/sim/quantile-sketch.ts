import { LogCollapsingLowestDenseDDSketch } from '@datadog/sketches-js';
import { LogBinLookup } from './log-bin-lookup.ts';

export type QuantileSummary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

const RELATIVE_ACCURACY = 0.005;

function newSketch(): LogCollapsingLowestDenseDDSketch {
  return new LogCollapsingLowestDenseDDSketch({ relativeAccuracy: RELATIVE_ACCURACY, binLimit: 2048 });
}

/**
 * The sketch's key of a value (⌈log_γ v⌉), found without a logarithm for values from 1 µs to 10⁶ s
 * (see log-bin-lookup.ts); identical to the sketch's own mapping.key.
 */
const KEYS = (() => {
  const mapping = newSketch().mapping;
  const gamma = mapping.gamma;
  return new LogBinLookup((v) => mapping.key(v), (k) => gamma ** k, mapping.key(1e-6), mapping.key(1e6), gamma);
})();
const FAST_MIN = 1e-6;
const FAST_MAX = 1e6;

/**
 * Streaming distribution with bounded memory: a DDSketch (the sketch Vidur uses) at 0.5 % relative
 * accuracy whose bin count is capped, so a day-long run costs the same memory as a minute.
 */
export class QuantileSketch {
  private sketch = newSketch();
  private total = 0;
  private n = 0;
  private maximum = 0;

  add(value: number): void {
    const sketch = this.sketch;
    if (value > FAST_MIN && value < FAST_MAX) {
      // What sketch.accept(value) does for a positive value, with the key looked up.
      sketch.store.add(KEYS.bin(value), 1);
      sketch.count += 1;
      sketch.sum += value;
      if (value < sketch.min) sketch.min = value;
      if (value > sketch.max) sketch.max = value;
    } else sketch.accept(value);
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
