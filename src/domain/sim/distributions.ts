import type { Prng } from './prng.ts';
import type { Distribution } from './scenario-schema.ts';

/** A sampler closed over its parameters (built once per run, not per draw). */
export type Sampler = (rng: Prng) => number;

export function makeSampler(d: Distribution): Sampler {
  switch (d.kind) {
    case 'fixed': {
      const v = d.value;
      return () => v;
    }
    case 'exponential': {
      const rate = 1 / d.mean;
      return (rng) => rng.exponential(rate);
    }
    case 'lognormal': {
      // Mean m and coefficient of variation v: σ² = ln(1 + v²), μ = ln m − σ²/2.
      const s2 = Math.log(1 + d.cv * d.cv);
      const sigma = Math.sqrt(s2);
      const mu = Math.log(d.mean) - s2 / 2;
      return (rng) => Math.exp(mu + sigma * rng.normal());
    }
  }
}

export function distributionMean(d: Distribution): number {
  return d.kind === 'fixed' ? d.value : d.mean;
}

/** Token counts are whole and at least one. */
export function sampleTokens(sampler: Sampler, rng: Prng, max: number): number {
  const v = Math.round(sampler(rng));
  return v < 1 ? 1 : v > max ? max : v;
}
