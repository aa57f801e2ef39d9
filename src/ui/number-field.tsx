import { useId } from 'react';
import { useNumberText } from './use-number-text.ts';

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

/**
 * A number input that validates as you type. Invalid text shows a message beside the field and is
 * never passed on, so the last valid result stays on screen.
 */
export function NumberField({ label, value, onChange, min, max, integer, step = 'any', unit, hint, className, maxLabel }: NumberFieldProps) {
  const id = useId();
  const { text, error, edit } = useNumberText(value, { min, max, integer, maxLabel });

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
            const parsed = edit(event.target.value);
            if (parsed !== null && parsed !== value) onChange(parsed);
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
