import { useStore } from 'zustand';
import type { InvalidField } from './simulate-model.ts';
import { simStore } from './sim-store.ts';

/** Which settings stop the run, each with a button that opens its section and focuses it. */
export function InvalidSettings({ fields, onShow }: { fields: InvalidField[]; onShow: (key: string) => void }) {
  const hasResults = useStore(simStore, (s) => s.frames !== null);
  return (
    <div role="status" className="mb-3 rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-fg" data-testid="settings-invalid">
      <p className="font-semibold">
        {fields.length === 1 ? 'One setting stops the run' : `${fields.length} settings stop the run`}
        {hasResults ? '; the results below are from the last valid settings.' : '.'}
      </p>
      <ul className="mt-1 space-y-1">
        {fields.map((f) => (
          <li key={f.key} className="flex flex-wrap items-baseline gap-x-2">
            <span>
              <span className="font-semibold">{f.label}:</span> {f.message}
            </span>
            <button type="button" className="rounded px-1 font-medium underline" onClick={() => onShow(f.key)}>
              Show {f.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
