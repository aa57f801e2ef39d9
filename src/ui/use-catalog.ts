import { useQuery, type QueryClient } from '@tanstack/react-query';
import { CATALOG_FILE } from '../domain/catalog/catalog-file.ts';
import type { Catalog, ParseCatalogResult } from '../domain/catalog/catalog-schema.ts';
import type { FromCatalogWorker, ToCatalogWorker } from '../workers/catalog-protocol.ts';

/** A versioned file name: a new schema is a new file, so a cached old catalog is never read as the new one. */
export const CATALOG_URL = `${import.meta.env.BASE_URL}data/${CATALOG_FILE}`;

/** Validation on the page's thread: where workers are unavailable, or the worker could not start. */
async function validateHere(bytes: ArrayBuffer): Promise<ParseCatalogResult> {
  const { parseCatalogText } = await import('../domain/catalog/catalog-schema.ts');
  return parseCatalogText(new TextDecoder().decode(bytes));
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('../workers/catalog-worker.ts', import.meta.url), { type: 'module', name: 'catalog' });
  } catch {
    return null;
  }
}

/** The schema check runs in a worker (src/workers/catalog-worker.ts), so it never blocks the page. */
function validate(worker: Worker | null, bytes: ArrayBuffer): Promise<ParseCatalogResult> {
  if (!worker) return validateHere(bytes);
  // The worker takes the buffer; the fallback needs its own copy.
  const copy = bytes.slice(0);
  return new Promise<ParseCatalogResult>((resolve) => {
    const done = (result: Promise<ParseCatalogResult> | ParseCatalogResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<FromCatalogWorker>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done(validateHere(copy));
    };
    worker.onmessageerror = () => done(validateHere(copy));
    const message: ToCatalogWorker = { bytes };
    worker.postMessage(message, [bytes]);
  });
}

async function fetchCatalog(): Promise<Catalog> {
  // The worker's code loads while the file downloads.
  const worker = startWorker();
  try {
    const response = await fetch(CATALOG_URL);
    if (!response.ok) throw new Error(`The model catalog could not be loaded (HTTP ${response.status} for ${CATALOG_URL}).`);
    const parsed = await validate(worker, await response.arrayBuffer());
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.catalog;
  } finally {
    worker?.terminate();
  }
}

const catalogQuery = { queryKey: ['catalog', CATALOG_URL], queryFn: fetchCatalog };

export function useCatalog() {
  return useQuery(catalogQuery);
}

/**
 * Starts loading the catalog into the cache (never rejects: a failure is left for useCatalog to show).
 * The app calls it beside a route's code, so the view's first render already has its data.
 */
export function prefetchCatalog(client: QueryClient): Promise<void> {
  return client.prefetchQuery(catalogQuery);
}
