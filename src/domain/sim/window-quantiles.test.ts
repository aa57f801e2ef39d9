import { describe, expect, it } from 'vitest';
import { WindowQuantiles } from './window-quantiles.ts';

describe('window quantiles', () => {
  it('gives quantiles within 1 % and resets per window', () => {
    const w = new WindowQuantiles();
    for (let i = 1; i <= 10_000; i++) w.add(i / 1000);
    for (const [q, v] of [[0.5, 5], [0.95, 9.5], [0.99, 9.9]] as const) expect(Math.abs(w.quantile(q) / v - 1)).toBeLessThan(0.01);
    w.reset();
    expect(w.quantile(0.5)).toBeNaN();
    w.add(0.25);
    expect(Math.abs(w.quantile(0.99) / 0.25 - 1)).toBeLessThan(0.01);
  });
});
