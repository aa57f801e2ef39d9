import { formatClock } from '../format/duration.ts';
import type { FleetSnapshot } from '../sim/simulation-types.ts';

/**
 * Events drawn on the simulator's shared time axis: the autoscaler's decisions, the steps of a model
 * update's rollout (and its rollback), and alarms firing and clearing. Pure: the charts place them,
 * the test checks what they say and that their labels never overlap.
 */
export type TimeMarkKind = 'scale-out' | 'scale-in' | 'rollout' | 'rollback' | 'alarm' | 'alarm-ok';

export type TimeMark = {
  time: number;
  kind: TimeMarkKind;
  /** The few characters written at the top of the line ("5 %", "rollback", "alarm"); '' = glyph only. */
  short: string;
  /** The whole story, for the read-out, the tooltip and screen readers. */
  detail: string;
};

/** Kinds in legend order, with what the legend says and how the line is drawn. */
export const MARK_STYLE: Record<TimeMarkKind, { legend: string; color: string; dash?: string; width: number }> = {
  // The new model version's colour in the fleet picture.
  rollout: { legend: 'rollout step', color: 'var(--chart-5)', width: 1.5 },
  rollback: { legend: 'rollback', color: 'var(--danger)', width: 2 },
  alarm: { legend: 'alarm fired', color: 'var(--chart-2)', dash: '4 3', width: 1.5 },
  'alarm-ok': { legend: 'alarm cleared', color: 'var(--chart-2)', dash: '1 3', width: 1.5 },
  'scale-out': { legend: 'scale-out', color: 'var(--chart-3)', width: 1 },
  'scale-in': { legend: 'scale-in', color: 'var(--chart-6)', width: 1 },
};
export const MARK_KINDS = Object.keys(MARK_STYLE) as TimeMarkKind[];

const ROLLOUT_SHORT: Record<NonNullable<FleetSnapshot['rollout']>['marks'][number]['kind'], (share: number) => string> = {
  start: () => 'rollout',
  step: (share) => `${Math.round(100 * share)} %`,
  switch: () => 'switch',
  rollback: () => 'rollback',
  complete: () => 'done',
};

type MarkSource = Pick<FleetSnapshot, 'eventLog' | 'rollout' | 'monitoring'>;

/** Every mark of one run, in time order; `letter` names the run when two share the axes. */
export function timeMarks(s: MarkSource, letter: string | null = null): TimeMark[] {
  const who = letter ? `${letter}: ` : '';
  const out: TimeMark[] = [];
  for (const e of s.eventLog)
    if (e.kind === 'scale-out' || e.kind === 'scale-in') out.push({ time: e.time, kind: e.kind, short: '', detail: `${who}${formatClock(e.time)} ${e.kind}: ${e.detail}` });
  for (const m of s.rollout?.marks ?? [])
    out.push({ time: m.time, kind: m.kind === 'rollback' ? 'rollback' : 'rollout', short: ROLLOUT_SHORT[m.kind](m.share), detail: `${who}${formatClock(m.time)} ${m.detail}` });
  for (const a of s.monitoring?.alarms ?? [])
    for (const ep of a.episodes) {
      out.push({ time: ep.firedAt, kind: 'alarm', short: 'alarm', detail: `${who}${formatClock(ep.firedAt)} alarm “${a.rule.name}” fired` });
      if (ep.clearedAt !== null) out.push({ time: ep.clearedAt, kind: 'alarm-ok', short: 'ok', detail: `${who}${formatClock(ep.clearedAt)} alarm “${a.rule.name}” cleared (OK)` });
    }
  return out.sort((a, b) => a.time - b.time);
}

/** Marks of one kind closer than this on screen are drawn as one (a flapping alarm reads as one band of lines, not a barcode). */
export const MERGE_PX = 6;
/** Approximate width of a label character at the charts' 11 px font, for placing labels apart. */
const CHAR_PX = 6.4;

export type PlacedMark = {
  x: number;
  kind: TimeMarkKind;
  /** How many marks this line stands for. */
  count: number;
  /** The label to write, or null when it would overlap another (the line stays; the read-out tells). */
  label: string | null;
  /** 0 = top row, 1 = the row below. */
  row: number;
  details: string[];
};

/**
 * Lines and labels for a chart `width` wide: marks of a kind within MERGE_PX merge ("alarm ×7"), and
 * labels take the first of `rows` rows where they overlap nothing, else are left out. Labels stay
 * inside [left, right].
 */
export function placeMarks(marks: readonly TimeMark[], x: (t: number) => number, left: number, right: number, rows = 2): PlacedMark[] {
  const merged: (PlacedMark & { shorts: string[] })[] = [];
  const lastOfKind = new Map<TimeMarkKind, PlacedMark & { shorts: string[] }>();
  for (const m of marks) {
    const px = x(m.time);
    if (!(px >= left - 0.5 && px <= right + 0.5)) continue;
    const prev = lastOfKind.get(m.kind);
    if (prev && px - prev.x <= MERGE_PX) {
      prev.count++;
      prev.details.push(m.detail);
      if (m.short) prev.shorts.push(m.short);
      continue;
    }
    const next = { x: px, kind: m.kind, count: 1, label: null, row: 0, details: [m.detail], shorts: m.short ? [m.short] : [] };
    merged.push(next);
    lastOfKind.set(m.kind, next);
  }
  merged.sort((a, b) => a.x - b.x);
  // The labels that matter most are placed first: a rollback must not lose its word to a step beside it.
  const order = merged.map((_, i) => i).sort((a, b) => LABEL_PRIORITY[merged[a]!.kind] - LABEL_PRIORITY[merged[b]!.kind] || a - b);
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const placed: PlacedMark[] = merged.map(({ shorts: _s, ...p }) => p);
  for (const i of order) {
    const { shorts, ...p } = merged[i]!;
    if (shorts.length === 0) continue;
    const text = p.count > 1 && shorts.length > 1 ? `${shorts[0]} ×${p.count}` : shorts[shorts.length - 1]!;
    const w = text.length * CHAR_PX;
    // Left-aligned at the line, or ending at it near the right edge.
    const start = Math.min(p.x + 3, right - w);
    if (start < left) continue;
    for (let r = 0; r < rows; r++)
      if (taken[r]!.every(([s, e]) => start > e + 4 || start + w < s - 4)) {
        taken[r]!.push([start, start + w]);
        placed[i] = { ...p, label: text, row: r };
        break;
      }
  }
  return placed;
}

const LABEL_PRIORITY: Record<TimeMarkKind, number> = { rollback: 0, rollout: 1, alarm: 2, 'alarm-ok': 3, 'scale-out': 4, 'scale-in': 5 };

/** Where a placed label starts (the component draws it there; the test checks the same arithmetic). */
export function labelStart(p: PlacedMark, right: number): number {
  return Math.min(p.x + 3, right - (p.label?.length ?? 0) * CHAR_PX);
}
