import type { SeriesSnapshot } from '../sim/time-series.ts';
import type { SimSnapshot } from '../sim/simulation-types.ts';
import type { ScaleMark } from './run-recorder.ts';

export type ExportRun = { label: string; snapshot: SimSnapshot; marks: ScaleMark[] };

function csvCell(v: number | string): string {
  if (typeof v === 'string') return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/**
 * Time series of one or more runs as CSV: one row per bucket start, one column per run and channel
 * (rates per second, counts as time averages). Runs on different grids get empty cells where they lack a point.
 */
export function seriesCsv(runs: { label: string; series: SeriesSnapshot }[]): string {
  const prefix = (i: number) => (runs.length > 1 ? `${slug(runs[i]!.label) || `run_${i + 1}`}__` : '');
  const columns: { run: number; channel: string }[] = [];
  runs.forEach((r, i) => Object.keys(r.series.channels).forEach((channel) => columns.push({ run: i, channel })));
  const header = ['time_s', ...columns.map((c) => `${prefix(c.run)}${c.channel}`)];
  const times = [...new Set(runs.flatMap((r) => r.series.time))].sort((a, b) => a - b);
  const index = runs.map((r) => new Map(r.series.time.map((t, i) => [t, i])));
  const lines = [header.join(',')];
  for (const t of times) {
    const row: (number | string)[] = [t];
    for (const c of columns) {
      const i = index[c.run]!.get(t);
      row.push(i === undefined ? '' : runs[c.run]!.series.channels[c.channel]![i]!);
    }
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Summary and scenario as one JSON document: enough to reproduce and to cite the run. */
export function summaryJson(opts: { link: string; params: object; scenarios: unknown[]; runs: ExportRun[]; generatedAt?: string }): string {
  return JSON.stringify(
    {
      tool: 'Bedrock Explorer simulator',
      link: opts.link,
      generatedAt: opts.generatedAt ?? new Date().toISOString(),
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
