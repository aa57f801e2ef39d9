import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOT_ADMITTED, DOT_THROTTLED, FlowMeter, ParticleSystem, preparePath } from './particles.ts';

describe('ParticleSystem', () => {
  const path = preparePath([0, 0, 100, 0, 100, 100]);

  it('measures polylines', () => {
    expect(path.length).toBe(200);
    expect(Array.from(path.cumulative)).toEqual([0, 100, 200]);
  });

  it('moves dots along their path and recycles them at the end', () => {
    const ps = new ParticleSystem(10, 3);
    expect(ps.spawn(path, DOT_ADMITTED, 1)).toBe(true);
    expect(ps.x[0]).toBe(0);
    ps.update(0.1);
    expect(ps.x[0]!).toBeGreaterThan(0);
    ps.update(5);
    expect(ps.count).toBe(0);
  });

  it('never exceeds its capacity, and keeps each dot on its path', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 0.5, noNaN: true }), { minLength: 1, maxLength: 40 }), (steps) => {
        const ps = new ParticleSystem(50, 1);
        for (const dt of steps) {
          for (let k = 0; k < 7; k++) ps.spawn(path, k % 2 ? DOT_THROTTLED : DOT_ADMITTED, 1);
          ps.update(dt);
          expect(ps.count).toBeLessThanOrEqual(50);
          for (let i = 0; i < ps.count; i++) {
            const x = ps.x[i]!;
            const y = ps.y[i]!;
            if (x < -0.01 || x > 100.01 || y < -7.01 || y > 107.01) return false;
          }
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed', () => {
    const run = () => {
      const ps = new ParticleSystem(20, 9);
      for (let k = 0; k < 20; k++) ps.spawn(path, DOT_ADMITTED, 1);
      ps.update(0.3);
      return Array.from(ps.y.subarray(0, ps.count));
    };
    expect(run()).toEqual(run());
  });
});

describe('FlowMeter', () => {
  it('shows every request when few flow', () => {
    const m = new FlowMeter(3000, 1.5);
    m.add(30, 1 / 30);
    let spawned = 0;
    for (let f = 0; f < 10; f++) spawned += m.take(1 / 60);
    expect(m.perDot).toBe(1);
    expect(spawned).toBe(30);
  });

  it('lets one dot stand for several requests when the pool would overflow', () => {
    const m = new FlowMeter(1000, 1.5);
    for (let k = 0; k < 30; k++) m.add(5000, 1 / 30);
    expect(m.perDot).toBeGreaterThan(100);
    const alive = (150_000 / m.perDot) * 1.5;
    expect(alive).toBeLessThanOrEqual(1000);
  });
});
