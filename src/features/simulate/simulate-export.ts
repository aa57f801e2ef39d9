import { csvPreamble, type ExportContext } from '../../domain/export/export-context.ts';
import type { SeriesSnapshot } from '../../domain/sim/time-series.ts';
import type { SimSnapshot } from '../../domain/sim/simulation-types.ts';
import type { ScenarioInput } from '../../domain/sim-view/build-scenario.ts';
import type { ScaleMark } from '../../domain/sim-view/run-recorder.ts';

/**
 * The simulator's files: the time series as CSV and the summary with its scenario as JSON. Each opens
 * with the export context (link, app version, date), and every column says its unit.
 */

export type ExportRun = { label: string; snapshot: SimSnapshot; marks: ScaleMark[] };

/**
 * The engine's series channels with the name and unit they get in a file. Rates are per simulated
 * second over the bucket; counts are at the bucket's end; utilization becomes a percentage.
 */
const CHANNEL_COLUMNS: Record<string, { name: string; scale?: number }> = {
  arrivals: { name: 'arrivalsPerSecond' },
  attempts: { name: 'attemptsPerSecond' },
  admitted: { name: 'admittedPerSecond' },
  throttled: { name: 'throttledPerSecond' },
  completed: { name: 'completedPerSecond' },
  failed: { name: 'failedPerSecond' },
  queueLength: { name: 'requestsWaiting' },
  inFlight: { name: 'sequencesInBatches' },
  inSystem: { name: 'requestsInSystem' },
  replicasBooting: { name: 'serversBooting' },
  replicasReady: { name: 'serversReady' },
  gpuUtilization: { name: 'gpuUtilizationPercent', scale: 100 },
  outputTokensPerSecond: { name: 'outputTokensPerSecond' },
  costPerHour: { name: 'serverCostUsdPerHour' },
  meanTtft: { name: 'meanTtftSeconds' },
  busyServers: { name: 'busyServers' },
};

/** A channel's column name and scale; zone channels (readyAza …) and unknown ones keep a readable name. */
export function exportColumn(channel: string): { name: string; scale: number } {
  const known = Object.hasOwn(CHANNEL_COLUMNS, channel) ? CHANNEL_COLUMNS[channel]! : null;
  if (known) return { name: known.name, scale: known.scale ?? 1 };
  const zone = /^(ready|booting)Az([a-z])$/.exec(channel);
  if (zone) return { name: `servers${zone[1] === 'ready' ? 'Ready' : 'Booting'}Zone${zone[2]!.toUpperCase()}`, scale: 1 };
  return { name: channel, scale: 1 };
}

function csvCell(v: number | string): string {
  if (typeof v === 'string') return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/**
 * Time series of one or more runs: one row per bucket start, one column per run and channel. Runs on
 * different grids get empty cells where they lack a point. Opens with the export context as # lines.
 */
export function seriesCsv(ctx: ExportContext, runs: { label: string; series: SeriesSnapshot }[]): string {
  const prefix = (i: number) => (runs.length > 1 ? `${slug(runs[i]!.label) || `run_${i + 1}`}__` : '');
  const columns: { run: number; channel: string; name: string; scale: number }[] = [];
  runs.forEach((r, i) =>
    Object.keys(r.series.channels).forEach((channel) => {
      const c = exportColumn(channel);
      columns.push({ run: i, channel, name: c.name, scale: c.scale });
    }),
  );
  const header = ['timeSeconds', ...columns.map((c) => `${prefix(c.run)}${c.name}`)];
  const times = [...new Set(runs.flatMap((r) => r.series.time))].sort((a, b) => a - b);
  const index = runs.map((r) => new Map(r.series.time.map((t, i) => [t, i])));
  const lines = [header.join(',')];
  for (const t of times) {
    const row: (number | string)[] = [t];
    for (const c of columns) {
      const i = index[c.run]!.get(t);
      row.push(i === undefined ? '' : runs[c.run]!.series.channels[c.channel]![i]! * c.scale);
    }
    lines.push(row.map(csvCell).join(','));
  }
  return csvPreamble(ctx) + lines.join('\n') + '\n';
}

/** Summary and scenario as one JSON document: enough to reproduce and to cite the run. */
export function summaryJson(ctx: ExportContext, opts: { params: object; scenarios: ScenarioInput[]; runs: ExportRun[] }): string {
  return JSON.stringify(
    {
      context: ctx,
      tool: 'Bedrock Explorer simulator',
      units: {
        time: 'seconds',
        latency: 'seconds (ttft, tpot, e2e)',
        cost: 'US dollars (server cost of the simulated fleet, not Bedrock’s price)',
        rates: 'shares on a 0–1 scale (throttleRate, sloAttainment, meanUtilization)',
      },
      params: opts.params,
      runs: opts.runs.map((r, i) => ({
        label: r.label,
        scenario: opts.scenarios[i] ?? null,
        simulatedSeconds: r.snapshot.time,
        complete: r.snapshot.done,
        events: r.snapshot.events,
        summary: r.snapshot.summary,
        autoscalerDecisions: r.marks,
      })),
    },
    (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v),
    2,
  );
}
