import { describe, expect, it } from 'vitest';
import { Prng } from './prng.ts';
import { makeSampler } from './distributions.ts';

describe('Prng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
  });

  it('draws uniforms in (0, 1) with mean 1/2 and exponentials with mean 1/rate', () => {
    const rng = new Prng(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    let e = 0;
    for (let i = 0; i < n; i++) e += rng.exponential(4);
    expect(e / n).toBeCloseTo(0.25, 2);
  });

  it('samples lognormal lengths with the requested mean and spread', () => {
    const rng = new Prng(3);
    const sample = makeSampler({ kind: 'lognormal', mean: 1000, cv: 1 });
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = sample(rng);
      s += x;
      s2 += x * x;
    }
    const mean = s / n;
    const sd = Math.sqrt(s2 / n - mean * mean);
    expect(mean / 1000).toBeGreaterThan(0.98);
    expect(mean / 1000).toBeLessThan(1.02);
    expect(sd / mean).toBeGreaterThan(0.9);
    expect(sd / mean).toBeLessThan(1.1);
  });
});
