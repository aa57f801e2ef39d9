import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FleetSimulation } from '../fleet-simulation.ts';
import { fleetScenarioSchema, type FleetScenarioInput } from '../scenario-schema.ts';
import { createSimulation } from '../simulation.ts';
import type { FleetSnapshot } from '../simulation-types.ts';
import { fingerprint } from '../test-helpers.ts';
import { RegionalSimulation } from './regional-simulation.ts';

type Input = Omit<FleetScenarioInput, 'kind'>;

function run(input: Input): FleetSnapshot {
  const sim = createSimulation(fleetScenarioSchema.parse({ kind: 'fleet', ...input }));
  sim.run();
  return sim.snapshot() as FleetSnapshot;
}

const THREE_US = { names: ['us-east-1', 'us-east-2', 'us-west-2'], profile: 'us' as const };
const base: Input = {
  durationSeconds: 1800,
  workload: { arrivalRate: 12, crossRegionShare: 1 },
  fleet: { model: 'llama-3.1-8b' },
  autoscaler: { enabled: false, minReplicas: 2 },
};

describe('several Regions', () => {
  it('one Region runs as the plain fleet simulation, with the same output', () => {
    const input = { kind: 'fleet' as const, ...base, workload: { arrivalRate: 12 } };
    const sim = createSimulation(fleetScenarioSchema.parse(input));
    expect(sim).toBeInstanceOf(FleetSimulation);
    sim.run();
    const plain = new FleetSimulation(fleetScenarioSchema.parse(input));
    plain.run();
    expect(fingerprint((sim.snapshot() as FleetSnapshot).summary)).toBe(fingerprint(plain.snapshot().summary));
    expect((sim.snapshot() as FleetSnapshot).regions).toBeNull();
  });

  it('keeps every request accounted for and Little’s law to 1 %, round trips included', () => {
    const snap = run({ ...base, durationSeconds: 3600, regions: { ...THREE_US, roundTripSeconds: [0, 0.03, 0.08] } });
    const s = snap.summary;
    expect(s.arrivals).toBeGreaterThan(30_000);
    expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
    expect(Math.abs(s.meanInSystem - s.littleLambdaW) / s.littleLambdaW).toBeLessThan(0.01);
    const regions = snap.regions!;
    expect(regions.map((r) => r.name)).toEqual(THREE_US.names);
    // Least loaded: with equal fleets every Region serves a fair share.
    for (const r of regions) expect(r.routed / s.arrivals).toBeGreaterThan(0.2);
    expect(regions.reduce((n, r) => n + r.completed, 0)).toBe(s.completed);
    expect(snap.replicas.filter((r) => r.region === 2).length).toBe(2);
    expect(new Set(snap.replicas.map((r) => r.id)).size).toBe(snap.replicas.length);
  });

  it('books each completion once in the run’s latency and queue-wait figures (the profile’s, not the Regions’ as well)', () => {
    const input = { kind: 'fleet' as const, ...base, workload: { arrivalRate: 12, crossRegionShare: 0.5 }, regions: { ...THREE_US, roundTripSeconds: [0, 0.03, 0.08] } };
    const sim = createSimulation(fleetScenarioSchema.parse(input)) as RegionalSimulation;
    sim.run();
    const s = sim.snapshot().summary;
    expect(s.completed).toBeGreaterThan(10_000);
    expect(s.ttft.count).toBe(s.completed);
    expect(s.e2e.count).toBe(s.completed);
    const waits = Object.values(s.waitByTier).reduce((n, w) => n + w.count, 0);
    expect(waits).toBeGreaterThanOrEqual(s.completed);
    // A Region of several keeps no run-level copy of its own.
    for (const region of sim.regions) {
      const own = region.summary();
      expect(own.completed).toBeGreaterThan(0);
      expect(own.ttft.count).toBe(0);
      expect(Object.values(own.waitByTier).reduce((n, w) => n + w.count, 0)).toBe(0);
    }
  });

  it('adds the Region’s round trip to what the client sees', () => {
    const near = run({ ...base, regions: { ...THREE_US, roundTripSeconds: [0, 0, 0] } });
    const far = run({ ...base, regions: { ...THREE_US, roundTripSeconds: [0, 0.5, 0.5] } });
    // The same routing and service (round trips only delay): the far Regions' first token comes about 0.5 s later.
    const p99 = (snap: FleetSnapshot, k: number) => snap.regions![k]!.ttftP99;
    expect(p99(far, 1) - p99(near, 1)).toBeGreaterThan(0.4);
    expect(p99(far, 0) - p99(near, 0)).toBeLessThan(0.4);
  });

  it('never sends a request outside the profile’s Regions', () => {
    const names = ['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1', 'ap-northeast-1', 'us-east-2'];
    fc.assert(
      fc.property(
        fc.subarray(names.slice(1), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('us' as const, 'global' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (others, profile, share, seed) => {
          const regions = ['us-east-1', ...others];
          const snap = run({ ...base, seed, durationSeconds: 300, workload: { arrivalRate: 30, crossRegionShare: share }, regions: { names: regions, profile } });
          for (const r of snap.regions!) {
            const allowed = profile === 'global' || r.name.startsWith('us-');
            expect(r.inProfile).toBe(allowed);
            if (!allowed) expect(r.routed + r.completed + r.spilledIn).toBe(0);
          }
          const s = snap.summary;
          expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('a Region outage moves the profile’s traffic away and counts in that Region’s availability', () => {
    const input: Input = {
      ...base,
      durationSeconds: 3600,
      workload: { arrivalRate: 12, crossRegionShare: 1 },
      autoscaler: { enabled: false, minReplicas: 2 },
      regions: THREE_US,
      faults: [{ kind: 'region-outage', region: 1, atSeconds: 1200, durationSeconds: 900 }],
    };
    const sim = new RegionalSimulation(fleetScenarioSchema.parse({ kind: 'fleet', ...input }));
    sim.runUntil(1500);
    const during = sim.snapshot();
    expect(during.regions![1]!.up).toBe(false);
    expect(during.eventLog.some((e) => e.kind === 'region-down' && e.detail.startsWith('us-east-2'))).toBe(true);
    const routedAt1500 = during.regions!.map((r) => r.routed);
    sim.runUntil(2000);
    const later = sim.snapshot();
    // While us-east-2 is down (after detection), the others take all the profile's traffic.
    expect(later.regions![1]!.routed - routedAt1500[1]!).toBe(0);
    expect(later.regions![1]!.spilledOut).toBeGreaterThan(1000);
    sim.run();
    const end = sim.snapshot();
    const outageRegion = end.regions![1]!.availability;
    expect(outageRegion.intervalsWithErrors).toBeGreaterThan(0);
    expect(outageRegion.uptimePercent).toBeLessThan(100);
    expect(end.regions![0]!.availability.uptimePercent).toBe(100);
    expect(end.regions![1]!.up).toBe(true);
    const s = end.summary;
    expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
    expect(Math.abs(s.meanInSystem - s.littleLambdaW) / s.littleLambdaW).toBeLessThan(0.01);
    // In the Region that failed, the requests it held when it went down ended in 503s.
    expect(end.eventLog.some((e) => e.kind === 'region-up' && e.detail.startsWith('us-east-2'))).toBe(true);
  });

  it('a Region outage in a one-Region run: every request fails with 503 until it is back, and availability says so', () => {
    const snap = run({ ...base, durationSeconds: 3600, workload: { arrivalRate: 12 }, faults: [{ kind: 'region-outage', region: 0, atSeconds: 1200, durationSeconds: 600 }] });
    expect(snap.regions).toBeNull();
    expect(snap.summary.failures.ServiceUnavailableException).toBeGreaterThan(1000);
    // (After it is back, new servers boot and load: meanwhile the answer is 429 not-ready, as for any empty fleet.)
    expect(snap.monitoring.availability.uptimePercent).toBeLessThan(99);
    expect(snap.eventLog.filter((e) => e.kind === 'region-down').length).toBe(1);
  });

  it('is deterministic: the same scenario gives the same snapshot', () => {
    const input: Input = { ...base, durationSeconds: 600, regions: THREE_US };
    expect(fingerprint(run(input).summary)).toBe(fingerprint(run(input).summary));
  });

  it('gives the same run however it is sliced: the Regions run alone between the profile’s events, their reports merge back in time order', () => {
    const input = fleetScenarioSchema.parse({ kind: 'fleet', ...base, durationSeconds: 1200, workload: { arrivalRate: 12, crossRegionShare: 0.6 }, regions: { ...THREE_US, roundTripSeconds: [0, 0.03, 0.08] } });
    const whole = createSimulation(input);
    whole.run();
    const sliced = createSimulation(input);
    for (let t = 7.3; t < 1200; t += 61.7) {
      sliced.runUntil(t);
      sliced.step(500);
    }
    sliced.run();
    const [a, b] = [whole.snapshot() as FleetSnapshot, sliced.snapshot() as FleetSnapshot];
    expect(a.events).toBe(b.events);
    expect(fingerprint(b.series)).toBe(fingerprint(a.series));
    // The time-average in the system is integrated at the slices' ends too: equal to rounding.
    expect(fingerprint({ ...b.summary, meanInSystem: 0 })).toBe(fingerprint({ ...a.summary, meanInSystem: 0 }));
    expect(b.summary.meanInSystem).toBeCloseTo(a.summary.meanInSystem, 9);
    expect(fingerprint(b.regions)).toBe(fingerprint(a.regions));
  });

  it('refuses a profile the source Region does not call, and unknown Regions', () => {
    expect(fleetScenarioSchema.safeParse({ kind: 'fleet', regions: { names: ['eu-west-1', 'us-east-1'], profile: 'us' } }).success).toBe(false);
    expect(fleetScenarioSchema.safeParse({ kind: 'fleet', regions: { names: ['us-east-1', 'mars-north-1'] } }).success).toBe(false);
    expect(fleetScenarioSchema.safeParse({ kind: 'fleet', regions: { names: ['us-east-1', 'us-east-1'] } }).success).toBe(false);
    expect(fleetScenarioSchema.safeParse({ kind: 'fleet', regions: { names: ['us-east-1', 'us-west-2'], roundTripSeconds: [0] } }).success).toBe(false);
  });
});
