import { describe, expect, it } from 'vitest';
import { axisValues, gridPoint, gridSize, MAX_FANOUT_POINTS, MAX_GRID_POINTS, parseSweep, type SweepAxis } from './sweep-grid.ts';

function values(text: string): number[] | string {
  const r = parseSweep(text);
  return r.ok ? axisValues(r.axis) : r.message;
}

const axis = (key: SweepAxis['key'], from: number, step: number, count: number): SweepAxis => ({ key, from, step, count, places: 0 });

describe('--sweep key=from:to:step', () => {
  it('steps a numeric link parameter from one end to the other, both included', () => {
    expect(parseSweep('rate=20:100:20')).toMatchObject({ ok: true, axis: { key: 'rate', count: 5 } });
    expect(values('rate=20:100:20')).toEqual([20, 40, 60, 80, 100]);
    expect(values('rate=10:25:10')).toEqual([10, 20]);
    expect(values('rate=5:5:1')).toEqual([5]);
    expect(values('rate=1,000:3,000:1,000')).toEqual([1000, 2000, 3000]);
  });

  it('gives decimal steps without binary noise and reaches the end', () => {
    expect(values('cv=0:1:0.1')).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(values('spikeX=1e-2:3e-2:1e-2')).toEqual([0.01, 0.02, 0.03]);
    expect(values('qWait=0.5:2:0.25')).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
  });

  it.each([
    ['__proto__=1:2:1', 'not a /simulate link parameter'],
    ['constructor=1:2:1', 'not a /simulate link parameter'],
    ['valueOf=1:2:1', 'not a /simulate link parameter'],
    ['lb=1:2:1', 'only numeric parameters can be swept'],
    ['model=1:2:1', 'only numeric parameters can be swept'],
    ['rate=1:2', 'needs from:to:step'],
    ['rate=1:2:3:4', 'needs from:to:step'],
    ['rate', '--sweep needs key=from:to:step'],
    ['rate=a:2:1', 'from "a" is not a number'],
    ['rate=1::1', '--sweep rate: to is missing'],
    ['rate=0x10:20:1', 'hexadecimal'],
    ['rate=1:2:0', 'step must be greater than 0'],
    ['rate=1:2:-1', 'step must be greater than 0'],
    ['rate=5:1:1', 'from (5) is above to (1)'],
    ['rate=1:1e308:1e-300', 'too many values; a grid has at most 1,000,000 points'],
    ['rate=0:1e9:1', '1,000,000,001 values; a grid has at most 1,000,000 points'],
    ['rate=0:200000:50000', 'the value 200000 is above the maximum 100000'],
    ['seed=0:2:0.5', 'the value 0.5 is not a whole number'],
    ['maxBatch=1.5:8:1', 'the value 1.5 is not a whole number'],
    ['amp=90:120:10', 'the value 120 is above the maximum 100'],
  ])('refuses %s with a clear message', (text, message) => {
    const r = parseSweep(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('refuses a huge range at once, without building it', () => {
    const t0 = performance.now();
    expect(parseSweep('rate=0:1e15:1e-9').ok).toBe(false);
    // Counting is arithmetic: a billion-value range is refused as fast as a ten-value one.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('the grid', () => {
  const axes: SweepAxis[] = [axis('rate', 10, 10, 2), { key: 'maxBatch', from: 64, step: 64, count: 3, places: 0 }];

  it('enumerates every combination, the first sweep changing slowest', () => {
    expect(gridSize(axes)).toBe(6);
    expect(Array.from({ length: 6 }, (_, i) => gridPoint(axes, i).settings.map((s) => s.value))).toEqual([
      [10, 64],
      [10, 128],
      [10, 192],
      [20, 64],
      [20, 128],
      [20, 192],
    ]);
  });

  it('has one point without sweeps, and no size beyond the limit', () => {
    expect(gridSize([])).toBe(1);
    const big = (n: number) => axis('rate', 0, 1, n);
    expect(gridSize([big(100), big(100)])).toBe(MAX_GRID_POINTS);
    expect(gridSize([big(100), big(101)])).toBeNull();
    expect(gridSize([big(100), big(101)], MAX_FANOUT_POINTS)).toBe(10_100);
    expect(gridSize([big(1e6), big(1e6), big(1e6)], MAX_FANOUT_POINTS)).toBeNull();
  });
});
