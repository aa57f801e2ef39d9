import { catalogSchema, type Catalog } from '../catalog-schema.ts';
import { applyCatalogDerivations } from '../catalog-derivations.ts';
import { importAwsPriceList } from './aws-price-list.ts';
import { diffCatalogs, type CatalogDiff } from './catalog-diff.ts';
import { mergeSources, type MergeResult } from './catalog-merge.ts';
import { detectSource } from './detect-format.ts';
import { formatCatalogDiff } from './format-catalog-diff.ts';
import { importGenaiPrices } from './genai-prices.ts';
import { importLitellm } from './litellm.ts';
import type { SourceImport } from './price-observation.ts';
import { importReferenceJson } from './reference-json.ts';

/**
 * The whole refresh, pure: source files in (name, text, optional date), the new catalog and its diff
 * against the current one out — or the first problem, naming the file, the record and the field, and
 * no catalog. scripts/catalog/refresh.ts reads the files and writes the result only when this succeeds.
 */

export interface SourceFileText {
  name: string;
  text: string;
  date?: string;
}

export interface RefreshOptions {
  today: string;
  addModels: boolean;
}

export type RefreshResult =
  | { ok: true; catalog: Catalog; diff: CatalogDiff; report: string; merge: MergeResult; imports: SourceImport[] }
  | { ok: false; error: string };

const MAX_FILE_CHARS = 64_000_000;

export function refreshCatalog(current: Catalog, files: SourceFileText[], options: RefreshOptions): RefreshResult {
  if (files.length === 0) return { ok: false, error: 'no source file given (--from FILE)' };
  let base: Catalog | null = null;
  const imports: SourceImport[] = [];
  for (const file of files) {
    if (file.text.length > MAX_FILE_CHARS) return { ok: false, error: `${file.name}: file, field (size): larger than ${MAX_FILE_CHARS} characters` };
    const detected = detectSource(file.name, file.text, file.date);
    if (!detected.ok) return detected;
    const { source } = detected;
    if (detected.format === 'reference-json') {
      if (base) return { ok: false, error: `${file.name}: file, field (root): only one reference compilation can be the base of a refresh` };
      const ref = importReferenceJson(detected.json, file.name);
      if (!ref.ok) return ref;
      base = { ...ref.catalog, models: applyCatalogDerivations(ref.catalog.models) };
      continue;
    }
    const imported =
      detected.format === 'genai-prices'
        ? importGenaiPrices(file.text, source, { effectiveOn: options.today })
        : detected.format === 'litellm'
          ? importLitellm(detected.json, source)
          : importAwsPriceList(detected.json, source);
    if (!imported.ok) return imported;
    imports.push(imported.value);
  }
  const merge = mergeSources(base ?? current, imports, { addModels: options.addModels, today: options.today });
  const checked = catalogSchema.safeParse({ ...merge.catalog, models: applyCatalogDerivations(merge.catalog.models) });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const path = issue.path;
    const model = typeof path[1] === 'number' ? merge.catalog.models[path[1]]?.id : undefined;
    return { ok: false, error: `the refreshed catalog fails its schema at ${path.join('.')}${model ? ` (model ${model})` : ''}: ${issue.message}` };
  }
  const diff = diffCatalogs(current, checked.data);
  return { ok: true, catalog: checked.data, diff, report: formatCatalogDiff(diff, merge.unapplied, imports), merge, imports };
}
