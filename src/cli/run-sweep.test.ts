import { describe, expect, it } from 'vitest';
import { parseArgs, type CliOptions } from './parse-args.ts';
import type { CliIo } from './run-cli.ts';
import { runSweep, type SweepIo } from './run-sweep.ts';
import { runInline } from './sweep-point.ts';

const io: SweepIo = { readFile: () => '', now: () => 0, runner: runInline } satisfies CliIo & SweepIo;
const SMALL = ['--set', 'dur=120', '--set', 'min=1', '--set', 'max=2', '--set', 'cv=0'];

function options(argv: string[]): CliOptions {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(r.message);
  return r.options;
}

async function sweep(argv: string[], sweepIo: SweepIo = io) {
  return runSweep(options(argv), sweepIo);
}

/** CSV cells, quoted ones included ("On-demand, autoscaled"). */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!));
}

function table(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv.trim().split('\n');
  const names = cells(header!);
  return rows.map((r) => {
    const row = cells(r);
    expect(row).toHaveLength(names.length);
    return Object.fromEntries(row.map((cell, i) => [names[i]!, cell]));
  });
}

describe('a small sweep', () => {
  it('prints one row per grid point with its settings, seed and unit-named figures', async () => {
    const r = await sweep([...SMALL, '--sweep', 'rate=2:6:4', '--sweep', 'inTok=500:1000:500']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'point,rate,inTok,seed,requests,completed,ttftP50Seconds,ttftP99Seconds,tpotP50Seconds,e2eP99Seconds,throttleRatePercent,failureRatePercent,sloAttainmentPercent,goodputRequestsPerSecond,meanServers,peakServers,meanUtilizationPercent,outputTokensPerSecond,serverCostUsd,serverCostPerMillionTokensUsd,simulatedSeconds,events',
    );
    const rows = table(r.stdout);
    expect(rows.map((x) => [x.point, x.rate, x.inTok, x.seed])).toEqual([
      ['0', '2', '500', '1'],
      ['1', '2', '1000', '1'],
      ['2', '6', '500', '1'],
      ['3', '6', '1000', '1'],
    ]);
    for (const row of rows) for (const name of ['requests', 'ttftP50Seconds', 'ttftP99Seconds', 'goodputRequestsPerSecond', 'serverCostPerMillionTokensUsd']) expect(Number(row[name])).toBeGreaterThan(0);
    // Three times the traffic: about three times the requests, and a cheaper million tokens on the same servers.
    expect(Number(rows[2]!.requests) / Number(rows[0]!.requests)).toBeGreaterThan(2.4);
    expect(Number(rows[2]!.requests) / Number(rows[0]!.requests)).toBeLessThan(3.6);
    expect(Number(rows[2]!.serverCostPerMillionTokensUsd)).toBeLessThan(Number(rows[0]!.serverCostPerMillionTokensUsd));
    expect(rows[0]!.ttftP50Seconds).not.toBe(rows[1]!.ttftP50Seconds);
  });

  it('gives the same table every time, and a single --point gives that row alone', async () => {
    const argv = [...SMALL, '--sweep', 'rate=2:6:4', '--sweep', 'seed=1:2:1'];
    const a = await sweep(argv);
    const b = await sweep(argv);
    expect(b.stdout).toBe(a.stdout);
    const rows = a.stdout.trim().split('\n');
    const one = await sweep([...argv, '--point', '2', '--no-header']);
    expect(one.stdout).toBe(rows[3] + '\n');
    expect(rows[0]!.split(',').slice(0, 4)).toEqual(['point', 'rate', 'seed', 'requests']);
    // Another seed is another sample of the same workload: the figures differ.
    expect(table(a.stdout)[0]!.requests).not.toBe(table(a.stdout)[1]!.requests);
  });

  it('writes rows in grid order whatever order the points finish in', async () => {
    const reversed: SweepIo = { ...io, runner: async (jobs, onResult) => runInline([...jobs].reverse(), onResult) };
    const chunks: string[] = [];
    const argv = [...SMALL, '--sweep', 'rate=2:4:1'];
    const r = await sweep(argv, { ...reversed, write: (c) => chunks.push(c) });
    expect(r.code).toBe(0);
    expect(chunks.join('')).toBe((await sweep(argv)).stdout);
  });

  it('prints a row per run for a comparison link, and M/M/c columns for the M/M/c model', async () => {
    const cmp = table((await sweep(['--set', 'dur=120', '--set', 'min=1', '--set', 'max=4', '--set', 'cv=0', '--set', 'cmp=1', '--set', 'bUnits=1', '--sweep', 'rate=2:4:2'])).stdout);
    expect(cmp.map((x) => [x.point, x.run, x.rate])).toEqual([
      ['0', 'On-demand, autoscaled', '2'],
      ['0', 'Provisioned, 1 model unit', '2'],
      ['1', 'On-demand, autoscaled', '4'],
      ['1', 'Provisioned, 1 model unit', '4'],
    ]);
    const mmc = await sweep(['--set', 'kind=mmc', '--set', 'lambda=1.5', '--set', 'customers=2000', '--sweep', 'servers=2:3:1']);
    expect(mmc.stdout.split('\n')[0]).toBe(
      'point,servers,seed,customers,waitProbability,erlangWaitProbability,meanWaitSeconds,erlangMeanWaitSeconds,p50WaitSeconds,p99WaitSeconds,meanResponseSeconds,utilizationPercent,simulatedSeconds,events',
    );
    const rows = table(mmc.stdout);
    expect(Number(rows[1]!.erlangWaitProbability)).toBeLessThan(Number(rows[0]!.erlangWaitProbability));
  });

  it('prints the grid size for a batch runner, and runs one point of a grid too big for one command', async () => {
    expect(await sweep(['--sweep', 'rate=10:100:10', '--sweep', 'azs=1:3:1', '--grid-size'])).toEqual({ code: 0, stdout: '30\n', stderr: '' });
    const huge = [...SMALL, '--sweep', 'rate=1:200:1', '--sweep', 'inTok=100:10000:100'];
    expect(await sweep([...huge, '--grid-size'])).toEqual({ code: 0, stdout: '20000\n', stderr: '' });
    const header = await sweep([...huge, '--header-only']);
    expect(header.stdout).toBe((await sweep([...SMALL, '--sweep', 'rate=1:2:1', '--sweep', 'inTok=100:200:100'])).stdout.split('\n')[0] + '\n');
    const last = await sweep([...huge, '--point', '19999', '--no-header']);
    expect(last.code).toBe(0);
    expect(last.stdout.split(',').slice(0, 4)).toEqual(['19999', '200', '10000', '1']);
  });
});

