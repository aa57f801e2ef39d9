import type { BatchJobView } from './ops/batch-job-view.ts';
import type { MonitoringView } from './ops/monitoring.ts';
import type { RolloutView } from './ops/rollout.ts';
import type { QuotaRefusal } from '../quota/quota-meter.ts';
import type { SimulatedError } from '../retry/bedrock-errors.ts';
import type { QuantileSummary } from './quantile-sketch.ts';
import type { TierName } from './request-store.ts';
import type { SeriesSnapshot } from './time-series.ts';

/**
 * What a Web Worker (or the CLI) drives: advance in slices, then take an immutable snapshot.
 * Both the M/M/c validation model and the LLM fleet implement it.
 */
export interface Simulation<S extends SimSnapshot = SimSnapshot> {
  readonly kind: S['kind'];
  /** Simulated time, seconds. */
  readonly now: number;
  /** Simulated end time, seconds (Infinity until known for a customer-count run). */
  readonly endTime: number;
  readonly done: boolean;
  /** Events processed so far. */
  readonly events: number;
  /** Processes every event with time ≤ `time` (and stops at the end of the run). */
  runUntil(time: number): void;
  /** Processes at most `maxEvents` events; returns how many it processed. */
  step(maxEvents: number): number;
  /** Runs to the end. */
  run(): void;
  /** A fresh, frozen copy of the state: safe to post from a worker or keep. */
  snapshot(): S;
}

export type MmcSummary = {
  servers: number;
  arrivalRate: number;
  serviceRate: number;
  customers: number;
  /** Customers measured (after the warm-up cut). */
  measured: number;
  waitProbability: number;
  meanWait: number;
  meanResponse: number;
  p50Wait: number;
  p95Wait: number;
  p99Wait: number;
  utilization: number;
  /** Time-averaged number in system (L) and λ·W over the measured period: Little's law check. */
  meanInSystem: number;
  littleLambdaW: number;
  queueLength: number;
  busyServers: number;
};

export type MmcSnapshot = {
  kind: 'mmc';
  time: number;
  events: number;
  done: boolean;
  series: SeriesSnapshot;
  summary: MmcSummary;
};

export type ReplicaState = 'booting' | 'loading' | 'ready' | 'draining' | 'failed' | 'retired';

export type ReplicaView = {
  /** Unique in the snapshot (with several Regions: region × 1,000,000 + the server's number in its Region). */
  id: number;
  /** Index into FleetSnapshot.regions (0 = the source Region; always 0 with one Region). */
  region: number;
  /** Zone within its Region. */
  az: number;
  state: ReplicaState;
  /** Sequences in the running batch (prefilling or decoding). */
  running: number;
  /** Requests routed here, not yet admitted to the batch (all tiers, preempted ones included). */
  waiting: number;
  /** Waiting by tier: reserved, priority, standard, flex. */
  waitingByTier: [number, number, number, number];
  /** KV-cache tokens in use (paged) — or reserved, under the reserve-max policy. */
  kvUsedTokens: number;
  kvCapacityTokens: number;
  /** Model version served: 0 = current, 1 = the update being rolled out. */
  version: number;
  /** Batch-job records this server holds (waiting or running). */
  batch: number;
  /** Time the replica will take traffic (booting/loading), seconds. */
  readyAt: number;
  iterations: number;
};

export type FleetEventKind =
  | 'scale-out'
  | 'scale-in'
  | 'schedule'
  | 'zone-down'
  | 'zone-up'
  | 'region-down'
  | 'region-up'
  | 'failure-detected'
  | 'throttling-start'
  | 'throttling-end'
  | 'shedding-start'
  | 'shedding-end'
  | 'setting'
  | 'rollout-start'
  | 'rollout-step'
  | 'rollout-switch'
  | 'rollback'
  | 'rollout-complete'
  | 'batch-submitted'
  | 'batch-complete'
  | 'batch-late'
  | 'alarm'
  | 'alarm-ok';

/** Something that happened, for the chart markers and the event list. */
export type FleetEvent = { time: number; kind: FleetEventKind; detail: string };

