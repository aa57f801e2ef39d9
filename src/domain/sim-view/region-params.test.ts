import { describe, expect, it } from 'vitest';
import { fleetScenarioSchema, type FleetScenarioInput } from '../sim/scenario-schema.ts';
import { defaultsOf, parseQuery, serializeQuery } from '../url/query-params.ts';
import { buildScenarios, validateParams } from './build-scenario.ts';
import { SIM_PARAMS, type SimParams } from './sim-params.ts';

const defaults = (): SimParams => defaultsOf(SIM_PARAMS);

describe('Region link parameters', () => {
  it('build the Regions, their round trips, other tenants and a Region outage', () => {
    const p: SimParams = { ...defaults(), rg: 'us-east-1,us-east-2,us-west-2', prof: 'us', xr: 100, rgRtt: '0-15-60', rgBg: '0-5-7.5', rgOut: 3, rgOutAt: 600, rgOutFor: 0 };
    const built = buildScenarios(p);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const s = built.scenarios[0] as FleetScenarioInput;
    expect(s.regions).toEqual({ names: ['us-east-1', 'us-east-2', 'us-west-2'], profile: 'us', roundTripSeconds: [0, 0.015, 0.06], backgroundArrivalRate: [0, 5, 7.5] });
    expect(s.faults).toEqual([{ kind: 'region-outage', region: 2, atSeconds: 600, durationSeconds: null }]);
    expect(s.workload!.crossRegionShare).toBe(1);
    expect(fleetScenarioSchema.safeParse(s).success).toBe(true);
  });

  it('run B can differ from A only in its profile share, and the labels say so', () => {
    const built = buildScenarios({ ...defaults(), rg: 'us-east-1,us-west-2', prof: 'global', xr: 0, cmp: true, bMode: 'on-demand', bXr: 100 });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.scenarios.map((s) => (s as FleetScenarioInput).workload!.crossRegionShare)).toEqual([0, 1]);
    expect(built.labels).toEqual(['On-demand, autoscaled, in-Region only', 'On-demand, autoscaled, 100 % via the global. profile']);
  });

  it('say beside the field what is wrong with impossible Region settings', () => {
    expect(validateParams({ ...defaults(), rg: 'us-east-1,us-east-9' }).rg).toMatch(/us-east-9/);
    expect(validateParams({ ...defaults(), rg: 'us-east-1,us-east-1' }).rg).toMatch(/twice/);
    expect(validateParams({ ...defaults(), rg: 'eu-west-1,us-east-1', prof: 'us' }).prof).toMatch(/not called from eu-west-1/);
    expect(validateParams({ ...defaults(), rg: 'us-east-1,us-west-2', rgRtt: '0-1-2' }).rgRtt).toMatch(/one value per Region \(2\)/);
    expect(validateParams({ ...defaults(), rgOut: 2 }).rgOut).toMatch(/does not exist/);
    expect(validateParams({ ...defaults(), rgOut: 1, rgOutAt: 5000 }).rgOutAt).toMatch(/after the run ends/);
  });

  it('a link round-trips its Region keys, and hostile values fall back to the defaults', () => {
    const p: SimParams = { ...defaults(), rg: 'us-east-1,us-east-2,us-west-2', prof: 'us', xr: 100, rgRtt: '0-15-60', rgOut: 2, rgOutAt: 1200, rgOutFor: 900, bXr: 0 };
    const query = serializeQuery(p, SIM_PARAMS);
    const back = parseQuery(query, SIM_PARAMS);
    expect(back.values).toEqual(p);
    const hostile = parseQuery(new URLSearchParams('rg=__proto__&prof=constructor&rgRtt=1e999&rgBg=-1&rgOut=7&bXr=-2&rgOutAt=NaN'), SIM_PARAMS);
    for (const key of ['rg', 'prof', 'rgRtt', 'rgBg', 'rgOut', 'bXr', 'rgOutAt'] as const) expect(hostile.values[key]).toEqual(defaults()[key]);
    expect(parseQuery(new URLSearchParams(`rg=${'us-east-1,'.repeat(50)}us-east-2`), SIM_PARAMS).values.rg).toBe('us-east-1');
    expect(parseQuery(new URLSearchParams('rg=us-east-1%2Cus-eas%CC%81t-2'), SIM_PARAMS).values.rg).toBe('us-east-1');
  });
});
