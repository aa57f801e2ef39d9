import { describe, expect, it } from 'vitest';
import { buildExportContext } from '../domain/export/export-context.ts';
import { buildScenarios } from '../domain/sim-view/build-scenario.ts';
import { parseScenario } from '../domain/sim/scenario-schema.ts';
import { createSimulation } from '../domain/sim/simulation.ts';
import { summaryJson } from '../features/simulate/simulate-export.ts';
import { resolveLinkParams } from './link-params.ts';
import { traceFingerprint } from '../domain/sim/trace-fingerprint.ts';
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
    expect(r).toEqual({ ok: true, options: { help: false, preset: 'mmc-erlang', servers: 8, arrivalRate: 7, serviceRate: 1, customers: 1000, seed: 3, format: 'json', sets: [], sweeps: [], noHeader: false, gridSize: false, headerOnly: false } });
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
    [[], 'choose a --preset, a --url, a --scenario file, or --set/--sweep from the defaults'],
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

describe('--scenario with the web’s JSON export', () => {
  // The file /simulate's "JSON" button writes (src/features/simulate/simulate-export.ts), from a real run.
  function exportOf(link: string): string {
    const built = buildScenarios(resolveLinkValues(link), {});
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const runs = built.scenarios.map((input, i) => {
      const sim = createSimulation(parseScenarioOrThrow(input));
      sim.run();
      return { label: built.labels[i]!, snapshot: sim.snapshot(), marks: [] };
    });
    const ctx = buildExportContext({ appVersion: 'test', exportedAt: new Date(0), view: 'simulate', link });
    return summaryJson(ctx, { params: resolveLinkValues(link), scenarios: built.scenarios, runs });
  }

  it('runs every run of the export, with the web’s labels, and gets the web’s figures', () => {
    const link = 'https://example.org/simulate?dur=120&rate=4&cmp=1&bUnits=1&cv=0';
    const text = exportOf(link);
    const exported = JSON.parse(text) as { runs: { label: string; summary: { arrivals: number; completed: number; ttft: { p99: number } } }[] };
    const r = runCli(['--scenario', 'export.json', '--json'], { ...io, readFile: (p) => (p === 'export.json' ? text : io.readFile(p)) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { runs: { run: string; arrivals: number; completed: number; ttft: { p99: number } }[] };
    expect(out.runs.map((x) => x.run)).toEqual(exported.runs.map((x) => x.label));
    out.runs.forEach((x, i) => expect([x.arrivals, x.completed, x.ttft.p99]).toEqual([exported.runs[i]!.summary.arrivals, exported.runs[i]!.summary.completed, exported.runs[i]!.summary.ttft.p99]));
  });

  it('refuses an export without runs, or with a run that is not a scenario', () => {
    const files2: Record<string, string> = { 'empty.json': JSON.stringify({ runs: [] }), 'odd.json': JSON.stringify({ runs: [{ label: 'x', scenario: 'fleet' }] }) };
    const io2: CliIo = { ...io, readFile: (p) => files2[p] ?? io.readFile(p) };
    expect(runCli(['--scenario', 'empty.json'], io2)).toMatchObject({ code: 2, stderr: 'sim: empty.json: the export holds no runs\n' });
    expect(runCli(['--scenario', 'odd.json'], io2)).toMatchObject({ code: 2, stderr: 'sim: odd.json: run 1 has no scenario object\n' });
  });
});

function resolveLinkValues(link: string) {
  const r = resolveLinkParams({ url: link });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.values;
}

function parseScenarioOrThrow(input: unknown) {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('a link that names a trace', () => {
  const csv = 'timestamp,input,output\n0,100,10\n1,200,20\n2,150,15\n';
  const io3: CliIo = { ...io, readFile: (p) => (p === 't.csv' ? csv : p === 'other.csv' ? csv + '3,100,10\n' : io.readFile(p)) };

  it('runs with the same file, and refuses another file or none, as the web does', () => {
    const fp = traceFingerprint(csv);
    expect(runCli(['--url', `/simulate?pattern=trace&trace=${fp}&dur=60`, '--trace', 't.csv', '--json'], io3).code).toBe(0);
    const other = runCli(['--url', `/simulate?pattern=trace&trace=${fp}&dur=60`, '--trace', 'other.csv'], io3);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(`is not the one this link names (${fp})`);
    const none = runCli(['--url', `/simulate?pattern=trace&trace=${fp}&dur=60`], io3);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('(on the command line: --trace FILE)');
  });
});
