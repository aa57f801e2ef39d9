import type { QuantileSummary } from './quantile-sketch.ts';
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
  /** Requests routed here, not yet admitted to the batch. */
  waiting: number;
  kvUsedTokens: number;
  kvCapacityTokens: number;
  /** Time the replica will take traffic (booting/loading), seconds. */
  readyAt: number;
  iterations: number;
};

export type FleetSummary = {
  /** Requests from our tenant that reached the gateway for the first time. */
  arrivals: number;
  completed: number;
  throttled: number;
  failed: number;
  inSystem: number;
  /** Gateway attempts (first tries + client retries) and those rejected with 429. */
  attempts: number;
  throttledAttempts: number;
  retries: number;
  /** Requests re-dispatched after their replica failed. */
  redispatched: number;
  backgroundCompleted: number;
  throttleRate: number;
  ttft: QuantileSummary;
  tpot: QuantileSummary;
  e2e: QuantileSummary;
  sloAttainment: number;
  inputTokens: number;
  outputTokens: number;
  /** Spent on servers so far (booting ones included), dollars. */
  cost: number;
  costPerMillionTokens: number;
  meanReplicas: number;
  peakReplicas: number;
  meanUtilization: number;
  outputTokensPerSecond: number;
  /** Little's law over the run: time-averaged requests in system vs arrival rate × mean time in system. */
  meanInSystem: number;
  littleLambdaW: number;
  /** Time-averaged number of sequences decoding across the fleet (throughput = this / TPOT). */
  meanDecoding: number;
  scaleOuts: number;
  scaleIns: number;
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
};

export type SimSnapshot = MmcSnapshot | FleetSnapshot;
