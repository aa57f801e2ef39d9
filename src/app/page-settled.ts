import { useEffect, useState } from 'react';

/**
 * How long after the load event the page waits before starting work nobody is waiting for. Long
 * enough for a view's own code, catalog and first render to be done on a mid-range phone, where the
 * load event comes before the view's data has arrived; short enough that a visitor who reads the
 * first screen is ready for offline use before they leave.
 */
export const SETTLE_DELAY_MS = 2000;

let settled: Promise<void> | null = null;

function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else window.setTimeout(resolve, 0);
  });
}

/**
 * Resolves once the page has loaded, waited SETTLE_DELAY_MS and found an idle moment. The service
 * worker's precache (about 7 MB) and the QR encoder's code start then: begun at the load event, they
 * took the network and the main thread from the view's catalog and first render (on /break-even the
 * verdict painted ~170 ms later in Lighthouse's simulated phone, and blocking time rose ~60 ms).
 */
export function whenPageSettled(): Promise<void> {
  settled ??= afterLoad()
    .then(() => new Promise<void>((resolve) => window.setTimeout(resolve, SETTLE_DELAY_MS)))
    .then(idle);
  return settled;
}

/** False until whenPageSettled() has resolved. */
export function usePageSettled(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void whenPageSettled().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}
