/**
 * `--sweep`: the grid of link values, each point built by the web's builder, run on every core, printed
 * as one CSV row per point in grid order (whatever order the threads finish in).
 */
import type { SimParams } from '../domain/sim-view/sim-params.ts';
import type { CliOptions } from './parse-args.ts';
import { linkValues, scenariosOf, type CliIo, type CliResult } from './run-cli.ts';
import { sweepHeader, sweepRows, type RunFigures, type SweepTable } from './sweep-csv.ts';
import { applyPoint, gridPoint, gridSize, MAX_FANOUT_POINTS, MAX_GRID_POINTS, parseSweep, type SweepAxis } from './sweep-grid.ts';
import type { PointJob } from './sweep-point.ts';

/** Runs the jobs and reports each point's figures (in any order). */
export type PointRunner = (jobs: readonly PointJob[], onResult: (id: number, figures: RunFigures[]) => void) => Promise<void>;

export type SweepIo = CliIo & {
  runner: PointRunner;
  /** Rows as they are ready, in grid order; without it they come back in stdout. */
  write?: (chunk: string) => void;
};

const wrong = (messages: string[]): CliResult => ({ code: 2, stdout: '', stderr: messages.map((m) => `sim: ${m}\n`).join('') });

/**
 * The sweeps as axes, refused beyond the limit: MAX_GRID_POINTS for a command that runs the whole grid,
 * MAX_FANOUT_POINTS when it runs one --point of it (or only counts it with --grid-size).
 */
export function parseAxes(o: Pick<CliOptions, 'sweeps' | 'sets' | 'point' | 'gridSize' | 'headerOnly'>): { ok: true; axes: SweepAxis[]; size: number } | { ok: false; message: string } {
  const axes: SweepAxis[] = [];
  const setKeys = new Set(o.sets.map((s) => s.slice(0, Math.max(0, s.indexOf('=')))));
  for (const text of o.sweeps) {
    const parsed = parseSweep(text);
    if (!parsed.ok) return parsed;
    const key = parsed.axis.key;
    if (axes.some((a) => a.key === key)) return { ok: false, message: `--sweep ${key} is given twice` };
    if (setKeys.has(key)) return { ok: false, message: `${key} is both set (--set) and swept (--sweep)` };
    axes.push(parsed.axis);
  }
  const shape = axes.map((a) => a.count.toLocaleString('en-US')).join(' × ');
  if (o.point !== undefined || o.gridSize || o.headerOnly) {
    const size = gridSize(axes, MAX_FANOUT_POINTS);
    if (size === null) return { ok: false, message: `the grid has ${shape} points, more than ${MAX_FANOUT_POINTS.toLocaleString('en-US')}` };
    return { ok: true, axes, size };
  }
  const size = gridSize(axes);
  if (size === null)
    return {
      ok: false,
      message: `the grid has ${shape} points, more than the ${MAX_GRID_POINTS.toLocaleString('en-US')} one command runs; fan it out with --point (see docs/cli.md: GNU parallel, a Kubernetes indexed Job, an AWS Batch array job)`,
    };
  return { ok: true, axes, size };
}

export async function runSweep(o: CliOptions, io: SweepIo): Promise<CliResult> {
  const parsedAxes = parseAxes(o);
  if (!parsedAxes.ok) return wrong([parsedAxes.message]);
  const axes = parsedAxes.axes;
  const base = linkValues(o, io);
  if (!base.ok) return wrong(base.errors);
  const size = parsedAxes.size;
  const notices = base.notices.map((n) => `sim: ${n}\n`).join('');
  if (o.gridSize) return { code: 0, stdout: `${size}\n`, stderr: notices };
  const table: SweepTable = { kind: base.values.kind, keys: axes.map((a) => a.key), comparison: base.values.kind === 'fleet' && base.values.cmp };
  if (o.headerOnly) return { code: 0, stdout: sweepHeader(table), stderr: notices };
  if (o.point !== undefined && o.point >= size) return wrong([`--point ${o.point} is outside the grid: its points are 0 to ${size - 1}`]);
  const indices = o.point !== undefined ? [o.point] : Array.from({ length: size }, (_, i) => i);

  // Every point is built and checked before anything runs: a grid with an impossible corner is refused whole.
  const jobs: PointJob[] = [];
  const settings = new Map<number, { values: SimParams; numbers: number[] }>();
  const errors: string[] = [];
  for (const index of indices) {
    const point = gridPoint(axes, index);
    const values = applyPoint(base.values, point);
    const built = scenariosOf(values, { traceCsv: base.traceCsv, maxOutputTokens: io.maxOutputTokens, batchPricePer1M: io.batchPricePer1M });
    if (!built.ok) {
      if (errors.length < 5) errors.push(`grid point ${index} (${point.settings.map((s) => `${s.key}=${s.value}`).join(', ')}): ${built.errors.join('; ')}`);
      continue;
    }
    jobs.push({ id: index, scenarios: built.scenarios });
    settings.set(index, { values, numbers: point.settings.map((s) => s.value) });
  }
  if (errors.length > 0) return wrong([...errors, ...(errors.length === 5 ? ['(further points not listed)'] : [])]);

  const labels = scenariosOf(base.values, { traceCsv: base.traceCsv, maxOutputTokens: io.maxOutputTokens, batchPricePer1M: io.batchPricePer1M });
  const runLabels = labels.ok ? labels.labels : [];
  let stdout = '';
  const emit = (chunk: string) => (io.write ? io.write(chunk) : (stdout += chunk));
  if (!o.noHeader) emit(sweepHeader(table));
  const ready = new Map<number, RunFigures[]>();
  let cursor = 0;
  try {
    await io.runner(jobs, (id, figures) => {
      ready.set(id, figures);
      while (cursor < indices.length && ready.has(indices[cursor]!)) {
        const index = indices[cursor]!;
        const s = settings.get(index)!;
        emit(sweepRows(table, { index, settings: s.numbers, seed: s.values.seed, runs: ready.get(index)!.map((f, i) => ({ label: runLabels[i] ?? '', figures: f })) }));
        ready.delete(index);
        cursor += 1;
      }
    });
  } catch (e) {
    return { code: 1, stdout, stderr: `${notices}sim: ${e instanceof Error ? e.message : String(e)}\n` };
  }
  return { code: 0, stdout, stderr: notices };
}
