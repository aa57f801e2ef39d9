import { useEffect, useRef, useSyncExternalStore } from 'react';

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
  /** Where the view stands among its steps, so the controls can show when a press would do nothing. */
  edges?: () => StepperEdges;
};

export type StepperEdges = { atStart: boolean; atEnd: boolean };

let active: Stepper | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function registerStepper(stepper: Stepper): () => void {
  active = stepper;
  changed();
  return () => {
    if (active === stepper) {
      active = null;
      changed();
    }
  };
}

/** A view with steps calls this when its step changes by any means (its own buttons too). */
export function stepperMoved(): void {
  changed();
}

export function subscribeStepper(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The registered view's position among its steps; a view without steps is at both ends. */
export function stepperEdges(): StepperEdges {
  return active?.edges?.() ?? { atStart: true, atEnd: true };
}

/**
 * Whether Back and Next would do anything in a presentation at chapter `index` of `count`: they step
 * inside the view while it has steps that way, else move a chapter while there is one.
 */
export function presentationMoves(index: number, count: number, edges: StepperEdges): { canBack: boolean; canNext: boolean } {
  return { canBack: index > 0 || !edges.atStart, canNext: index < count - 1 || !edges.atEnd };
}

const edgesKey = () => {
  const e = stepperEdges();
  return `${e.atStart ? 1 : 0}${e.atEnd ? 1 : 0}`;
};

/** stepperEdges(), re-rendering the caller when a view registers, leaves or moves a step. */
export function useStepperEdges(): StepperEdges {
  const key = useSyncExternalStore(subscribeStepper, edgesKey, () => '11');
  return { atStart: key[0] === '1', atEnd: key[1] === '1' };
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

/**
 * Registers the latest stepper for as long as the calling component is mounted; `step` is the view's
 * current step, whose every change is announced to the controls.
 */
export function useRegisterStepper(stepper: Stepper, step: number): void {
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
        edges: () => latest.current.edges?.() ?? { atStart: false, atEnd: false },
      }),
    [],
  );
  useEffect(() => stepperMoved(), [step]);
}
