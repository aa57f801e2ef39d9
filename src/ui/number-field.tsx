import { useId, useState } from 'react';
import { checkNumberRange, parseNumberText } from '../domain/format/parse-number.ts';

export type NumberFieldProps = {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  step?: number | 'any';
  /** Shown after the input, e.g. "%" or "tokens". */
  unit?: string;
  hint?: React.ReactNode;
  className?: string;
  /** Extra text for the upper bound message, e.g. "10^12 tokens". */
  maxLabel?: string;
};

export function validateNumberText(
  text: string,
  { min = -Infinity, max = Infinity, integer = false, maxLabel }: Pick<NumberFieldProps, 'min' | 'max' | 'integer' | 'maxLabel'>,
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
 * A number input that validates as you type. Invalid text shows a message beside the field and is
 * never passed on, so the last valid result stays on screen.
 */
export function NumberField({ label, value, onChange, min, max, integer, step = 'any', unit, hint, className, maxLabel }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (reset, preset, URL), adjusting state during render as React recommends;
  // text that already means the new value is kept so typing "1,000" is not rewritten to "1000".
  const [prevValue, setPrevValue] = useState(value);
  if (value !== prevValue) {
    setPrevValue(value);
    const parsed = validateNumberText(text, { min, max, integer, maxLabel });
    if (!(parsed.ok && parsed.value === value)) setText(String(value));
    setError(null);
  }

  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          step={step}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = validateNumberText(next, { min, max, integer, maxLabel });
            if (parsed.ok) {
              setError(null);
              if (parsed.value !== value) onChange(parsed.value);
            } else {
              setError(parsed.message);
            }
          }}
          className={`tabular w-full min-w-0 rounded-md border bg-surface px-3 py-2 text-base text-fg ${
            error ? 'border-danger' : 'border-line'
          }`}
        />
        {unit ? <span className="shrink-0 text-sm text-muted">{unit}</span> : null}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
