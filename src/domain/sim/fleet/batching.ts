import type { DecodeStepFn, DecodeStepsFn, IterationCostFn as IterationCost } from '../../gpu/roofline.ts';
import type { IntQueue } from '../int-queue.ts';
import type { Replica } from '../replica.ts';
import type { RequestStore } from '../request-store.ts';
import { EV, type Scheduler } from './event-kinds.ts';

export type KvPolicy = 'paged' | 'reserve-max';
/**
 * TensorRT-LLM's attention-DP balance (ADP Balance Strategy, TensorRT-LLM tech blog 10): with attention data
 * parallel over `ranks`, a context request waits up to `timeoutIters` iterations for every rank to have one.
 * Modelled on the replica: the head of the queue is held until `timeoutIters` iterations have started since it
 * was queued, or until `ranks` requests wait (then all that wait go); never while nothing decodes (assumption:
 * no iterations run then).
 * batching_wait_iters (the further wait to even out ranks' context batches) is not modelled.
 */
export type AdpBalance = { ranks: number; timeoutIters: number };
export type BatchingConfig = { maxBatch: number; maxBatchedTokens: number; kvPolicy: KvPolicy; adpBalance?: AdpBalance };

/** What the batcher reports. */
export interface BatchListener {
  /** `id` left the waiting queue for the batch at `t` (not called when a preempted sequence resumes). */
  admitted(r: Replica, id: number, t: number): void;
  /** `id`'s last token was produced on `r` at `t` (its KV is already released). */
  complete(r: Replica, id: number, t: number): void;
}

/** vLLM keeps 1 % of the KV blocks free when admitting (its default watermark). */
const WATERMARK = 0.01;

const ITERATION = EV.ITERATION;

/**
 * Iterations one decode run plans at most. A request queued on the server cuts its run and wastes the
 * iterations planned beyond it; longer runs save events but waste more (on the operator's day, unbounded
 * runs averaged 63 iterations and a cut wasted 91). A run that reaches its bound simply starts the next.
 * Each server adapts its bound (Replica.runCap): halved when a run is cut, doubled when one reaches it,
 * so a server that receives requests every few iterations plans little it will throw away.
 */
const MAX_RUN = 64;
const MIN_RUN = 2;

/**
 * Continuous batching on one replica, one event per iteration: admit waiting requests while the
 * batch and the KV cache allow (preempted sequences first, then Reserved, Priority, Standard and Flex
 * in that order, first come first served within a tier), plan the iteration (every decoding sequence
 * + prefill chunks up to the token budget), ask the roofline how long it takes, and at its end
 * advance decodes, finish prompts and complete requests. Per-iteration work is O(1) in the batch
 * size plus the requests that change phase: decoding sequences sit in a heap keyed on the step at
 * which they finish.
 *
 * KV admission does not know a response's true length. `paged` (vLLM's default) admits on the prompt
 * and, when decode growth runs out of memory, preempts the lowest-priority newest sequence, which
 * later recomputes its prompt and the tokens it had generated. `reserve-max` reserves prompt +
 * max_tokens at admission and never preempts. Prompt-cache reads are not prefilled again.
 */
export class ContinuousBatching {
  /** Time-integrals since the start: batch occupancy (the old utilization) and decoding sequences. */
  occupancyArea = 0;
  decodeArea = 0;
  /** Output tokens produced (first tokens and decode tokens). */
  generatedTokens = 0;
  /** Prompt tokens computed (prefill, recomputation included). */
  prefilledTokens = 0;
  preemptions = 0;
  /** Iteration-time factor of servers running the new model version (an injected regression; 1 = as fast). */
  newVersionSlowdown = 1;
  /** The next time something reads the books (see planRun); the simulation sets it. */
  horizon: () => number = () => Infinity;
  /** iterationCost(n, context, 0, 0, 1), decode only; the simulation sets the roofline's compiled form (the same to the bit, faster). */
  decodeStep: DecodeStepFn = (n, context) => this.iterationCost(n, context, 0, 0, 1);
  /** decodeStep over a run's consecutive iterations (out[i] = decodeStep(n, context0 + i·n)); the simulation sets the roofline's form. */
  decodeSteps: DecodeStepsFn = (n, context0, count, out) => {
    for (let i = 1; i <= count; i++) out[i] = this.decodeStep(n, context0 + i * n);
  };
  /** The planned run's iteration times (decodeSteps' output). */
  private readonly runSteps = new Float64Array(MAX_RUN);
  private readonly watermark: number;
  /** The KV policy, read once. */
  private readonly reserveMax: boolean;
  private readonly paged: boolean;
  /** Per replica id, the start times of its last iterations (ADP balance only; a ring of timeoutIters). */
  private readonly adpStarts = new Map<number, { t: Float64Array; next: number }>();

