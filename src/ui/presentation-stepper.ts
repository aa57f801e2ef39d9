import { useEffect, useRef } from 'react';

/**
 * The contract between a view that has steps of its own (the journey's stages) and whoever drives
 * the presentation (the guided session). A view registers its stepper while it is on screen; the
 * session calls stepForward/stepBack on PageDown/PageUp and moves to the next or previous chapter
 * only when the view answers false (it was already at its last or first step).
 *
 * Views without steps register nothing: every press then moves a chapter.
 */
export type Stepper = {
  /** Go one step forward; false when already at the last step (nothing changed). */
  next: () => boolean;
  /** Go one step back; false when already at the first step (nothing changed). */
  prev: () => boolean;
  /** Jump to the first (start) or last (end) step, used when a chapter is entered backwards. */
  jumpTo?: (where: 'start' | 'end') => void;
};

let active: Stepper | null = null;

export function registerStepper(stepper: Stepper): () => void {
  active = stepper;
  return () => {
    if (active === stepper) active = null;
  };
}

export function stepForward(): boolean {
  return active ? active.next() : false;
}

export function stepBack(): boolean {
  return active ? active.prev() : false;
}

export function jumpStepper(where: 'start' | 'end'): void {
  active?.jumpTo?.(where);
}

export function hasStepper(): boolean {
  return active !== null;
}

/** Registers the latest stepper for as long as the calling component is mounted. */
export function useRegisterStepper(stepper: Stepper): void {
  const latest = useRef(stepper);
  useEffect(() => {
    latest.current = stepper;
  });
  useEffect(
    () =>
      registerStepper({
        next: () => latest.current.next(),
        prev: () => latest.current.prev(),
        jumpTo: (where) => latest.current.jumpTo?.(where),
      }),
    [],
  );
}
