/**
 * `--sweep key=from:to:step`: a link parameter of /simulate stepped over a range; several sweeps make
 * the grid of every combination. Values pass the link's own parser, so a sweep can only reach values
 * a link could hold. Sizes are checked before anything is enumerated: a huge range is refused, not built.
 */
import { parseNumberText } from '../domain/format/parse-number.ts';
import { SIM_PARAMS, type SimParams } from '../domain/sim-view/sim-params.ts';
import { ownSpec, visibleParamText } from '../domain/url/query-params.ts';

/** Grid points one command runs. Beyond it, fan the grid out as independent processes (docs/cli.md). */
export const MAX_GRID_POINTS = 10_000;
/** Grid points a fanned-out grid may have (each process runs one with --point). */
export const MAX_FANOUT_POINTS = 1_000_000;

/** A range, never materialised: value i is from + i × step, rounded to the places the user typed. */
export type SweepAxis = { key: keyof SimParams; from: number; step: number; count: number; places: number };

export function axisValue(a: SweepAxis, i: number): number {
  return Number((a.from + i * a.step).toFixed(a.places));
}

export function axisValues(a: SweepAxis): number[] {
  return Array.from({ length: a.count }, (_, i) => axisValue(a, i));
}
export type GridPoint = { index: number; settings: { key: keyof SimParams; value: number }[] };

/** Decimal places of a number's shortest text, so 0.1 steps give 0.3, not 0.30000000000000004. */
function decimals(x: number): number {
  const text = String(x);
  const m = /(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  const frac = m?.[1]?.length ?? 0;
  const exp = m?.[2] ? Number(m[2]) : 0;
  return Math.max(0, frac - exp);
}

export function parseSweep(text: string): { ok: true; axis: SweepAxis } | { ok: false; message: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) return { ok: false, message: `--sweep needs key=from:to:step, got "${visibleParamText(text, 60)}"` };
  const key = text.slice(0, eq);
  const shown = visibleParamText(key, 40);
  const spec = ownSpec(SIM_PARAMS, key);
  if (!spec) return { ok: false, message: `--sweep ${shown}: not a /simulate link parameter` };
  if (typeof spec.default !== 'number') return { ok: false, message: `--sweep ${shown}: only numeric parameters can be swept (set this one with --set)` };
  const parts = text.slice(eq + 1).split(':');
  if (parts.length !== 3) return { ok: false, message: `--sweep ${shown}: needs from:to:step, got "${visibleParamText(text.slice(eq + 1), 60)}"` };
  const nums: number[] = [];
  for (const [i, part] of parts.entries()) {
    const n = parseNumberText(part);
    const name = ['from', 'to', 'step'][i]!;
    if (!n.ok) return { ok: false, message: n.reason === 'empty' ? `--sweep ${shown}: ${name} is missing` : `--sweep ${shown}: ${name} "${visibleParamText(part, 30)}" is ${n.reason}` };
    nums.push(n.value);
  }
  const [from, to, step] = nums as [number, number, number];
  if (!(step > 0)) return { ok: false, message: `--sweep ${shown}: step must be greater than 0, got ${step}` };
  if (to < from) return { ok: false, message: `--sweep ${shown}: from (${from}) is above to (${to})` };
  const places = Math.min(12, Math.max(decimals(from), decimals(step)));
  // A hair of tolerance so 0:1:0.1 ends at 1 despite binary fractions.
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (!Number.isFinite(count) || count > MAX_FANOUT_POINTS)
    return { ok: false, message: `--sweep ${shown}: ${from}:${to}:${step} is ${Number.isFinite(count) ? count.toLocaleString('en-US') : 'too many'} values; a grid has at most ${MAX_FANOUT_POINTS.toLocaleString('en-US')} points` };
  const axis: SweepAxis = { key: key as keyof SimParams, from, step, count, places };
  // The values rise evenly, so the first, second and last decide the range and whole-number checks of all.
  for (const i of new Set([0, Math.min(1, count - 1), count - 1])) {
    const v = axisValue(axis, i);
    const parsed = spec.parse(String(v));
    if (!parsed.ok) return { ok: false, message: `--sweep ${shown}: the value ${v} is ${parsed.reason}` };
  }
  return { ok: true, axis };
}

/** The number of grid points, or null when it passes the limit (counted without enumerating). */
export function gridSize(axes: readonly SweepAxis[], limit = MAX_GRID_POINTS): number | null {
  let size = 1;
  for (const a of axes) {
    size *= a.count;
    if (size > limit) return null;
  }
  return size;
}

/** Grid point `index` in row-major order: the first sweep changes slowest, the last fastest. */
export function gridPoint(axes: readonly SweepAxis[], index: number): GridPoint {
  const settings: GridPoint['settings'] = [];
  let rest = index;
  for (let i = axes.length - 1; i >= 0; i--) {
    const a = axes[i]!;
    settings[i] = { key: a.key, value: axisValue(a, rest % a.count) };
    rest = Math.floor(rest / a.count);
  }
  return { index, settings };
}

export function applyPoint(values: SimParams, point: GridPoint): SimParams {
  const out: Record<string, unknown> = { ...values };
  for (const s of point.settings) out[s.key] = s.value;
  return out as SimParams;
}
