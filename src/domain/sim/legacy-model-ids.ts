import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';

/**
 * Model ids of older scenario links, apart from the scenario schema so a view that only maps an old
 * id does not load the schema and its validator library with its first page.
 */

/** Older scenarios name an architecture; these map to their catalog ids. */
export const LEGACY_MODEL_IDS: Readonly<Record<string, string>> = {
  'llama-3.1-8b': 'llama-3-1-8b-instruct',
  'llama-3.1-70b': 'llama-3-1-70b-instruct',
  'llama-3.1-405b': 'llama-3-1-405b-instruct',
};
/** Architecture ids of older scenarios without a catalog id (served by their architecture directly). */
export const LEGACY_ARCHITECTURE_IDS: readonly string[] = MODEL_ARCHITECTURES.map((m) => m.id);
