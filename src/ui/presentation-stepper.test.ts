import { describe, expect, it, vi } from 'vitest';
import { presentationMoves, registerStepper, stepForward, stepperEdges, stepperMoved, subscribeStepper } from './presentation-stepper.ts';

describe('presentationMoves', () => {
  const noSteps = { atStart: true, atEnd: true };
  it('moves a chapter while there is one, and nothing past either end of a view without steps', () => {
    expect(presentationMoves(0, 3, noSteps)).toEqual({ canBack: false, canNext: true });
    expect(presentationMoves(1, 3, noSteps)).toEqual({ canBack: true, canNext: true });
    expect(presentationMoves(2, 3, noSteps)).toEqual({ canBack: true, canNext: false });
    expect(presentationMoves(0, 1, noSteps)).toEqual({ canBack: false, canNext: false });
  });
  it('keeps going while the view has steps that way, on the first and the last chapter', () => {
    expect(presentationMoves(0, 3, { atStart: false, atEnd: true })).toEqual({ canBack: true, canNext: true });
    expect(presentationMoves(2, 3, { atStart: true, atEnd: false })).toEqual({ canBack: true, canNext: true });
    expect(presentationMoves(2, 3, { atStart: false, atEnd: true })).toEqual({ canBack: true, canNext: false });
  });
});

describe('the stepper registry', () => {
  it('tells subscribers when a view registers, moves a step and leaves, and reports its edges', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeStepper(listener);
    expect(stepperEdges()).toEqual({ atStart: true, atEnd: true });

    let step = 0;
    const unregister = registerStepper({
      next: () => (step < 2 ? (step++, true) : false),
      prev: () => (step > 0 ? (step--, true) : false),
      edges: () => ({ atStart: step === 0, atEnd: step === 2 }),
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(stepperEdges()).toEqual({ atStart: true, atEnd: false });

    expect(stepForward()).toBe(true);
    expect(stepForward()).toBe(true);
    stepperMoved();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(stepperEdges()).toEqual({ atStart: false, atEnd: true });
    expect(stepForward()).toBe(false);

    unregister();
    expect(listener).toHaveBeenCalledTimes(3);
    expect(stepperEdges()).toEqual({ atStart: true, atEnd: true });
    unsubscribe();
    registerStepper({ next: () => false, prev: () => false })();
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
