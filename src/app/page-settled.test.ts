import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

/** A page in the node test environment: its load state, its load listeners and an idle callback queue. */
function fakePage(readyState: 'loading' | 'complete') {
  const loadListeners: Listener[] = [];
  const idleQueue: Listener[] = [];
  const doc = { readyState };
  const win = {
    addEventListener: (type: string, fn: Listener) => type === 'load' && loadListeners.push(fn),
    setTimeout: (fn: Listener, ms: number) => setTimeout(fn, ms),
  };
  vi.stubGlobal('document', doc);
  vi.stubGlobal('window', win);
  vi.stubGlobal('requestIdleCallback', (fn: Listener) => idleQueue.push(fn));
  return {
    load() {
      doc.readyState = 'complete';
      for (const fn of loadListeners.splice(0)) fn();
    },
    idle() {
      for (const fn of idleQueue.splice(0)) fn();
    },
  };
}

async function freshModule() {
  vi.resetModules();
  return import('./page-settled.ts');
}

describe('whenPageSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the load event, then the settle delay, then an idle moment', async () => {
    const page = fakePage('loading');
    const { whenPageSettled, SETTLE_DELAY_MS } = await freshModule();
    let done = false;
    void whenPageSettled().then(() => (done = true));

    await vi.advanceTimersByTimeAsync(SETTLE_DELAY_MS * 3);
    expect(done).toBe(false); // no load event yet

    page.load();
    await vi.advanceTimersByTimeAsync(SETTLE_DELAY_MS - 1);
    page.idle();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false); // loaded, but the delay has not passed

    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(false); // the delay has passed, the page has not been idle since
    page.idle();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('starts counting at once on a page that has already loaded, and every caller shares one wait', async () => {
    const page = fakePage('complete');
    const { whenPageSettled, SETTLE_DELAY_MS } = await freshModule();
    const first = whenPageSettled();
    expect(whenPageSettled()).toBe(first);
    let done = false;
    void first.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(SETTLE_DELAY_MS);
    page.idle();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
