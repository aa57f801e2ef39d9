import { describe, expect, it } from 'vitest';
import { formatPrice, formatUsd } from './money.ts';

describe('formatUsd', () => {
  it('shows enough digits for tiny amounts', () => {
    expect(formatUsd(0.000035)).toBe('$0.000035');
    expect(formatUsd(0.0175)).toBe('$0.0175');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatUsd(0.00007)).toBe('$0.00007');
    expect(formatUsd(0.1)).toBe('$0.10');
  });
  it('uses cents for ordinary sums and whole dollars for large ones', () => {
    expect(formatUsd(12.345)).toBe('$12.35');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(1_234_567.8)).toBe('$1,234,568');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(Number.NaN)).toBe('—');
  });
  it('formats unit prices with every published digit', () => {
    expect(formatPrice(0.00875)).toBe('$0.00875');
    expect(formatPrice(0.546875)).toBe('$0.546875');
    expect(formatPrice(0.000035 * 1e6)).toBe('$35.00');
    expect(formatPrice(3e-6 * 1e6)).toBe('$3.00');
    expect(formatPrice(0.035)).toBe('$0.035');
    expect(formatPrice(15)).toBe('$15.00');
    expect(formatPrice(0.0375)).toBe('$0.0375');
  });
});
