import type { CatalogModel, PricePoint, PriceScope, PriceTier } from '../catalog-schema.ts';
import { providerOf } from './bedrock-model-id.ts';
import { PRICE_FIELDS, type ModelFacts, type PriceObservation, type SourceInfo } from './price-observation.ts';
import { slugify } from './reference-json.ts';

/** Building the price points and models a refresh adds, in the catalog's own ID conventions. */

function scopeSlug(scope: PriceScope): string {
  switch (scope.type) {
    case 'in-region':
    case 'mantle':
      return `${scope.type}-${scope.region}`;
    case 'geo':
      return `geo-${scope.geography}`;
    case 'global':
      return 'global-global';
    default:
      return `${scope.type}-${scope.type}`;
  }
}

/** "in-region-us-east-1-standard", with "-2", "-3" … when the model already has that ID. */
export function newPointId(model: CatalogModel, scope: PriceScope, tier: PriceTier): string {
  const base = `${scopeSlug(scope)}-${tier}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 110);
  const taken = new Set(model.pricePoints.map((p) => p.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function newPoint(model: CatalogModel, obs: PriceObservation): PricePoint {
  const point: PricePoint = {
    id: newPointId(model, obs.scope, obs.tier),
    scope: obs.scope,
    tier: obs.tier,
    // null: the dimension exists but this source gives no number for it (never zero by omission).
    inputPer1M: obs.prices.inputPer1M ?? null,
    outputPer1M: obs.prices.outputPer1M ?? null,
    source: [obs.quote.slice(0, 4000)],
    asOf: obs.asOf,
    confidence: 'single-source',
    default: false,
  };
  for (const field of PRICE_FIELDS) {
    if (field === 'inputPer1M' || field === 'outputPer1M') continue;
    const value = obs.prices[field];
    if (value !== undefined) point[field] = value;
  }
  if (obs.longContext) {
    point.longContext = {
      thresholdTokens: obs.longContext.thresholdTokens,
      inputPer1M: obs.longContext.prices.inputPer1M ?? null,
      outputPer1M: obs.longContext.prices.outputPer1M ?? null,
      ...Object.fromEntries(Object.entries(obs.longContext.prices).filter(([k]) => k !== 'inputPer1M' && k !== 'outputPer1M')),
      source: obs.quote.slice(0, 4000),
      confidence: 'single-source',
    };
  }
  return point;
}

/** A model the catalog lacks, from what the sources say of it; its lifecycle stays unconfirmed. */
export function newModel(bareId: string, facts: ModelFacts[], source: SourceInfo, takenIds: Set<string>): CatalogModel {
  const name = (facts.find((f) => f.name)?.name ?? bareId).slice(0, 120);
  let id = slugify(name).slice(0, 100) || 'model';
  if (!/^[a-z0-9]/.test(id)) id = `m-${id}`;
  for (let n = 2; takenIds.has(id); n++) id = `${slugify(name).slice(0, 100)}-${n}`;
  const contextWindow = facts.find((f) => f.contextWindow !== undefined)?.contextWindow ?? null;
  const maxOutputTokens = facts.find((f) => f.maxOutputTokens !== undefined)?.maxOutputTokens ?? null;
  const profiles: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  let mantle: string | null = null;
  for (const f of facts) {
    const named = f.model.namedId;
    if (!named || named === bareId) continue;
    const prefix = named.slice(0, named.length - bareId.length - 1);
    if (named.endsWith(`.${bareId}`) && prefix) profiles[prefix] = [...new Set([...(profiles[prefix] ?? []), named])];
    else if (named === bareId.replace(/-\d+:\d+$|:\d+$/, '')) mantle = named;
  }
  return {
    id,
    provider: providerOf(bareId),
    name,
    aliases: [],
    modelIds: { bedrockRuntime: [bareId], inferenceProfiles: { ...profiles }, mantle },
    contextWindow,
    maxOutputTokens,
    limitsSource: contextWindow !== null || maxOutputTokens !== null ? `${source.id} (limits as the source lists them)` : 'no source gives the limits',
    lifecycle: {
      status: 'availability-unconfirmed',
      basis: `added by a price refresh: listed in ${source.id}; a price listing does not prove the model is offered today`,
      source: [source.id],
    },
    tokenizer: bareId.startsWith('meta.llama3') ? 'llama3' : 'other',
    pricePoints: [],
    confidence: 'single-source',
  };
}
