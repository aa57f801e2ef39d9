import { describe, expect, it } from 'vitest';
import { LLAMA_3_1_8B } from '../../gpu/model-architectures.ts';
import { defaultDeployment, kvCapacityTokens } from '../../gpu/roofline.ts';
import { EventHeap } from '../event-heap.ts';
import { compileIterationTime } from '../../gpu/roofline.ts';
import { Replica } from '../replica.ts';
import { RequestStore } from '../request-store.ts';
import { ContinuousBatching } from './batching.ts';

function setup(maxBatch = 8, maxBatchedTokens = 512) {
  const d = defaultDeployment(LLAMA_3_1_8B);
  const cost = compileIterationTime(d);
  const heap = new EventHeap(64);
  const store = new RequestStore(64);
  const done: [number, number][] = [];
  const b = new ContinuousBatching(store, kvCapacityTokens(d), { maxBatch, maxBatchedTokens, kvPolicy: 'paged' }, cost, heap, { admitted: () => {}, complete: (_r, id, t) => done.push([id, t]) });
  const r = new Replica(0, 0);
  r.state = 'ready';
  /** Runs iterations until the replica is idle; returns the iteration count. */
  const drain = () => {
    let n = 0;
    while (heap.pop()) {
      if (heap.time !== r.runEndAt) continue; // a cut run's first event
      n++;
      if (b.endIteration(r, heap.time)) b.startIteration(r, heap.time);
    }
    return n;
  };
  return { d, cost, heap, store, b, r, done, drain };
}

describe('continuous batching', () => {
  it('one request: prompt in chunks of the token budget, first token with the last chunk, then one token per step', () => {
    const { cost, store, b, r, done, drain } = setup(8, 512);
    const id = store.alloc(0, 1000, 5, 0);
    r.enqueue(2, id);
    b.startIteration(r, 0);
    const n = drain();
    // 2 prefill iterations (512 + 488 tokens), the second emits token 1; then 4 decode steps, which run as
    // one decode run (one event) since nothing can change the batch before the request finishes.
    expect(r.iterations).toBe(6);
    expect(n).toBe(3);
    const first = cost(0, 0, 512, 0, 1);
    const second = cost(0, 0, 488, 512, 1);
    expect(store.firstToken[id]).toBeCloseTo(first + second, 12);
    expect(done).toHaveLength(1);
    expect(r.kvReserved).toBe(0);
    expect(b.generatedTokens).toBe(5);
  });

  it('never holds more sequences than the batch cap', () => {
    const { store, b, r, heap } = setup(4, 4096);
    for (let i = 0; i < 10; i++) r.enqueue(2, store.alloc(0, 10, 50, 0));
    b.startIteration(r, 0);
    while (heap.pop()) {
      if (heap.time !== r.runEndAt) continue;
      expect(r.running).toBeLessThanOrEqual(4);
      if (b.endIteration(r, heap.time)) b.startIteration(r, heap.time);
    }
    expect(r.waitingCount).toBe(0);
  });

  it('a failed replica gives back every request it held', () => {
    const { store, b, r } = setup(2, 4096);
    for (let i = 0; i < 5; i++) r.enqueue(2, store.alloc(0, 10, 50, 0));
    b.startIteration(r, 0);
    r.state = 'failed';
    expect(b.evacuate(r).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(r.outstanding()).toBe(0);
    expect(b.endIteration(r, 1)).toBe(false);
  });

  it('outstanding() counts every request the server holds through admission, preemption and completion', () => {
    const d = defaultDeployment(LLAMA_3_1_8B);
    const heap = new EventHeap(64);
    const store = new RequestStore(64);
    // A KV cache of 1,200 tokens: eight 100-token prompts growing to 300 tokens each must preempt.
    const b = new ContinuousBatching(store, 1200, { maxBatch: 8, maxBatchedTokens: 512, kvPolicy: 'paged' }, compileIterationTime(d), heap, { admitted: () => {}, complete: () => {} });
    const r = new Replica(0, 0);
    r.state = 'ready';
    for (let i = 0; i < 12; i++) r.enqueue(i % 4, store.alloc(0, 100, 200, 0));
    const held = () => r.waitingCount + r.resume.size + r.prefill.size + r.decoding.size;
    b.startIteration(r, 0);
    let steps = 0;
    while (heap.pop()) {
      if (heap.time !== r.runEndAt) continue;
      steps++;
      if (b.endIteration(r, heap.time)) b.startIteration(r, heap.time);
      expect(r.outstanding()).toBe(held());
      if (steps === 150) {
        for (const out of [20, 1]) r.enqueue(2, store.alloc(heap.time, 50, out, 0));
        // Whoever queues on a busy server cuts its decode run (the gateway does).
        b.cutRun(r, heap.time);
      }
    }
    expect(b.preemptions).toBeGreaterThan(0);
    expect(r.outstanding()).toBe(0);
  });

  it('attention-DP balance holds a new context request for timeout_iters iterations while others decode, or until every rank has one', () => {
    const d = defaultDeployment(LLAMA_3_1_8B);
    const make = (adp: boolean) => {
      const heap = new EventHeap(64);
      const store = new RequestStore(64);
      const b = new ContinuousBatching(store, kvCapacityTokens(d), { maxBatch: 64, maxBatchedTokens: 4096, kvPolicy: 'paged', ...(adp ? { adpBalance: { ranks: 4, timeoutIters: 5 } } : {}) }, compileIterationTime(d), heap, { admitted: () => {}, complete: () => {} });
      const r = new Replica(0, 0);
      r.state = 'ready';
      // One long answer keeps the replica decoding; the probes queue while it does.
      r.enqueue(2, store.alloc(0, 100, 200, 0));
      b.startIteration(r, 0);
      const step = () => {
        heap.pop();
        while (heap.time !== r.runEndAt) heap.pop();
        if (b.endIteration(r, heap.time)) b.startIteration(r, heap.time);
      };
      return { store, b, r, heap, step };
    };
    // A lone request queued as an iteration starts: that iteration, then (held) 5 more, then its prefill; without the balance, the next.
    for (const adp of [false, true]) {
      const { store, b, r, heap, step } = make(adp);
      for (let i = 0; i < 3; i++) step();
      const id = store.alloc(heap.time, 100, 10, 0);
      r.enqueue(2, id);
      b.cutRun(r, heap.time);
      const startIter = r.iterations;
      while (Number.isNaN(store.firstToken[id]!)) step();
      expect(r.iterations - startIter).toBe(adp ? 7 : 2);
    }
    // As many waiting as ranks: released at the next iteration start.
    const { store, b, r, heap, step } = make(true);
    for (let i = 0; i < 3; i++) step();
    const ids = [0, 1, 2, 3].map(() => store.alloc(heap.time, 100, 10, 0));
    for (const id of ids) r.enqueue(2, id);
    b.cutRun(r, heap.time);
    const startIter = r.iterations;
    while (ids.some((id) => Number.isNaN(store.firstToken[id]!))) step();
    expect(r.iterations - startIter).toBe(2);
  });
});
