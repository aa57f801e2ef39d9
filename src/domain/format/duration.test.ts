import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration } from './duration.ts';
import { formatPercent, formatPercentChange } from './percent.ts';

describe('formatDuration', () => {
  it('picks the unit a person reads', () => {
    expect(formatDuration(0.85)).toBe('850 ms');
    expect(formatDuration(1.2449)).toBe('1.24 s');
    expect(formatDuration(12.46)).toBe('12.5 s');
    expect(formatDuration(250)).toBe('4 min 10 s');
    expect(formatDuration(7500)).toBe('2 h 05 min');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
  it('formats a clock', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
  });
});

describe('formatPercent', () => {
  it('reads a 0–1 share as percent', () => {
    expect(formatPercent(0.274)).toBe('27.4 %');
    expect(formatPercent(1, 0)).toBe('100 %');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatPercentChange(0.1)).toBe('+10.0 %');
    expect(formatPercentChange(-0.5)).toBe('−50.0 %');
  });
});
