import type { Catalog, CatalogModel, PricePoint } from '../catalog/catalog-schema.ts';
import { defaultPricePoint, findModel, findPricePoint, scopeLabel, TIER_LABEL } from '../catalog/catalog-lookup.ts';
import { exact, toNumber } from './exact.ts';
import { project, type Projection } from './projection.ts';
import { tierCard } from './rate-card.ts';
import { accepted, workloadCost, workloadIssues, type Workload } from './workload-cost.ts';

/**
 * Side-by-side columns: two to four models (or one model at two scopes or tiers) priced on the same
 * workload. In the link as `cmp=model:point:tier~model:point:tier` (catalog IDs; empty point = the
 * model's default point).
 */
export const COMPARE_TIERS = ['standard', 'priority', 'flex', 'batch'] as const;
export type CompareTier = (typeof COMPARE_TIERS)[number];
export type CompareSpec = { modelId: string; pointId: string; tier: CompareTier };
export const MAX_COMPARE = 4;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function serializeCompare(specs: readonly CompareSpec[]): string {
  return specs.map((s) => `${s.modelId}:${s.pointId}:${s.tier}`).join('~');
}

/** Parses the link value; a malformed column is dropped with a reason (never throws). */
export function parseCompare(raw: string): { specs: CompareSpec[]; problems: string[] } {
  const specs: CompareSpec[] = [];
  const problems: string[] = [];
  if (raw === '') return { specs, problems };
  for (const part of raw.split('~').slice(0, MAX_COMPARE + 2)) {
    const [modelId = '', pointId = '', tier = 'standard', ...rest] = part.split(':');
    if (rest.length || !SLUG.test(modelId) || (pointId !== '' && !SLUG.test(pointId)) || !(COMPARE_TIERS as readonly string[]).includes(tier)) {
      problems.push(`"${part.slice(0, 60)}" is not model:point:tier`);
      continue;
    }
    if (specs.length === MAX_COMPARE) {
      problems.push(`at most ${MAX_COMPARE} columns`);
      break;
    }
    specs.push({ modelId, pointId, tier: tier as CompareTier });
  }
  return { specs, problems };
}

export type CompareColumn = {
  spec: CompareSpec;
  label: string;
  model: CatalogModel | null;
  point: PricePoint | null;
  /** null when this column cannot be priced; `reason` says why. */
  projection: Projection | null;
  reason: string | null;
  refused: string[];
  /** Against the first column: per month difference and ratio − 1. */
  diffPerMonth: number | null;
  diffShare: number | null;
};

export function compareColumns(catalog: Catalog, specs: readonly CompareSpec[], w: Workload, requestsPerDay: number): CompareColumn[] {
  const columns: CompareColumn[] = specs.map((spec) => {
    const model = findModel(catalog, spec.modelId) ?? null;
    const empty = { spec, model, point: null, projection: null, refused: [], diffPerMonth: null, diffShare: null };
    if (!model) return { ...empty, label: spec.modelId, reason: 'not in the catalog' };
    const base = (spec.pointId && findPricePoint(model, spec.pointId)) || defaultPricePoint(model);
    const validity = base.validity ? ` (${base.validity.kind === 'promotion' ? 'promotion' : 'list price'})` : '';
    const label = `${model.name} · ${scopeLabel(base)} · ${TIER_LABEL[spec.tier]}${validity}`;
    const t = tierCard(model, base, spec.tier);
    if (!t.ok) return { ...empty, label, point: base, reason: t.reason };
    const workload = spec.tier === 'batch' ? { ...w, batchShare: 0, cacheReadShare: 0, cacheWriteShare: 0 } : { ...w, batchShare: 0 };
    const issues = workloadIssues(model, t.card, null, workload, '');
    const cost = workloadCost(t.card, null, accepted(workload, issues));
    if (!cost.ok) return { ...empty, label, point: t.card.point, reason: cost.reason };
    return { ...empty, label, point: t.card.point, reason: null, refused: issues.map((i) => i.message), projection: project(cost.perRequest, requestsPerDay) };
  });
  const first = columns[0]?.projection;
  for (const c of columns) {
    if (first && c.projection) {
      c.diffPerMonth = toNumber(exact(c.projection.perMonth).minus(first.perMonth));
      c.diffShare = first.perMonth > 0 ? c.projection.perMonth / first.perMonth - 1 : null;
    }
  }
  return columns;
}
