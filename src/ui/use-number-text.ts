import { useState } from 'react';
import { checkNumberRange, parseNumberText } from '../domain/format/parse-number.ts';

export type NumberRules = { min?: number; max?: number; integer?: boolean; maxLabel?: string };

export function validateNumberText(
  text: string,
  { min = -Infinity, max = Infinity, integer = false, maxLabel }: NumberRules,
): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseNumberText(text);
  if (!parsed.ok) {
    if (parsed.reason === 'empty') return { ok: false, message: 'Enter a number.' };
    if (parsed.reason === 'not a number') {
      const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
      return { ok: false, message: `“${shown}” is not a number.` };
    }
    return { ok: false, message: `${parsed.reason[0]!.toUpperCase()}${parsed.reason.slice(1)}.` };
  }
  const value = parsed.value;
  if (value < 0 && min >= 0) return { ok: false, message: 'Must not be negative.' };
  const range = checkNumberRange(value, { min, max, integer });
  if (!range.ok) {
    switch (range.reason) {
      case 'below':
        return { ok: false, message: `Must be at least ${min.toLocaleString('en-US')}.` };
      case 'above':
        return { ok: false, message: `Must be at most ${maxLabel ?? max.toLocaleString('en-US')}.` };
      case 'fraction':
        return { ok: false, message: 'Must be a whole number.' };
      case 'inexact':
        return { ok: false, message: 'Too large to hold exactly.' };
    }
  }
  return { ok: true, value };
}

/**
 * The text of a number input and its message. Outside changes of `value` (a reset, a preset, a link,
 * a new default) replace the text during render, as React recommends, unless the text already means
 * the new value, so "1,000" is not rewritten to "1000". `edit` returns the parsed number, or null
 * while the text is not a valid number (its message is then shown and nothing is passed on).
 */
export function useNumberText(value: number | null, rules: NumberRules) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const [prevValue, setPrevValue] = useState(value);
  if (value !== prevValue) {
    setPrevValue(value);
    const parsed = validateNumberText(text, rules);
    if (!(parsed.ok && parsed.value === value)) setText(value === null ? '' : String(value));
    setError(null);
  }
  const edit = (next: string): number | null => {
    setText(next);
    const parsed = validateNumberText(next, rules);
    setError(parsed.ok ? null : parsed.message);
    return parsed.ok ? parsed.value : null;
  };
  return { text, error, edit, clearError: () => setError(null) };
}
