import { IntQueue } from './int-queue.ts';
import { KeyedHeap } from './keyed-heap.ts';
import type { ReplicaState } from './simulation-types.ts';

const EMPTY = new Float64Array(0);

/** Waiting queues per service tier, highest priority first (see request-store.ts TIER_*). */
export const TIERS = 4;

/**
 * One server of N GPUs running one model with continuous batching. Per-iteration work is O(1) in
 * the batch size: decoding sequences are kept in a heap keyed on the decode step at which they
 * finish, and the sum of their contexts grows by the batch size each step.
 */
export class Replica {
  state: ReplicaState = 'booting';
  readyAt = 0;
  /** Routed here, not yet admitted to the batch: one FIFO per tier, served in tier order. */
  readonly waiting: IntQueue[] = Array.from({ length: TIERS }, () => new IntQueue(64));
  /** Preempted sequences waiting to resume (served before any new request, as vLLM does). */
  readonly resume = new IntQueue(16);
  waitingCount = 0;
  /**
   * Requests the batcher holds: resume + prefill + decoding sizes, kept by batching.ts (it alone
   * moves requests between them), so the balancer's outstanding() reads two fields per server.
   */
  held = 0;
  /** Admitted, prompt not fully processed (chunked prefill, FIFO). */
  readonly prefill = new IntQueue(64);
  /** Decoding, keyed on the decode step at which they finish. */
  readonly decoding = new KeyedHeap(256);
  /** Decode steps done so far. */
  step = 0;
  /** Σ context tokens of the decoding sequences. */
  contextSum = 0;
  /** KV-cache tokens in use (prompts admitted + tokens generated). */
  kvUsed = 0;
  /** KV-cache tokens reserved at admission (policy reserve-max: prompt + max_tokens). */
  kvReserved = 0;
  busy = false;
  iterations = 0;
  /** This iteration's plan, applied when it ends. */
  iterDecode = 0;
  iterPrefill = 0;
  iterStart = 0;
  /**
   * A decode run (batching.ts): iterations planned at once while nothing can change the batch. `runLength`
   * iterations from the run's start, `runDone` of them already applied; iteration i ends at runEnds[i];
   * runOcc/runDt hold prefix sums of occupancy × time and time over iterations 1..i (iteration 0 is
   * booked when it starts); `runOccBooked` = the prefix index already booked. `runEndAt` = the time of
   * the run's pending event (an event at another time is stale: the run was cut).
   */
  runLength = 1;
  /** The longest run this server plans now (adapted by batching.ts). */
  runCap = 8;
  runDone = 0;
  runOccBooked = 0;
  runEndAt = NaN;
  runEnds: Float64Array = EMPTY;
  runOcc: Float64Array = EMPTY;
  runDt: Float64Array = EMPTY;
  /** Health checks failed since the replica failed. */
  failedChecks = 0;
  /** Time of the pending waiting-timeout sweep on this replica (Infinity = none). */
  sweepAt = Infinity;
  /** Model version served (0 = current; 1 = the version being rolled out). */
  version = 0;
  /**
   * Routing group during a rollout (ops/rollout.ts): 0 = the current version serving production, 1 = the
   * new version, 2 = the canary analysis's baseline (current version, launched beside the canary).
   */
  group = 0;

  constructor(
    readonly id: number,
    readonly az: number,
    readonly region = 0,
  ) {}

  get running(): number {
    return this.prefill.size + this.decoding.size;
  }

  outstanding(): number {
    return this.waitingCount + this.held;
  }

  enqueue(tier: number, id: number): void {
    this.waiting[tier]!.push(id);
    this.waitingCount++;
  }
}
