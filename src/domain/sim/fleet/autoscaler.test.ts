import { describe, expect, it } from 'vitest';
import { EventHeap } from '../event-heap.ts';
import { Prng } from '../prng.ts';
import { Autoscaler, type AutoscalerConfig } from './autoscaler.ts';
import { ReplicaFleet } from './replica-fleet.ts';

const config: AutoscalerConfig = {
  minReplicas: 2,
  maxReplicas: 10,
  scaleOutUtilization: 0.7,
  scaleOutWindowSeconds: 180,
  scaleInUtilization: 0.3,
  scaleInWindowSeconds: 300,
  evaluationSeconds: 60,
  schedule: [{ atSeconds: 1000, minReplicas: 6 }],
};

function make(ready: number) {
  const heap = new EventHeap(64);
  const fleet = new ReplicaFleet({ availabilityZones: 2, healthCheckSeconds: 10, unhealthyThreshold: 2, bootSeconds: [60, 60], loadSeconds: [30, 30] }, heap, new Prng(1));
  for (let i = 0; i < ready; i++) fleet.launch(0, true);
  fleet.floor = config.minReplicas;
  // A stand-in batcher whose token count we set: utilization = tokens ÷ (ready replica-seconds × capacity).
  const capacity = 1000;
  const batching = { processedTokens: 0 };
  const scaler = new Autoscaler(config, fleet, batching, heap, capacity);
  const evaluate = (t: number, utilization: number) => {
    batching.processedTokens += utilization * fleet.readyCount * 60 * capacity;
    return scaler.onEvaluate(t);
  };
  return { fleet, scaler, evaluate };
}

describe('reactive autoscaler', () => {
  it('scales out only after utilization stayed above the threshold for the whole window, enough to return to it', () => {
    const { fleet, evaluate } = make(4);
    expect(evaluate(60, 0.9).launched).toBe(0);
    expect(evaluate(120, 0.9).launched).toBe(0);
    const d = evaluate(180, 0.9);
    // 4 × 0.9 / 0.7 = 5.14 → 6 servers: 2 more.
    expect(d.launched).toBe(2);
    expect(d.utilization).toBeCloseTo(0.9, 12);
    expect(fleet.healthyCount()).toBe(6);
  });

  it('a dip below the threshold restarts the window', () => {
    const { evaluate } = make(4);
    evaluate(60, 0.9);
    evaluate(120, 0.5);
    evaluate(180, 0.9);
    expect(evaluate(240, 0.9).launched).toBe(0);
    expect(evaluate(300, 0.9).launched).toBeGreaterThan(0);
  });

  it('scales in one server at a time after a low window, never below the floor', () => {
    const { fleet, evaluate } = make(3);
    let drained = 0;
    for (let t = 60; t <= 3600; t += 60) if (evaluate(t, 0.05).drained) drained++;
    expect(drained).toBe(1);
    expect(fleet.healthyCount()).toBe(2);
  });

  it('a schedule step raises the floor (predictive scaling)', () => {
    const { fleet, scaler } = make(2);
    scaler.onSchedule(0, 1000);
    expect(fleet.floor).toBe(6);
    expect(fleet.healthyCount()).toBe(6);
  });
});
