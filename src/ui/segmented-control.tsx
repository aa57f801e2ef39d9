import { useId } from 'react';

/** A small radio group drawn as a segmented control; arrow keys move between options natively. */
export function Segmented<T extends string>({
  legend,
  value,
  options,
  onChange,
  hideLegend = false,
}: {
  legend: string;
  hideLegend?: boolean;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className={hideLegend ? 'sr-only' : 'text-sm font-medium text-fg'}>{legend}</legend>
      <div className={`${hideLegend ? '' : 'mt-1 '}inline-flex flex-wrap rounded-md border border-line bg-surface-2 p-0.5`}>
        {options.map((o) => (
          <label
            key={o.value}
            className={`relative cursor-pointer rounded px-3 py-1.5 text-sm font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${
              value === o.value ? 'bg-accent text-on-accent' : 'text-fg hover:bg-surface'
            }`}
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="absolute inset-0 m-0 cursor-pointer opacity-0" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
