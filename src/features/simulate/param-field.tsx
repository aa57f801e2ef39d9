import { useId } from 'react';
import type { SimParamKey, SimParams } from '../../domain/sim-view/sim-params.ts';
import { NumberField } from '../../ui/number-field.tsx';
import { SelectField, type SelectOption } from '../../ui/select-field.tsx';

export type ControlProps = {
  values: SimParams;
  update: (patch: Partial<SimParams>) => void;
  errors: Partial<Record<SimParamKey, string>>;
};

type NumericKey = { [K in SimParamKey]: SimParams[K] extends number ? K : never }[SimParamKey];

/** A number setting bound to its URL parameter, with the cross-field message (if any) beside it. */
export function ParamNumber({
  k,
  label,
  p,
  min = 0,
  max,
  integer,
  unit,
  hint,
}: {
  k: NumericKey;
  label: string;
  p: ControlProps;
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
  hint?: React.ReactNode;
}) {
  const error = p.errors[k];
  return (
    <div data-param={k}>
      <NumberField label={label} value={p.values[k]} onChange={(v) => p.update({ [k]: v, preset: '' })} min={min} max={max} integer={integer} unit={unit} hint={error ? undefined : hint} />
      {error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-danger" data-testid={`error-${k}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ParamSelect<K extends SimParamKey>({ k, label, p, options, hint }: { k: K; label: string; p: ControlProps; options: SelectOption[]; hint?: React.ReactNode }) {
  const error = p.errors[k];
  return (
    <div data-param={k}>
      <SelectField label={label} value={String(p.values[k])} options={options} onChange={(v) => p.update({ [k]: (typeof p.values[k] === 'number' ? Number(v) : v) as SimParams[K], preset: '' })} hint={error ? undefined : hint} />
      {error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-danger" data-testid={`error-${k}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type BoolKey = { [K in SimParamKey]: SimParams[K] extends boolean ? K : never }[SimParamKey];

export function ParamToggle({ k, label, p, hint }: { k: BoolKey; label: string; p: ControlProps; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2" data-param={k}>
      <input id={id} type="checkbox" checked={p.values[k]} onChange={(e) => p.update({ [k]: e.target.checked, preset: '' })} className="mt-1 h-4 w-4 accent-[var(--accent)]" aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-fg">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A collapsible group of settings with one sentence saying what it controls. */
export function Group({ title, explain, open = false, children, testId }: { title: string; explain: string; open?: boolean; children: React.ReactNode; testId?: string }) {
  return (
    <details open={open} className="group rounded-lg border border-line bg-surface" data-testid={testId}>
      <summary className="flex cursor-pointer select-none items-center justify-between rounded-lg px-3 py-2 text-sm font-semibold text-fg hover:bg-surface-2">
        {title}
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
          ›
        </span>
      </summary>
      <div className="space-y-3 border-t border-line px-3 pb-3 pt-2">
        <p className="text-xs text-muted">{explain}</p>
        {children}
      </div>
    </details>
  );
}

/**
 * Shows the setting named by `key`: opens its section and focuses its input (an invalid link says
 * which field is wrong and takes the user there). False when the setting is not on screen.
 */
export function focusParam(key: string): boolean {
  const field = [...document.querySelectorAll<HTMLElement>('[data-param]')].find((el) => el.dataset.param === key);
  if (!field) return false;
  const section = field.closest('details');
  if (section) section.open = true;
  const input = field.querySelector<HTMLElement>('input, select, textarea, button');
  input?.focus();
  field.scrollIntoView({ block: 'center' });
  return true;
}
