import { useQuery, type QueryClient } from '@tanstack/react-query';
import { CATALOG_FILE, parseCatalog, type Catalog } from '../domain/catalog/catalog-schema.ts';

/** A versioned file name: a new schema is a new file, so a cached old catalog is never read as the new one. */
export const CATALOG_URL = `${import.meta.env.BASE_URL}data/${CATALOG_FILE}`;

async function fetchCatalog(): Promise<Catalog> {
  const response = await fetch(CATALOG_URL);
  if (!response.ok) throw new Error(`The model catalog could not be loaded (HTTP ${response.status} for ${CATALOG_URL}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error('The model catalog is not valid JSON.');
  }
  const parsed = parseCatalog(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.catalog;
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
