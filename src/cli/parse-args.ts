/**
 * The sim CLI's argument parser: pure, so it is tested without spawning a process.
 * Wrong options come back as a message; the entry point prints it and exits with code 2.
 */
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
};

type Spec = { key: keyof CliOptions; kind: 'number' | 'int' | 'string' | 'flag'; help: string };

const SPECS: Record<string, Spec> = {
  '--help': { key: 'help', kind: 'flag', help: 'show this help' },
  '--preset': { key: 'preset', kind: 'string', help: `run a preset: ${PRESETS.map((p) => p.id).join(', ')}` },
  '--scenario': { key: 'scenarioFile', kind: 'string', help: 'run a scenario file (JSON, validated)' },
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
  const options: CliOptions = { help: false, format: 'text' };
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
    if (seen.has(name)) return { ok: false, message: `${name} is given twice` };
    seen.add(name);
    if (spec.kind === 'flag') {
      if (eq > 0) return { ok: false, message: `${name} takes no value` };
      if (name === '--help') options.help = true;
      else {
        const format = name === '--json' ? 'json' : 'csv';
        if (options.format !== 'text' && options.format !== format) return { ok: false, message: '--json and --csv cannot be combined' };
        options.format = format;
      }
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return { ok: false, message: `${name} needs a value` };
    if (spec.kind === 'string') {
      (options as Record<string, unknown>)[spec.key] = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isFinite(n)) return { ok: false, message: `${name} must be a number, got "${value}"` };
    if (spec.kind === 'int' && !Number.isInteger(n)) return { ok: false, message: `${name} must be a whole number, got "${value}"` };
    if (name !== '--seed' && n <= 0) return { ok: false, message: `${name} must be greater than 0, got ${value}` };
    if (name === '--seed' && (n < 0 || n > 2 ** 32 - 1)) return { ok: false, message: `--seed must be from 0 to 4294967295, got ${value}` };
    (options as Record<string, unknown>)[spec.key] = n;
  }
  if (options.help) return { ok: true, options };
  if (options.preset !== undefined && options.scenarioFile !== undefined) return { ok: false, message: 'use either --preset or --scenario, not both' };
  if (options.preset === undefined && options.scenarioFile === undefined) return { ok: false, message: 'choose a --preset or a --scenario file. Run with --help to see the options.' };
  if (options.preset !== undefined && !PRESETS.some((p) => p.id === options.preset))
    return { ok: false, message: `unknown preset "${options.preset}"; presets: ${PRESETS.map((p) => p.id).join(', ')}` };
  const isMmc = PRESETS.find((p) => p.id === options.preset)?.values.kind === 'mmc';
  for (const flag of ['--servers', '--service-rate', '--customers'] as const)
    if (seen.has(flag) && !isMmc) return { ok: false, message: `${flag} applies to the M/M/c preset (mmc-erlang) only` };
  if (isMmc && (seen.has('--duration') || seen.has('--trace'))) return { ok: false, message: '--duration and --trace apply to fleet scenarios, not the M/M/c preset' };
  return { ok: true, options };
}

export function helpText(): string {
  const lines = Object.entries(SPECS).map(([name, s]) => `  ${(name + (s.kind === 'flag' ? '' : ' <' + (s.kind === 'string' ? 'text' : 'n') + '>')).padEnd(24)}${s.help}`);
  return [
    'Usage: npm run sim -- (--preset <id> | --scenario <file.json>) [options]',
    '',
    'Examples:',
    '  npm run --silent sim -- --preset mmc-erlang --servers 8 --arrival-rate 7 --service-rate 1 --customers 1000000 --seed 1 --json',
    '  npm run sim -- --preset launch-spike --csv > spike.csv',
    '',
    'Options:',
    ...lines,
    '',
    'Exit codes: 0 ok, 2 wrong options, an unreadable file or an invalid scenario.',
  ].join('\n');
}
