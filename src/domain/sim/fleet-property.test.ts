import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tryCreateSimulation } from './simulation.ts';
import type { FleetSnapshot } from './simulation-types.ts';

/** Random valid scenarios never crash, and always conserve requests and keep Little's law's books. */
describe('random fleet scenarios', () => {
  it('run to the end with every request accounted for', () => {
    const dist = fc.oneof(
      fc.record({ kind: fc.constant('fixed' as const), value: fc.integer({ min: 1, max: 3000 }) }),
      fc.record({ kind: fc.constant('exponential' as const), mean: fc.integer({ min: 1, max: 2000 }) }),
      fc.record({ kind: fc.constant('lognormal' as const), mean: fc.integer({ min: 1, max: 2000 }), cv: fc.double({ min: 0.1, max: 3, noNaN: true }) }),
    );
    const scenario = fc.record({
      kind: fc.constant('fleet' as const),
      seed: fc.integer({ min: 0, max: 1000 }),
      durationSeconds: fc.integer({ min: 60, max: 600 }),
      resolutionSeconds: fc.constantFrom(1, 10, 60),
      workload: fc.record({
        arrivalRate: fc.double({ min: 0, max: 15, noNaN: true }),
        diurnalAmplitude: fc.double({ min: 0, max: 1, noNaN: true }),
        spikes: fc.array(fc.record({ startSeconds: fc.integer({ min: 0, max: 500 }), durationSeconds: fc.integer({ min: 1, max: 300 }), multiplier: fc.double({ min: 0.1, max: 6, noNaN: true }) }), { maxLength: 2 }),
        inputTokens: dist,
        outputTokens: dist,
      }),
      gateway: fc.record({
        mode: fc.constantFrom('on-demand' as const, 'provisioned' as const),
        tokensPerMinute: fc.option(fc.integer({ min: 10_000, max: 5_000_000 }), { nil: null }),
        retries: fc.record({ enabled: fc.boolean(), maxRetries: fc.integer({ min: 0, max: 4 }) }),
        backgroundArrivalRate: fc.double({ min: 0, max: 5, noNaN: true }),
        modelUnits: fc.integer({ min: 1, max: 4 }),
      }),
      fleet: fc.record({
        model: fc.constantFrom('llama-3.1-8b', 'llama-3.1-70b', 'llama-2-70b'),
        maxBatch: fc.integer({ min: 1, max: 512 }),
        maxBatchedTokens: fc.integer({ min: 64, max: 8192 }),
        loadBalancer: fc.constantFrom('round-robin' as const, 'least-outstanding' as const, 'power-of-two' as const),
        initialReplicas: fc.integer({ min: 0, max: 5 }),
      }),
      autoscaler: fc.record({ enabled: fc.boolean(), minReplicas: fc.integer({ min: 0, max: 3 }), evaluationSeconds: fc.constantFrom(10, 60), scaleOutWindowSeconds: fc.constantFrom(30, 300), bootSeconds: fc.constant([5, 60] as [number, number]) }),
      faults: fc.array(fc.record({ kind: fc.constant('az-outage' as const), az: fc.integer({ min: 0, max: 2 }), atSeconds: fc.integer({ min: 0, max: 500 }), durationSeconds: fc.option(fc.integer({ min: 10, max: 300 }), { nil: null }) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(scenario, (input) => {
        const made = tryCreateSimulation(input);
        expect(made.ok).toBe(true);
        if (!made.ok) return;
        const sim = made.simulation;
        while (!sim.done) sim.step(50_000);
        const s = (sim.snapshot() as FleetSnapshot).summary;
        expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
        expect(Number.isFinite(s.cost)).toBe(true);
        expect(s.meanInSystem).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
