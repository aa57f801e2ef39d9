import { Link } from 'react-router';
import type { Session } from '../../domain/session/session-schema.ts';
import { Button } from '../../ui/button.tsx';
import { chapterLink } from './session-links.ts';
import { useStartSession } from './use-start-session.ts';
import { VIEW_LABELS } from './view-labels.ts';

/** A session to present, with a link to every chapter ("send me chapter 7"). */
export function SessionCard({
  session,
  isDefault,
  label,
  actions,
  testId,
}: {
  session: Session;
  isDefault: boolean;
  label: string;
  actions?: React.ReactNode;
  testId?: string;
}) {
  const start = useStartSession();
  const base = new URL(chapterLink(isDefault ? null : session, 0));
  return (
    <section className="rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5" aria-label={`${label}: ${session.title}`} data-testid={testId}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{label}</p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-fg">{session.title}</h2>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => start(session, isDefault, 0)}>
            Present from the start
          </Button>
          {actions}
        </div>
      </div>
      <ol className="mt-3 grid gap-x-6 gap-y-1 md:grid-cols-2">
        {session.chapters.map((chapter, i) => (
          <li key={i} className="flex items-baseline gap-2">
            <span className="w-6 shrink-0 text-right tabular text-muted">{i + 1}.</span>
            {/* Title and view in one run of text, so on a phone the view wraps with the title, whole. */}
            <span className="min-w-0">
              <Link
                to={{ pathname: '/session', search: `?c=${i + 1}`, hash: base.hash }}
                className="text-accent-strong underline decoration-1 underline-offset-2 hover:decoration-2"
                title={`Present from chapter ${i + 1}`}
              >
                {chapter.title}
              </Link>{' '}
              <span className="whitespace-nowrap text-sm text-muted" data-testid="chapter-view">
                · {VIEW_LABELS[chapter.view]}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
