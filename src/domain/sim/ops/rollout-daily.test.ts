import { describe, expect, it } from 'vitest';
import { buildScenarios } from '../../sim-view/build-scenario.ts';
import type { SimParams } from '../../sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../../sim-view/training-presets.ts';
import { FleetSimulation } from '../fleet-simulation.ts';
import { RegionalSimulation } from '../regions/regional-simulation.ts';
import { fleetScenarioSchema } from '../scenario-schema.ts';
import { createSimulation } from '../simulation.ts';
import type { FleetSnapshot, Simulation } from '../simulation-types.ts';
import { BASELINE, NEW_VERSION, PRODUCTION, Rollout, type RolloutConfig, type RolloutFleet } from './rollout.ts';

/**
 * The "Batch fills the night" day's curve (60 requests/s ±60 %, autoscaled, as the web app builds it),
 * shifted so that the run's first half hour is the day's 9:30–10:00 and the canary starts at the day's
 * 10:00, as in bench/ops-day.ts, while traffic climbs towards its 14:00 peak; the run stops once the
 * rollout has ended. The batch job is left out (it is
 * done by 10:20 in the full day) to keep the run short. Before the canary had its baseline, a healthy
 * version was rolled back at the 50 % step here (×1.54 of the old fleet, ×1.32 in three Regions), and a
 * 1.5× slower one passed the 5 % step (a healthy canary's one server, lightly loaded, read ×0.33–0.36).
 */
function dailyCanary(extra: Partial<SimParams> = {}): Simulation<FleetSnapshot> {
  const day = presetParams(findTrainingPreset('batch-fills-the-night')!);
  // At most 2.25 h: the four steps take about 1.4 h from the day's 10:00 (boots of 2–5 min, 15-minute windows).
  const p: SimParams = { ...day, bj: false, dur: 2.25 * 3600, peakH: 14 - 9.5, ro: 'canary', roAt: 1800, roSteps: '5-25-50-100', roWin: 900, ...extra };
  const built = buildScenarios(p, {});
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const sim = createSimulation(fleetScenarioSchema.parse(built.scenarios[0])) as Simulation<FleetSnapshot>;
  const source = sim instanceof RegionalSimulation ? sim.regions[0]! : (sim as FleetSimulation);
  for (let t = 300; !sim.done; t += 300) {
    sim.runUntil(t);
    const phase = source.rolloutView()!.phase;
    if (phase === 'complete' || phase === 'rolled-back') break;
  }
  return sim;
}

/** Hours of a fleet at 60–80 requests/s: a guard against hangs on a loaded machine, not a speed limit. */
const DAILY_TIMEOUT = 120_000;

const THREE_REGIONS: Partial<SimParams> = { rg: 'us-east-1,us-east-2,us-west-2', prof: 'us', xr: 50 };

describe('canary analysis under a daily curve (baseline of the same size, same traffic per server)', () => {
  it('completes a healthy version in one Region', () => {
    const r = dailyCanary().snapshot().rollout!;
    expect(r.marks.map((m) => m.kind)).toEqual(['start', 'step', 'step', 'step', 'step', 'complete']);
    expect(r.phase).toBe('complete');
  }, DAILY_TIMEOUT);

  it('completes a healthy version in three Regions behind the us. profile', () => {
    const snap = dailyCanary(THREE_REGIONS).snapshot();
    expect(snap.regions).toHaveLength(3);
    expect(snap.rollout!.marks.map((m) => m.kind)).toEqual(['start', 'step', 'step', 'step', 'step', 'complete']);
  }, DAILY_TIMEOUT);

  it('rolls back a version that decodes 1.5× slower within the first step’s analysis window', () => {
    const r = dailyCanary({ roSlow: 1.5 }).snapshot().rollout!;
    expectRolledBackAtFirstStep(r);
    expect(r.lastLatencyRatio).toBeGreaterThan(1.25);
  }, DAILY_TIMEOUT);

  it('rolls back a version with 5 % server errors within the first step’s analysis window, in three Regions', () => {
    const r = dailyCanary({ ...THREE_REGIONS, roErr: 5 }).snapshot().rollout!;
    expectRolledBackAtFirstStep(r);
    expect(r.lastErrorRate).toBeGreaterThan(0.01);
  }, DAILY_TIMEOUT);
});

/** Rolled back at the first canary step, within that step's 900 s analysis window. */
function expectRolledBackAtFirstStep(r: NonNullable<FleetSnapshot['rollout']>): void {
  expect(r.phase).toBe('rolled-back');
  const steps = r.marks.filter((m) => m.kind === 'step');
  expect(steps).toHaveLength(1);
  expect(r.marks.find((m) => m.kind === 'rollback')!.time - steps[0]!.time).toBeLessThanOrEqual(900);
}

/** A fleet whose servers are ready the moment they launch: the rollout's own arithmetic, nothing else. */
class InstantFleet implements RolloutFleet {
  launchGroup = PRODUCTION;
  readonly counts = [0, 0, 0];
  constructor(production: number) {
    this.counts[PRODUCTION] = production;
  }
  countOf(group: number): { healthy: number; ready: number } {
    return { healthy: this.counts[group]!, ready: this.counts[group]! };
  }
  launch(_t: number, _immediately: boolean, group: number): boolean {
    this.counts[group]!++;
    return true;
  }
  drainGroup(group: number, _t: number, keep = 0): number {
    const n = Math.max(0, this.counts[group]! - keep);
    this.counts[group] = Math.min(this.counts[group]!, keep);
    return n;
  }
}

describe('canary steps: sizes and shares', () => {
  const config: RolloutConfig = {
    strategy: 'canary',
    atSeconds: 0,
    steps: [5, 25, 50, 75, 100],
    analysisSeconds: 60,
    checkSeconds: 60,
    minSamples: 1,
    maxErrorRate: 0.01,
    maxLatencyRatio: 1.25,
    regression: { errorRate: 0, decodeSlowdown: 1 },
  };

  it('gives the baseline as many servers as the canary and the same traffic per server, then none at 100 %', () => {
    const fleet = new InstantFleet(8);
    const rollout = new Rollout(config, fleet, { push: () => {} }, () => {});
    const seen: { canary: number; baseline: number; share: number; baselineShare: number }[] = [];
    // A group's share of requests, read through the router's draw (u on a fine grid).
    const shareOf = (group: number): number => {
      let n = 0;
      for (let i = 0; i < 1000; i++) if (rollout.pickGroup(() => (i + 0.5) / 1000) === group) n++;
      return n / 1000;
    };
    for (let t = 0; rollout.phase !== 'complete' && t < 1000; t += 60) {
      rollout.onTick(t);
      if (rollout.phase === 'analysing' && rollout.share < 1 && seen.length === rollout.step)
        seen.push({ canary: fleet.counts[NEW_VERSION]!, baseline: fleet.counts[BASELINE]!, share: shareOf(NEW_VERSION), baselineShare: shareOf(BASELINE) });
    }
    expect(seen.map((s) => [s.canary, s.baseline])).toEqual([
      [1, 1],
      [2, 2],
      [4, 4],
      // 75 %: only 25 % is left for the old version, so a smaller baseline (2 servers) at 6 ÷ 2 of the share.
      [6, 2],
    ]);
    for (const s of seen) expect(s.baselineShare / s.baseline).toBeCloseTo(s.share / s.canary, 9);
    expect(seen.map((s) => s.share)).toEqual([0.05, 0.25, 0.5, 0.75]);
    expect(rollout.phase).toBe('complete');
    expect(fleet.counts).toEqual([0, 8, 0]);
    expect(fleet.launchGroup).toBe(NEW_VERSION);
  });
});
