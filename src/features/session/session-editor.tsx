import { useEffect, useRef, useState } from 'react';
import { deleteChapter, moveChapter, renameSession, updateChapter } from '../../domain/session/session-edit.ts';
import { DEFAULT_SESSION } from '../../domain/session/default-session.ts';
import type { Session } from '../../domain/session/session-schema.ts';
import { Button } from '../../ui/button.tsx';
import { ChapterEditor } from './chapter-editor.tsx';
import { CommitField } from './commit-field.tsx';
import { useDraftStore } from './draft-store.ts';
import { LoadSessionFile, type LoadMessage } from './load-session-file.tsx';
import { SaveSession } from './save-session.tsx';
import { useStartSession } from './use-start-session.ts';

/** The trainer's own session: texts, order, save and load. */
export function SessionEditor() {
  const draft = useDraftStore((s) => s.draft);
  const setDraft = useDraftStore((s) => s.setDraft);
  const start = useStartSession();
  // After a move or delete, focus follows the chapter (its row is re-rendered at a new index).
  const focusAfterRender = useRef<string | null>(null);
  const setFocusAfterMove = (id: string) => {
    focusAfterRender.current = id;
  };
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [loadMessage, setLoadMessage] = useState<LoadMessage>(null);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const apply = (result: { ok: true; session: Session } | { ok: false; reason: string }): string | null => {
    if (!result.ok) return result.reason;
    setDraft(result.session);
    return null;
  };

  return (
    <section aria-labelledby="my-session-heading" className="space-y-4">
      <h2 id="my-session-heading" className="text-xl font-semibold text-fg">
        Your session
      </h2>
      {!draft ? (
        <div className="rounded-xl border border-dashed border-line bg-surface p-5">
          <p className="max-w-3xl text-fg">
            Build your own session: open any view, set it up as you want to show it, and press <strong>Add to session</strong> in the header. Each
            press adds that view with its whole scenario as a chapter. Or start from a copy of the session above, or load a session file.
          </p>
          <div className="mt-3 flex flex-wrap items-start gap-2">
            <Button onClick={() => setDraft({ ...DEFAULT_SESSION, title: `${DEFAULT_SESSION.title} (my copy)` })}>Start from a copy of the default session</Button>
            <LoadSessionFile onLoaded={setDraft} message={loadMessage} setMessage={setLoadMessage} />
          </div>
        </div>
      ) : (
        <>
          <div className="rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5">
            <div className="grid gap-4 lg:grid-cols-[1fr_auto]">
              <CommitField id="session-title" label="Session title" value={draft.title} onCommit={(title) => apply(renameSession(draft, title))} />
              <div className="flex flex-wrap items-end gap-2">
                <Button variant="primary" onClick={() => start(draft, false, 0)}>
                  Present your session
                </Button>
                {confirmDelete ? (
                  <>
                    <Button
                      className="text-danger"
                      onClick={() => {
                        setDraft(null);
                        setConfirmDelete(false);
                      }}
                    >
                      Yes, delete it
                    </Button>
                    <Button onClick={() => setConfirmDelete(false)}>Keep it</Button>
                  </>
                ) : (
                  <Button onClick={() => setConfirmDelete(true)}>Delete your session…</Button>
                )}
              </div>
            </div>
            <div className="mt-4 grid gap-4 lg:grid-cols-2">
              <SaveSession session={draft} />
              <div>
                <p className="mb-2 text-sm text-muted">A loaded file replaces this session; a file that is not a valid session changes nothing.</p>
                <LoadSessionFile onLoaded={setDraft} message={loadMessage} setMessage={setLoadMessage} />
              </div>
            </div>
          </div>
          <ol className="space-y-3" aria-label="Chapters of your session" data-testid="draft-chapters">
            {draft.chapters.map((chapter, i) => (
              <ChapterEditor
                key={i}
                chapter={chapter}
                index={i}
                count={draft.chapters.length}
                onChange={(patch) => apply(updateChapter(draft, i, patch))}
                onMove={(to) => {
                  setDraft(moveChapter(draft, i, to));
                  const edge = to === 0 ? 'down' : to === draft.chapters.length - 1 ? 'up' : to < i ? 'up' : 'down';
                  setFocusAfterMove(`chapter-${to}-${edge}`);
                }}
                onDelete={() => {
                  const result = deleteChapter(draft, i);
                  if (result.ok) {
                    setDraft(result.session);
                    setFocusAfterMove(`chapter-${result.index}-title`);
                  }
                }}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
