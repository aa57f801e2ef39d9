import { describe, expect, it } from 'vitest';
import { EventHeap } from '../event-heap.ts';
import { Prng } from '../prng.ts';
import { EV } from './event-kinds.ts';
import { ReplicaFleet } from './replica-fleet.ts';

function make(zones = 3) {
  const heap = new EventHeap(64);
  const fleet = new ReplicaFleet({ availabilityZones: zones, healthCheckSeconds: 10, unhealthyThreshold: 2, bootSeconds: [100, 100], loadSeconds: [30, 30] }, heap, new Prng(1));
  return { heap, fleet };
}

describe('replica lifecycle', () => {
  it('spreads launches over zones, fewest first', () => {
    const { fleet } = make();
    for (let i = 0; i < 5; i++) fleet.launch(0, true);
    expect(fleet.replicas.map((r) => r.az)).toEqual([0, 1, 2, 0, 1]);
    expect(fleet.readyCount).toBe(5);
  });

  it('boots, then loads weights, then takes traffic', () => {
    const { heap, fleet } = make();
    fleet.launch(0, false);
    const r = fleet.replicas[0]!;
    expect(r.state).toBe('booting');
    expect(fleet.routable).toHaveLength(0);
    heap.pop();
    expect([heap.time, heap.kind]).toEqual([100, EV.PHASE]);
    expect(fleet.onPhase(r, 100)).toBeNull();
    expect(r.state).toBe('loading');
    heap.pop();
    expect(heap.time).toBe(130);
    expect(fleet.onPhase(r, 130)).toBe(r);
    expect(fleet.routable).toEqual([r]);
    fleet.accrue(200);
    expect(fleet.billableArea).toBe(200);
    expect(fleet.readyArea).toBe(70);
  });

  it('a zone outage fails its servers at once; health checks detect them after the threshold', () => {
    const { fleet } = make();
    for (let i = 0; i < 3; i++) fleet.launch(0, true);
    fleet.onZone(0, 50, true);
    expect(fleet.replicas[0]!.state).toBe('failed');
    expect(fleet.routable).toHaveLength(3);
    expect(fleet.readyCount).toBe(2);
    const seen: number[] = [];
    expect(fleet.onHealthCheck(60, (r) => seen.push(r.id))).toBe(false);
    fleet.floor = 3;
    expect(fleet.onHealthCheck(70, (r) => seen.push(r.id))).toBe(true);
    expect(seen).toEqual([0]);
    expect(fleet.routable).toHaveLength(2);
    // The floor launches a replacement, never into the failed zone.
    expect(fleet.replicas.at(-1)!.az).not.toBe(0);
    expect(fleet.healthyCount()).toBe(3);
  });

  it('drains the least-loaded server and retires it when empty', () => {
    const { fleet } = make();
    fleet.launch(0, true);
    fleet.launch(0, true);
    fleet.replicas[0]!.enqueue(2, 7);
    fleet.drainOne(10);
    expect(fleet.replicas[1]!.state).toBe('retired');
    expect(fleet.billableCount).toBe(1);
  });
});
