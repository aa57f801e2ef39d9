import type { Catalog, CatalogModel, Confidence, PricePoint } from '../catalog-schema.ts';
import { pricePointLabel } from '../catalog-lookup.ts';
import { PRICE_FIELDS } from './price-observation.ts';

/**
 * What a refresh changes, model by model and price by price: the before and after catalogs
 * compared by model ID and price-point ID. Formatting is in format-catalog-diff.ts.
 */

type Value = number | null | undefined;

export interface PriceChange {
  model: string;
  point: string;
  label: string;
  field: string;
  from: Value;
  to: Value;
  /** The first source of the point after the refresh: the line that set the new value. */
  source: string;
}

export interface PointRef {
  model: string;
  point: string;
  label: string;
  prices: [string, Value][];
  source: string;
}

export interface ConflictAdded {
  model: string;
  point: string;
  label: string;
  field: string;
  kept: Value;
  other: number | string;
  source: string;
}

export interface CatalogDiff {
  modelCount: [number, number];
  pointCount: [number, number];
  modelsAdded: { id: string; name: string; bedrockId: string }[];
  modelsRemoved: { id: string; name: string }[];
  pointsAdded: PointRef[];
  pointsRemoved: PointRef[];
  priceChanges: PriceChange[];
  conflictsAdded: ConflictAdded[];
  confidenceChanges: { model: string; point: string; from: Confidence; to: Confidence }[];
  /** Points whose values did not change but that gained a source (a confirmation). */
  pointsWithNewSources: number;
  /** Provisioned-throughput rates (USD per model unit per hour) added or changed, by Region and term. */
  provisionedChanges: { model: string; region: string; term: string; from: number | undefined; to: number | undefined; source: string }[];
}

const LONG_FIELDS = ['thresholdTokens', ...PRICE_FIELDS] as const;

function fieldValues(p: PricePoint): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const f of PRICE_FIELDS) out.set(f, p[f]);
  for (const f of LONG_FIELDS) out.set(`longContext.${f}`, p.longContext?.[f]);
  return out;
}

function pricesOf(p: PricePoint): [string, Value][] {
  return [...fieldValues(p)].filter(([, v]) => v !== undefined);
}

function pointCount(c: Catalog): number {
  return c.models.reduce((n, m) => n + m.pricePoints.length, 0);
}

function conflictValue(p: PricePoint, field: string, value: number | string): boolean {
  return (p.conflicts ?? []).some((c) => c.field === field && c.values.some((v) => v.value === value));
}

export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const beforeModels = new Map(before.models.map((m) => [m.id, m]));
  const afterModels = new Map(after.models.map((m) => [m.id, m]));
  const diff: CatalogDiff = {
    modelCount: [before.models.length, after.models.length],
    pointCount: [pointCount(before), pointCount(after)],
    modelsAdded: [],
    modelsRemoved: [],
    pointsAdded: [],
    pointsRemoved: [],
    priceChanges: [],
    conflictsAdded: [],
    confidenceChanges: [],
    pointsWithNewSources: 0,
    provisionedChanges: [],
  };
  for (const m of before.models) if (!afterModels.has(m.id)) diff.modelsRemoved.push({ id: m.id, name: m.name });
  for (const m of after.models) {
    const old = beforeModels.get(m.id);
    if (!old) {
      diff.modelsAdded.push({ id: m.id, name: m.name, bedrockId: m.modelIds.bedrockRuntime[0] ?? m.modelIds.mantle ?? '' });
      for (const p of m.pricePoints) diff.pointsAdded.push({ model: m.id, point: p.id, label: pricePointLabel(p), prices: pricesOf(p), source: p.source[0]! });
      continue;
    }
    diffModel(old, m, diff);
  }
  for (const m of after.models) diffProvisioned(beforeModels.get(m.id), m, diff);
  return diff;
}

function diffProvisioned(old: CatalogModel | undefined, m: CatalogModel, diff: CatalogDiff): void {
  const key = (r: { region: string; term: string }) => `${r.region}|${r.term}`;
  const was = new Map((old?.provisionedThroughput?.rates ?? []).map((r) => [key(r), r.usdPerHour]));
  const now = m.provisionedThroughput?.rates ?? [];
  const source = m.provisionedThroughput?.source[0] ?? '';
  for (const r of now) {
    const from = was.get(key(r));
    if (from !== r.usdPerHour) diff.provisionedChanges.push({ model: m.id, region: r.region, term: r.term, from, to: r.usdPerHour, source });
  }
  const nowKeys = new Set(now.map(key));
  for (const [k, from] of was) {
    if (!nowKeys.has(k)) {
      const [region, term] = k.split('|') as [string, string];
      diff.provisionedChanges.push({ model: m.id, region, term, from, to: undefined, source });
    }
  }
}

function diffModel(old: CatalogModel, m: CatalogModel, diff: CatalogDiff): void {
  const oldPoints = new Map(old.pricePoints.map((p) => [p.id, p]));
  const newIds = new Set(m.pricePoints.map((p) => p.id));
  for (const p of old.pricePoints) {
    if (!newIds.has(p.id)) diff.pointsRemoved.push({ model: m.id, point: p.id, label: pricePointLabel(p), prices: pricesOf(p), source: p.source[0]! });
  }
  for (const p of m.pricePoints) {
    const was = oldPoints.get(p.id);
    const label = pricePointLabel(p);
    if (!was) {
      diff.pointsAdded.push({ model: m.id, point: p.id, label, prices: pricesOf(p), source: p.source[0]! });
      continue;
    }
    const before = fieldValues(was);
    let changed = false;
    for (const [field, to] of fieldValues(p)) {
      const from = before.get(field);
      if (from === to) continue;
      changed = true;
      diff.priceChanges.push({ model: m.id, point: p.id, label, field, from, to, source: p.source[0]! });
    }
    for (const c of p.conflicts ?? []) {
      for (const v of c.values) {
        // An old value the refresh replaced is listed under "Prices changed", not here.
        if (conflictValue(was, c.field, v.value) || before.get(c.field) === v.value) continue;
        diff.conflictsAdded.push({ model: m.id, point: p.id, label, field: c.field, kept: fieldValues(p).get(c.field), other: v.value, source: v.source });
      }
    }
    if (was.confidence !== p.confidence) diff.confidenceChanges.push({ model: m.id, point: p.id, from: was.confidence, to: p.confidence });
    if (!changed && p.source.some((s) => !was.source.includes(s))) diff.pointsWithNewSources++;
  }
}
