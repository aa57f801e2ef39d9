import { describe, expect, it } from 'vitest';
import { FleetSimulation } from '../fleet-simulation.ts';
import { fleetScenarioSchema, type FleetScenarioInput } from '../scenario-schema.ts';
import { runFleet } from '../test-helpers.ts';

type Input = Omit<FleetScenarioInput, 'kind'>;

/** Four servers of Llama 3.1 8B at a steady load, no autoscaling: the rollout is the only change. */
function canary(regression: { errorRate?: number; decodeSlowdown?: number }, extra: Partial<Input> = {}): Input {
  return {
    durationSeconds: 5400,
    workload: { arrivalRate: 8 },
    fleet: { model: 'llama-3.1-8b', initialReplicas: 4 },
    autoscaler: { enabled: false, minReplicas: 4 },
    rollout: { strategy: 'canary', atSeconds: 300, steps: [5, 25, 50, 100], analysisSeconds: 600, checkSeconds: 30, regression },
    ...extra,
  };
}

describe('canary rollout', () => {
  it('rolls back a version with a higher error rate within its first analysis window', () => {
    const sim = runFleet(canary({ errorRate: 0.2 }));
    const r = sim.snapshot().rollout!;
    expect(r.phase).toBe('rolled-back');
    const step = r.marks.find((m) => m.kind === 'step')!;
    const rollback = r.marks.find((m) => m.kind === 'rollback')!;
    expect(rollback.time - step.time).toBeLessThanOrEqual(600);
    expect(r.marks.filter((m) => m.kind === 'step')).toHaveLength(1);
    expect(r.share).toBe(0);
    expect(r.lastErrorRate).toBeGreaterThan(0.01);
    // The new servers are gone once drained; every server left runs the old version.
    expect(sim.snapshot().replicas.every((x) => x.version === 0)).toBe(true);
    expect(sim.snapshot().eventLog.some((e) => e.kind === 'rollback')).toBe(true);
    // The retried 500s are counted as server errors.
    expect(sim.summary().errors.InternalServerException).toBeGreaterThan(0);
  });

  it('rolls back a version that decodes slower', () => {
    const sim = runFleet(canary({ decodeSlowdown: 2 }));
    const r = sim.snapshot().rollout!;
    expect(r.phase).toBe('rolled-back');
    expect(r.lastLatencyRatio).toBeGreaterThan(1.25);
    const step = r.marks.find((m) => m.kind === 'step')!;
    expect(r.marks.find((m) => m.kind === 'rollback')!.time - step.time).toBeLessThanOrEqual(600);
  });

  it('completes a healthy version through every step, and the old servers drain', () => {
    const sim = runFleet(canary({}));
    const r = sim.snapshot().rollout!;
    expect(r.phase).toBe('complete');
    expect(r.marks.filter((m) => m.kind === 'step').map((m) => m.share)).toEqual([0.05, 0.25, 0.5, 1]);
    expect(r.marks.some((m) => m.kind === 'rollback')).toBe(false);
    const live = sim.snapshot().replicas.filter((x) => x.state === 'ready');
    expect(live.length).toBe(4);
    expect(live.every((x) => x.version === 1)).toBe(true);
    expect(sim.summary().errors.InternalServerException).toBe(0);
  });

  it('charges for the extra servers during the rollout', () => {
    const plain = runFleet({ ...canary({}), rollout: null });
    const rolled = runFleet(canary({}));
    expect(rolled.summary().cost).toBeGreaterThan(plain.summary().cost * 1.05);
    const cost = rolled.snapshot().series.channels.costPerHour!;
    expect(Math.max(...cost)).toBeGreaterThan(cost[0]! * 1.2);
    const share = rolled.snapshot().series.channels.newVersionShare!;
    expect(share[0]).toBe(0);
    expect(share[share.length - 1]).toBe(1);
  });
});

describe('blue-green rollout', () => {
  const scenario: Input = {
    durationSeconds: 3000,
    workload: { arrivalRate: 8 },
    fleet: { model: 'llama-3.1-8b', initialReplicas: 4 },
    autoscaler: { enabled: false, minReplicas: 4, bootSeconds: [60, 60] },
    rollout: { strategy: 'blue-green', atSeconds: 300, analysisSeconds: 600 },
  };

  it('never sends work to the old fleet after the switch, and runs both fleets until the bake ends', () => {
    const sim = new FleetSimulation(fleetScenarioSchema.parse({ kind: 'fleet', ...scenario }));
    let switchedAt = NaN;
    const held = new Map<number, number>();
    let peakBillable = 0;
    for (let t = 5; t <= scenario.durationSeconds!; t += 5) {
      sim.runUntil(t);
      const snap = sim.snapshot();
      const sw = snap.rollout!.marks.find((m) => m.kind === 'switch');
      if (sw && Number.isNaN(switchedAt)) switchedAt = sw.time;
      peakBillable = Math.max(peakBillable, snap.replicas.filter((x) => x.state !== 'failed').length);
      if (Number.isNaN(switchedAt)) continue;
      for (const x of snap.replicas) {
        if (x.version !== 0) continue;
        const now = x.running + x.waiting;
        // After the switch an old server's work only shrinks: nothing new reaches it.
        if (held.has(x.id)) expect(now).toBeLessThanOrEqual(held.get(x.id)!);
        held.set(x.id, now);
      }
    }
    expect(switchedAt).toBeGreaterThan(300);
    const r = sim.snapshot().rollout!;
    expect(r.phase).toBe('complete');
    expect(peakBillable).toBe(8);
    expect(sim.snapshot().replicas.filter((x) => x.state === 'ready').every((x) => x.version === 1)).toBe(true);
  });

  it('switches back to the standby fleet when the new version fails', () => {
    const sim = runFleet({ ...scenario, rollout: { ...scenario.rollout!, regression: { errorRate: 0.3 } } });
    const r = sim.snapshot().rollout!;
    expect(r.phase).toBe('rolled-back');
    const sw = r.marks.find((m) => m.kind === 'switch')!;
    expect(r.marks.find((m) => m.kind === 'rollback')!.time - sw.time).toBeLessThanOrEqual(600);
    expect(sim.summary().completed).toBeGreaterThan(0.95 * sim.summary().arrivals);
  });

  it('rejects canary steps that do not end at 100 %', () => {
    const parsed = fleetScenarioSchema.safeParse({ kind: 'fleet', rollout: { steps: [5, 50] } });
    expect(parsed.success).toBe(false);
  });
});
