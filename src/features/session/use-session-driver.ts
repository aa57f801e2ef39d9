import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { chapterHref } from '../../domain/session/session-format.ts';
import { hasStepper, jumpStepper, presentationMoves, stepBack, stepForward, stepperEdges, subscribeStepper } from '../../ui/presentation-stepper.ts';
import { highlightTarget } from './highlight-target.ts';
import { openChannel } from './session-channel.ts';
import { usePresentationStore, type Arrival } from './presentation-store.ts';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export type SessionControls = {
  next: () => void;
  prev: () => void;
  goTo: (index: number) => void;
  toggleBlank: () => void;
  toggleFullscreen: () => void;
  end: () => void;
};

/**
 * Drives the views during a session, in the projected window: steps inside a view that has steps,
 * else moves a chapter; mounts each chapter's view afresh at its link; points at its target; and
 * follows the presenter window's commands while telling it what the room sees.
 */
export function useSessionDriver(): SessionControls {
  const navigate = useNavigate();
  const location = useLocation();

  const arrive = useCallback(
    (index: number, arrival: Arrival) => {
      const s = usePresentationStore.getState();
      const chapter = s.session?.chapters[index];
      if (!chapter) return;
      s.arrive(index, arrival);
      void navigate(chapterHref(chapter), { replace: true });
    },
    [navigate],
  );

  const controls = useMemo<SessionControls>(
    () => ({
      next: () => {
        const s = usePresentationStore.getState();
        if (!s.session) return;
        if (s.blanked) return s.setBlanked(false);
        if (stepForward()) return s.countViewStep();
        if (s.index < s.session.chapters.length - 1) arrive(s.index + 1, 'forward');
      },
      prev: () => {
        const s = usePresentationStore.getState();
        if (!s.session) return;
        if (s.blanked) return s.setBlanked(false);
        if (stepBack()) return s.countViewStep();
        if (s.index > 0) arrive(s.index - 1, 'backward');
      },
      goTo: (index) => arrive(index, 'jump'),
      toggleBlank: () => {
        const s = usePresentationStore.getState();
        s.setBlanked(!s.blanked);
      },
      toggleFullscreen: () => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else if (document.fullscreenEnabled) void document.documentElement.requestFullscreen().catch(() => undefined);
      },
      end: () => usePresentationStore.getState().end(),
    }),
    [arrive],
  );

  // On arrival at a chapter (once the router shows its address): start at the top, enter a stepped
  // view at its last step when coming backwards, and point at the chapter's target. What arrival
  // started lives until the next chapter (or the end), not until the next render: a view rewriting
  // its own link (a simulator preset spelling out its values) must not take the highlight away.
  const visit = usePresentationStore((s) => s.visit);
  const handled = useRef(-1);
  const pointing = useRef<(() => void) | null>(null);
  useEffect(() => {
    const s = usePresentationStore.getState();
    const chapter = s.session?.chapters[s.index];
    if (!chapter || handled.current === visit) return;
    const here = location.pathname + location.search;
    if (here !== chapterHref(chapter)) return;
    handled.current = visit;
    pointing.current?.();
    window.scrollTo({ top: 0 });
    const cleanups: Array<() => void> = [];
    if (s.arrival === 'backward') cleanups.push(whenStepperRegistered(() => jumpStepper('end')));
    if (chapter.target) cleanups.push(highlightTarget(chapter.target, matchMedia(REDUCED_MOTION).matches));
    pointing.current = () => cleanups.forEach((c) => c());
  }, [visit, location.pathname, location.search]);
  useEffect(
    () => () => {
      // Unmounted (or remounted by StrictMode): stop pointing, and point again if mounted again.
      pointing.current?.();
      pointing.current = null;
      handled.current = -1;
    },
    [],
  );

  // The presenter window: carry out its commands and keep it told of the state.
  useEffect(() => {
    const channel = openChannel((message) => {
      if (message.kind === 'hello') return sendState();
      if (message.kind !== 'command') return;
      switch (message.command) {
        case 'next':
          return controls.next();
        case 'prev':
          return controls.prev();
        case 'toggle-blank':
          return controls.toggleBlank();
        case 'goto':
          return message.index !== undefined ? controls.goTo(message.index) : undefined;
        case 'reset-clock':
          return usePresentationStore.getState().resetClock();
        case 'end':
          return controls.end();
      }
    });
    const sendState = () => {
      const s = usePresentationStore.getState();
      if (!s.session) return channel.post({ kind: 'ended' });
      channel.post({
        kind: 'state',
        state: {
          session: s.session,
          isDefault: s.isDefault,
          index: s.index,
          blanked: s.blanked,
          startedAt: s.startedAt,
          ...presentationMoves(s.index, s.session.chapters.length, stepperEdges()),
        },
      });
    };
    sendState();
    const unsubscribe = usePresentationStore.subscribe((s, before) => {
      if (s.session !== before.session || s.index !== before.index || s.blanked !== before.blanked || s.startedAt !== before.startedAt) sendState();
    });
    // The journey's stages move Back and Next's reach inside a chapter.
    const unsubscribeStepper = subscribeStepper(sendState);
    return () => {
      unsubscribe();
      unsubscribeStepper();
      if (!usePresentationStore.getState().session) channel.post({ kind: 'ended' });
      channel.close();
    };
  }, [controls]);

  return controls;
}

/** Runs `fn` once the newly shown view registers a stepper; gives up after a few seconds (a view without steps). */
function whenStepperRegistered(fn: () => void, timeoutMs = 5000): () => void {
  const until = performance.now() + timeoutMs;
  let frame = 0;
  const poll = () => {
    if (hasStepper()) return fn();
    if (performance.now() < until) frame = requestAnimationFrame(poll);
  };
  poll();
  return () => cancelAnimationFrame(frame);
}
