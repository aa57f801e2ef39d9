import type { EventHeap } from '../event-heap.ts';
import type { ContinuousBatching } from '../fleet/batching.ts';
import type { FleetMetrics } from '../fleet/fleet-metrics.ts';
import type { Gateway } from '../fleet/gateway.ts';
import type { ReplicaFleet } from '../fleet/replica-fleet.ts';
import type { Prng } from '../prng.ts';
import type { RequestStore } from '../request-store.ts';
import type { FleetScenario } from '../scenario-schema.ts';
import { BatchJobs } from './batch-jobs.ts';
import { Rollout, type RolloutMark } from './rollout.ts';

/** The parts of a fleet simulation a rollout or a batch job plugs into. */
export type FleetParts = {
  scenario: FleetScenario;
  fleet: ReplicaFleet;
  heap: EventHeap;
  rng: Prng;
  store: RequestStore;
  batching: ContinuousBatching;
  gateway: Gateway;
  metrics: FleetMetrics;
  /** Longest prompt or output a sampler may draw. */
  tokenCap: number;
};

const ROLLOUT_EVENT = { start: 'rollout-start', step: 'rollout-step', switch: 'rollout-switch', rollback: 'rollback', complete: 'rollout-complete' } as const satisfies Record<RolloutMark['kind'], string>;

/** A model-update rollout wired into the fleet: the gateway picks each request's rollout group, the new version may be slower, marks go to the event log. */
export function wireRollout(p: FleetParts, config: NonNullable<FleetScenario['rollout']>): Rollout {
  const rollout = new Rollout(config, p.fleet, p.heap, (t, kind, detail) => p.metrics.log(t, ROLLOUT_EVENT[kind], detail));
  p.batching.newVersionSlowdown = config.regression.decodeSlowdown;
  const draw = (): number => p.rng.next();
  p.gateway.groupPicker = () => rollout.pickGroup(draw);
  p.metrics.rolloutShare = () => rollout.share;
  return rollout;
}

/** Batch jobs wired into the fleet: they read the utilization since they last asked and queue their records behind online traffic. */
export function wireBatchJobs(p: FleetParts): BatchJobs {
  const s = p.scenario;
  let lastArea = 0;
  let lastProcessed = 0;
  const jobs = new BatchJobs(
    s.batchJobs,
    s.batchPolicy,
    {
      store: p.store,
      rng: p.rng,
      scheduler: p.heap,
      routable: () => p.fleet.routable,
      utilizationSinceLastAsk: (t) => {
        p.fleet.accrue(t);
        const u = p.metrics.utilizationOf(p.fleet.readyArea - lastArea, p.batching.processedTokens - lastProcessed);
        lastArea = p.fleet.readyArea;
        lastProcessed = p.batching.processedTokens;
        return u;
      },
      enqueue: (r, id, t) => p.gateway.enqueueBatch(r, id, t),
      log: (t, kind, detail) => p.metrics.log(t, kind, detail),
      endTime: s.durationSeconds,
    },
    p.tokenCap,
  );
  p.gateway.batchReturned = (id, replicaId) => jobs.onReturned(id, replicaId);
  p.metrics.batchInFlight = () => jobs.inFlight;
  return jobs;
}
