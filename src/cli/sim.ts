/** `npm run sim -- …`: runs a scenario, a link or a sweep in Node. See `npm run sim -- --help`. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readBatchPriceLookup, readMaxOutputLookup } from './catalog-file.ts';
import { parseArgs } from './parse-args.ts';
import { runCli, type CliIo } from './run-cli.ts';
import { runSweep } from './run-sweep.ts';
import { runInline } from './sweep-point.ts';
import { runInWorkers } from './sweep-pool.ts';

const argv = process.argv.slice(2);
const io: CliIo = { readFile: (p) => readFileSync(p, 'utf8'), now: () => performance.now(), maxOutputTokens: readMaxOutputLookup(), batchPricePer1M: readBatchPriceLookup() };
const parsed = parseArgs(argv);
if (parsed.ok && !parsed.options.help && parsed.options.sweeps.length > 0) {
  const threads = parsed.options.jobs ?? availableParallelism();
  const result = await runSweep(parsed.options, {
    ...io,
    runner: threads === 1 ? runInline : (jobs, onResult) => runInWorkers(jobs, threads, onResult),
    write: (chunk) => process.stdout.write(chunk),
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} else {
  const result = runCli(argv, io);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
