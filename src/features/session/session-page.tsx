import { useEffect, useMemo, useRef } from 'react';
import { useLocation } from 'react-router';
import { DEFAULT_SESSION } from '../../domain/session/default-session.ts';
import { chapterNumberFrom, decodeSessionHash } from '../../domain/session/session-codec.ts';
import { Button } from '../../ui/button.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { VIEW_HEADINGS } from '../../ui/view-headings.tsx';
import { useDraftStore } from './draft-store.ts';
import { SessionCard } from './session-card.tsx';
import { SessionEditor } from './session-editor.tsx';
import { useStartSession } from './use-start-session.ts';

/**
 * The session library and editor. `/session?c=7` opens the built-in session at chapter 7;
 * `/session?c=7#s=…` a session carried in the link (the fragment never reaches a server).
 */
export default function SessionPage() {
  const location = useLocation();
  const start = useStartSession();
  const setDraft = useDraftStore((s) => s.setDraft);
  const draft = useDraftStore((s) => s.draft);

  const fromLink = useMemo(() => decodeSessionHash(location.hash), [location.hash]);
  const linkSession = fromLink?.ok ? fromLink.session : null;
  const shown = linkSession ?? DEFAULT_SESSION;
  const chapter = chapterNumberFrom(location.search, shown.chapters.length);
  const unknownKeys = [...new URLSearchParams(location.search).keys()].filter((k) => k !== 'c');
  const opening = chapter.value !== null && (fromLink === null || fromLink.ok);

  const started = useRef(false);
  useEffect(() => {
    if (!opening || started.current) return;
    started.current = true;
    start(shown, linkSession === null, chapter.value! - 1);
  }, [opening, shown, linkSession, chapter.value, start]);

  if (opening) {
    return (
      <p role="status" className="p-10 text-center text-muted">
        Opening chapter {chapter.value}…
      </p>
    );
  }

  const ignored = [
    ...(fromLink && !fromLink.ok ? [fromLink.error] : []),
    ...(chapter.ignored ? [chapter.ignored] : []),
    ...unknownKeys.map((k) => `${k.slice(0, 40)}: unknown parameter`),
  ];

  return (
    <div className="space-y-6">
      <PageHeader {...VIEW_HEADINGS['/session']} />
      {ignored.length > 0 ? (
        <div role="status" className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg">
          <p className="font-semibold">Some of this link was ignored:</p>
          <ul className="mt-1 list-disc pl-5" data-testid="ignored-params">
            {ignored.map((text) => (
              <li key={text} className="[overflow-wrap:anywhere]">
                {text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {linkSession ? (
        <SessionCard
          session={linkSession}
          isDefault={false}
          label="Session from the link"
          testId="link-session"
          actions={<Button onClick={() => setDraft(linkSession)}>{draft ? 'Replace your session with it' : 'Keep it as your session'}</Button>}
        />
      ) : null}
      <SessionCard session={DEFAULT_SESSION} isDefault label="Built-in session" testId="default-session" />
      <SessionEditor />
    </div>
  );
}
