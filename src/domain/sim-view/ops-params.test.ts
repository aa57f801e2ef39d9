import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxOutputLookup } from '../sim/catalog-max-output.ts';
import { FleetSimulation } from '../sim/fleet-simulation.ts';
import { fleetScenarioSchema, type FleetScenarioInput } from '../sim/scenario-schema.ts';
import { defaultsOf } from '../url/query-params.ts';
import { buildScenarios, predictiveSchedule, rolloutSteps, validateParams } from './build-scenario.ts';
import { SIM_PARAMS, type SimParams } from './sim-params.ts';
import { findTrainingPreset, presetParams } from './training-presets.ts';

const defaults = (): SimParams => defaultsOf(SIM_PARAMS);

function fleetOf(p: SimParams, ctx = {}): FleetScenarioInput[] {
  const built = buildScenarios(p, ctx);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.scenarios as FleetScenarioInput[];
}

describe('operations link parameters', () => {
  it('read canary steps that rise to 100 and refuse others beside the field', () => {
    expect(rolloutSteps('5-25-50-100')).toEqual([5, 25, 50, 100]);
    expect(rolloutSteps('50-25-100')).toBeNull();
    expect(rolloutSteps('5-50')).toBeNull();
    expect(validateParams({ ...defaults(), ro: 'canary', roSteps: '10-5-100' }).roSteps).toMatch(/rise and end at 100/);
    expect(validateParams({ ...defaults(), ro: 'blue-green', roAt: 4000 }).roAt).toMatch(/after the run ends/);
  });

  it('build a rollout, a priced batch job and the SLA interval', () => {
    const [s] = fleetOf(
      { ...defaults(), ro: 'canary', roErr: 5, roSlow: 1.5, roMaxErr: 2, bj: true, bjRec: 1000, bjWin: 12, slaInt: 600 },
      { batchPricePer1M: () => ({ ok: true, input: 1.5, output: 7.5, label: 'Batch price $1.5 in / $7.5 out per 1M tokens' }) },
    );
    expect(s!.rollout).toMatchObject({ strategy: 'canary', atSeconds: 600, steps: [5, 25, 50, 100], maxErrorRate: 0.02, regression: { errorRate: 0.05, decodeSlowdown: 1.5 } });
    expect(s!.batchJobs).toEqual([expect.objectContaining({ records: 1000, windowSeconds: 43_200, pricePer1M: { input: 1.5, output: 7.5 }, priceNote: 'Batch price $1.5 in / $7.5 out per 1M tokens' })]);
    expect(s!.monitoring).toEqual({ slaIntervalSeconds: 600 });
    expect(fleetScenarioSchema.safeParse(s).success).toBe(true);
  });

  it('leave a batch job unpriced, saying why, where the catalog publishes no batch price (never half the on-demand price)', () => {
    const p = { ...defaults(), bj: true };
    const [none] = fleetOf(p, { batchPricePer1M: () => ({ ok: false, reason: 'No Batch price is published for Claude Sonnet 4.6 in our sources.' }) });
    expect(none!.batchJobs![0]).toMatchObject({ pricePer1M: null, priceNote: 'Not priced: No Batch price is published for Claude Sonnet 4.6 in our sources.' });
    const [unknown] = fleetOf(p, { batchPricePer1M: () => undefined });
    expect(unknown!.batchJobs![0]).toMatchObject({ pricePer1M: null, priceNote: expect.stringMatching(/not in the catalog/) });
    // The engine carries the note to the job's view, and prices nothing.
    const sim = new FleetSimulation(fleetScenarioSchema.parse({ ...none, durationSeconds: 120 }));
    sim.run();
    expect(sim.snapshot().batchJobs[0]).toMatchObject({ batchCost: null, priceNote: expect.stringMatching(/No Batch price/) });
  });

  it('turn predictive scaling into a daily schedule, for run B only when asked', () => {
    expect(predictiveSchedule({ predFrom: 8, predTo: 20, predMin: 8, dur: 2 * 86_400 }, 3)).toEqual([
      { atSeconds: 28_800, minReplicas: 8 },
      { atSeconds: 72_000, minReplicas: 3 },
      { atSeconds: 115_200, minReplicas: 8 },
      { atSeconds: 158_400, minReplicas: 3 },
    ]);
    const [a, b] = fleetOf({ ...defaults(), dur: 86_400, cmp: true, bMode: 'on-demand', bPred: true });
    expect(a!.autoscaler!.schedule).toEqual([]);
    expect(b!.autoscaler!.schedule).toHaveLength(2);
  });
});

describe('operations presets show what they say', () => {
  const maxOutputTokens = maxOutputLookup(readFileSync('public/data/catalog.v2.json', 'utf8'));
  const run = (id: string): FleetSimulation => {
    const [s] = fleetOf(presetParams(findTrainingPreset(id)!), { maxOutputTokens });
    const sim = new FleetSimulation(fleetScenarioSchema.parse(s));
    sim.run();
    return sim;
  };

  it('the bad canary is rolled back at its first step', () => {
    const r = run('canary-bad-version').snapshot().rollout!;
    expect(r.phase).toBe('rolled-back');
    expect(r.marks.filter((m) => m.kind === 'step')).toHaveLength(1);
  });

  it('blue-green doubles the fleet until the bake ends, then completes', () => {
    const sim = run('blue-green-switch');
    expect(sim.snapshot().rollout!.phase).toBe('complete');
    expect(sim.summary().peakReplicas).toBe(6);
  });
});
