/**
 * Everything the break-even view reads from the Bedrock catalog, in one place: which model a link
 * names, its price at the workload's mix and tier with source and date, the open-weight preset that
 * runs the same weights, and provisioned-throughput rates. The rest of the view sees only these
 * named shapes, never the catalog's own.
 */
import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { defaultPricePoint, findModel, isKnownModel, pickableModels, pricePointLabel, resolveModel as resolveCatalogModel, sameScope, TIER_LABEL } from '../../domain/catalog/catalog-lookup.ts';
import { catalogPtRates, type PtTerm } from '../../domain/pricing/provisioned-throughput.ts';
import { unitPricesFor } from '../../domain/pricing/unit-prices.ts';
import { blendedPricePer1M, costPerRequest, type TokenWorkload } from '../../domain/pricing/token-cost.ts';
import { SELF_HOST_MODELS, type SelfHostModel } from '../../domain/breakeven/self-host-models.ts';

export { isKnownModel };

export type BedrockModelRef = {
  /** The catalog id (what links and the shared model store hold). */
  id: string;
  name: string;
  provider: string;
  /** True where the reference says the weights are not released (Claude, Nova): never self-hostable. */
  closedWeights: boolean;
  legacy: boolean;
};

/** On-demand service tiers the Bedrock side can be priced at; batch is the batch share. */
export const SERVICE_TIERS = ['standard', 'flex', 'priority'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

export type BedrockPriceRef = {
  /** Scope and tier, e.g. "In-Region · us-east-1 · Standard". */
  label: string;
  tier: ServiceTier;
  inputPer1M: number;
  outputPer1M: number;
  source: string;
  asOf: string;
  confidence: string;
  uncertain: boolean;
  note?: string;
};

export type BedrockQuote = {
  model: BedrockModelRef;
  price: BedrockPriceRef;
  /** Cost of one request ÷ its input + output tokens, per 1M, at the workload's mix. */
  blendPer1M: number;
  warnings: string[];
};

export type ModelOption = { value: string; label: string; group: string };
export type TierOption = { value: ServiceTier; label: string; available: boolean };

/** "Claude and Nova weights are not released" (TCO reference §2); other providers vary by model. */
const CLOSED_PROVIDERS = new Set(['Anthropic', 'Amazon']);

function ref(m: CatalogModel): BedrockModelRef {
  return { id: m.id, name: m.name, provider: m.provider, closedWeights: CLOSED_PROVIDERS.has(m.provider), legacy: m.lifecycle.status === 'legacy' };
}

export function modelOptions(catalog: Catalog, keepId: string): ModelOption[] {
  return pickableModels(catalog, { showRetired: false, keepId }).map((m) => ({
    value: m.id,
    label: m.lifecycle.status === 'legacy' ? `${m.name} (legacy)` : m.lifecycle.status === 'end-of-life' ? `${m.name} (retired)` : m.name,
    group: m.provider,
  }));
}

/** The model a key names (catalog id, alias or Bedrock id), else the first fallback the catalog knows. */
export function resolveModel(catalog: Catalog, key: string, fallbacks: readonly string[]): { model: BedrockModelRef; known: boolean } {
  const found = findModel(catalog, key);
  if (found) return { model: ref(found), known: true };
  const fallback = fallbacks.map((f) => findModel(catalog, f)).find((m) => m !== undefined);
  return { model: ref(fallback ?? resolveCatalogModel(catalog, key, catalog.models[0]!.id).model), known: false };
}

/** The open-weight preset that runs exactly this model's weights, if the app has one. */
export function selfHostPresetFor(catalog: Catalog, modelId: string): SelfHostModel | undefined {
  const m = findModel(catalog, modelId);
  return m ? SELF_HOST_MODELS.find((p) => findModel(catalog, p.bedrockModelId)?.id === m.id) : undefined;
}

function priced(p: PricePoint): boolean {
  return p.inputPer1M !== null && p.outputPer1M !== null;
}

/** The on-demand point of a tier, in the same place (scope) as the model's default point, with both prices published. */
function tierPoint(m: CatalogModel, tier: ServiceTier): PricePoint | undefined {
  const base = defaultPricePoint(m);
  if (tier === 'standard') return base;
  const point = m.pricePoints.find((p) => p.tier === tier && sameScope(p, base)) ?? m.pricePoints.find((p) => p.tier === tier);
  return point && priced(point) ? point : undefined;
}

function tierGap(m: CatalogModel, tier: ServiceTier): string {
  const any = m.pricePoints.find((p) => p.tier === tier);
  return any ? `${m.name}’s ${TIER_LABEL[tier]} price is not fully published (input or output missing)` : `${m.name} has no ${TIER_LABEL[tier]} price in the catalog`;
}

export function tierOptions(catalog: Catalog, modelId: string): TierOption[] {
  const m = findModel(catalog, modelId);
  return SERVICE_TIERS.map((t) => {
    const available = m !== undefined && tierPoint(m, t) !== undefined;
    return { value: t, label: available || !m ? TIER_LABEL[t] : `${TIER_LABEL[t]} — not offered here`, available };
  });
}

/**
 * The model's price at the workload's mix, in the chosen service tier where the model has it (else
 * Standard, with a warning); null when the catalog lacks the model.
 */
export function quote(catalog: Catalog, modelId: string, workload: TokenWorkload, tier: ServiceTier = 'standard'): BedrockQuote | null {
  const m = findModel(catalog, modelId);
  if (!m) return null;
  const wanted = tierPoint(m, tier);
  const point = wanted ?? defaultPricePoint(m);
  const prices = unitPricesFor(m, point);
  const cost = costPerRequest(prices, workload);
  const warnings = wanted ? cost.warnings : [`${tierGap(m, tier)}; Standard is shown.`, ...cost.warnings];
  return {
    model: ref(m),
    price: {
      label: pricePointLabel(point),
      tier: wanted ? tier : 'standard',
      inputPer1M: prices.inputPer1M,
      outputPer1M: prices.outputPer1M,
      source: point.source.join(' · '),
      asOf: point.asOf,
      confidence: point.confidence,
      uncertain: point.confidence === 'conflicting',
      note: point.note,
    },
    blendPer1M: prices.priced ? blendedPricePer1M(prices, workload) : Number.NaN,
    warnings,
  };
}

export type PtRates = {
  region: string;
  perHour: Partial<Record<PtTerm, number>>;
  source: string;
  asOf: string;
  uncertain: boolean;
  derivation?: string;
};

/** Published provisioned-throughput rates of the model, by term, in the first Region the catalog lists. */
export function ptRates(catalog: Catalog, modelId: string): PtRates | null {
  const r = catalogPtRates(findModel(catalog, modelId));
  if (!r) return null;
  return { region: r.region, perHour: r.perHour, source: r.source.source.join(' · '), asOf: r.source.asOf, uncertain: r.source.confidence === 'conflicting', derivation: r.source.derivation };
}

/** Models for the provisioned-throughput picker: those with published rates first. */
export function ptModelOptions(catalog: Catalog, keepId: string): ModelOption[] {
  const models = pickableModels(catalog, { showRetired: false, keepId });
  return [
    ...models.filter((m) => m.provisionedThroughput).map((m) => ({ value: m.id, label: `${m.name} — hourly rates known`, group: 'Rates in the catalog' })),
    ...models.filter((m) => !m.provisionedThroughput).map((m) => ({ value: m.id, label: m.name, group: 'Enter the rate from the console' })),
  ];
}
