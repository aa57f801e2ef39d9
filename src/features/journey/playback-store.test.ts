import { describe, expect, it } from 'vitest';
import { createPlaybackStore, END, stageOf } from './playback-store.ts';

function store(dwell = [3, 3, 10, 3]) {
  const s = createPlaybackStore(0);
  s.getState().setStages(dwell);
  s.getState().first();
  s.getState().tick(10, true);
  return s;
}

describe('playback timeline', () => {
  it('plays through each stage at its own pace, scaled by speed, and stops at the end', () => {
    const s = store();
    s.getState().scrub(0);
    s.getState().play();
    s.getState().tick(1.5, false);
    expect(s.getState().position).toBeCloseTo(0.5, 9);
    s.getState().setSpeed(2);
    s.getState().tick(0.75, false);
    expect(s.getState().position).toBeCloseTo(1, 9);
    // Stage 3 lasts 10 s at 1× (the modelled decode).
    s.getState().scrub(2);
    s.getState().play();
    s.getState().setSpeed(1);
    s.getState().tick(5, false);
    expect(s.getState().position).toBeCloseTo(2.5, 9);
    for (let i = 0; i < 100; i++) s.getState().tick(0.1, false);
    expect(s.getState().playing).toBe(false);
    expect(s.getState().position).toBeCloseTo(3 + END, 9);
  });

  it('a step runs a quick transition to the stage’s end state; reduced motion jumps there at once', () => {
    const s = store();
    s.getState().next();
    expect(stageOf(s.getState().position, 4)).toBe(1);
    expect(s.getState().position).toBe(1);
    s.getState().tick(0.35, false);
    expect(s.getState().position).toBeGreaterThan(1);
    expect(s.getState().position).toBeLessThan(1 + END);
    s.getState().tick(1, false);
    expect(s.getState().position).toBe(1 + END);
    expect(s.getState().target).toBeNull();
    s.getState().next();
    s.getState().tick(0.016, true);
    expect(s.getState().position).toBe(2 + END);
  });

  it('clamps steps, jumps and scrubs to the stages that exist', () => {
    const s = store();
    s.getState().prev();
    expect(s.getState().position).toBe(0);
    s.getState().goTo(8);
    expect(stageOf(s.getState().position, 4)).toBe(3);
    s.getState().scrub(99);
    expect(s.getState().position).toBe(3 + END);
    s.getState().setStages([3, 3]);
    expect(s.getState().position).toBeLessThanOrEqual(1 + END);
  });

  it('playing from the end starts over; pausing keeps the place', () => {
    const s = store();
    s.getState().last();
    s.getState().tick(1, true);
    s.getState().play();
    expect(s.getState().position).toBe(0);
    s.getState().tick(1, false);
    s.getState().pause();
    const at = s.getState().position;
    s.getState().tick(1, false);
    expect(s.getState().position).toBe(at);
  });
});
