/**
 * Builds public/data/catalog.v2.json from the reference model list (bedrock-models-v2.json).
 * Run by hand when prices are refreshed (see docs/catalog.md); the app never reads the source file.
 *   npm run catalog -- [path/to/bedrock-models-v2.json]
 *   npm run catalog -- --from FILE [--from FILE …]   (refresh and diff: scripts/catalog/refresh.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CATALOG_FILE, catalogSchema } from '../src/domain/catalog/catalog-schema.ts';
import { applyCatalogDerivations } from '../src/domain/catalog/catalog-derivations.ts';
import { importReferenceJson } from '../src/domain/catalog/importers/reference-json.ts';
import { refreshFromSources } from './catalog/refresh.ts';

// `--from FILE …` refreshes the current catalog from other sources (scripts/catalog/refresh.ts).
if (process.argv.includes('--from')) process.exit(refreshFromSources(process.argv.slice(2)));

const input = resolve(process.argv[2] ?? '../shared/reference/bedrock-models-v2.json');
const output = resolve('public/data', CATALOG_FILE);

let json: unknown;
try {
  json = JSON.parse(readFileSync(input, 'utf8'));
} catch (error) {
  console.error(`${input}: cannot be read as JSON (${(error as Error).message}). Nothing written.`);
  process.exit(1);
}
const imported = importReferenceJson(json, basename(input));
if (!imported.ok) {
  console.error(`${imported.error}. Nothing written.`);
  process.exit(1);
}
const checked = catalogSchema.safeParse({ ...imported.catalog, models: applyCatalogDerivations(imported.catalog.models) });
if (!checked.success) {
  const issue = checked.error.issues[0]!;
  console.error(`${basename(input)}: the built catalog fails its schema at ${issue.path.join('.')}: ${issue.message}. Nothing written.`);
  process.exit(1);
}
const catalog = checked.data;
writeFileSync(output, JSON.stringify(catalog, null, 1) + '\n');
for (const r of imported.renamed) console.log(`renamed duplicate ID ${r.from} → ${r.to} (${r.name})`);
const points = catalog.models.reduce((n, m) => n + m.pricePoints.length, 0);
console.log(`wrote ${output}: ${catalog.models.length} models, ${points} price points`);
