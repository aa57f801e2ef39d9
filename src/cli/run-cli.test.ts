import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args.ts';
import { runCli, type CliIo } from './run-cli.ts';

const files: Record<string, string> = {
  'ok.json': JSON.stringify({ kind: 'fleet', durationSeconds: 120, workload: { arrivalRate: 2 } }),
  'bad.json': JSON.stringify({ kind: 'fleet', workload: { arrivalRate: -3 }, autoscaler: { minReplicas: 5, maxReplicas: 2 } }),
  'broken.json': '{ "kind": "fleet", ',
  'trace.csv': 'timestamp,input,output\n0,100,10\n1,x,10\n',
};
const io: CliIo = {
  readFile: (p) => {
    const text = files[p];
    if (text === undefined) throw new Error('ENOENT');
    return text;
  },
  now: () => 0,
};

describe('sim CLI arguments', () => {
  it('accepts the documented M/M/c command line', () => {
    const r = parseArgs(['--preset', 'mmc-erlang', '--servers', '8', '--arrival-rate', '7', '--service-rate', '1', '--customers', '1000', '--seed', '3', '--json']);
    expect(r).toEqual({ ok: true, options: { help: false, preset: 'mmc-erlang', servers: 8, arrivalRate: 7, serviceRate: 1, customers: 1000, seed: 3, format: 'json' } });
    expect(parseArgs(['--preset=steady-day', '--duration=60']).ok).toBe(true);
  });

  it.each([
    [['--preset', 'mmc-erlang', '--servers', 'two'], '--servers must be a number, got "two"'],
    [['--preset', 'mmc-erlang', '--servers', '2.5'], '--servers must be a whole number, got "2.5"'],
    [['--preset', 'mmc-erlang', '--arrival-rate', '-1'], '--arrival-rate must be greater than 0, got -1'],
    [['--preset', 'mmc-erlang', '--servers'], '--servers needs a value'],
    [['--preset', 'nope'], 'unknown preset "nope"'],
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['--preset', 'mmc-erlang', '--json', '--csv'], '--json and --csv cannot be combined'],
    [['--preset', 'steady-day', '--servers', '3'], '--servers applies to the M/M/c preset (mmc-erlang) only'],
    [[], 'choose a --preset or a --scenario file'],
  ])('rejects %j with a clear message', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

describe('sim CLI runs', () => {
  it('prints the M/M/c JSON object with the promised fields', () => {
    const r = runCli(['--preset', 'mmc-erlang', '--servers', '2', '--arrival-rate', '1.5', '--service-rate', '1', '--customers', '20000', '--seed', '4', '--json'], io);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, number>;
    for (const key of ['waitProbability', 'meanWait', 'meanResponse', 'p99Wait', 'utilization', 'events', 'wallSeconds']) expect(typeof out[key]).toBe('number');
    expect(out.events).toBe(40_000);
  });

  it('exits with code 2 and a message for wrong options and invalid scenarios', () => {
    expect(runCli(['--nope'], io)).toMatchObject({ code: 2, stdout: '' });
    const bad = runCli(['--scenario', 'bad.json'], io);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid scenario: workload.arrivalRate:');
    expect(bad.stderr).toContain('invalid scenario: autoscaler.minReplicas: must not exceed maxReplicas');
    expect(runCli(['--scenario', 'broken.json'], io).stderr).toContain('broken.json is not valid JSON');
    expect(runCli(['--scenario', 'missing.json'], io).stderr).toContain('cannot read scenario file missing.json');
    const trace = runCli(['--scenario', 'ok.json', '--trace', 'trace.csv'], io);
    expect(trace.code).toBe(2);
    expect(trace.stderr).toContain('line 3: input tokens "x"');
  });

  it('runs a scenario file as text, JSON and CSV', () => {
    const text = runCli(['--scenario', 'ok.json'], io);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('time to first');
    const csv = runCli(['--scenario', 'ok.json', '--csv'], io).stdout.trim().split('\n');
    expect(csv[0]!.startsWith('time,arrivals,attempts')).toBe(true);
    expect(csv).toHaveLength(3);
    const json = JSON.parse(runCli(['--scenario', 'ok.json', '--json', '--seed', '9'], io).stdout) as { arrivals: number; completed: number; inSystem: number };
    expect(json.arrivals).toBeGreaterThan(100);
  });
});
