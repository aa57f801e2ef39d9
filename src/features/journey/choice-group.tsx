import { useId } from 'react';

/** A small set of mutually exclusive options shown side by side (a radio group). */
export function ChoiceGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-fg">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {options.map((o) => (
          <label
            key={o.value}
            className={`cursor-pointer rounded-md border px-3 py-2 text-sm font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${
              value === o.value ? 'border-accent bg-accent-soft text-fg' : 'border-line bg-surface text-fg hover:bg-surface-2'
            }`}
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
