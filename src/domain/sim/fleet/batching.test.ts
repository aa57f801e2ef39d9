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
});
