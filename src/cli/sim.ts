/** `npm run sim -- …`: runs a scenario in Node. See `npm run sim -- --help`. */
import { readFileSync } from 'node:fs';
import { readMaxOutputLookup } from './catalog-file.ts';
import { runCli } from './run-cli.ts';

const result = runCli(process.argv.slice(2), { readFile: (p) => readFileSync(p, 'utf8'), now: () => performance.now(), maxOutputTokens: readMaxOutputLookup() });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
