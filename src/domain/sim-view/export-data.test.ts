import { describe, expect, it } from 'vitest';
import { mmc } from '../queueing/erlang.ts';
import { erlangComparison } from './erlang-compare.ts';
import { seriesCsv, summaryJson } from './export-data.ts';

describe('seriesCsv', () => {
  it('writes a header and one row per bucket, prefixing columns when two runs are compared', () => {
    const one = seriesCsv([{ label: 'A', series: { resolution: 10, time: [0, 10], channels: { arrivals: [1.5, 2], queueLength: [0, NaN] } } }]);
    expect(one).toBe('time_s,arrivals,queueLength\n0,1.5,0\n10,2,\n');
    const two = seriesCsv([
      { label: 'On-demand, autoscaled', series: { resolution: 10, time: [0, 10], channels: { arrivals: [1, 2] } } },
      { label: 'Provisioned, 4 model units', series: { resolution: 10, time: [0, 10], channels: { arrivals: [3, 4] } } },
    ]);
    expect(two.split('\n')[0]).toBe('time_s,on_demand_autoscaled__arrivals,provisioned_4_model_units__arrivals');
    expect(two.split('\n')[2]).toBe('10,2,4');
  });
});

describe('summaryJson', () => {
  it('holds the link, the params, and per run the scenario and summary (non-finite numbers as null)', () => {
    const json = JSON.parse(
      summaryJson({
        link: 'http://x/simulate?rate=5',
        params: { rate: 5 },
        scenarios: [{ kind: 'mmc' }],
        generatedAt: '2026-01-01T00:00:00Z',
        runs: [{ label: 'M/M/8', marks: [], snapshot: { kind: 'mmc', time: 5, events: 10, done: true, series: { resolution: 1, time: [], channels: {} }, summary: { meanWait: NaN } as never } }],
      }),
    );
    expect(json.link).toBe('http://x/simulate?rate=5');
    expect(json.runs[0]).toMatchObject({ label: 'M/M/8', scenario: { kind: 'mmc' }, complete: true, summary: { meanWait: null } });
  });
});

describe('erlangComparison', () => {
  it('puts the exact Erlang C values beside the simulated ones', () => {
    const exact = mmc(8, 7, 1);
    const c = erlangComparison({ servers: 8, arrivalRate: 7, serviceRate: 1, waitProbability: 0.64, meanWait: 0.65, meanResponse: 1.64, utilization: 0.875 } as never);
    expect(c.stable).toBe(true);
    expect(c.rows[0]!.exact).toBeCloseTo(0.635316, 6);
    expect(c.rows[2]!.exact).toBeCloseTo(exact.meanResponse, 9);
    expect(c.rows[0]!.relativeError).toBeCloseTo((0.64 - 0.635316) / 0.635316, 4);
  });
});
