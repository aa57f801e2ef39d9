import { describe, expect, it } from 'vitest';
import { mmc, mmcWaitQuantile } from '../queueing/erlang.ts';
import { MmcSimulation } from './mmc-simulation.ts';
import { mmcPreset } from './test-helpers.ts';

/**
 * Tolerances: the reference measured, over 20 seeds × 1e6 customers (5 % warm-up cut), for M/M/2 at
 * ρ = 0.75 a relative sd of 1.2 % on Wq, 0.23 % on P(wait) and 2.1 % on the p99 wait, and recommends
 * ±5 %, ±1 % and ±8 % bands (about 4σ) at 1e6 customers, scaled by √(1e6/n) for shorter runs.
 */
const N = 200_000;
const SCALE = Math.sqrt(1e6 / N);
const TOL = { meanWait: 0.05 * SCALE, waitProbability: 0.01 * SCALE, p99Wait: 0.08 * SCALE };

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / expected;
}

describe('M/M/c preset against Erlang C', () => {
  for (const [servers, lambda, mu, seed] of [
    [2, 1.5, 1, 11],
    [4, 3, 1, 12],
  ] as const) {
    it(`M/M/${servers} with λ=${lambda}, μ=${mu}: P(wait), Wq and p99 wait within the measured spread`, () => {
      const sim = new MmcSimulation(mmcPreset(servers, lambda, mu, N, seed));
      sim.run();
      const s = sim.snapshot().summary;
      const theory = mmc(servers, lambda, mu);
      expect(relativeError(s.waitProbability, theory.waitProbability)).toBeLessThan(TOL.waitProbability);
      expect(relativeError(s.meanWait, theory.meanWait)).toBeLessThan(TOL.meanWait);
      expect(relativeError(s.p99Wait, mmcWaitQuantile(servers, lambda, mu, 0.99))).toBeLessThan(TOL.p99Wait);
      expect(relativeError(s.utilization, lambda / (servers * mu))).toBeLessThan(0.02);
      // Little's law with the time-averaged number in system, to 1 %.
      expect(relativeError(s.meanInSystem, s.littleLambdaW)).toBeLessThan(0.01);
      expect(s.customers).toBe(N);
      expect(sim.events).toBe(2 * N);
    });
  }

  it('the worked values it is checked against are the reference ones', () => {
    expect(mmc(2, 1.5, 1).waitProbability).toBeCloseTo(0.642857, 6);
    expect(mmc(2, 1.5, 1).meanWait).toBeCloseTo(1.285714, 6);
    expect(mmc(4, 3, 1).waitProbability).toBeCloseTo(0.509434, 6);
    expect(mmc(4, 3, 1).meanWait).toBeCloseTo(0.509434, 6);
  });

  it('runs in slices with the same result as in one go, and snapshots are frozen copies', () => {
    const whole = new MmcSimulation(mmcPreset(3, 2, 1, 20_000, 5));
    whole.run();
    const sliced = new MmcSimulation(mmcPreset(3, 2, 1, 20_000, 5));
    let first: ReturnType<MmcSimulation['snapshot']> | null = null;
    for (let t = 100; !sliced.done; t += 100) {
      sliced.runUntil(t);
      first ??= sliced.snapshot();
    }
    expect(sliced.snapshot().summary).toEqual(whole.snapshot().summary);
    expect(first!.done).toBe(false);
    expect(Object.isFrozen(first!.summary)).toBe(true);
    expect(sliced.snapshot().series.time.length).toBeLessThanOrEqual(1000);
  });
});

describe('runUntil', () => {
  it('moves the clock to the target even between events, without changing results', () => {
    const a = new MmcSimulation({ servers: 2, arrivalRate: 1.5, serviceRate: 1, customers: 2000, seed: 3, warmupFraction: 0.05, resolution: 0 });
    const b = new MmcSimulation({ servers: 2, arrivalRate: 1.5, serviceRate: 1, customers: 2000, seed: 3, warmupFraction: 0.05, resolution: 0 });
    a.runUntil(10.123);
    expect(a.now).toBe(10.123);
    for (let t = 10.123; !a.done; t += 7.77) a.runUntil(t);
    b.run();
    expect(a.snapshot().summary).toEqual(b.snapshot().summary);
  });
});
