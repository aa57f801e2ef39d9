import type { ParseCatalogResult } from '../domain/catalog/catalog-schema.ts';

/** The catalog file's bytes, transferred (not copied) to the worker. */
export type ToCatalogWorker = { bytes: ArrayBuffer };
/** The validated catalog, or why it cannot be used. */
export type FromCatalogWorker = ParseCatalogResult;