  constructor(
    private readonly store: RequestStore,
    private readonly kvCapacity: number,
    private readonly config: BatchingConfig,
    private readonly iterationCost: IterationCost,
    private readonly scheduler: Scheduler,
    private readonly listener: BatchListener,
  ) {
    this.watermark = Math.floor(WATERMARK * kvCapacity);
    this.reserveMax = config.kvPolicy === 'reserve-max';
    this.paged = config.kvPolicy === 'paged';
  }

  /** Tokens the fleet computed (prefill + output): the numerator of utilization. */
  get processedTokens(): number {
    return this.prefilledTokens + this.generatedTokens;
  }

  /**
   * The queue the next request to admit comes from: the preempted ones first, then the highest tier
   * with a waiting request; null if none. (waitingCount is the sum of the tier queues' sizes.)
   */
  private nextQueue(r: Replica): IntQueue | null {
    if (r.resume.size > 0) return r.resume;
    if (r.waitingCount === 0) return null;
    const waiting = r.waiting;
    for (let k = 0; k < waiting.length; k++) if (waiting[k]!.size > 0) return waiting[k]!;
    return null;
  }

  private fits(r: Replica, id: number): boolean {
    const store = this.store;
    if (this.reserveMax) return r.kvReserved + store.inputTokens[id]! + store.maxTokens[id]! <= this.kvCapacity;
    return r.kvUsed + store.promptLen[id]! + this.watermark <= this.kvCapacity;
  }

  /** ADP balance: whether the new request `id` at the head of `q` still waits for the other ranks (AdpBalance). */
  private adpHeld(r: Replica, q: IntQueue, id: number): boolean {
    if (q === r.resume || r.decoding.size === 0) return false;
    const ring = this.adpStarts.get(r.id);
    if (!ring) return true;
    // Held while fewer than timeoutIters iterations have started since it was queued (the ring holds the last timeoutIters starts).
    return !(ring.t[ring.next]! > this.store.enqueuedAt[id]!);
  }

  private recordStart(r: Replica, t: number): void {
    const n = this.config.adpBalance!.timeoutIters;
    let ring = this.adpStarts.get(r.id);
    if (!ring) this.adpStarts.set(r.id, (ring = { t: new Float64Array(n).fill(-Infinity), next: 0 }));
    ring.t[ring.next] = t;
    ring.next = (ring.next + 1) % n;
  }

