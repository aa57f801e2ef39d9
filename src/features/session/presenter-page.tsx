import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../domain/session/format-clock.ts';
import { ChapterListDialog } from './chapter-list-dialog.tsx';
import { openChannel, type Command, type ProjectedState } from './session-channel.ts';
import { keyAction } from './session-keys.ts';

const BASE = 'inline-flex min-h-12 items-center justify-center rounded-lg border px-4 text-base font-semibold';
const BUTTON = `${BASE} border-line bg-surface text-fg hover:bg-surface-2`;
// Its own colours, not BUTTON's with more classes on top: two background utilities on one element
// resolve by stylesheet order, which left "Next" as dark text on the dark surface in dark mode.
const PRIMARY = `${BASE} border-transparent bg-accent text-on-accent hover:bg-accent-strong`;
// A press that would do nothing in the projected window: focusable still, plainly not the way on.
const SPENT = `${BASE} cursor-default border-line bg-surface text-muted`;

/**
 * The presenter window: speaker notes, the next chapter's title, an elapsed-time clock and the same
 * controls as the projected window, which follows it over a BroadcastChannel (no server).
 */
export default function PresenterPage() {
  const [state, setState] = useState<ProjectedState | null>(null);
  const [waited, setWaited] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const send = useRef<(command: Command, index?: number) => void>(() => undefined);

  useEffect(() => {
    const channel = openChannel((message) => {
      if (message.kind === 'state') setState(message.state);
      if (message.kind === 'ended') setState(null);
    });
    send.current = (command, index) => channel.post({ kind: 'command', command, ...(index === undefined ? {} : { index }) });
    channel.post({ kind: 'hello' });
    const timer = window.setTimeout(() => setWaited(true), 1500);
    return () => {
      window.clearTimeout(timer);
      channel.close();
    };
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  // The clicker may be paired with this window: the same keys drive the projected one.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (listOpen) return;
      const action = keyAction(event);
      if (!action || action === 'leave') return;
      event.preventDefault();
      if (action === 'next') send.current('next');
      else if (action === 'prev') send.current('prev');
      else if (action === 'blank') send.current('toggle-blank');
      else if (action === 'list') setListOpen(true);
      else if (action === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [listOpen]);

  useEffect(() => {
    document.title = state ? `Presenter · ${state.session.chapters[state.index]!.title}` : 'Presenter · Bedrock Explorer';
  }, [state]);

  if (!state) {
    return (
      <main className="mx-auto max-w-2xl p-8 text-center" data-testid="presenter-waiting">
        <h1 className="text-2xl font-bold text-fg">Presenter view</h1>
        <p className="mt-3 text-lg text-muted" role="status">
          {waited
            ? 'No session is being presented in another window of this browser. Start one on the Session page (Present), then this window follows it.'
            : 'Looking for the presented session…'}
        </p>
      </main>
    );
  }

  const { session, index, blanked } = state;
  const canBack = blanked || state.canBack;
  const canNext = blanked || state.canNext;
  const chapter = session.chapters[index]!;
  const next = session.chapters[index + 1];
  return (
    <main className="flex min-h-screen flex-col gap-4 p-4 sm:p-6" data-testid="presenter">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-muted" data-testid="presenter-position">
            Chapter {index + 1} of {session.chapters.length} · {session.title}
          </p>
          <h1 className="text-2xl font-bold text-fg sm:text-3xl" data-testid="presenter-title">
            {chapter.title}
          </h1>
        </div>
        <div className="text-right">
          <p className="text-sm font-medium text-muted">Elapsed</p>
          <p className="tabular text-4xl font-bold text-fg" data-testid="presenter-clock" aria-live="off">
            {formatClock(now - state.startedAt)}
          </p>
          <button type="button" className="text-sm text-accent-strong underline" onClick={() => send.current('reset-clock')}>
            Restart the clock
          </button>
        </div>
      </header>

      <div className="grid flex-1 gap-4 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="notes-heading" className="rounded-xl border border-line bg-surface p-4">
          <h2 id="notes-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
            Speaker notes
          </h2>
          <p className="mt-2 whitespace-pre-line text-xl leading-relaxed text-fg" data-testid="presenter-notes">
            {chapter.notes || 'No notes for this chapter.'}
          </p>
        </section>
        <div className="space-y-4">
          <section aria-labelledby="next-heading" className="rounded-xl border border-line bg-surface p-4">
            <h2 id="next-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
              Next chapter
            </h2>
            <p className="mt-1 text-xl font-semibold text-fg" data-testid="presenter-next">
              {next ? next.title : 'This is the last chapter.'}
            </p>
          </section>
          <section aria-labelledby="room-heading" className="rounded-xl border border-line bg-surface p-4">
            <h2 id="room-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
              The room reads
            </h2>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-base text-fg">
              {chapter.narration.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        </div>
      </div>

      <div className="flex flex-wrap gap-2" role="group" aria-label="Session controls">
        <button type="button" className={canBack ? BUTTON : SPENT} aria-disabled={!canBack} onClick={() => send.current('prev')}>
          ‹ Back
        </button>
        <button type="button" className={canNext ? PRIMARY : SPENT} aria-disabled={!canNext} onClick={() => send.current('next')}>
          Next ›
        </button>
        <button type="button" className={BUTTON} onClick={() => setListOpen(true)}>
          Chapters
        </button>
        <button type="button" className={BUTTON} aria-pressed={blanked} onClick={() => send.current('toggle-blank')}>
          {blanked ? 'Show the screen' : 'Blank the screen'}
        </button>
        <button type="button" className={BUTTON} onClick={() => send.current('end')}>
          End the session
        </button>
      </div>
      {listOpen ? (
        <ChapterListDialog
          session={session}
          current={index}
          onPick={(i) => {
            setListOpen(false);
            send.current('goto', i);
          }}
          onClose={() => setListOpen(false)}
        />
      ) : null}
    </main>
  );
}
