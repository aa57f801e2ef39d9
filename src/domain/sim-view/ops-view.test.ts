import { describe, expect, it } from 'vitest';
import { availabilityFrom } from '../sim/ops/availability.ts';
import { opsView } from './ops-view.ts';

const quiet = { rollout: null, batchJobs: [], monitoring: { alarms: [], availability: availabilityFrom([{ valid: 10, serverErrors: 0 }], 300) } };

describe('opsView', () => {
  it('never rounds a missed commitment up to 99.9 %', () => {
    // 1 − 0.0011 = 99.89 % → below the commitment, 10 % credit.
    const intervals = Array.from({ length: 1000 }, (_, i) => ({ valid: 1000, serverErrors: i === 0 ? 1000 : i === 1 ? 100 : 0 }));
    const v = opsView({ ...quiet, monitoring: { alarms: [], availability: availabilityFrom(intervals, 300) } });
    expect(v.availability.uptime).toBe('99.890 %');
    expect(v.availability.verdict).toBe('Below the 99.9 % commitment');
    expect(v.availability.credit).toMatch(/10 %/);
    expect(v.availability.failing).toBe(true);
    expect(opsView(quiet).availability).toMatchObject({ uptime: '100 %', credit: 'No service credit', failing: false });
  });

  it('judges the SLA per Region: one Region below 99.9 % earns its credit even when all requests together meet it', () => {
    // 11 of 12 five-minute intervals clean, one fully failed: 91.67 % (never rounded up: 91.66 %) → below 95 %, a 100 % credit.
    const outage = availabilityFrom(Array.from({ length: 12 }, (_, i) => ({ valid: 100, serverErrors: i === 5 ? 100 : 0 })), 300);
    const v = opsView({
      ...quiet,
      regions: [
        { name: 'us-east-1', availability: quiet.monitoring.availability },
        { name: 'us-east-2', availability: outage },
      ],
    });
    expect(v.availability.verdict).toBe('Meets 99.9 % over all requests, but not in every Region');
    expect(v.availability.credit).toBe('The SLA counts each Region on its own: us-east-2 at 91.66 % is below 99.9 %, a 100 % credit of that Region’s Bedrock charges.');
    expect(v.availability.failing).toBe(true);
    // Every Region at or above the commitment: the card reads as before.
    expect(opsView({ ...quiet, regions: [{ name: 'us-east-1', availability: quiet.monitoring.availability }] }).availability).toMatchObject({ verdict: 'Meets the 99.9 % commitment', credit: 'No service credit', failing: false });
  });

  it('lists alarms with their rule, fired and cleared times, and whether AWS documents the metric', () => {
    const v = opsView({
      ...quiet,
      monitoring: {
        availability: quiet.monitoring.availability,
        alarms: [
          { rule: { name: 'Errors', metric: 'ServerErrorRate', comparison: 'above', threshold: 0.01, evaluationPeriods: 3, datapointsToAlarm: 2 }, state: 'ALARM', episodes: [{ firedAt: 240, clearedAt: 420, peak: 0.2 }, { firedAt: 3720, clearedAt: null, peak: 0.1 }] },
          { rule: { name: 'Slow', metric: 'InvocationLatencyP99', comparison: 'above', threshold: 60_000, evaluationPeriods: 3, datapointsToAlarm: 3 }, state: 'OK', episodes: [] },
        ],
      },
    });
    expect(v.alarms[0]).toEqual({ name: 'Errors', rule: 'ServerErrorRate > 1 % in 2 of 3 periods', documented: false, state: 'ALARM', episodes: [{ fired: '4:00', cleared: '7:00' }, { fired: '1:02:00', cleared: 'still firing' }] });
    expect(v.alarms[1]!.rule).toBe('InvocationLatencyP99 > 60 s in 3 of 3 periods');
    expect(v.alarms[1]!.documented).toBe(true);
  });

  it('says a rollout is an industry pattern, and reports batch progress and lateness', () => {
    const v = opsView({
      ...quiet,
      rollout: { strategy: 'canary', phase: 'rolled-back', share: 0, step: 0, marks: [{ time: 600, kind: 'start', share: 0, detail: 'began' }], lastErrorRate: 0.05, lastLatencyRatio: 1 },
      batchJobs: [{ index: 0, submittedAt: 0, deadline: 3600, records: 200, done: 50, inFlight: 3, requeued: 0, inputTokens: 1, outputTokens: 1, completedAt: null, status: 'late', batchCost: 1.234 }],
    });
    expect(v.rollout!.note).toMatch(/not AWS’s documented practice/);
    expect(v.rollout!.phase).toMatch(/Rolled back/);
    expect(v.batch[0]).toMatchObject({ progress: 0.25, progressText: '50 of 200 records (25 %)', status: 'Late: missed its window at 1:00:00', cost: '$1.23 at the batch price', late: true });
  });
});
