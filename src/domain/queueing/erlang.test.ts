import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mg1MeanWait, mmc, mmck, mmcResponseQuantile, mmcWaitQuantile, serversForWaitProbability } from './erlang.ts';

// Worked cases and published values: docs/queueing.md (reference: queueing-and-gpu.md §1).
describe('Erlang B', () => {
  it('matches the erlang.com manual and the Erlang-B table at 1 % blocking', () => {
    expect(erlangB(15, 8.108)).toBeCloseTo(0.01, 4);
    expect(erlangB(5, 1.36)).toBeCloseTo(0.01, 3);
    expect(erlangB(8, 3.13)).toBeCloseTo(0.0101, 3);
    expect(erlangB(9, 3.78)).toBeCloseTo(0.01, 3);
    expect(erlangB(20, 12.03)).toBeCloseTo(0.01, 3);
  });
  it('M/M/3/3 with λ=2, μ=1 blocks 4/19', () => {
    expect(erlangB(3, 2)).toBeCloseTo(4 / 19, 10);
  });
});

describe('Erlang C and M/M/c', () => {
  it('reproduces the worked cases', () => {
    const cases: [number, number, number, number, number, number][] = [
      // c, λ, μ, P(wait), Wq, W
      [1, 0.8, 1, 0.8, 4, 5],
      [1, 0.9, 1, 0.9, 9, 10],
      [2, 1.5, 1, 0.642857, 1.285714, 2.285714],
      [4, 3, 1, 0.509434, 0.509434, 1.509434],
      [8, 7, 1, 0.635316, 0.635316, 1.635316],
    ];
    for (const [c, l, m, pw, wq, w] of cases) {
      const r = mmc(c, l, m);
      expect(r.waitProbability).toBeCloseTo(pw, 5);
      expect(r.meanWait).toBeCloseTo(wq, 5);
      expect(r.meanResponse).toBeCloseTo(w, 5);
    }
  });
  it('matches GNU Octave qsmmm tests (M/M/2 and M/M/4, λ=9, μ=5)', () => {
    expect(mmc(2, 9, 5).meanQueueLength).toBeCloseTo(7.674, 3);
    expect(mmc(2, 9, 5).meanResponse).toBeCloseTo(1.053, 3);
    expect(mmc(4, 9, 5).meanQueueLength).toBeCloseTo(0.105, 3);
    expect(mmc(4, 9, 5).meanResponse).toBeCloseTo(0.212, 3);
  });
  it('Wolfram ErlangC applications: C(2, 1.5) = 9/14; 6 servers keep P(delay) ≤ 0.1 at 2.5 E', () => {
    expect(erlangC(2, 1.5)).toBeCloseTo(9 / 14, 10);
    expect(serversForWaitProbability(2.5, 0.1)).toBe(6);
  });
  it('gives the wait and response quantiles of the worked cases', () => {
    expect(mmcWaitQuantile(2, 1.5, 1, 0.9)).toBeCloseTo(3.7215, 3);
    expect(mmcWaitQuantile(2, 1.5, 1, 0.99)).toBeCloseTo(8.3267, 3);
    expect(mmcWaitQuantile(8, 7, 1, 0.99)).toBeCloseTo(4.1515, 3);
    expect(mmcWaitQuantile(8, 7, 1, 0.3)).toBe(0);
    expect(mmcResponseQuantile(2, 1.5, 1, 0.5)).toBeCloseTo(1.688, 2);
    expect(mmcResponseQuantile(4, 3, 1, 0.99)).toBeCloseTo(6.006, 2);
    expect(mmcResponseQuantile(1, 0.8, 1, 0.9)).toBeCloseTo(11.513, 2);
  });
  it('reports an unstable queue instead of a negative wait', () => {
    const r = mmc(2, 3, 1);
    expect(r.stable).toBe(false);
    expect(r.meanWait).toBe(Infinity);
  });
});

describe('M/M/c/K and M/G/1', () => {
  it('matches GNU Octave qsmmmk tests', () => {
    const a = mmck(3, 7, 40, 30);
    expect(a.p0).toBeCloseTo(0.255037, 5);
    expect(a.meanResponse).toBeCloseTo(0.036517, 5);
    expect(mmck(4, 6, 50, 10).blockingProbability).toBeCloseTo(0.293543, 5);
    const b = mmck(2, 5, 3, 2);
    expect(b.p0).toBeCloseTo(0.179334, 5);
    expect(b.blockingProbability).toBeCloseTo(0.085113, 5);
    expect(b.meanInSystem).toBeCloseTo(2.00595, 4);
    expect(b.meanWait).toBeCloseTo(0.230857, 5);
  });
  it('M/M/1/5 with λ=μ=1 blocks 1/6 and holds 2.5 on average', () => {
    const r = mmck(1, 5, 1, 1);
    expect(r.blockingProbability).toBeCloseTo(1 / 6, 10);
    expect(r.meanInSystem).toBeCloseTo(2.5, 10);
  });
  it('Pollaczek–Khinchine: M/D/1 Wq = 2 and M/E2/1 Wq = 3 at ρ = 0.8', () => {
    expect(mg1MeanWait(0.8, 1, 1)).toBeCloseTo(2, 10);
    expect(mg1MeanWait(0.8, 1, 1.5)).toBeCloseTo(3, 10);
  });
});
