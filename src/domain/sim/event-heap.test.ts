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

  it('matches a sorted list under any interleaving of pushes, pops and peeks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('push', 'push', 'pop', 'peek'), fc.integer({ min: 0, max: 30 })), { maxLength: 400 }), (ops) => {
        const heap = new EventHeap(16);
        const model: { t: number; i: number }[] = [];
        ops.forEach(([op, t], i) => {
          if (op === 'push') {
            heap.push(t, i % 5, i);
            model.push({ t, i });
            model.sort((a, b) => a.t - b.t || a.i - b.i);
          } else if (op === 'peek') {
            expect(heap.peekTime()).toBe(model.length > 0 ? model[0]!.t : Infinity);
          } else {
            const e = model.shift();
            expect(heap.pop()).toBe(e !== undefined);
            if (e) expect([heap.time, heap.kind, heap.payload]).toEqual([e.t, e.i % 5, e.i]);
          }
          expect(heap.size).toBe(model.length);
        });
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
