import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventHeap } from './event-heap.ts';

describe('EventHeap', () => {
  it('pops in (time, insertion order) order, whatever the insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const heap = new EventHeap(16);
        times.forEach((t, i) => heap.push(t, i % 7, i));
        const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
        for (const e of expected) {
          expect(heap.pop()).toBe(true);
          expect(heap.time).toBe(e.t);
          expect(heap.payload).toBe(e.i);
          expect(heap.kind).toBe(e.i % 7);
        }
        expect(heap.pop()).toBe(false);
      }),
    );
  });

  it('grows past its initial capacity and reports the earliest time', () => {
    const heap = new EventHeap(16);
    for (let i = 1000; i > 0; i--) heap.push(i, 0, i);
    expect(heap.size).toBe(1000);
    expect(heap.peekTime()).toBe(1);
    expect(heap.capacity).toBeGreaterThanOrEqual(1000);
  });

  it('interleaves pushes and pops correctly', () => {
    const heap = new EventHeap(16);
    heap.push(5, 0, 5);
    heap.push(1, 0, 1);
    heap.pop();
    expect(heap.payload).toBe(1);
    heap.push(3, 0, 3);
    heap.push(3, 0, 4);
    heap.pop();
    expect(heap.payload).toBe(3);
    heap.pop();
    expect(heap.payload).toBe(4);
    heap.pop();
    expect(heap.payload).toBe(5);
    expect(heap.peekTime()).toBe(Infinity);
  });
});
