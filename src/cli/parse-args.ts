/**
 * The sim CLI's argument parser: pure, so it is tested without spawning a process.
 * Wrong options come back as a message; the entry point prints it and exits with code 2.
 */
import { SIM_PARAMS } from '../domain/sim-view/sim-params.ts';
import { TRAINING_PRESETS as PRESETS } from '../domain/sim-view/training-presets.ts';

export type CliOptions = {
  help: boolean;
  preset?: string;
  scenarioFile?: string;
  traceFile?: string;
  format: 'text' | 'json' | 'csv';
  servers?: number;
  arrivalRate?: number;
  serviceRate?: number;
  customers?: number;
  seed?: number;
  duration?: number;
  /** `--set key=value` texts, in order (link parameter names of /simulate). */
  sets: string[];
  /** A copied /simulate link. */
  url?: string;
  /** `--sweep key=from:to:step` texts, in order: the first changes slowest. */
  sweeps: string[];
  /** Worker threads for a sweep (default: every core). */
  jobs?: number;
  /** Run only this grid point (0-based), for fanning a grid out as separate processes. */
  point?: number;
  noHeader: boolean;
  gridSize: boolean;
  headerOnly: boolean;
};

type Spec = { key: keyof CliOptions; kind: 'number' | 'int' | 'string' | 'flag' | 'list'; help: string };

const SPECS: Record<string, Spec> = {
  '--help': { key: 'help', kind: 'flag', help: 'show this help' },
  '--preset': { key: 'preset', kind: 'string', help: `run a preset (the web's list): ${PRESETS.map((p) => p.id).join(', ')}` },
  '--url': { key: 'url', kind: 'string', help: 'run a copied /simulate link (its query; a preset link runs its preset)' },
  '--set': { key: 'sets', kind: 'list', help: 'set a link parameter, e.g. --set rate=80 (repeatable; names and checks of the /simulate link)' },
  '--scenario': { key: 'scenarioFile', kind: 'string', help: "run a scenario file: the engine's JSON or the web's JSON export (validated)" },
  '--sweep': { key: 'sweeps', kind: 'list', help: 'sweep a numeric link parameter, e.g. --sweep rate=20:100:20 (repeatable: the grid of all combinations); prints CSV' },
  '--jobs': { key: 'jobs', kind: 'int', help: 'sweep: worker threads (default: every core)' },
  '--point': { key: 'point', kind: 'int', help: 'sweep: run only grid point n (0-based), e.g. one per process of a batch job' },
  '--no-header': { key: 'noHeader', kind: 'flag', help: 'sweep: leave out the CSV header (to concatenate outputs)' },
  '--grid-size': { key: 'gridSize', kind: 'flag', help: 'sweep: print the number of grid points and stop' },
  '--header-only': { key: 'headerOnly', kind: 'flag', help: 'sweep: print the CSV header and stop (for outputs concatenated with --no-header)' },
  '--trace': { key: 'traceFile', kind: 'string', help: 'replay a CSV trace (timestamp,input_tokens,output_tokens) in a fleet scenario' },
  '--json': { key: 'format', kind: 'flag', help: 'print one JSON object' },
  '--csv': { key: 'format', kind: 'flag', help: 'print the time series as CSV' },
  '--servers': { key: 'servers', kind: 'int', help: 'M/M/c: number of servers c' },
  '--arrival-rate': { key: 'arrivalRate', kind: 'number', help: 'arrivals per second (M/M/c: λ; fleet: mean request rate)' },
  '--service-rate': { key: 'serviceRate', kind: 'number', help: 'M/M/c: service rate μ per server' },
  '--customers': { key: 'customers', kind: 'int', help: 'M/M/c: customers to simulate' },
  '--seed': { key: 'seed', kind: 'int', help: 'random seed (same seed, same result)' },
  '--duration': { key: 'duration', kind: 'number', help: 'fleet: simulated seconds' },
};

export type ParseArgsResult = { ok: true; options: CliOptions } | { ok: false; message: string };

