/**
 * Number text as a person means it, for every number field and link parameter.
 *
 * Accepted: optional sign, digits with an optional decimal point, thousands grouped with commas
 * ("1,000,000") or with spaces/underscores between digit groups, and scientific notation
 * ("1e6", "2.5E-3", what String(number) writes for very large or small values).
 * Refused with a reason: hexadecimal, binary and octal ("0x1F" is not 31), Infinity, digits other
 * than 0–9, a comma used as a decimal point ("1,5"), values that underflow to zero ("1e-400" is not 0)
 * or overflow, and integers too large to hold exactly.
 */
export type NumberParseResult = { ok: true; value: number } | { ok: false; reason: string };

const MAX_TEXT_LENGTH = 64;
// Group separators people type between digit groups: space, no-break space, narrow no-break space, underscore.
const GROUP_SEPARATORS = /(?<=\d)[ _\u00A0\u202F](?=\d)/g;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;

export function parseNumberText(text: string): NumberParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (trimmed.length > MAX_TEXT_LENGTH) return { ok: false, reason: 'too long to be a number' };
  if (NON_ASCII_DIGIT.test(trimmed)) return { ok: false, reason: 'use the digits 0–9' };
  if (/^[+-]?0[xXbBoO]/.test(trimmed)) return { ok: false, reason: 'hexadecimal, binary and octal are not accepted' };
  const ungrouped = trimmed.replace(GROUP_SEPARATORS, '');
  let plain: string;
  if (PLAIN.test(ungrouped)) plain = ungrouped;
  else if (COMMA_GROUPED.test(ungrouped)) plain = ungrouped.replace(/,/g, '');
  else if (/^[+-]?\d+,\d+$/.test(ungrouped)) return { ok: false, reason: 'use a point for decimals (1.5, not 1,5)' };
  else return { ok: false, reason: 'not a number' };

  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: 'too large' };
  const mantissa = plain.replace(/[eE].*$/, '');
  if (value === 0 && /[1-9]/.test(mantissa)) return { ok: false, reason: 'too small to represent' };
  // -0 reads as 0 everywhere downstream.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Range and integer checks shared by fields and link parameters, with a reason for each refusal. */
export function checkNumberRange(
  value: number,
  opts: { min?: number; max?: number; integer?: boolean },
): { ok: true } | { ok: false; reason: 'below' | 'above' | 'fraction' | 'inexact' } {
  const { min = -Infinity, max = Infinity, integer = false } = opts;
  if (value < min) return { ok: false, reason: 'below' };
  if (value > max) return { ok: false, reason: 'above' };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'fraction' };
  if (integer && !Number.isSafeInteger(value)) return { ok: false, reason: 'inexact' };
  return { ok: true };
}
