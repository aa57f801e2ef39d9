import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { isSessionView } from '../domain/session/session-views.ts';

// The session's validator and store load on the first click, not with the page: every view shows
// this button, and few visits use it.
const loadSession = () => Promise.all([import('../domain/session/session-edit.ts'), import('../features/session/draft-store.ts')]);

/**
 * "Add to session" on every view: the view on screen, with its whole scenario (its link query),
 * becomes the next chapter of the trainer's own session.
 */
export function AddToSessionButton() {
  const location = useLocation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), 8000);
    return () => window.clearTimeout(timer);
  }, [message]);
  if (!isSessionView(location.pathname)) return null;

  const add = async () => {
    const heading = document.querySelector('main h1')?.textContent?.trim();
    const { pathname, search } = location;
    const [{ addChapter, chapterFromLocation }, { NEW_SESSION_TITLE, useDraftStore }] = await loadSession();
    const made = chapterFromLocation(pathname, search, (heading || 'Chapter').slice(0, 120));
    if (!made.ok) return setMessage({ ok: false, text: `Not added: ${made.reason}.` });
    const { draft, setDraft } = useDraftStore.getState();
    const added = addChapter(draft ?? { title: NEW_SESSION_TITLE, chapters: [] }, made.chapter);
    if (!added.ok) return setMessage({ ok: false, text: `Not added: ${added.reason}` });
    setDraft(added.session);
    setMessage({ ok: true, text: `Added as chapter ${added.index + 1} of “${added.session.title}”.` });
  };

  return (
    <div className="relative">
      <button
        type="button"
        onClick={() => void add().catch(() => setMessage({ ok: false, text: 'Not added: the session code could not be loaded; try again.' }))}
        // Fetched as the pointer or focus arrives, so the click itself rarely waits for it.
        onPointerEnter={() => void loadSession().catch(() => undefined)}
        onFocus={() => void loadSession().catch(() => undefined)}
        className="inline-flex min-h-10 min-w-10 items-center justify-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-sm font-semibold text-fg hover:bg-surface-2"
        title="Add this view, as it is set now, as a chapter of your session"
      >
        <span aria-hidden="true" className="text-lg leading-none">
          +
        </span>
        {/* Below 1280 px the header has room for the sign only; the name stays for screen readers. */}
        <span className="sr-only xl:not-sr-only">Add to session</span>
      </button>
      <div role="status" className="absolute right-0 top-full z-50 mt-2 w-72">
        {message ? (
          <p className={`rounded-lg border p-3 text-sm text-fg shadow-lg ${message.ok ? 'border-accent bg-surface' : 'border-danger bg-danger-soft'}`} data-testid="add-to-session-message">
            {message.text}{' '}
            {message.ok ? (
              <Link to="/session" className="font-semibold text-accent-strong underline">
                Edit your session
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
