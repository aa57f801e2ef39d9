import { TRAINING_PRESETS, findTrainingPreset } from '../../domain/sim-view/training-presets.ts';

/** Short labels so the seven presets fit one row at 1024 px; the full name is the accessible name. */
const SHORT: Record<string, string> = { 'provisioned-vs-on-demand': 'Provisioned vs on-demand' };

/** The training scenarios; choosing one replaces every setting. */
export function PresetButtons({ current, onPick }: { current: string; onPick: (id: string) => void }) {
  return (
    <section aria-labelledby="presets-title" className="mb-3">
      <h2 id="presets-title" className="sr-only">
        Presets for training
      </h2>
      <div className="flex flex-wrap gap-1" role="group" aria-label="Presets">
        {TRAINING_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={p.id === current}
            aria-label={SHORT[p.id] ? p.name : undefined}
            title={SHORT[p.id] ? p.name : undefined}
            onClick={() => onPick(p.id)}
            className={`rounded-full border px-2.5 py-1.5 text-[13px] font-medium ${
              p.id === current ? 'border-accent bg-accent text-on-accent' : 'border-line bg-surface text-fg hover:bg-surface-2'
            }`}
          >
            {SHORT[p.id] ?? p.name}
          </button>
        ))}
      </div>
    </section>
  );
}

/** What to watch in the chosen preset, and the numbers it had to assume. */
export function PresetExplanation({ current, className = '' }: { current: string; className?: string }) {
  const preset = findTrainingPreset(current);
  if (!preset) return null;
  return (
    <div className={`rounded-xl border border-accent/40 bg-accent-soft/40 px-3 py-2.5 ${className}`} data-testid="preset-explanation">
      <h2 className="text-sm font-semibold text-fg">{preset.name}: what to watch</h2>
      <p className="mt-1 text-sm leading-relaxed text-fg">{preset.explanation}</p>
      {preset.assumptions.length > 0 ? (
        <ul className="mt-2 space-y-1 text-xs text-muted">
          {preset.assumptions.map((a) => (
            <li key={a}>
              <span className="mr-1 inline-block rounded border border-warn bg-warn-soft px-1 text-[10px] font-semibold uppercase tracking-wide text-warn">assumption</span>
              {a}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
