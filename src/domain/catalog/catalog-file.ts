/**
 * The catalog's schema version and file name, apart from the schema itself so the page can name the
 * file without loading the validator (the check runs in a worker: src/workers/catalog-worker.ts).
 */
export const CATALOG_SCHEMA_VERSION = 2;
export const CATALOG_FILE = `catalog.v${CATALOG_SCHEMA_VERSION}.json`;
