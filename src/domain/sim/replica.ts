import { IntQueue } from './int-queue.ts';
import { KeyedHeap } from './keyed-heap.ts';
import type { ReplicaState } from './simulation-types.ts';

/**
 * One server of N GPUs running one model with continuous batching. Per-iteration work is O(1) in
 * the batch size: decoding sequences are kept in a heap keyed on the decode step at which they
 * finish, and the sum of their contexts grows by the batch size each step.
 */
export class Replica {
  state: ReplicaState = 'booting';
  readyAt = 0;
  /** Routed here, not yet admitted to the batch. */
  readonly waiting = new IntQueue(64);
  /** Admitted, prompt not fully processed (chunked prefill, FIFO). */
  readonly prefill = new IntQueue(64);
  /** Decoding, keyed on the decode step at which they finish. */
  readonly decoding = new KeyedHeap(256);
  /** Decode steps done so far. */
  step = 0;
  /** Σ context tokens of the decoding sequences. */
  contextSum = 0;
  /** KV-cache tokens reserved (prompt + full output of every admitted sequence). */
  kvReserved = 0;
  busy = false;
  iterations = 0;
  /** This iteration's plan, applied when it ends. */
  iterDecode = 0;
  iterPrefill = 0;
  iterStart = 0;
  /** Health checks failed since the replica failed. */
  failedChecks = 0;

  constructor(
    readonly id: number,
    readonly az: number,
  ) {}

  get running(): number {
    return this.prefill.size + this.decoding.size;
  }

  outstanding(): number {
    return this.waiting.size + this.prefill.size + this.decoding.size;
  }
}
