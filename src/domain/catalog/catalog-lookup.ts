import type { Catalog, CatalogModel, PricePoint } from './catalog-schema.ts';

/**
 * Finding models and price points by what a link or another view names. A link may name a model by
 * its catalog ID, a former catalog ID (alias), or any Bedrock ID it answers to (bare model ID,
 * inference-profile ID, Mantle ID): catalog v1 links used the bare Bedrock model ID.
 */

type Index = Map<string, CatalogModel>;
const indexes = new WeakMap<Catalog, Index>();

function indexOf(catalog: Catalog): Index {
  let index = indexes.get(catalog);
  if (index) return index;
  index = new Map();
  // Catalog IDs first, then aliases, then Bedrock IDs: an earlier kind of key is never shadowed.
  for (const m of catalog.models) index.set(m.id, m);
  for (const m of catalog.models) for (const a of m.aliases) if (!index.has(a)) index.set(a, m);
  for (const m of catalog.models) {
    const ids = [...m.modelIds.bedrockRuntime, ...Object.values(m.modelIds.inferenceProfiles).flat(), ...(m.modelIds.mantle ? [m.modelIds.mantle] : [])];
    for (const id of ids) if (!index.has(id)) index.set(id, m);
  }
  indexes.set(catalog, index);
  return index;
}

/** The model a key names (catalog ID, alias or Bedrock ID), or undefined. Never reads an inherited property. */
export function findModel(catalog: Catalog, key: string): CatalogModel | undefined {
  return indexOf(catalog).get(key);
}

export function isKnownModel(catalog: Catalog, key: string): boolean {
  return indexOf(catalog).has(key);
}

/** The model for a link value, else the fallback (else the first model), and whether the value was ignored. */
export function resolveModel(catalog: Catalog, key: string, fallbackId: string): { model: CatalogModel; known: boolean } {
  const model = findModel(catalog, key);
  if (model) return { model, known: true };
  return { model: findModel(catalog, fallbackId) ?? catalog.models[0]!, known: false };
}

export function defaultPricePoint(model: CatalogModel): PricePoint {
  return model.pricePoints.find((p) => p.default) ?? model.pricePoints[0]!;
}

export function findPricePoint(model: CatalogModel, id: string): PricePoint | undefined {
  return model.pricePoints.find((p) => p.id === id);
}

/** The ID to invoke the model with: the bare Bedrock model ID, else its Mantle ID, else the catalog ID. */
export function invokeModelId(model: CatalogModel): string {
  return model.modelIds.bedrockRuntime[0] ?? model.modelIds.mantle ?? model.id;
}

/** Every inference-profile ID of the model, in the order the catalog lists geographies. */
export function inferenceProfileIds(model: CatalogModel): string[] {
  return Object.values(model.modelIds.inferenceProfiles).flat();
}

/**
 * The most input + output a request may carry, or null when no source states it. The extended window
 * counts (Sonnet 4/4.5's 1M beta); a window equal to a long-context threshold is the short-context
 * limit (GPT-5.x: "272,000 … long-context tier above"), so the true limit is not stated: null.
 */
export function contextLimit(model: CatalogModel): number | null {
  if (model.contextWindowExtended !== undefined) return model.contextWindowExtended;
  const w = model.contextWindow;
  if (w === null) return null;
  return model.pricePoints.some((p) => p.longContext && p.longContext.thresholdTokens >= w) ? null : w;
}

export function isRetired(model: CatalogModel): boolean {
  return model.lifecycle.status === 'end-of-life';
}

/** The models a picker offers: retired ones only when asked, or when one is the current choice. */
export function pickableModels(catalog: Catalog, opts: { showRetired: boolean; keepId?: string }): CatalogModel[] {
  return catalog.models.filter((m) => opts.showRetired || !isRetired(m) || m.id === opts.keepId);
}

const SCOPE_NAME: Record<PricePoint['scope']['type'], string> = {
  'in-region': 'In-Region',
  geo: 'Geographic profile',
  global: 'Global profile',
  mantle: 'Mantle endpoint',
  'unknown-region': 'Region not stated',
  'unknown-regional': 'Regional, Region not stated',
};

/** "In-Region · us-east-1", "Geographic profile (us.)", "Global profile (global.)". */
export function scopeLabel(point: PricePoint): string {
  const s = point.scope;
  switch (s.type) {
    case 'in-region':
    case 'mantle':
      return `${SCOPE_NAME[s.type]} · ${s.region}`;
    case 'geo':
      return `${SCOPE_NAME.geo} (${s.geography}.)`;
    case 'global':
      return `${SCOPE_NAME.global} (global.)`;
    default:
      return SCOPE_NAME[s.type];
  }
}

export const TIER_LABEL: Record<PricePoint['tier'], string> = {
  standard: 'Standard',
  batch: 'Batch',
  flex: 'Flex',
  priority: 'Priority',
  'latency-optimized': 'Latency-optimized',
};

/** "Global profile (global.) · Standard". */
export function pricePointLabel(point: PricePoint): string {
  return `${scopeLabel(point)} · ${TIER_LABEL[point.tier]}`;
}

/** One key per place a point bills (tier aside): "in-region:us-east-1", "geo:us", "global". */
export function scopeKey(point: PricePoint): string {
  const s = point.scope;
  return s.type === 'in-region' || s.type === 'mantle' ? `${s.type}:${s.region}` : s.type === 'geo' ? `geo:${s.geography}` : s.type;
}

export function sameScope(a: PricePoint, b: PricePoint): boolean {
  return scopeKey(a) === scopeKey(b);
}
