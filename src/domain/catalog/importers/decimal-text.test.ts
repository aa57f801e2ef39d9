import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDecimalText, perSecondToPerHour, shiftDecimal, toPer1M } from './decimal-text.ts';

describe('exact decimal scaling', () => {
  it('converts per-token, per-1K and per-1M prices without float drift', () => {
    // In floating point 0.000015 * 1000 is 0.015000000000000001 and 1.32e-5 * 1e6 is 13.200000000000001.
    expect(0.000015 * 1000).not.toBe(0.015);
    expect(1.32e-5 * 1e6).not.toBe(13.2);
    expect(toPer1M(0.000015, 1_000)).toBe(0.015);
    expect(toPer1M(1.32e-5, 1)).toBe(13.2);
    expect(toPer1M(8.75e-9, 1)).toBe(0.00875);
    expect(toPer1M(1.375e-6, 1)).toBe(1.375);
    expect(toPer1M('0.0000087500', 1_000)).toBe(0.00875);
    expect(toPer1M('0.0000175000', 1_000)).toBe(0.0175);
    expect(toPer1M('0.0002625000', 1_000)).toBe(0.2625);
    expect(toPer1M('4.4000000000', 1_000_000)).toBe(4.4);
    expect(toPer1M(3.5e-8, 1)).toBe(0.035);
    expect(toPer1M('0.0000000000', 1_000)).toBe(0);
  });

  it('keeps every published digit', () => {
    expect(shiftDecimal('0.000035', 3)).toBe('0.035');
    expect(shiftDecimal('0.0000000350', 6)).toBe('0.035');
    expect(shiftDecimal('1.2345678901234e-7', 6)).toBe('0.12345678901234');
    expect(shiftDecimal('25', 3)).toBe('25000');
    expect(shiftDecimal('2.5e2', 0)).toBe('250');
  });

  it('refuses what is not a non-negative decimal', () => {
    for (const bad of ['NaN', 'Infinity', '-1', '0x1F', '1,5', '', ' ', '1e', '١٢', '1.2.3', '+1']) {
      expect(parseDecimalText(bad), bad).toBeNull();
    }
    expect(toPer1M(Number.NaN, 1)).toBeNull();
    expect(toPer1M(-0.5, 1)).toBeNull();
    expect(toPer1M(Number.POSITIVE_INFINITY, 1)).toBeNull();
  });

  it('agrees with the decimal value for any price with up to 9 significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 12 }), (digits, places) => {
        const text = places === 0 ? String(digits) : `${Math.floor(digits / 10 ** places)}.${String(digits % 10 ** places).padStart(places, '0')}`;
        // per-1K → per-1M is a shift of three places: the result must read back as digits × 10^(3 - places).
        expect(toPer1M(text, 1_000)).toBe(Number(`${digits}e${3 - places}`));
      }),
    );
  });

  it('turns LiteLLM per-second provisioned rates into the hourly price to the cent', () => {
    // Command's $23.77 / h is stored as 0.0066027 / s; × 3600 is 23.76972.
    expect(perSecondToPerHour(0.0066027)).toBe(23.77);
    expect(perSecondToPerHour(0.011)).toBe(39.6);
    expect(perSecondToPerHour(0.0011416)).toBe(4.11);
    expect(perSecondToPerHour(Number.NaN)).toBeNull();
  });
});
