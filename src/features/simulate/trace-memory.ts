import { createStore, get, set, type UseStore } from 'idb-keyval';
import { useEffect, useState } from 'react';
import { traceFingerprint } from '../../domain/sim/trace-fingerprint.ts';

/**
 * Uploaded traces stay in this browser: in memory for this tab and in IndexedDB across visits, by
 * fingerprint. The link names a trace (12 hex digits), never carries it, so a 200,000-line trace never
 * makes a link a server refuses. A link opened elsewhere needs the same file uploaded again.
 */
const cache = new Map<string, string>();
let store: UseStore | null = null;

function idb(): UseStore | null {
  if (store) return store;
  try {
    if (typeof indexedDB === 'undefined') return null;
    store = createStore('bedrock-explorer-traces', 'traces');
    return store;
  } catch {
    return null;
  }
}

/** Keeps the trace (memory now, IndexedDB when it can) and returns its fingerprint for the link. */
export function rememberTrace(csv: string): string {
  const fp = traceFingerprint(csv);
  cache.set(fp, csv);
  const s = idb();
  // Private browsing may refuse storage: the trace then lasts as long as the tab.
  if (s) set(fp, csv, s).catch(() => undefined);
  return fp;
}

/** The trace text for a fingerprint, if this tab has it (see useStoredTrace for the stored copy). */
export function recallTrace(fingerprint: string): string | undefined {
  return fingerprint === '' ? undefined : cache.get(fingerprint);
}

export type StoredTrace = { status: 'none' | 'loading' | 'ready' | 'missing' };

/**
 * Brings a trace named by the link back from IndexedDB into memory (a reload, or a link opened again in
 * this browser). "missing": this browser never saw the file; the page asks for it.
 */
export function useStoredTrace(fingerprint: string): StoredTrace {
  const [loaded, setLoaded] = useState<{ fp: string; found: boolean } | null>(null);
  const known = fingerprint === '' || cache.has(fingerprint);
  useEffect(() => {
    if (known) return;
    let live = true;
    const s = idb();
    const done = (found: boolean) => live && setLoaded({ fp: fingerprint, found });
    if (!s) done(false);
    else
      get<unknown>(fingerprint, s)
        .then((text) => {
          // Stored data is checked like any upload: it must be text with this very fingerprint.
          if (typeof text === 'string' && traceFingerprint(text) === fingerprint) {
            cache.set(fingerprint, text);
            done(true);
          } else done(false);
        })
        .catch(() => done(false));
    return () => {
      live = false;
    };
  }, [fingerprint, known]);
  if (fingerprint === '') return { status: 'none' };
  if (known) return { status: 'ready' };
  if (loaded?.fp === fingerprint) return { status: loaded.found ? 'ready' : 'missing' };
  return { status: 'loading' };
}
