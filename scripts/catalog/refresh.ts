/**
 * npm run catalog -- --from FILE [--date YYYY-MM-DD] [--from FILE …] [--add-models] [--dry-run] [--catalog PATH]
 *
 * Refreshes the catalog from genai-prices, LiteLLM, AWS Price List or reference files: detects each
 * file's format, merges them into the current catalog with the precedence of docs/catalog.md, prints
 * the diff, and writes the catalog only when every file was read and the result passes the schema.
 * A problem prints the file, the record and the field, exits 1 and leaves the catalog untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { SHIPPED_CATALOG_PATH, catalogFromJsonText } from '../../src/domain/catalog/catalog-schema.ts';
import { refreshCatalog, type SourceFileText } from '../../src/domain/catalog/importers/refresh-catalog.ts';

interface Args {
  files: { path: string; date?: string }[];
  addModels: boolean;
  dryRun: boolean;
  catalogPath: string;
  today: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], addModels: false, dryRun: false, catalogPath: SHIPPED_CATALOG_PATH, today: new Date().toISOString().slice(0, 10) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (a === '--from' && next) args.files.push({ path: argv[++i]! });
    else if (a === '--date' && next && args.files.length) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(next)) return `--date ${next}: not a YYYY-MM-DD date`;
      args.files[args.files.length - 1]!.date = argv[++i]!;
    } else if (a === '--catalog' && next) args.catalogPath = argv[++i]!;
    else if (a === '--today' && next && /^\d{4}-\d{2}-\d{2}$/.test(next)) args.today = argv[++i]!;
    else if (a === '--add-models') args.addModels = true;
    else if (a === '--dry-run') args.dryRun = true;
    else return `${a}: not an option (--from FILE [--date YYYY-MM-DD], --add-models, --dry-run, --catalog PATH, --today YYYY-MM-DD)`;
  }
  return args;
}

/** Runs the refresh; returns the process exit code. */
export function refreshFromSources(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}. Nothing written.`);
    return 1;
  }
  const catalogPath = resolve(args.catalogPath);
  let current;
  try {
    current = catalogFromJsonText(readFileSync(catalogPath, 'utf8'));
  } catch (error) {
    console.error(`${catalogPath}: the current catalog cannot be read (${(error as Error).message}). Nothing written.`);
    return 1;
  }
  const files: SourceFileText[] = [];
  for (const f of args.files) {
    try {
      files.push({ name: basename(f.path), text: readFileSync(resolve(f.path), 'utf8'), ...(f.date ? { date: f.date } : {}) });
    } catch (error) {
      console.error(`${f.path}: file cannot be read (${(error as Error).message}). Nothing written.`);
      return 1;
    }
  }
  const result = refreshCatalog(current, files, { today: args.today, addModels: args.addModels });
  if (!result.ok) {
    console.error(`${result.error}. Nothing written.`);
    return 1;
  }
  console.log(result.report);
  if (args.dryRun) {
    console.log(`\n--dry-run: ${catalogPath} not written.`);
    return 0;
  }
  writeFileSync(catalogPath, JSON.stringify(result.catalog, null, 1) + '\n');
  console.log(`\nwrote ${catalogPath}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(refreshFromSources(process.argv.slice(2)));
