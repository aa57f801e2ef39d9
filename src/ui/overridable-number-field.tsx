import { useId } from 'react';
import type { NumberFieldProps } from './number-field.tsx';
import { useNumberText } from './use-number-text.ts';
import { Badge } from './provenance.tsx';
import { Button } from './button.tsx';

export type OverridableNumberFieldProps = Pick<NumberFieldProps, 'label' | 'min' | 'max' | 'integer' | 'unit' | 'className' | 'maxLabel'> & {
  /**
   * The value derived from the rest of the scenario (a model's blended price, a GPU's throughput, an
   * instance's hourly rate), or null when nothing can be derived (the page then says why).
   */
  derived: number | null;
  /** The user's own value, or null while the field follows the derived default. */
  override: number | null;
  /** A typed value arrives as a number; "Reset to default" sends null. */
  onOverrideChange: (value: number | null) => void;
  /** What the default is shown as inside the field, e.g. rounded to 4 significant digits. Keeps the number typeable. */
  roundDefault?: (value: number) => number;
  /** The default as text for the "overridden" marker, e.g. "$0.72 / 1M" or "12,345 tok/s". */
  formatDefault?: (value: number) => string;
  /** Where the default comes from, shown while the field follows it. */
  defaultHint?: React.ReactNode;
  /** Shown instead of a value when nothing can be derived and nothing was typed. */
  noDefaultHint?: React.ReactNode;
  /** Anything shown below the field in both states (a source, a provenance line). */
  children?: React.ReactNode;
};

function defaultText(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/**
 * A number field that shows a derived default until the user types their own value. A typed value
 * is an override the page says out loud ("overridden", with what the default would be now) and
 * that "Reset to default" undoes; while not overridden, the field keeps following the default as
 * the model, GPU or anything else it derives from changes. Same validation as NumberField: invalid
 * text shows a message and is never passed on, so the last valid result stays on screen.
 */
export function OverridableNumberField({
  label,
  derived,
  override,
  onOverrideChange,
  min,
  max,
  integer,
  unit,
  className,
  maxLabel,
  roundDefault = (v) => v,
  formatDefault = defaultText,
  defaultHint,
  noDefaultHint,
  children,
}: OverridableNumberFieldProps) {
  const id = useId();
  const overridden = override !== null;
  const shownDefault = derived === null ? null : roundDefault(derived);
  const shown = overridden ? override : shownDefault;
  const { text, error, edit, clearError } = useNumberText(shown, { min, max, integer, maxLabel });

  const labelId = `${id}-label`;
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, statusId].filter(Boolean).join(' ');

  return (
    <div className={className} data-field={label} data-overridden={overridden ? 'true' : 'false'}>
      <label id={labelId} htmlFor={id} className="block text-sm font-medium text-fg">
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
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const parsed = edit(event.target.value);
            // Typing the default itself is not an override; anything else is.
            if (parsed !== null && (overridden ? parsed !== override : parsed !== shownDefault)) onOverrideChange(parsed);
          }}
          className={`tabular w-full min-w-0 rounded-md border px-3 py-2 text-base text-fg ${error ? 'border-danger' : overridden ? 'border-warn' : 'border-line'} ${
            overridden ? 'bg-warn-soft' : 'bg-surface'
          }`}
        />
        {unit ? <span className="shrink-0 text-sm text-muted">{unit}</span> : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
        <p id={statusId} className="min-w-0">
          {overridden ? (
            <>
              <Badge tone="warn">overridden</Badge>
              {shownDefault === null ? 'No default can be derived here.' : `The default would be ${formatDefault(shownDefault)}.`}
            </>
          ) : shownDefault === null ? (
            noDefaultHint ?? 'No default can be derived here: enter a value.'
          ) : (
            <>
              <Badge tone="accent">default</Badge>
              {defaultHint}
            </>
          )}
        </p>
        {overridden ? (
          <Button
            variant="secondary"
            className="min-h-8 px-2 py-1 text-xs"
            // Named by its visible text; the field's label describes it, so the button never
            // answers to the field's label (getByLabel) and several of them stay distinguishable.
            aria-describedby={labelId}
            onClick={() => {
              clearError();
              onOverrideChange(null);
            }}
          >
            Reset to default
          </Button>
        ) : null}
      </div>
      {children}
    </div>
  );
}
