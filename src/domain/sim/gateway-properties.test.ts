import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FleetSimulation } from './fleet-simulation.ts';
import { fleetScenarioSchema, type FleetScenarioInput } from './scenario-schema.ts';
import { runFleet } from './test-helpers.ts';

type Input = Omit<FleetScenarioInput, 'kind'>;

/** Claude Sonnet 4.6 as the catalog describes it: 64,000 tokens of maximum output, 5× output burndown by model. */
const SONNET = { model: 'claude-sonnet-4-6', initialReplicas: 3 } as const;
const QUOTA_MODEL = { maxOutputTokens: 64_000 };

describe('the reservation quota', () => {
  it('throttles more as max_tokens grows, up to unset (the model’s maximum), on the same traffic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const rate = (maxTokens: number | null) =>
          runFleet({
            seed,
            durationSeconds: 600,
            workload: { arrivalRate: 6, maxTokens, clientTimeoutSeconds: null },
            gateway: { tokensPerMinute: 1_000_000, quotaModel: QUOTA_MODEL, sdk: { mode: 'off' } },
            fleet: SONNET,
            autoscaler: { enabled: false },
          }).summary().throttleRate;
        const ladder = [256, 2048, 8192, 32_000, null].map(rate);
        for (let i = 1; i < ladder.length; i++) expect(ladder[i]).toBeGreaterThanOrEqual(ladder[i - 1]!);
        expect(ladder.at(-1)!).toBeGreaterThan(ladder[0]!);
      }),
      { numRuns: 3 },
    );
  }, 120_000);

  it('throttles more as the arrival rate grows', () => {
    const rate = (arrivalRate: number) =>
      runFleet({
        durationSeconds: 600,
        workload: { arrivalRate, clientTimeoutSeconds: null },
        gateway: { tokensPerMinute: 400_000, quotaModel: QUOTA_MODEL, sdk: { mode: 'off' } },
        fleet: SONNET,
        autoscaler: { enabled: false },
      }).summary().throttleRate;
    const ladder = [1, 2, 4, 8, 16].map(rate);
    expect(ladder[0]).toBe(0);
    for (let i = 1; i < ladder.length; i++) expect(ladder[i]).toBeGreaterThanOrEqual(ladder[i - 1]!);
    expect(ladder.at(-1)!).toBeGreaterThan(0.5);
  }, 60_000);
});

describe('service tiers', () => {
  it('under one load, Priority’s p99 wait ≤ Standard’s ≤ Flex’s', () => {
    const s = runFleet({
      durationSeconds: 900,
      workload: { arrivalRate: 150, tierMix: { priority: 1, standard: 1, flex: 1 }, clientTimeoutSeconds: null },
      fleet: SONNET,
      autoscaler: { enabled: false },
    }).summary();
    const { priority, standard, flex } = s.waitByTier;
    expect(priority.count).toBeGreaterThan(1000);
    expect(flex.count).toBeGreaterThan(1000);
    expect(priority.p99).toBeLessThanOrEqual(standard.p99);
    expect(standard.p99).toBeLessThanOrEqual(flex.p99);
    // Overloaded: the lowest tier is the one shed.
    expect(s.errors.ServiceUnavailableException + s.errors.ModelTimeoutException).toBeGreaterThan(0);
  }, 60_000);
});

describe('overload', () => {
  const input: Input = {
    durationSeconds: 900,
    workload: { arrivalRate: 200, clientTimeoutSeconds: 45 },
    gateway: { overload: { maxQueuePerReplica: 800, maxWaitSeconds: 20 } },
    fleet: SONNET,
    autoscaler: { enabled: false },
  };

  it('no request waits past the bound and no queue outgrows its bound; the excess is answered 503 and 408', () => {
    const sim = new FleetSimulation(fleetScenarioSchema.parse({ kind: 'fleet', ...input }));
    for (let t = 5; !sim.done; t += 5) {
      sim.runUntil(t);
      for (const r of sim.replicaViews()) expect(r.waiting).toBeLessThanOrEqual(800);
    }
    const s = sim.summary();
    expect(s.waitByTier.standard.max).toBeLessThanOrEqual(20 + 1e-9);
    expect(s.errors.ServiceUnavailableException).toBeGreaterThan(0);
    expect(s.errors.ModelTimeoutException).toBeGreaterThan(0);
    // 408 is not retried by the SDK: every one ends its request.
    expect(s.failures.ModelTimeoutException).toBe(s.errors.ModelTimeoutException);
    expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
  }, 60_000);
});
