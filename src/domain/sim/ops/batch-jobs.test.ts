import { describe, expect, it } from 'vitest';
import type { FleetScenarioInput } from '../scenario-schema.ts';
import { runFleet } from '../test-helpers.ts';

type Input = Omit<FleetScenarioInput, 'kind'>;

/** Two servers of Llama 3.1 8B, no autoscaling; `rate` online requests per second beside one batch job. */
function withJob(rate: number, records: number, windowSeconds: number, durationSeconds: number): Input {
  return {
    durationSeconds,
    workload: { arrivalRate: rate },
    fleet: { model: 'llama-3.1-8b', initialReplicas: 2 },
    autoscaler: { enabled: false, minReplicas: 2 },
    batchJobs: [{ atSeconds: 600, records, windowSeconds, pricePer1M: { input: 0.11, output: 0.11 } }],
  };
}

describe('batch jobs', () => {
  it('finish within their window when there is spare capacity, and are priced at the batch price', () => {
    const sim = runFleet(withJob(1, 3000, 7200, 10800));
    const [job] = sim.snapshot().batchJobs;
    expect(job!.status).toBe('complete');
    expect(job!.done).toBe(3000);
    expect(job!.inFlight).toBe(0);
    expect(job!.completedAt!).toBeLessThan(600 + 7200);
    expect(job!.batchCost).toBeCloseTo(((job!.inputTokens + job!.outputTokens) * 0.11) / 1e6, 9);
    const log = sim.snapshot().eventLog.map((e) => e.kind);
    expect(log).toContain('batch-submitted');
    expect(log).toContain('batch-complete');
    expect(log).not.toContain('batch-late');
    const progress = sim.snapshot().series.channels.batchRecordsPerSecond!;
    expect(progress.some((x) => x > 0)).toBe(true);
  });

  it('report late when the capacity does not allow it', () => {
    const sim = runFleet(withJob(1, 200_000, 1800, 3600));
    const [job] = sim.snapshot().batchJobs;
    expect(job!.status).toBe('late');
    expect(job!.done).toBeLessThan(200_000);
    expect(job!.done).toBeGreaterThan(0);
    const late = sim.snapshot().eventLog.find((e) => e.kind === 'batch-late')!;
    expect(late.time).toBe(600 + 1800);
  });

  it('yield to online traffic: a busy fleet gets little batch work done', () => {
    const quiet = runFleet(withJob(1, 50_000, 86400, 3600)).snapshot().batchJobs[0]!;
    const busy = runFleet(withJob(25, 50_000, 86400, 3600)).snapshot().batchJobs[0]!;
    expect(busy.done).toBeLessThan(0.5 * quiet.done);
  });

  it('keep the online books balanced and the records accounted for', () => {
    const sim = runFleet({ ...withJob(6, 20_000, 86400, 3600), faults: [{ kind: 'az-outage', az: 0, atSeconds: 1500, durationSeconds: 600 }] });
    const s = sim.summary();
    expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
    expect(Math.abs(s.meanInSystem - s.littleLambdaW) / s.meanInSystem).toBeLessThan(0.05);
    const job = sim.snapshot().batchJobs[0]!;
    expect(job.done + job.inFlight).toBeLessThanOrEqual(20_000);
    expect(sim.snapshot().replicas.reduce((n, r) => n + r.batch, 0)).toBe(job.inFlight);
  });
});
