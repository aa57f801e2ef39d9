import { TRAINING_PRESETS, findTrainingPreset } from '../../domain/sim-view/training-presets.ts';

/** The training scenarios, each with what to watch; choosing one replaces every setting. */
export function PresetPicker({ current, onPick }: { current: string; onPick: (id: string) => void }) {
  const preset = findTrainingPreset(current);
  return (
    <section aria-labelledby="presets-title" className="mb-4">
      <h2 id="presets-title" className="sr-only">
        Presets for training
      </h2>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Presets">
        {TRAINING_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={p.id === current}
            onClick={() => onPick(p.id)}
            className={`rounded-full border px-3 py-1.5 text-sm font-medium ${
              p.id === current ? 'border-accent bg-accent text-on-accent' : 'border-line bg-surface text-fg hover:bg-surface-2'
            }`}
          >
            {p.name}
          </button>
        ))}
      </div>
      {preset ? (
        <div className="mt-3 rounded-xl border border-accent/40 bg-accent-soft/40 px-4 py-3" data-testid="preset-explanation">
          <p className="text-[15px] leading-relaxed text-fg">
            <span className="font-semibold">What to watch. </span>
            {preset.explanation}
          </p>
          {preset.assumptions.length > 0 ? (
            <ul className="mt-2 space-y-0.5 text-xs text-muted">
              {preset.assumptions.map((a) => (
                <li key={a}>
                  <span className="mr-1 inline-block rounded border border-warn bg-warn-soft px-1 text-[10px] font-semibold uppercase tracking-wide text-warn">assumption</span>
                  {a}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
