import { describe, expect, it } from 'vitest';
import type { RegionView } from '../../domain/sim/simulation-types.ts';
import { regionRows } from './region-rows.ts';

const region = (over: Partial<RegionView>): RegionView => ({
  index: 0,
  name: 'us-east-1',
  source: true,
  inProfile: true,
  roundTripSeconds: 0,
  up: true,
  replicasReady: 3,
  replicasBooting: 0,
  meanReplicas: 3,
  routed: 12_345,
  completed: 12_300,
  spilledIn: 0,
  spilledOut: 0,
  throttled: 0,
  failed: 45,
  ttftP99: 0.085,
  e2eP99: 9.4,
  availability: { uptimePercent: 99.95, creditPercent: 0, meetsCommitment: true, intervals: 12, intervalsWithErrors: 1, intervalSeconds: 300 },
  cost: 20,
  ...over,
});

describe('the per-Region table', () => {
  it('shows each Region’s servers, requests, spills, latency and availability', () => {
    const [home, away] = regionRows([
      region({}),
      region({ index: 1, name: 'us-east-2', source: false, up: false, replicasReady: 0, replicasBooting: 3, spilledOut: 7_710, roundTripSeconds: 0.02, availability: { uptimePercent: 91.6667, creditPercent: 100, meetsCommitment: false, intervals: 12, intervalsWithErrors: 1, intervalSeconds: 300 } }),
    ]);
    expect(home).toMatchObject({ name: 'us-east-1', role: 'where the clients call', replicas: '3', routed: '12,345', served: '12,300', failed: '45', p99: '85 ms / 9.40 s', availability: '99.950 %', belowCommitment: false, down: false });
    expect(away).toMatchObject({ role: 'in the profile', replicas: '0 + 3 starting', spilledOut: '7,710', down: true, availability: '91.667 %', belowCommitment: true, roundTrip: '20 ms' });
  });

  it('shows a dash for latency where a Region served nothing', () => {
    expect(regionRows([region({ completed: 0, ttftP99: NaN, e2eP99: NaN })])[0]!.p99).toBe('—');
  });
});
