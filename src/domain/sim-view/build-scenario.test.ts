import { readFileSync } from 'node:fs';
import { maxOutputLookup } from '../sim/catalog-max-output.ts';
import { traceFingerprint } from '../sim/trace-fingerprint.ts';
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../url/query-params.ts';
import { parseScenario } from '../sim/scenario-schema.ts';
import { autoResolution, buildScenarios, validateParams } from './build-scenario.ts';
import { SIM_PARAMS, type SimParams } from './sim-params.ts';
import { TRAINING_PRESETS, presetParams } from './training-presets.ts';

const defaults = (): SimParams => defaultsOf(SIM_PARAMS);

describe('buildScenarios', () => {
  it('every training preset builds scenarios the engine accepts', () => {
    expect(TRAINING_PRESETS.map((p) => p.name)).toEqual([
      'Steady day',
      'Launch spike',
      'AZ outage',
      'Throttled on default quota',
      'Retry storm',
      'Provisioned vs on-demand at the same load',
      'Max tokens unset',
      'Priority and Flex under a spike',
      'Overloaded, no autoscaling',
      'A day of traffic',
      'Canary catches a bad model version',
      'Blue-green switch',
      'Batch fills the night',
      'Reactive vs predictive scaling',
      'Global profile absorbs a regional spike',
      'Region outage',
      'M/M/c vs Erlang C',
    ]);
    const maxOutputTokens = maxOutputLookup(readFileSync('public/data/catalog.v2.json', 'utf8'));
    for (const preset of TRAINING_PRESETS) {
      expect(preset.explanation.length).toBeGreaterThan(200);
      const built = buildScenarios(presetParams(preset), { maxOutputTokens });
      expect(built.ok, preset.id).toBe(true);
      if (!built.ok) continue;
      for (const s of built.scenarios) expect(parseScenario(s), preset.id).toMatchObject({ ok: true });
    }
  });

  it('defaults map onto the engine defaults', () => {
    const built = buildScenarios(defaults());
    if (!built.ok) throw new Error('defaults must build');
    const parsed = parseScenario(built.scenarios[0]);
    if (!parsed.ok || parsed.scenario.kind !== 'fleet') throw new Error('fleet expected');
    const s = parsed.scenario;
    expect(s.workload.arrivalRate).toBe(20);
    expect(s.gateway.tokensPerMinute).toBeNull();
    expect(s.autoscaler).toMatchObject({ minReplicas: 3, maxReplicas: 64, scaleOutUtilization: 0.7, scaleInUtilization: 0.3 });
    expect(s.fleet.gpuHourlyPrice).toBe(6.88);
    expect(s.faults).toEqual([]);
  });

  it('the comparison adds a second run with the same workload', () => {
    const built = buildScenarios({ ...defaults(), cmp: true, bMode: 'provisioned', bUnits: 4 });
    if (!built.ok) throw new Error('must build');
    expect(built.scenarios).toHaveLength(2);
    expect(built.labels).toEqual(['On-demand, autoscaled', 'Provisioned, 4 model units']);
    const [a, b] = built.scenarios as { workload: unknown; gateway: { mode: string; modelUnits: number } }[];
    expect(b!.workload).toEqual(a!.workload);
    expect(b!.gateway).toMatchObject({ mode: 'provisioned', modelUnits: 4 });
  });

  it('maps patterns, outage and precision', () => {
    const built = buildScenarios({ ...defaults(), pattern: 'spike', spikeAt: 60, spikeFor: 30, spikeX: 3, outage: true, outAz: 2, outAt: 100, outFor: 50, precision: 'fp8', gpus: 4 });
    if (!built.ok) throw new Error('must build');
    const s = built.scenarios[0] as never as { workload: { spikes: unknown[] }; faults: unknown[]; fleet: { precision: string; tensorParallel: number } };
    expect(s.workload.spikes).toEqual([{ startSeconds: 60, durationSeconds: 30, multiplier: 3 }]);
    expect(s.faults).toEqual([{ kind: 'az-outage', az: 2, atSeconds: 100, durationSeconds: 50 }]);
    expect(s.fleet).toMatchObject({ precision: 'fp8', tensorParallel: 4 });
  });
});

describe('validateParams', () => {
  it('refuses impossible combinations with a message for the field', () => {
    expect(validateParams({ ...defaults(), min: 10, max: 5 }).min).toMatch(/above the maximum/);
    expect(validateParams({ ...defaults(), auto: false, min: 0 }).min).toMatch(/at least 1 server/);
    expect(validateParams({ ...defaults(), outage: true, outAz: 4, azs: 3 }).outAz).toMatch(/does not exist/);
    expect(validateParams({ ...defaults(), rate: 0 }).rate).toMatch(/above 0/);
    expect(validateParams({ ...defaults(), bootLo: 400, bootHi: 300 }).bootLo).toMatch(/longer than the longest/);
    expect(validateParams({ ...defaults(), up: 20, down: 30 }).up).toMatch(/must be higher/);
    expect(validateParams({ ...defaults(), pattern: 'trace', trace: '' }).trace).toMatch(/Upload a trace/);
    const bad = '0,10,5\n1,abc,5';
    expect(validateParams({ ...defaults(), pattern: 'trace', trace: traceFingerprint(bad) }, { traceCsv: bad }).trace).toMatch(/line 2/);
    expect(validateParams({ ...defaults(), kind: 'mmc', lambda: 0 }).lambda).toMatch(/above 0/);
    expect(validateParams(defaults())).toEqual({});
  });

  it('accepts a well-formed trace given beside the link, which names it by fingerprint only', () => {
    const csv = 'timestamp,input_tokens,output_tokens\n0,100,20\n0.5,200,40\n';
    const fp = traceFingerprint(csv);
    expect(fp).toMatch(/^[0-9a-f]{12}$/);
    const built = buildScenarios({ ...defaults(), pattern: 'trace', trace: fp }, { traceCsv: csv });
    expect(built.ok).toBe(true);
    if (built.ok) expect((built.scenarios[0] as { workload: { traceCsv?: string } }).workload.traceCsv).toBe(csv);
  });

  it('says a shared link needs the trace file, and refuses a different file', () => {
    const csv = '0,100,20\n';
    expect(validateParams({ ...defaults(), pattern: 'trace', trace: traceFingerprint(csv) }).trace).toMatch(/does not carry the trace file/);
    expect(validateParams({ ...defaults(), pattern: 'trace', trace: traceFingerprint(csv) }, { traceCsv: '0,100,21\n' }).trace).toMatch(/not the one this link names/);
  });

  it('refuses trace text in the link itself', () => {
    expect(SIM_PARAMS.trace.parse('0,100,20').ok).toBe(false);
    expect(SIM_PARAMS.trace.parse('a1b2c3d4e5f6').ok).toBe(true);
  });
});

describe('autoResolution', () => {
  it('keeps at most about 360 points', () => {
    expect(autoResolution(3600)).toBe(10);
    expect(autoResolution(1800)).toBe(5);
    expect(autoResolution(86_400)).toBe(300);
    for (const d of [60, 500, 7200, 604_800]) expect(d / autoResolution(d)).toBeLessThanOrEqual(360);
  });
});
