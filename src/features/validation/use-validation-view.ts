import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { validationInputsSteps, validationViewSteps, type ValidationInputs, type ValidationView } from './validation-model.ts';
import type { PartFilter } from './validation-params.ts';

/**
 * Time the page's thread spends on the figures before it lets the browser paint and handle input.
 * Under a 4× slower CPU a slice stays well under the 50 ms that makes a task "long".
 */
const SLICE_MS = 8;

/** Shared by every filter and every visit: computed once per page load. */
let inputs: ValidationInputs | null = null;

function* viewSteps(part: PartFilter): Generator<void, ValidationView, void> {
  if (!inputs) inputs = yield* validationInputsSteps();
  return yield* validationViewSteps(part, inputs);
}

/**
 * The view for `part`, computed a slice per task after the first paint (null until then; the
 * previous filter's view while a new one is computed). A print started meanwhile finishes the
 * computation at once, so the handout always has every figure.
 */
export function useValidationView(part: PartFilter): ValidationView | null {
  const [view, setView] = useState<ValidationView | null>(null);
  useEffect(() => {
    const steps = viewSteps(part);
    let frame = 0;
    let timer = 0;
    let done = false;
    const finish = (v: ValidationView) => {
      done = true;
      window.removeEventListener('beforeprint', onPrint);
      setView(v);
    };
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      for (;;) {
        const s = steps.next();
        if (s.done) return finish(s.value);
        if (performance.now() >= end) break;
      }
      timer = window.setTimeout(slice, 0);
    };
    function onPrint() {
      if (done) return;
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
      let s = steps.next();
      while (!s.done) s = steps.next();
      const v = s.value;
      flushSync(() => finish(v));
    }
    window.addEventListener('beforeprint', onPrint);
    // A frame first: what is already on the page is painted before the figures are computed.
    frame = requestAnimationFrame(() => {
      timer = window.setTimeout(slice, 0);
    });
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [part]);
  return view;
}
