import { describe, expect, it } from 'vitest';
import { runFleet } from '../test-helpers.ts';
import { AlarmEvaluator } from './alarms.ts';
import { availabilityFrom, AvailabilityBooks, slaCredit } from './availability.ts';
import { CLOUDWATCH_METRICS, cloudWatchWindow, type CloudWatchMetric } from './cloudwatch.ts';

function values(v: Partial<Record<CloudWatchMetric, number>>): Record<CloudWatchMetric, number> {
  const out = Object.fromEntries(CLOUDWATCH_METRICS.map((m) => [m, 0])) as Record<CloudWatchMetric, number>;
  return { ...out, ...v };
}

describe('SLA availability', () => {
  it('is 100 % minus the mean of the intervals’ server-error shares (hand-computed)', () => {
    // Shares 0, 10/200 = 0.05, no requests = 0, 50/50 = 1 → mean 1.05 / 4 = 0.2625 → 73.75 %.
    const r = availabilityFrom(
      [
        { valid: 100, serverErrors: 0 },
        { valid: 200, serverErrors: 10 },
        { valid: 0, serverErrors: 0 },
        { valid: 50, serverErrors: 50 },
      ],
      300,
    );
    expect(r.uptimePercent).toBeCloseTo(73.75, 10);
    expect(r.creditPercent).toBe(100);
    expect(r.intervalsWithErrors).toBe(2);
    // One half-failed interval among 1,000: 100 × (1 − 0.5 / 1000) = 99.95 % → meets 99.9 %.
    const month = Array.from({ length: 1000 }, (_, i) => ({ valid: 10, serverErrors: i === 7 ? 5 : 0 }));
    expect(availabilityFrom(month, 300).uptimePercent).toBeCloseTo(99.95, 10);
    expect(availabilityFrom(month, 300).meetsCommitment).toBe(true);
  });

  it('maps uptime to the SLA’s credit tiers at their edges', () => {
    expect([100, 99.9, 99.89, 99.0, 98.99, 95.0, 94.99, 0].map(slaCredit)).toEqual([0, 0, 10, 10, 25, 25, 100, 100]);
  });

  it('collects one-minute windows into five-minute intervals', () => {
    const books = new AvailabilityBooks(300);
    for (let i = 1; i <= 10; i++) books.add(60 * i, 10, i === 3 ? 10 : 0);
    const r = books.result();
    expect(r.intervals).toBe(2);
    // First interval: 10 errors of 50 valid = 0.2; second 0 → mean 0.1 → 90 %.
    expect(r.uptimePercent).toBeCloseTo(90, 10);
  });
});

describe('alarms', () => {
  it('fire when 2 of the last 3 periods breach and clear when fewer do', () => {
    const alarms = new AlarmEvaluator([{ name: 'x', metric: 'InvocationThrottles', comparison: 'above', threshold: 5, evaluationPeriods: 3, datapointsToAlarm: 2 }]);
    const seen = [0, 6, 0, 7, 8, 0, 0, 0].flatMap((v, i) => alarms.evaluate(60 * (i + 1), values({ InvocationThrottles: v })));
    expect(seen.map((t) => [t.time, t.state])).toEqual([
      [240, 'ALARM'],
      [420, 'OK'],
    ]);
    expect(alarms.snapshot()[0]!.episodes).toEqual([{ firedAt: 240, clearedAt: 420, peak: 8 }]);
  });

  it('treat missing data as not breaching', () => {
    const alarms = new AlarmEvaluator([{ name: 'p99', metric: 'InvocationLatencyP99', comparison: 'above', threshold: 1000, evaluationPeriods: 1, datapointsToAlarm: 1 }]);
    expect(alarms.evaluate(60, values({ InvocationLatencyP99: NaN }))).toEqual([]);
  });

  it('read CloudWatch-shaped counts from the fleet’s per-second channels', () => {
    const ch: Record<string, number> = { attempts: 2, errThrottling: 0.5, errNotReady: 0, errInternal: 0.1, errUnavailable: 0.1, errModelTimeout: 0, e2eP99: 3, ownInputTokensPerSecond: 100 };
    const w = cloudWatchWindow((c) => ch[c] ?? 0, 60);
    expect(w.Invocations).toBe(90);
    expect(w.InvocationThrottles).toBe(30);
    expect(w.InvocationServerErrors).toBe(12);
    expect(w.ServerErrorRate).toBeCloseTo(12 / 90, 12);
    expect(w.InvocationLatencyP99).toBe(3000);
    expect(w.InputTokenCount).toBe(6000);
  });
});

describe('monitoring in a run', () => {
  it('a bad canary fires the server-error alarm, which clears after the rollback; availability falls below 100 %', () => {
    const sim = runFleet({
      durationSeconds: 3600,
      workload: { arrivalRate: 8 },
      fleet: { model: 'llama-3.1-8b', initialReplicas: 4 },
      autoscaler: { enabled: false, minReplicas: 4 },
      rollout: { atSeconds: 300, steps: [25, 100], analysisSeconds: 900, minSamples: 600, regression: { errorRate: 0.3 } },
    });
    const snap = sim.snapshot();
    const alarm = snap.monitoring.alarms.find((a) => a.rule.metric === 'ServerErrorRate')!;
    const step = snap.rollout!.marks.find((m) => m.kind === 'step')!.time;
    const rollback = snap.rollout!.marks.find((m) => m.kind === 'rollback')!.time;
    expect(alarm.episodes.length).toBeGreaterThanOrEqual(1);
    const first = alarm.episodes[0]!;
    expect(first.firedAt).toBeGreaterThan(step);
    expect(first.clearedAt).not.toBeNull();
    expect(first.clearedAt!).toBeGreaterThan(rollback);
    expect(snap.eventLog.some((e) => e.kind === 'alarm')).toBe(true);
    expect(snap.monitoring.availability.uptimePercent).toBeLessThan(100);
    expect(snap.monitoring.availability.intervals).toBe(12);
  });

  it('a quiet run stays at 100 % with no alarm', () => {
    const snap = runFleet({ durationSeconds: 1800, workload: { arrivalRate: 4 }, fleet: { model: 'llama-3.1-8b', initialReplicas: 2 }, autoscaler: { enabled: false, minReplicas: 2 } }).snapshot();
    expect(snap.monitoring.availability.uptimePercent).toBe(100);
    expect(snap.monitoring.availability.creditPercent).toBe(0);
    expect(snap.monitoring.alarms.every((a) => a.episodes.length === 0)).toBe(true);
  });
});
