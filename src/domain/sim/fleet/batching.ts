import type { IterationCost } from '../iteration-cost.ts';
import type { Replica } from '../replica.ts';
import type { RequestStore } from '../request-store.ts';
import { EV, type Scheduler } from './event-kinds.ts';

export type BatchingConfig = { maxBatch: number; maxBatchedTokens: number };

/** What the batcher reports as iterations end. */
export interface BatchListener {
  /** A request's last token was produced on `r` at `t` (its KV is already released). */
  complete(r: Replica, id: number, t: number): void;
}

/**
 * Continuous batching on one replica, one event per iteration: admit waiting requests while the
 * batch and the KV cache allow, plan the iteration (every decoding sequence + prefill chunks up to
 * the token budget), ask the roofline how long it takes, and at its end advance decodes, finish
 * prompts and complete requests. Per-iteration work is O(1) in the batch size plus the requests that
 * change phase: decoding sequences sit in a heap keyed on the step at which they finish.
 */
export class ContinuousBatching {
  /** Time-integrals since the start: batch occupancy (for the old utilization) and decoding sequences. */
  occupancyArea = 0;
  decodeArea = 0;
  /** Tokens produced (first tokens and decode tokens). */
  generatedTokens = 0;

  constructor(
    private readonly store: RequestStore,
    private readonly kvCapacity: number,
    private readonly config: BatchingConfig,
    private readonly iterationCost: IterationCost,
    private readonly scheduler: Scheduler,
    private readonly listener: BatchListener,
  ) {}

  /** Starts the next iteration on `r` if it has work; otherwise marks it idle. */
  startIteration(r: Replica, t: number): void {
    const store = this.store;
    const s = this.config;
    const cap = this.kvCapacity;
    while (r.waiting.size > 0 && r.prefill.size + r.decoding.size < s.maxBatch) {
      const id = r.waiting.peek();
      const need = store.inputTokens[id]! + store.outputTokens[id]!;
      if (r.kvReserved + need > cap) break;
      r.waiting.shift();
      r.kvReserved += need;
      r.prefill.push(id);
    }
    const decode = r.decoding.size;
    let budget = s.maxBatchedTokens - decode;
    let prefill = 0;
    let seqs = 0;
    let cached = 0;
    for (let j = 0; j < r.prefill.size && budget > 0; j++) {
      const id = r.prefill.at(j);
      const left = store.prefillLeft[id]!;
      const take = left < budget ? left : budget;
      prefill += take;
      budget -= take;
      seqs++;
      cached += store.inputTokens[id]! - left;
    }
    if (decode === 0 && prefill === 0) {
      r.busy = false;
      return;
    }
    const dt = this.iterationCost(decode, r.contextSum, prefill, seqs > 0 ? cached / seqs : 0, seqs > 0 ? seqs : 1);
    let occupancy = r.waiting.size > 0 ? 1 : (r.prefill.size + decode) / s.maxBatch;
    const kvShare = r.kvReserved / cap;
    if (kvShare > occupancy) occupancy = kvShare;
    this.occupancyArea += occupancy * dt;
    this.decodeArea += decode * dt;
    r.iterDecode = decode;
    r.iterPrefill = prefill;
    r.iterStart = t;
    r.busy = true;
    this.scheduler.push(t + dt, EV.ITERATION, r.id);
  }

  /** Applies the iteration that just ended on `r`. Returns false if the replica is gone (failed or retired). */
  endIteration(r: Replica, t: number): boolean {
    r.busy = false;
    if (r.state === 'failed' || r.state === 'retired') return false;
    const store = this.store;
    r.iterations++;
    const step = ++r.step;
    const decode = r.iterDecode;
    r.contextSum += decode;
    let tokens = decode;
    const decoding = r.decoding;
    while (decoding.size > 0 && decoding.peekKey() <= step) {
      const id = decoding.pop();
      r.contextSum -= store.inputTokens[id]! + store.outputTokens[id]!;
      this.release(r, id);
      this.listener.complete(r, id, t);
    }
    let prefill = r.iterPrefill;
    while (prefill > 0 && r.prefill.size > 0) {
      const id = r.prefill.peek();
      const left = store.prefillLeft[id]!;
      if (left > prefill) {
        store.prefillLeft[id] = left - prefill;
        break;
      }
      prefill -= left;
      store.prefillLeft[id] = 0;
      r.prefill.shift();
      // The pass that finishes the prompt emits the first output token.
      store.firstToken[id] = t;
      tokens++;
      const out = store.outputTokens[id]!;
      if (out <= 1) {
        this.release(r, id);
        this.listener.complete(r, id, t);
      } else {
        decoding.push(step + out - 1, id);
        r.contextSum += store.inputTokens[id]! + 1;
      }
    }
    this.generatedTokens += tokens;
    return true;
  }

  private release(r: Replica, id: number): void {
    r.kvReserved -= this.store.inputTokens[id]! + this.store.outputTokens[id]!;
  }

  /** Empties a failed replica: returns every request it held (waiting, prefilling, decoding), state reset. */
  evacuate(r: Replica): number[] {
    const ids: number[] = [];
    while (r.waiting.size > 0) ids.push(r.waiting.shift());
    while (r.prefill.size > 0) ids.push(r.prefill.shift());
    while (r.decoding.size > 0) ids.push(r.decoding.pop());
    r.kvReserved = 0;
    r.contextSum = 0;
    return ids;
  }
}