export type FleetSummary = {
  /** Requests from our tenant that reached the gateway for the first time. */
  arrivals: number;
  completed: number;
  /** Requests that ended with 429 ThrottlingException (the SDK gave up or did not retry). */
  throttled: number;
  /** Requests that ended with any other error (sum of `failures` except ThrottlingException). */
  failed: number;
  /** Still in the system at the end: arrivals = completed + throttled + failed + inSystem. */
  inSystem: number;
  /** Requests that ended with each exception (after the SDK's retries). */
  failures: Record<SimulatedError, number>;
  /** Attempts answered with each exception (retried ones included). */
  errors: Record<SimulatedError, number>;
  /** Gateway attempts (first tries + client retries); `throttledAttempts` = errors.ThrottlingException. */
  attempts: number;
  throttledAttempts: number;
  retries: number;
  /** Retries the SDK refused because its client's retry quota was empty. */
  retryQuotaExhausted: number;
  /** Attempts the client stopped waiting for (TimeoutError); the server's work on them ran on, wasted. */
  clientTimeouts: number;
  abandonedServerRequests: number;
  /** Adaptive mode: total seconds sends waited for the client-side rate limiter. */
  clientDelaySeconds: number;
  /** Requests re-dispatched after their replica failed. */
  redispatched: number;
  /** Sequences preempted for KV memory and recomputed (paged KV). */
  preemptions: number;
  backgroundCompleted: number;
  throttleRate: number;
  failureRate: number;
  ttft: QuantileSummary;
  tpot: QuantileSummary;
  e2e: QuantileSummary;
  /** Time from joining a server's queue to entering its batch, by tier. */
  waitByTier: Record<TierName, QuantileSummary>;
  sloAttainment: number;
  /** Completed requests per second that met the latency objective. */
  goodputPerSecond: number;
  inputTokens: number;
  outputTokens: number;
  quota: {
    /** Tokens reserved at admission and settled at completion (in-Region and cross-Region on-demand). */
    reservedTokens: number;
    settledTokens: number;
    refusals: Record<QuotaRefusal, number>;
    /** Reserved-tier requests above the reservation, sent on as Standard. */
    reservedTierOverflow: number;
  };
  /** What the simulated servers cost so far (booting ones included), dollars — not Bedrock's price. */
  cost: number;
  /** Server cost ÷ our tokens (input + output). */
  costPerMillionTokens: number;
  /** Server cost ÷ every token the fleet served (ours and other tenants'). */
  serverCostPerMillionTokensServed: number;
  /** Server cost ÷ every successful request (ours and other tenants'). */
  serverCostPerSuccessfulRequest: number;
  tokensServed: number;
  meanReplicas: number;
  peakReplicas: number;
  /** Share of the ready servers' token capacity in use over the run (0–1): tokens computed ÷ (ready server-seconds × capacity). */
  meanUtilization: number;
  /** The old measure: batch slots or KV reserved, whichever is fuller. */
  meanBatchOccupancy: number;
  /** One server's token capacity: input + output tokens per second at saturation for the workload's mean lengths (roofline). */
  tokenCapacityPerReplica: number;
  outputTokensPerSecond: number;
  /** Little's law over the run: time-averaged requests in system vs arrival rate × mean time in system. */
  meanInSystem: number;
  littleLambdaW: number;
  /** Time-averaged number of sequences decoding across the fleet (throughput = this / TPOT). */
  meanDecoding: number;
  scaleOuts: number;
  scaleIns: number;
  /** How the served model's speed is known (src/domain/gpu serving profile label). */
  servingLabel: string;
  /** Events left out of the log once it held its maximum. */
  eventsDropped: number;
};

export type FleetSnapshot = {
  kind: 'fleet';
  time: number;
  endTime: number;
  events: number;
  done: boolean;
  series: SeriesSnapshot;
  summary: FleetSummary;
  replicas: ReplicaView[];
  /** Zones (with several Regions: each Region's zones in Region order, `region` = index into regions). */
  availabilityZones: { id: number; name: string; up: boolean; region?: number }[];
  /** Autoscaler decisions, faults, detections, throttling and shedding bursts, in time order. */
  eventLog: FleetEvent[];
  /** The model-update rollout, if the scenario has one. */
  rollout: RolloutView | null;
  /** Batch jobs: progress, completion, late or not. */
  batchJobs: BatchJobView[];
  /** Alarm history and the run's availability against the SLA (with several Regions: over all our requests). */
  monitoring: MonitoringView;
  /** Per Region (several Regions only; null for a one-Region run). */
  regions: RegionView[] | null;
};

/** One Region of a multi-Region run, as the per-Region table shows it. */
export type RegionView = {
  index: number;
  name: string;
  /** The Region the clients call (the profile's source). */
  source: boolean;
  /** The cross-Region inference profile may route here. */
  inProfile: boolean;
  /** Round-trip time from the source Region, seconds (an assumption unless set). */
  roundTripSeconds: number;
  /** Every zone up (false during a Region outage). */
  up: boolean;
  replicasReady: number;
  replicasBooting: number;
  meanReplicas: number;
  /** Our requests the router sent here (first tries), those served here, and spills. */
  routed: number;
  completed: number;
  /** Sent here because the least-loaded Region was full or failing; sent elsewhere because this one was. */
  spilledIn: number;
  spilledOut: number;
  throttled: number;
  failed: number;
  /** As the client sees it (the Region's round trip included), seconds. */
  ttftP99: number;
  e2eP99: number;
  /** SLA availability of this Region's own requests (per-Region, as the SLA defines it). */
  availability: MonitoringView['availability'];
  /** Server cost in this Region so far, dollars. */
  cost: number;
};

export type SimSnapshot = MmcSnapshot | FleetSnapshot;
