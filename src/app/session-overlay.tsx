import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keyAction } from '../features/session/session-keys.ts';
import { usePresentationStore } from '../features/session/presentation-store.ts';
import { useSessionDriver } from '../features/session/use-session-driver.ts';
import { openPresenterWindow } from '../features/session/open-presenter-window.ts';
import { ChapterListDialog } from '../features/session/chapter-list-dialog.tsx';
import { presentationMoves, useStepperEdges } from '../ui/presentation-stepper.ts';

const BASE = 'inline-flex min-h-10 items-center justify-center rounded-md border px-2.5 text-sm font-semibold';
const BUTTON = `${BASE} border-line bg-surface text-fg hover:bg-surface-2`;
const PRIMARY = `${BASE} border-transparent bg-accent text-on-accent hover:bg-accent-strong`;
// A press that would do nothing (Back on the first step, Next on the last): still focusable, so focus
// stays on the button a clicker or keyboard user just pressed, but plainly not the way on.
const SPENT = `${BASE} cursor-default border-line bg-surface text-muted`;

function moveProps(can: boolean, className: string, title: string, spentAt: 'start' | 'end') {
  return can ? { className, title, 'aria-disabled': false } : { className: SPENT, title: `This is the ${spentAt} of the session`, 'aria-disabled': true };
}

/**
 * The guided session on top of the view: where the session is, the chapter's narration for the
 * room, and the controls a clicker also reaches. The view underneath stays fully usable.
 */
export default function SessionOverlay() {
  const controls = useSessionDriver();
  const session = usePresentationStore((s) => s.session);
  const index = usePresentationStore((s) => s.index);
  const blanked = usePresentationStore((s) => s.blanked);
  const narrationHidden = usePresentationStore((s) => s.narrationHidden);
  const viewSteps = usePresentationStore((s) => s.viewSteps);
  const setNarrationHidden = usePresentationStore((s) => s.setNarrationHidden);
  const [listOpen, setListOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const edges = useStepperEdges();

  // Clicker and keyboard: handled before any view sees the key, so a view's own shortcuts for the
  // same keys (the journey's arrows) do not also fire.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (listOpen) return; // the chapter list is a dialog with its own keys
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      switch (action) {
        case 'next':
          return controls.next();
        case 'prev':
          return controls.prev();
        case 'blank':
          return controls.toggleBlank();
        case 'fullscreen':
          return controls.toggleFullscreen();
        case 'list':
          return setListOpen(true);
        case 'leave':
          if (usePresentationStore.getState().blanked) return usePresentationStore.getState().setBlanked(false);
          return controls.end();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [controls, listOpen]);

  // The page keeps room below the view for the panel, so nothing of the view hides behind it.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!el) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--session-panel-height', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--session-panel-height');
    };
  }, []);

  if (!session) return null;
  const chapter = session.chapters[index]!;
  const count = session.chapters.length;
  const progress = ((index + 1) / count) * 100;
  // While the screen is blanked either press shows it again.
  const moves = presentationMoves(index, count, edges);
  const canBack = blanked || moves.canBack;
  const canNext = blanked || moves.canNext;

  return (
    <>
      <div
        ref={panel}
        role="region"
        aria-label="Guided session"
        data-testid="session-overlay"
        data-view-steps={viewSteps}
        className="fixed inset-x-0 bottom-0 z-[110] border-t-2 border-accent bg-surface shadow-[0_-4px_16px_rgba(0,0,0,0.18)] print:hidden"
      >
        <div
          className="h-1.5 bg-surface-2"
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={index + 1}
          aria-valuetext={`Chapter ${index + 1} of ${count}`}
        >
          <div className="h-full bg-accent motion-safe:transition-[width]" style={{ width: `${progress}%` }} />
        </div>
        <div className="mx-auto max-w-7xl px-3 py-2 sm:px-5">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 lg:flex-nowrap">
            {/* The chapter title gets a line of its own below: beside eight buttons it was squeezed into two lines at 1024 px. */}
            <p className="min-w-0 flex-1 basis-48 truncate text-sm font-medium text-muted" data-testid="session-position">
              Chapter {index + 1} of {count} · {session.title}
            </p>
            {/* Wraps inside the screen on a phone, where Full screen and Presenter (a second window) are left out. */}
            <div className="flex min-w-0 max-w-full flex-wrap gap-1.5 lg:shrink-0" role="group" aria-label="Session controls">
              <button type="button" {...moveProps(canBack, BUTTON, 'Back (PageUp, ←)', 'start')} onClick={controls.prev} aria-keyshortcuts="PageUp ArrowLeft">
                ‹ Back
              </button>
              <button type="button" {...moveProps(canNext, PRIMARY, 'Next (PageDown, →)', 'end')} onClick={controls.next} aria-keyshortcuts="PageDown ArrowRight">
                Next ›
              </button>
              <button type="button" className={BUTTON} onClick={() => setListOpen(true)} aria-keyshortcuts="G" title="Chapters (G)">
                Chapters
              </button>
              <button type="button" className={BUTTON} onClick={controls.toggleBlank} aria-keyshortcuts="B" title="Blank the screen (B)">
                Blank
              </button>
              <button type="button" className={`${BUTTON} max-sm:hidden`} onClick={controls.toggleFullscreen} aria-keyshortcuts="F" title="Full screen (F)">
                Full screen
              </button>
              <button type="button" className={`${BUTTON} max-sm:hidden`} onClick={openPresenterWindow} title="Speaker notes, next chapter and clock in a second window">
                Presenter
              </button>
              <button type="button" className={BUTTON} aria-pressed={narrationHidden} onClick={() => setNarrationHidden(!narrationHidden)}>
                {narrationHidden ? 'Show text' : 'Hide text'}
              </button>
              <button type="button" className={BUTTON} onClick={controls.end} aria-keyshortcuts="Escape" title="Leave the session (Esc)">
                End
              </button>
            </div>
          </div>
          <p className="mt-1 text-xl font-bold leading-tight text-fg xl:text-2xl" data-testid="session-chapter-title">
            {chapter.title}
          </p>
          {!narrationHidden && chapter.narration.length > 0 ? (
            <ul
              className="mt-1 max-h-[28vh] space-y-0.5 overflow-y-auto pb-1 text-base leading-snug text-fg sm:text-lg xl:text-xl"
              data-testid="session-narration"
              aria-label="Narration"
              tabIndex={0}
            >
              {chapter.narration.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {`Chapter ${index + 1} of ${count}: ${chapter.title}${blanked ? '. Screen blanked.' : ''}`}
      </p>
      {blanked ? (
        <button
          type="button"
          className="fixed inset-0 z-[120] h-full w-full cursor-default bg-black"
          aria-label="Screen blanked. Press B or click to show it again."
          data-testid="session-blank"
          onClick={controls.toggleBlank}
        />
      ) : null}
      {listOpen ? (
        <ChapterListDialog
          session={session}
          current={index}
          onPick={(i) => {
            setListOpen(false);
            controls.goTo(i);
          }}
          onClose={() => setListOpen(false)}
        />
      ) : null}
    </>
  );
}
