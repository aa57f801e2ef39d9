import type { Visibility } from '../../domain/journey/trace-types.ts';

const TONES: Record<Visibility['level'], string> = {
  plaintext: 'border-chart-4 bg-surface text-fg',
  encrypted: 'border-ok bg-surface text-fg',
  'in-memory': 'border-warn bg-warn-soft text-fg',
  'not-read': 'border-ok bg-surface text-fg',
  stored: 'border-danger bg-danger-soft text-fg',
};

/** Simple stroked icons (no emoji: projector machines often lack an emoji font). */
function Icon({ level }: { level: Visibility['level'] }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.2, strokeLinecap: 'round' as const, strokeLinejoin: 'round' as const };
  return (
    <svg viewBox="0 0 24 24" className="h-[1.2em] w-[1.2em] shrink-0" aria-hidden="true">
      {level === 'plaintext' ? (
        <>
          <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" {...common} />
          <circle cx="12" cy="12" r="3" {...common} />
        </>
      ) : level === 'stored' ? (
        <>
          <ellipse cx="12" cy="5" rx="8" ry="3" {...common} />
          <path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" {...common} />
        </>
      ) : level === 'in-memory' ? (
        <>
          <rect x="5" y="5" width="14" height="14" rx="2" {...common} />
          <path d="M9 1v4M15 1v4M9 19v4M15 19v4M1 9h4M1 15h4M19 9h4M19 15h4" {...common} />
        </>
      ) : (
        <>
          <rect x="4" y="11" width="16" height="11" rx="2" {...common} />
          <path d="M8 11V7a4 4 0 0 1 8 0v4" {...common} />
        </>
      )}
    </svg>
  );
}

/** Who can read the prompt at this stage, as a large badge. */
export function VisibilityBadge({ visibility, large = false }: { visibility: Visibility; large?: boolean }) {
  return (
    <p
      data-testid="visibility-badge"
      className={`inline-flex items-center gap-2 rounded-lg border-2 px-3 py-1 font-semibold ${TONES[visibility.level]} ${large ? 'text-2xl' : 'text-base'}`}
    >
      <Icon level={visibility.level} />
      <span>
        <span className="sr-only">Who can read the prompt here: </span>
        {visibility.badge}
      </span>
    </p>
  );
}
