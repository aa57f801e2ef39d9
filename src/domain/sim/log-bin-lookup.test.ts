import { LogCollapsingLowestDenseDDSketch } from '@datadog/sketches-js';
import { describe, expect, it } from 'vitest';
import { LogBinLookup } from './log-bin-lookup.ts';
import { Prng } from './prng.ts';
import { QuantileSketch } from './quantile-sketch.ts';

// Neighbouring doubles: step the bit pattern of a positive double.
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
function ulps(v: number, k: number): number {
  f64[0] = v;
  i64[0] = i64[0]! + BigInt(k);
  return f64[0]!;
}

/** Values at and around every edge (±40 ulps, ±1e-9 and ±1e-7 relative), plus random values over the whole range and outside it. */
function probes(edge: (k: number) => number, kLo: number, kHi: number, seed: number): number[] {
  const out: number[] = [0, -1, NaN, Infinity, 1e-300, 5e-324, 1e300];
  for (let k = kLo - 2; k <= kHi + 1; k++) {
    const e = edge(k);
    for (let d = -40; d <= 40; d++) out.push(ulps(e, d));
    for (const r of [1e-9, 1e-7]) out.push(e * (1 - r), e * (1 + r));
  }
  const rng = new Prng(seed);
  const lo = Math.log(edge(kLo - 3));
  const hi = Math.log(edge(kHi + 3));
  for (let i = 0; i < 200_000; i++) out.push(Math.exp(lo + (hi - lo) * rng.next()));
  return out;
}

describe('LogBinLookup', () => {
  it("gives exactly the window histogram's formula, at every bin edge and between", () => {
    const gamma = 1.02;
    const min = 1e-4;
    const bins = Math.ceil(Math.log(1e5 / min) / Math.log(gamma)) + 1;
    const logGamma = Math.log(gamma);
    const exact = (v: number): number => {
      const b = v <= min ? 0 : Math.ceil(Math.log(v / min) / logGamma);
      return b >= bins ? bins - 1 : b;
    };
    const edge = (k: number): number => min * gamma ** k;
    const lookup = new LogBinLookup(exact, edge, 1, bins - 2, gamma);
    let mismatches = 0;
    for (const v of probes(edge, 1, bins - 2, 1)) if (!Object.is(lookup.bin(v), exact(v))) mismatches++;
    expect(mismatches).toBe(0);
  });

  it("gives exactly the DDSketch mapping's key from 1 µs to 10⁶ s", () => {
    const mapping = new LogCollapsingLowestDenseDDSketch({ relativeAccuracy: 0.005, binLimit: 2048 }).mapping;
    const gamma = mapping.gamma;
    const kLo = mapping.key(1e-6);
    const kHi = mapping.key(1e6);
    const lookup = new LogBinLookup((v) => mapping.key(v), (k) => gamma ** k, kLo, kHi, gamma);
    let mismatches = 0;
    for (const v of probes((k) => gamma ** k, kLo, kHi, 2)) if (v > 0 && Number.isFinite(v) && lookup.bin(v) !== mapping.key(v)) mismatches++;
    expect(mismatches).toBe(0);
  });

  it('refuses a ratio that is not above 1', () => {
    expect(() => new LogBinLookup((v) => v, (k) => k, 0, 10, 1)).toThrow(RangeError);
  });
});

describe('QuantileSketch', () => {
  it('holds exactly what a DDSketch fed the same values holds', () => {
    const ours = new QuantileSketch();
    const plain = new LogCollapsingLowestDenseDDSketch({ relativeAccuracy: 0.005, binLimit: 2048 });
    const rng = new Prng(3);
    const values = [0, 1e-9, 2e6, 0.5];
    for (let i = 0; i < 50_000; i++) values.push(Math.exp(-8 + 14 * rng.next()));
    for (const v of values) {
      ours.add(v);
      plain.accept(v);
    }
    for (const q of [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1]) expect(ours.quantile(q)).toBe(plain.getValueAtQuantile(q));
    expect(ours.count).toBe(plain.count);
  });
});
