import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../domain/format/money.ts';
import { comparisonAxis } from './comparison-axis.ts';

describe('comparisonAxis', () => {
  it('draws no ticks when no model is priced at the tier (Flex for most of the catalog)', () => {
    expect(comparisonAxis([], 600, 5).ticks).toEqual([]);
    expect(comparisonAxis([0, 0], 600, 5).ticks).toEqual([]);
  });

  it('labels a real range in dollars, from $0 to past the dearest bar, at least 80 px apart', () => {
    const { x, ticks } = comparisonAxis([1234, 56_789, 9_000], 600, 5);
    expect(ticks[0]).toBe(0);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(56_789);
    for (let i = 1; i < ticks.length; i++) expect(x(ticks[i]!) - x(ticks[0]!)).toBeGreaterThanOrEqual(80 * i);
    expect(ticks.map((t) => formatUsd(t)).every((label) => !/0\.0{6,}/.test(label))).toBe(true);
  });

  it('ignores a non-finite cost instead of stretching the axis', () => {
    expect(comparisonAxis([Number.NaN, 100], 600, 5).x.domain()[1]).toBe(100);
  });
});
