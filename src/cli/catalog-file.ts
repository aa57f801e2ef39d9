/** The catalog as the command line reads it: public/data/catalog.v2.json, the file the web app loads. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maxOutputLookup } from '../domain/sim/catalog-max-output.ts';

export const CATALOG_PATH = fileURLToPath(new URL('../../public/data/catalog.v2.json', import.meta.url));

export function readMaxOutputLookup(path = CATALOG_PATH): (id: string) => number | undefined {
  return maxOutputLookup(readFileSync(path, 'utf8'));
}
