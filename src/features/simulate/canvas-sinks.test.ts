import { describe, expect, it } from 'vitest';
import { CanvasSinks } from './canvas-sinks.ts';

/** A canvas that, like Chromium's, refuses a second transfer of its drawing. */
class FakeCanvas {
  isConnected = true;
  transfers = 0;
  transferControlToOffscreen() {
    if (++this.transfers > 1) throw new Error("Failed to execute 'transferControlToOffscreen': Cannot transfer control from a canvas for more than one time.");
    return {};
  }
}

function setup() {
  const queue: (() => void)[] = [];
  const sinks = new CanvasSinks<{ dispose: () => void; disposed: number }>((fn) => queue.push(fn));
  const create = (el: FakeCanvas) => () => {
    el.transferControlToOffscreen();
    const s = { disposed: 0, dispose: () => s.disposed++ };
    return s;
  };
  const flush = () => queue.splice(0).forEach((fn) => fn());
  return { sinks, create, flush };
}

describe('CanvasSinks (StrictMode-safe offscreen canvas)', () => {
  it('StrictMode set-up, clean-up, set-up on the same canvas transfers once and keeps the sink', () => {
    const { sinks, create, flush } = setup();
    const el = new FakeCanvas();
    const first = sinks.acquire(el, create(el));
    sinks.release(el);
    const second = sinks.acquire(el, create(el));
    flush();
    expect(el.transfers).toBe(1);
    expect(second).toBe(first);
    expect(first!.disposed).toBe(0);
  });

  it('disposes once the canvas has left the page; a new canvas gets a new sink', () => {
    const { sinks, create, flush } = setup();
    const el = new FakeCanvas();
    const first = sinks.acquire(el, create(el))!;
    sinks.release(el);
    el.isConnected = false;
    flush();
    expect(first.disposed).toBe(1);
    const next = new FakeCanvas();
    const other = sinks.acquire(next, create(next));
    expect(other).not.toBe(first);
    expect(next.transfers).toBe(1);
  });
});