export function parseArgs(argv: readonly string[]): ParseArgsResult {
  const options: CliOptions = { help: false, format: 'text', sets: [], sweeps: [], noHeader: false, gridSize: false, headerOnly: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.indexOf('=');
    const name = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const spec = SPECS[name];
    if (!spec) {
      const hint = raw.startsWith('-') ? `unknown option ${name}` : `unexpected argument "${raw}"`;
      return { ok: false, message: `${hint}. Run with --help to see the options.` };
    }
    if (seen.has(name) && spec.kind !== 'list') return { ok: false, message: `${name} is given twice` };
    seen.add(name);
    if (spec.kind === 'flag') {
      if (eq > 0) return { ok: false, message: `${name} takes no value` };
      if (name === '--help') options.help = true;
      else if (name === '--no-header') options.noHeader = true;
      else if (name === '--grid-size') options.gridSize = true;
      else if (name === '--header-only') options.headerOnly = true;
      else {
        const format = name === '--json' ? 'json' : 'csv';
        if (options.format !== 'text' && options.format !== format) return { ok: false, message: '--json and --csv cannot be combined' };
        options.format = format;
      }
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return { ok: false, message: `${name} needs a value` };
    if (spec.kind === 'list') {
      (options[spec.key] as string[]).push(value);
      continue;
    }
    if (spec.kind === 'string') {
      (options as Record<string, unknown>)[spec.key] = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isFinite(n)) return { ok: false, message: `${name} must be a number, got "${value}"` };
    if (spec.kind === 'int' && !Number.isInteger(n)) return { ok: false, message: `${name} must be a whole number, got "${value}"` };
    if (name === '--point' && n < 0) return { ok: false, message: `--point must be 0 or more, got ${value}` };
    if (name !== '--seed' && name !== '--point' && n <= 0) return { ok: false, message: `${name} must be greater than 0, got ${value}` };
    if (name === '--seed' && (n < 0 || n > 2 ** 32 - 1)) return { ok: false, message: `--seed must be from 0 to 4294967295, got ${value}` };
    (options as Record<string, unknown>)[spec.key] = n;
  }
  if (options.help) return { ok: true, options };
  if (options.preset !== undefined && options.scenarioFile !== undefined) return { ok: false, message: 'use either --preset or --scenario, not both' };
  if (options.preset !== undefined && options.url !== undefined) return { ok: false, message: 'use either --preset or --url, not both (a preset link is --url "/simulate?preset=<id>")' };
  if (options.scenarioFile !== undefined && (options.url !== undefined || options.sets.length > 0 || options.sweeps.length > 0))
    return { ok: false, message: "--url, --set and --sweep use the /simulate link's names and do not apply to a --scenario file; to vary a web export, pass its context.link to --url" };
  if (options.preset === undefined && options.scenarioFile === undefined && options.url === undefined && options.sets.length === 0 && options.sweeps.length === 0)
    return { ok: false, message: 'choose a --preset, a --url, a --scenario file, or --set/--sweep from the defaults. Run with --help to see the options.' };
  const sweep = options.sweeps.length > 0;
  for (const flag of ['--jobs', '--point', '--no-header', '--grid-size', '--header-only'] as const)
    if (seen.has(flag) && !sweep) return { ok: false, message: `${flag} applies to a --sweep only` };
  if (sweep && options.format === 'json') return { ok: false, message: '--sweep prints CSV; --json does not apply' };
  if (options.preset !== undefined && !PRESETS.some((p) => p.id === options.preset))
    return { ok: false, message: `unknown preset "${options.preset}"; presets: ${PRESETS.map((p) => p.id).join(', ')}` };
  const isMmc = PRESETS.find((p) => p.id === options.preset)?.values.kind === 'mmc';
  for (const flag of ['--servers', '--service-rate', '--customers'] as const)
    if (seen.has(flag) && !isMmc) return { ok: false, message: `${flag} applies to the M/M/c preset (mmc-erlang) only` };
  if (isMmc && (seen.has('--duration') || seen.has('--trace'))) return { ok: false, message: '--duration and --trace apply to fleet scenarios, not the M/M/c preset' };
  return { ok: true, options };
}

export function helpText(): string {
  const lines = Object.entries(SPECS).map(([name, s]) => `  ${(name + (s.kind === 'flag' ? '' : ' <' + (s.kind === 'string' || s.kind === 'list' ? 'text' : 'n') + '>')).padEnd(24)}${s.help}`);
  return [
    'Usage: npm run sim -- [--preset <id> | --url <link> | --scenario <file.json>] [--set key=value]… [--sweep key=from:to:step]… [options]',
    '',
    'Examples:',
    '  npm run --silent sim -- --preset mmc-erlang --servers 8 --arrival-rate 7 --service-rate 1 --customers 1000000 --seed 1 --json',
    '  npm run sim -- --preset launch-spike --csv > spike.csv',
    '  npm run sim -- --url "https://example.org/simulate?preset=retry-storm&attempts=3"',
    '  npm run sim -- --preset steady-day --set rate=80 --set maxBatch=128',
    '  npm run --silent sim -- --preset steady-day --set dur=600 --sweep rate=20:100:20 --sweep maxBatch=64:256:64 > grid.csv',
    '',
    'Link parameters (--set, --sweep; see docs/cli.md):',
    `  ${Object.keys(SIM_PARAMS).join(', ')}`,
    '',
    'Options:',
    ...lines,
    '',
    'Exit codes: 0 ok, 2 wrong options, an unreadable file or an invalid scenario, 1 a sweep point failed to run.',
  ].join('\n');
}
