import { describe, expect, it } from 'vitest';
import { mmc } from '../queueing/erlang.ts';
import type { MmcSummary } from '../sim/simulation-types.ts';
import { erlangComparison } from './erlang-compare.ts';

describe('erlangComparison', () => {
  it('puts the exact Erlang C values beside the simulated ones', () => {
    const exact = mmc(8, 7, 1);
    const summary: Pick<MmcSummary, 'servers' | 'arrivalRate' | 'serviceRate' | 'waitProbability' | 'meanWait' | 'meanResponse' | 'utilization'> = {
      servers: 8,
      arrivalRate: 7,
      serviceRate: 1,
      waitProbability: 0.64,
      meanWait: 0.65,
      meanResponse: 1.64,
      utilization: 0.875,
    };
    const c = erlangComparison(summary as MmcSummary);
    expect(c.stable).toBe(true);
    expect(c.rows[0]!.exact).toBeCloseTo(0.635316, 6);
    expect(c.rows[2]!.exact).toBeCloseTo(exact.meanResponse, 9);
    expect(c.rows[0]!.relativeError).toBeCloseTo((0.64 - 0.635316) / 0.635316, 4);
  });
});
