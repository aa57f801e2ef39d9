import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/scenario-schema.ts';
import { createSimulation } from '../sim/simulation.ts';
import { buildScenarios } from './build-scenario.ts';
import { liveOf } from './frame-stream.ts';
import { refusalBadges, tierLanes } from './fleet-signals.ts';
import { findTrainingPreset, presetParams } from './training-presets.ts';

function liveAt(id: string, t: number) {
  const built = buildScenarios(presetParams(findTrainingPreset(id)!));
  if (!built.ok) throw new Error('preset');
  const parsed = parseScenario(built.scenarios[0]);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const sim = createSimulation(parsed.scenario);
  sim.runUntil(t);
  return liveOf(sim.snapshot());
}

describe('fleet signals', () => {
  it('tier lanes add up the servers’ waiting requests by tier, in serving order', () => {
    const live = liveAt('priority-flex-spike', 1200);
    const lanes = tierLanes(live)!;
    expect(lanes.map((l) => l.label)).toEqual(['Reserved', 'Priority', 'Standard', 'Flex']);
    if (live.kind !== 'fleet') throw new Error('fleet');
    expect(lanes.reduce((a, l) => a + l.waiting, 0)).toBe(live.replicas.reduce((a, r) => a + r.waitingByTier.reduce((x, y) => x + y, 0), 0));
  });

  it('tells 429 from 503 and 408 by shape and place, counting the engine’s answers', () => {
    const live = liveAt('overloaded-no-autoscaling', 900);
    if (live.kind !== 'fleet') throw new Error('fleet');
    const badges = refusalBadges(live);
    expect(badges.map((b) => [b.key, b.shape, b.at])).toEqual([
      ['429', 'circle', 'gateway'],
      ['503', 'square', 'servers'],
      ['408', 'diamond', 'servers'],
      ['client', 'ring', 'servers'],
    ]);
    expect(badges[1]!.count).toBe(live.summary.errors.ServiceUnavailableException);
    expect(badges[1]!.count + badges[2]!.count + badges[3]!.count).toBeGreaterThan(0);
  });
});
