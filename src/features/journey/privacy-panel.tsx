import type { PrivacyFact } from '../../domain/journey/privacy.ts';
import type { Stage } from '../../domain/journey/trace-types.ts';
import { Badge } from '../../ui/provenance.tsx';
import { VisibilityBadge } from './visibility-badge.tsx';

const TONE = { documented: 'ok', depends: 'accent', unknown: 'warn' } as const;
const WORD = { documented: 'documented', depends: 'depends on setup', unknown: 'not in the reference' } as const;

/** The privacy rule at this stage: who can read the prompt here, and the standing facts with sources. */
export function PrivacyPanel({ privacy, stage }: { privacy: readonly PrivacyFact[]; stage: Stage }) {
  return (
    <section aria-labelledby="privacy-title" className="rounded-xl border border-line bg-surface p-4" data-testid="privacy-panel" data-tour="journey-privacy">
      <h2 id="privacy-title" className="text-lg font-semibold text-fg">
        Privacy at this stage
      </h2>
      {/* The same badge sits above the diagram; a handout prints it once. */}
      <div className="mt-2" data-print="omit">
        <VisibilityBadge visibility={stage.visibility} />
      </div>
      <ul className="mt-3 space-y-2 text-sm text-fg">
        {privacy.map((f) => (
          <li key={f.id} data-privacy={f.id}>
            <Badge tone={TONE[f.status]}>{WORD[f.status]}</Badge> {f.text}
            <details className="text-xs text-muted" data-print="omit">
              <summary className="cursor-pointer">Source</summary>
              <p className="mt-1">{f.source}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
