/** The catalog as the command line reads it: public/data/catalog.v2.json, the file the web app loads. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findModel } from '../domain/catalog/catalog-lookup.ts';
import { catalogFromJsonText } from '../domain/catalog/catalog-schema.ts';
import { simBatchPrice, type SimBatchPrice } from '../domain/sim/ops/batch-price.ts';
import { maxOutputLookup } from '../domain/sim/catalog-max-output.ts';

export const CATALOG_PATH = fileURLToPath(new URL('../../public/data/catalog.v2.json', import.meta.url));

export function readMaxOutputLookup(path = CATALOG_PATH): (id: string) => number | undefined {
  return maxOutputLookup(readFileSync(path, 'utf8'));
}

/** Each model's batch price from the catalog's batch rules (undefined = not in the catalog). */
export function readBatchPriceLookup(path = CATALOG_PATH): (id: string) => SimBatchPrice | undefined {
  const catalog = catalogFromJsonText(readFileSync(path, 'utf8'));
  return (id) => {
    const model = findModel(catalog, id);
    return model ? simBatchPrice(model) : undefined;
  };
}
