import { useQuery } from '@tanstack/react-query';
import { parseCatalog, type Catalog } from '../domain/catalog/catalog-schema.ts';

export const CATALOG_URL = `${import.meta.env.BASE_URL}data/catalog.v1.json`;

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

export function useCatalog() {
  return useQuery({ queryKey: ['catalog', CATALOG_URL], queryFn: fetchCatalog });
}