describe('a sweep refused with exit code 2', () => {
  it.each([
    [['--sweep', 'rate=1:100:1', '--sweep', 'maxBatch=1:8192:1'], 'the grid has 100 × 8,192 points, more than the 10,000 one command runs; fan it out with --point'],
    [['--sweep', 'rate=1:1000:1', '--sweep', 'maxBatch=1:8192:1', '--point', '0'], 'the grid has 1,000 × 8,192 points, more than 1,000,000'],
    [['--sweep', 'rate=1:2:1', '--sweep', 'rate=3:4:1'], '--sweep rate is given twice'],
    [['--set', 'rate=3', '--sweep', 'rate=1:2:1'], 'rate is both set (--set) and swept (--sweep)'],
    [['--sweep', '__proto__=1:2:1'], 'not a /simulate link parameter'],
    [['--sweep', 'rate=1:2:1', '--point', '2'], '--point 2 is outside the grid: its points are 0 to 1'],
    // A corner of the grid that cannot run is found before anything runs.
    [['--set', 'max=4', '--sweep', 'min=3:5:1'], 'grid point 2 (min=5): min: Minimum servers (5) is above the maximum (4).'],
  ])('%j', async (argv, message) => {
    const r = await sweep(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it.each([
    [['--sweep', 'rate=1:2:1', '--json'], '--sweep prints CSV; --json does not apply'],
    [['--jobs', '2', '--preset', 'daily'], '--jobs applies to a --sweep only'],
    [['--point', '-1', '--sweep', 'rate=1:2:1'], '--point must be 0 or more'],
    [['--scenario', 'x.json', '--sweep', 'rate=1:2:1'], 'do not apply to a --scenario file'],
    [['--preset', 'daily', '--url', '/simulate?rate=1'], 'use either --preset or --url'],
  ])('the options %j', (argv, message) => {
    const r = parseArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