  /** Starts the next iteration on `r` if it has work; otherwise marks it idle. */
  startIteration(r: Replica, t: number): void {
    const store = this.store;
    const s = this.config;
    const cap = this.kvCapacity;
    const reserveMax = this.reserveMax;
    let held = false;
    // Every rank has a context request waiting: all of them go now.
    const adpRelease = s.adpBalance !== undefined && r.waitingCount >= s.adpBalance.ranks;
    while (r.prefill.size + r.decoding.size < s.maxBatch) {
      const q = this.nextQueue(r);
      if (q === null) break;
      const id = q.peek();
      if (!this.fits(r, id)) break;
      if (s.adpBalance && !adpRelease && this.adpHeld(r, q, id)) {
        held = true;
        break;
      }
      q.shift();
      if (q !== r.resume) {
        r.waitingCount--;
        r.held++;
      }
      const resumed = store.resumed[id] === 1;
      r.kvUsed += store.promptLen[id]!;
      if (reserveMax) r.kvReserved += store.inputTokens[id]! + store.maxTokens[id]!;
      r.prefill.push(id);
      if (!resumed) this.listener.admitted(r, id, t);
    }
    // Paged KV: this step adds one token per decoding sequence; make room by preempting.
    if (this.paged) while (r.kvUsed + r.decoding.size > cap && r.decoding.size > 1) this.preemptOne(r);
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
      cached += store.promptLen[id]! - left;
    }
    if (decode === 0 && prefill === 0) {
      r.busy = false;
      return;
    }
    if (s.adpBalance) this.recordStart(r, t);
    let dt = prefill === 0 ? this.decodeStep(decode, r.contextSum) : this.iterationCost(decode, r.contextSum, prefill, seqs > 0 ? cached / seqs : 0, seqs > 0 ? seqs : 1);
    if (r.version !== 0) dt *= this.newVersionSlowdown;
    let occupancy = r.waitingCount > 0 ? 1 : (r.prefill.size + decode) / s.maxBatch;
    const kvShare = (reserveMax ? r.kvReserved : r.kvUsed) / cap;
    if (kvShare > occupancy) occupancy = kvShare;
    this.occupancyArea += occupancy * dt;
    this.decodeArea += decode * dt;
    r.iterDecode = decode;
    r.iterPrefill = prefill;
    r.iterStart = t;
    r.busy = true;
    r.runLength = 1;
    r.runDone = 0;
    r.runOccBooked = 0;
    let end = t + dt;
    // Decode only, and nothing could be admitted: the batch stays as it is until something happens.
    if (prefill === 0 && r.prefill.size === 0 && !held) end = this.planRun(r, end);
    r.runEndAt = end;
    this.scheduler.push(end, ITERATION, r.id);
  }

  /**
   * Extends a decode-only iteration that just started (ending at `end`) into a run of the iterations
   * that follow while nothing can change the batch: no sequence finishes, paged KV needs no preemption,
   * nobody waiting can be admitted (the batch is full, nothing waits, or the head does not fit — and
   * the KV in use only grows), and the next reader of the books (`horizon`: a metric window's end, an
   * autoscaling or batch-feeder look) is not passed. Each iteration's time is computed exactly as one
   * event per iteration would (same roofline call, same context, times added in the same order), so
   * every iteration ends at the same time; one event is scheduled for the whole run. Whatever changes
   * the server before then (a request queued, a queue emptied by a timeout, a zone failure) cuts the run
   * (cutRun).
   */
  private planRun(r: Replica, end: number): number {
    const step0 = r.step;
    const finish = r.decoding.peekKey();
    if (step0 + 1 >= finish) return end;
    const d = r.iterDecode;
    const kv0 = r.kvUsed;
    const cap = this.kvCapacity;
    const cap_ = r.runCap;
    // Iterations 1 ≤ n < limit: before a sequence finishes (step0 + n < finish), within the run's bound, and
    // (paged KV, more than one sequence) before the KV in use passes cap − d, where the next step would preempt.
    let limit = finish - step0;
    if (cap_ < limit) limit = cap_;
    if (this.paged && d > 1) {
      const kvLimit = Math.floor((cap - d - kv0) / d) + 1;
      if (kvLimit < limit) limit = kvLimit;
    }
    if (limit <= 1) return end;
    const horizon = this.horizon();
    const ctx0 = r.contextSum;
    const slow = r.version !== 0 ? this.newVersionSlowdown : 1;
    const base = r.waitingCount > 0 ? 1 : d / this.config.maxBatch;
    const reserved = this.reserveMax ? r.kvReserved / cap : -1;
    // The same occupancy for every iteration: reserve-max, or paged KV whose share stays under the batch's all run long
    // (the share only grows, and rounding is monotone, so checking the last iteration's is enough).
    let fixedOcc = reserved >= 0 ? (reserved > base ? reserved : base) : -1;
    if (fixedOcc < 0 && (kv0 + (limit - 1) * d) / cap <= base) fixedOcc = base;
    const steps = this.runSteps;
    this.decodeSteps(d, ctx0, limit - 1, steps);
    let ends = r.runEnds;
    if (ends.length === 0) {
      ends = r.runEnds = new Float64Array(MAX_RUN);
      r.runOcc = new Float64Array(MAX_RUN);
      r.runDt = new Float64Array(MAX_RUN);
    }
    const occ = r.runOcc;
    const dts = r.runDt;
    ends[0] = end;
    occ[0] = 0;
    dts[0] = 0;
    let occSum = 0;
    let dtSum = 0;
    let n = 1;
    for (; n < limit; n++) {
      let dt = steps[n]!;
      if (slow !== 1) dt *= slow;
      const next = end + dt;
      if (!(next < horizon)) break;
      let o = fixedOcc;
      if (o < 0) {
        const kvShare = (kv0 + n * d) / cap;
        o = kvShare > base ? kvShare : base;
      }
      occSum += o * dt;
      dtSum += dt;
      ends[n] = next;
      occ[n] = occSum;
      dts[n] = dtSum;
      end = next;
    }
    r.runLength = n;
    if (n === cap_ && cap_ < MAX_RUN) r.runCap = cap_ * 2;
    return end;
  }

  /** Books the iterations of `r`'s run that ended before iteration `j` (which has started): tokens, steps, KV, and the occupancy of iterations up to j. */
  private bookRun(r: Replica, j: number): void {
    const m = j - r.runDone;
    if (m > 0) {
      const tokens = m * r.iterDecode;
      r.step += m;
      r.iterations += m;
      r.contextSum += tokens;
      r.kvUsed += tokens;
      this.generatedTokens += tokens;
      r.runDone = j;
    }
    const k = r.runOccBooked;
    if (j > k) {
      this.occupancyArea += r.runOcc[j]! - r.runOcc[k]!;
      this.decodeArea += r.iterDecode * (r.runDt[j]! - r.runDt[k]!);
      r.runOccBooked = j;
    }
  }

  /**
   * Something changed on `r` at `t` that may change its batch or its occupancy: if it is inside a run, the
   * run stops at the end of the iteration in progress (the same boundary at which one event per
   * iteration would have seen the change); the iterations already ended are booked now.
   */
  cutRun(r: Replica, t: number): void {
    if (!r.busy) return;
    const last = r.runLength - 1;
    if (last <= r.runDone) return;
    const ends = r.runEnds;
    // The first iteration still in progress at t: ends[j] > t (ends rise with j).
    let lo = r.runDone;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    const j = lo;
    if (j === last) return;
    if (r.runCap > MIN_RUN) r.runCap >>= 1;
    this.bookRun(r, j);
    r.runLength = j + 1;
    r.runEndAt = ends[j]!;
    this.scheduler.push(r.runEndAt, ITERATION, r.id);
  }

  /** vLLM's recompute preemption: the lowest-priority, newest decoding sequence gives back its KV. */
  private preemptOne(r: Replica): void {
    const store = this.store;
    const heap = r.decoding;
    let victim = -1;
    for (let j = 0; j < heap.size; j++) {
      const id = heap.idAt(j);
      if (victim < 0 || store.tier[id]! > store.tier[victim]! || (store.tier[id] === store.tier[victim] && store.arrival[id]! > store.arrival[victim]!)) victim = id;
    }
    const finishStep = heap.remove(victim);
    const generated = store.outputTokens[victim]! - (finishStep - r.step);
    const context = store.inputTokens[victim]! + generated;
    r.contextSum -= context;
    r.kvUsed -= context;
    store.outputDone[victim] = generated;
    store.promptLen[victim] = context;
    // The prompt cache still holds the cached prefix; everything else is computed again.
    store.prefillLeft[victim] = context - store.cacheRead[victim]!;
    store.resumed[victim] = 1;
    r.resume.unshift(victim);
    this.preemptions++;
  }

  /** Applies the iteration that just ended on `r`. Returns false if the replica is gone (failed or retired). */
  endIteration(r: Replica, t: number): boolean {
    r.busy = false;
    if (r.state === 'failed' || r.state === 'retired') return false;
    if (r.runLength > 1) this.bookRun(r, r.runLength - 1);
    const store = this.store;
    r.iterations++;
    const step = ++r.step;
    const decode = r.iterDecode;
    r.contextSum += decode;
    r.kvUsed += decode;
    let tokens = decode;
    const decoding = r.decoding;
    while (decoding.size > 0 && decoding.peekKey() <= step) {
      const id = decoding.pop();
      store.outputDone[id] = store.outputTokens[id]!;
      const context = store.inputTokens[id]! + store.outputTokens[id]!;
      r.contextSum -= context;
      r.held--;
      this.release(r, id, context);
      this.listener.complete(r, id, t);
    }
    let prefill = r.iterPrefill;
    this.prefilledTokens += prefill;
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
      // The pass that finishes the prompt emits the next output token (the first, unless resuming).
      if (Number.isNaN(store.firstToken[id]!)) store.firstToken[id] = t;
      store.resumed[id] = 0;
      tokens++;
      r.kvUsed++;
      const done = ++store.outputDone[id]!;
      const out = store.outputTokens[id]!;
      if (done >= out) {
        r.held--;
        this.release(r, id, store.inputTokens[id]! + done);
        this.listener.complete(r, id, t);
      } else {
        decoding.push(step + out - done, id);
        r.contextSum += store.inputTokens[id]! + done;
      }
    }
    this.generatedTokens += tokens;
    return true;
  }

  private release(r: Replica, id: number, context: number): void {
    r.kvUsed -= context;
    if (this.reserveMax) r.kvReserved -= this.store.inputTokens[id]! + this.store.maxTokens[id]!;
  }

  /** Empties a failed replica: returns every request it held (waiting, preempted, prefilling, decoding), state reset. */
  evacuate(r: Replica): number[] {
    const ids: number[] = [];
    while (r.resume.size > 0) ids.push(r.resume.shift());
    for (const q of r.waiting) while (q.size > 0) ids.push(q.shift());
    while (r.prefill.size > 0) ids.push(r.prefill.shift());
    while (r.decoding.size > 0) ids.push(r.decoding.pop());
    r.waitingCount = 0;
    r.held = 0;
    r.kvUsed = 0;
    r.kvReserved = 0;
    r.contextSum = 0;
    return ids;
  }
}
