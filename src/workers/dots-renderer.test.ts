import { describe, expect, it } from 'vitest';
import { layoutFleet } from '../domain/sim-view/fleet-layout.ts';
import { DOT_ADMITTED, DOT_BATCH, DOT_NEW_VERSION } from '../domain/sim-view/particles.ts';
import { DotsRenderer, GAP_BINS, gapPercentiles } from './dots-renderer.ts';

/** Counts what the renderer draws; a stand-in for a 2D canvas context. */
function fakeContext() {
  const calls = { rect: 0, fill: 0, text: 0 };
  const canvas = { width: 0, height: 0 };
  const ctx = {
    canvas,
    fillStyle: '',
    font: '',
    setTransform: () => undefined,
    clearRect: () => undefined,
    beginPath: () => undefined,
    rect: () => void calls.rect++,
    fill: () => void calls.fill++,
    fillText: () => void calls.text++,
  };
  return { ctx: ctx as unknown as OffscreenCanvasRenderingContext2D, calls, canvas };
}

const tiles = [0, 1, 2].map((id) => ({ id, zone: id, state: 'ready' as const, fill: 0.5, waiting: 0, readyAt: 0 }));
const zones = [0, 1, 2].map((id) => ({ id, name: 'abc'[id]!, up: true }));

describe('DotsRenderer', () => {
  it('turns request counts into moving dots and draws them, sized for the device pixel ratio', () => {
    const { ctx, calls, canvas } = fakeContext();
    const r = new DotsRenderer(ctx);
    const layout = layoutFleet(800, tiles, zones);
    r.setLayout(layout, 2);
    r.addCounts(300, 50, 0.1);
    for (let t = 0; t <= 500; t += 16) r.frame(t);
    expect(r.dots.count).toBeGreaterThan(100);
    expect(calls.rect).toBeGreaterThan(1000);
    expect(calls.text).toBeGreaterThan(0); // the "429" label after throttled attempts
    expect([canvas.width, canvas.height]).toEqual([1600, layout.height * 2]);
    expect(r.frames).toBe(31);
  });

  it('does nothing off screen and starts clean when shown again', () => {
    const { ctx, calls } = fakeContext();
    const r = new DotsRenderer(ctx);
    r.setLayout(layoutFleet(800, tiles, zones), 1);
    r.setVisible(false);
    r.addCounts(300, 0, 0.1);
    for (let t = 0; t <= 200; t += 16) r.frame(t);
    expect(calls.rect + calls.fill).toBe(0);
    r.setVisible(true);
    expect(r.dots.count).toBe(0);
  });

  it('colours requests to the new model version apart, and sends batch records only to the servers holding them', () => {
    const { ctx } = fakeContext();
    const r = new DotsRenderer(ctx);
    const mixed = [
      { ...tiles[0]!, version: 0 },
      { ...tiles[1]!, version: 1 },
      { ...tiles[2]!, version: 0, batch: 0.25 },
    ];
    const layout = layoutFleet(800, mixed, zones, undefined, { batch: true });
    r.setLayout(layout, 1);
    r.addCounts(400, 0, 0.1, 100);
    for (let t = 0; t <= 300; t += 16) r.frame(t);
    const kinds = new Map<number, number>();
    for (let i = 0; i < r.dots.count; i++) kinds.set(r.dots.kind[i]!, (kinds.get(r.dots.kind[i]!) ?? 0) + 1);
    expect(kinds.get(DOT_NEW_VERSION) ?? 0).toBeGreaterThan(0);
    expect(kinds.get(DOT_ADMITTED) ?? 0).toBeGreaterThan(kinds.get(DOT_NEW_VERSION)!);
    expect(kinds.get(DOT_BATCH) ?? 0).toBeGreaterThan(0);
    // Every batch dot travels from the batch box towards the one server holding records (zone c's tile).
    const target = layout.zones[2]!.tiles[0]!;
    const b = layout.batch!;
    for (let i = 0; i < r.dots.count; i++) {
      if (r.dots.kind[i] !== DOT_BATCH) continue;
      expect(r.dots.x[i]!).toBeGreaterThanOrEqual(b.x + b.w - 1);
      expect(r.dots.x[i]!).toBeLessThanOrEqual(target.x + target.w / 2 + 1);
    }
    // No server holds records: no batch dots however many are done.
    const plain = new DotsRenderer(fakeContext().ctx);
    plain.setLayout(layoutFleet(800, tiles, zones, undefined, { batch: true }), 1);
    plain.addCounts(0, 0, 0.1, 100);
    for (let t = 0; t <= 300; t += 16) plain.frame(t);
    expect(plain.dots.count).toBe(0);
  });

  it('reads frame-gap percentiles from two histogram readings', () => {
    const before = new Array<number>(GAP_BINS).fill(0);
    const after = before.slice();
    after[33] = 95; // 95 frames of 16.5–17 ms
    after[100] = 5; // 5 of 50–50.5 ms
    expect(gapPercentiles(before, after)).toEqual({ frames: 100, p50: 17, p95: 17 });
    after[100] = 10;
    expect(gapPercentiles(before, after).p95).toBe(50.5);
  });
});
