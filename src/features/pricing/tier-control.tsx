import { useId } from 'react';
import type { ServiceTier } from './pricing-params.ts';
import type { TierOption } from './pricing-model.ts';

/** "Service tier": Standard, Priority, Flex; a tier the model lacks is disabled and says why. */
export function TierControl({ value, options, onChange }: { value: ServiceTier; options: TierOption[]; onChange: (tier: ServiceTier) => void }) {
  const name = useId();
  const reasons = options.filter((o) => !o.enabled && o.reason);
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-fg">Service tier</legend>
      <div className="mt-1 inline-flex flex-wrap rounded-md border border-line bg-surface-2 p-0.5">
        {options.map((o) => (
          <label
            key={o.tier}
            className={`relative rounded px-3 py-1.5 text-sm font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${
              !o.enabled ? 'cursor-not-allowed text-muted line-through decoration-1' : value === o.tier ? 'cursor-pointer bg-accent text-on-accent' : 'cursor-pointer text-fg hover:bg-surface'
            }`}
          >
            <input
              type="radio"
              name={name}
              value={o.tier}
              checked={value === o.tier}
              disabled={!o.enabled}
              aria-describedby={!o.enabled ? `${name}-${o.tier}` : undefined}
              onChange={() => onChange(o.tier)}
              className="absolute inset-0 m-0 cursor-pointer opacity-0 disabled:cursor-not-allowed"
            />
            {o.label}
          </label>
        ))}
      </div>
      {reasons.length ? (
        <ul className="mt-1 space-y-0.5 text-xs text-muted">
          {reasons.map((o) => (
            <li key={o.tier} id={`${name}-${o.tier}`}>
              {o.label}: {o.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-xs text-muted">Priority costs more for faster service; Flex costs less and may wait.</p>
      )}
    </fieldset>
  );
}
