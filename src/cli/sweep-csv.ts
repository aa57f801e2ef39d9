/**
 * The sweep's table: one row per grid point (and per run of a comparison), every column named with its
 * unit. Rows carry their point index and seed, so a row can be rerun alone and files from separate
 * processes concatenate into one table.
 */
import { mmc as erlang } from '../domain/queueing/erlang.ts';
import type { FleetSummary, MmcSummary, SimSnapshot } from '../domain/sim/simulation-types.ts';

/** What a row needs of a finished run (a snapshot without its series, small to pass between threads). */
export type RunFigures = { kind: 'fleet'; time: number; events: number; summary: FleetSummary } | { kind: 'mmc'; time: number; events: number; summary: MmcSummary };

export function runFigures(s: SimSnapshot): RunFigures {
  return s.kind === 'mmc' ? { kind: 'mmc', time: s.time, events: s.events, summary: s.summary } : { kind: 'fleet', time: s.time, events: s.events, summary: s.summary };
}

type Column = { name: string; value: (s: RunFigures) => number };

const FLEET_COLUMNS: Column[] = [
  { name: 'requests', value: (s) => (s.kind === 'fleet' ? s.summary.arrivals : NaN) },
  { name: 'completed', value: (s) => (s.kind === 'fleet' ? s.summary.completed : NaN) },
  { name: 'ttftP50Seconds', value: (s) => (s.kind === 'fleet' ? s.summary.ttft.p50 : NaN) },
  { name: 'ttftP99Seconds', value: (s) => (s.kind === 'fleet' ? s.summary.ttft.p99 : NaN) },
  { name: 'tpotP50Seconds', value: (s) => (s.kind === 'fleet' ? s.summary.tpot.p50 : NaN) },
  { name: 'e2eP99Seconds', value: (s) => (s.kind === 'fleet' ? s.summary.e2e.p99 : NaN) },
  { name: 'throttleRatePercent', value: (s) => (s.kind === 'fleet' ? 100 * s.summary.throttleRate : NaN) },
  { name: 'failureRatePercent', value: (s) => (s.kind === 'fleet' ? 100 * s.summary.failureRate : NaN) },
  { name: 'sloAttainmentPercent', value: (s) => (s.kind === 'fleet' ? 100 * s.summary.sloAttainment : NaN) },
  { name: 'goodputRequestsPerSecond', value: (s) => (s.kind === 'fleet' ? s.summary.goodputPerSecond : NaN) },
  { name: 'meanServers', value: (s) => (s.kind === 'fleet' ? s.summary.meanReplicas : NaN) },
  { name: 'peakServers', value: (s) => (s.kind === 'fleet' ? s.summary.peakReplicas : NaN) },
  { name: 'meanUtilizationPercent', value: (s) => (s.kind === 'fleet' ? 100 * s.summary.meanUtilization : NaN) },
  { name: 'outputTokensPerSecond', value: (s) => (s.kind === 'fleet' ? s.summary.outputTokensPerSecond : NaN) },
  // The simulated servers' cost, not Bedrock's price (the same wording as the web's cost card).
  { name: 'serverCostUsd', value: (s) => (s.kind === 'fleet' ? s.summary.cost : NaN) },
  { name: 'serverCostPerMillionTokensUsd', value: (s) => (s.kind === 'fleet' ? s.summary.serverCostPerMillionTokensServed : NaN) },
  { name: 'simulatedSeconds', value: (s) => s.time },
  { name: 'events', value: (s) => s.events },
];

const MMC_COLUMNS: Column[] = [
  { name: 'customers', value: (s) => (s.kind === 'mmc' ? s.summary.customers : NaN) },
  { name: 'waitProbability', value: (s) => (s.kind === 'mmc' ? s.summary.waitProbability : NaN) },
  { name: 'erlangWaitProbability', value: (s) => (s.kind === 'mmc' ? erlang(s.summary.servers, s.summary.arrivalRate, s.summary.serviceRate).waitProbability : NaN) },
  { name: 'meanWaitSeconds', value: (s) => (s.kind === 'mmc' ? s.summary.meanWait : NaN) },
  { name: 'erlangMeanWaitSeconds', value: (s) => (s.kind === 'mmc' ? erlang(s.summary.servers, s.summary.arrivalRate, s.summary.serviceRate).meanWait : NaN) },
  { name: 'p50WaitSeconds', value: (s) => (s.kind === 'mmc' ? s.summary.p50Wait : NaN) },
  { name: 'p99WaitSeconds', value: (s) => (s.kind === 'mmc' ? s.summary.p99Wait : NaN) },
  { name: 'meanResponseSeconds', value: (s) => (s.kind === 'mmc' ? s.summary.meanResponse : NaN) },
  { name: 'utilizationPercent', value: (s) => (s.kind === 'mmc' ? 100 * s.summary.utilization : NaN) },
  { name: 'simulatedSeconds', value: (s) => s.time },
  { name: 'events', value: (s) => s.events },
];

export type SweepTable = { kind: 'fleet' | 'mmc'; keys: readonly string[]; comparison: boolean };

function columns(t: SweepTable): Column[] {
  return t.kind === 'mmc' ? MMC_COLUMNS : FLEET_COLUMNS;
}

export function sweepHeader(t: SweepTable): string {
  return ['point', ...(t.comparison ? ['run'] : []), ...t.keys, ...(seedSwept(t) ? [] : ['seed']), ...columns(t).map((c) => c.name)].join(',') + '\n';
}

/** A swept seed is already a column of its own. */
function seedSwept(t: SweepTable): boolean {
  return t.keys.includes('seed');
}

export type SweepRow = { index: number; settings: readonly number[]; seed: number; runs: { label: string; figures: RunFigures }[] };

/** One line per run of the point (two for a comparison link). */
export function sweepRows(t: SweepTable, row: SweepRow): string {
  return row.runs
    .map((r) => [String(row.index), ...(t.comparison ? [csvText(r.label)] : []), ...row.settings.map(num), ...(seedSwept(t) ? [] : [String(row.seed)]), ...columns(t).map((c) => num(c.value(r.figures)))].join(',') + '\n')
    .join('');
}

function csvText(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Six decimals at most; an undefined figure (no completed request) is an empty cell. */
function num(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 1e6) / 1e6) : '';
}
