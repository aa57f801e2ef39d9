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
  id: number;
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
  | 'failure-detected'
  | 'throttling-start'
  | 'throttling-end'
  | 'shedding-start'
  | 'shedding-end'
  | 'setting';

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
  availabilityZones: { id: number; name: string; up: boolean }[];
  /** Autoscaler decisions, faults, detections, throttling and shedding bursts, in time order. */
  eventLog: FleetEvent[];
};

export type SimSnapshot = MmcSnapshot | FleetSnapshot;
