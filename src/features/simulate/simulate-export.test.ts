import { describe, expect, it } from 'vitest';
import { buildExportContext } from '../../domain/export/export-context.ts';
import type { MmcSnapshot } from '../../domain/sim/simulation-types.ts';
import { exportColumn, seriesCsv, summaryJson } from './simulate-export.ts';

const ctx = buildExportContext({ appVersion: '1.2.3', exportedAt: new Date('2026-01-02T03:04:05Z'), view: '/simulate', link: 'http://x/simulate?rate=5' });

describe('seriesCsv', () => {
  it('opens with the export context, then a header whose columns say their unit', () => {
    const csv = seriesCsv(ctx, [{ label: 'A', series: { resolution: 10, time: [0, 10], channels: { arrivals: [1.5, 2], gpuUtilization: [0.25, NaN], meanTtft: [0.4, 0.5] } } }]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('# Bedrock Explorer 1.2.3, /simulate, exported 2026-01-02T03:04:05.000Z');
    expect(lines[1]).toBe('# link: http://x/simulate?rate=5');
    expect(lines[2]).toBe('timeSeconds,arrivalsPerSecond,gpuUtilizationPercent,meanTtftSeconds');
    // Utilization is written in percent, as its column says; a missing value is an empty cell.
    expect(lines[3]).toBe('0,1.5,25,0.4');
    expect(lines[4]).toBe('10,2,,0.5');
  });

  it('prefixes columns with the run when two runs are compared', () => {
    const csv = seriesCsv(ctx, [
      { label: 'On-demand, autoscaled', series: { resolution: 10, time: [0, 10], channels: { arrivals: [1, 2] } } },
      { label: 'Provisioned, 4 model units', series: { resolution: 10, time: [0, 10], channels: { arrivals: [3, 4] } } },
    ]);
    const body = csv.split('\n').filter((l) => !l.startsWith('#'));
    expect(body[0]).toBe('timeSeconds,on_demand_autoscaled__arrivalsPerSecond,provisioned_4_model_units__arrivalsPerSecond');
    expect(body[2]).toBe('10,2,4');
  });

  it('names every channel with a unit; zone channels and hostile names stay readable', () => {
    expect(exportColumn('costPerHour')).toEqual({ name: 'serverCostUsdPerHour', scale: 1 });
    expect(exportColumn('readyAzb')).toEqual({ name: 'serversReadyZoneB', scale: 1 });
    expect(exportColumn('__proto__')).toEqual({ name: '__proto__', scale: 1 });
    expect(exportColumn('toString')).toEqual({ name: 'toString', scale: 1 });
  });
});

describe('summaryJson', () => {
  it('holds the context, the params, and per run the scenario and summary (non-finite numbers as null)', () => {
    const snapshot = { kind: 'mmc', time: 5, events: 10, done: true, series: { resolution: 1, time: [], channels: {} }, summary: { meanWait: NaN } } as unknown as MmcSnapshot;
    const json = JSON.parse(
      summaryJson(ctx, {
        params: { rate: 5 },
        scenarios: [{ kind: 'mmc', servers: 8, arrivalRate: 7, serviceRate: 1, customers: 10, seed: 1, warmupFraction: 0.05, resolution: 0 }],
        runs: [{ label: 'M/M/8', marks: [], snapshot }],
      }),
    );
    expect(json.context).toMatchObject({ app: 'Bedrock Explorer', appVersion: '1.2.3', link: 'http://x/simulate?rate=5', exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(json.runs[0]).toMatchObject({ label: 'M/M/8', scenario: { kind: 'mmc' }, complete: true, summary: { meanWait: null } });
  });
});
