import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNumberRange, parseNumberText } from './parse-number.ts';

const value = (text: string) => {
  const r = parseNumberText(text);
  return r.ok ? r.value : r.reason;
};

describe('parseNumberText', () => {
  it('accepts what people type', () => {
    expect(value('42')).toBe(42);
    expect(value(' -3.5 ')).toBe(-3.5);
    expect(value('+7')).toBe(7);
    expect(value('.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('1,000,000')).toBe(1_000_000);
    expect(value('1,234.56')).toBe(1234.56);
    expect(value('1 000 000')).toBe(1_000_000);
    expect(value('1_000')).toBe(1000);
    expect(value('1\u202F000')).toBe(1000);
    expect(value('1e6')).toBe(1_000_000);
    expect(value('2.5E-3')).toBe(0.0025);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0'), 0)).toBe(true);
  });

  it('refuses hexadecimal, binary, octal and Infinity', () => {
    expect(value('0x1F')).toMatch(/hexadecimal/);
    expect(value('0b101')).toMatch(/hexadecimal/);
    expect(value('0o17')).toMatch(/hexadecimal/);
    expect(value('-0X10')).toMatch(/hexadecimal/);
    expect(value('Infinity')).toBe('not a number');
    expect(value('NaN')).toBe('not a number');
  });

  it('refuses underflow and overflow instead of reading 0 or Infinity', () => {
    expect(value('1e-400')).toBe('too small to represent');
    expect(value('0.0000e-999')).toBe(0);
    expect(value('1e400')).toBe('too large');
  });

  it('refuses digits other than 0–9, a decimal comma and malformed grouping', () => {
    expect(value('١٢٣')).toBe('use the digits 0–9');
    expect(value('１２')).toBe('use the digits 0–9');
    expect(value('1,5')).toMatch(/point for decimals/);
    expect(value('1,00')).toMatch(/point for decimals/);
    expect(value('1,0000')).toMatch(/point for decimals/);
    expect(value('12,34,567')).toBe('not a number');
    expect(value('1  000')).toBe('not a number');
    expect(value('')).toBe('empty');
    expect(value('1.2.3')).toBe('not a number');
    expect(value('5 %')).toBe('not a number');
  });

  it('reads a 30-digit number, which range checks then refuse as inexact for integers', () => {
    const r = parseNumberText('123456789012345678901234567890');
    expect(r.ok).toBe(true);
    if (r.ok) expect(checkNumberRange(r.value, { integer: true })).toEqual({ ok: false, reason: 'inexact' });
    expect(value('1'.repeat(65))).toBe('too long to be a number');
  });

  it('reads back every finite number as JavaScript writes it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(value(String(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('checkNumberRange', () => {
  it('names the reason', () => {
    expect(checkNumberRange(-1, { min: 0 })).toEqual({ ok: false, reason: 'below' });
    expect(checkNumberRange(11, { max: 10 })).toEqual({ ok: false, reason: 'above' });
    expect(checkNumberRange(1.5, { integer: true })).toEqual({ ok: false, reason: 'fraction' });
    expect(checkNumberRange(5, { min: 0, max: 10, integer: true })).toEqual({ ok: true });
  });
});
