/**
 * Everything the break-even view reads from the Bedrock catalog, in one place: which model a link
 * names, its price at the workload's mix and tier with source and date, the open-weight preset that
 * runs the same weights, and provisioned-throughput rates. The rest of the view sees only these
 * named shapes, never the catalog's own.
 */
import type { Catalog, CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { defaultPricePoint, findModel, isKnownModel, pickableModels, pricePointLabel, resolveModel as resolveCatalogModel, TIER_LABEL } from '../../domain/catalog/catalog-lookup.ts';
import { catalogPtRates, type PtTerm } from '../../domain/pricing/provisioned-throughput.ts';
import { toNumber } from '../../domain/pricing/exact.ts';
import { rateCard, tierCard, type TierCard } from '../../domain/pricing/rate-card.ts';
import type { TokenWorkload } from '../../domain/pricing/token-workload.ts';
import { accepted, workloadCost, workloadIssues, type Workload } from '../../domain/pricing/workload-cost.ts';
import { OPEN_WEIGHT_PRESETS } from '../../domain/gpu/serving-profile.ts';

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

/** The open-weight preset (a catalog id) that runs exactly this model's weights, if the GPU model has one. */
export function selfHostPresetFor(catalog: Catalog, modelId: string): string | null {
  const m = findModel(catalog, modelId);
  return m ? (OPEN_WEIGHT_PRESETS.find((p) => p.catalogId === m.id)?.catalogId ?? null) : null;
}

/** A model's display name, or its id when the catalog lacks it. */
export function catalogName(catalog: Catalog, modelId: string): string {
  return findModel(catalog, modelId)?.name ?? modelId;
}

/** The on-demand card of a tier at the model's default scope, both main prices published; else why not. */
function onDemandCard(m: CatalogModel, tier: ServiceTier): TierCard {
  const base = defaultPricePoint(m);
  const t = tier === 'standard' ? ({ ok: true, card: rateCard(m, base) } as const) : tierCard(m, base, tier);
  if (t.ok && (t.card.rates.input === null || t.card.rates.output === null)) {
    return { ok: false, reason: `${m.name}’s ${TIER_LABEL[tier]} price is not fully published (input or output missing).` };
  }
  return t;
}

export function tierOptions(catalog: Catalog, modelId: string): TierOption[] {
  const m = findModel(catalog, modelId);
  return SERVICE_TIERS.map((t) => {
    const available = m !== undefined && onDemandCard(m, t).ok;
    return { value: t, label: available || !m ? TIER_LABEL[t] : `${TIER_LABEL[t]} — not offered here`, available };
  });
}

/**
 * The model's price at the workload's mix with the pricing rules of src/domain/pricing (regional
 * premium, batch at the batch card of the same scope without cache tokens, cache TTL 5 minutes), in
 * the chosen service tier where the model has it (else Standard, with the reason). A share the model
 * cannot price (no batch price, no caching) is priced at 0 and said. Null when the catalog lacks the model.
 */
export function quote(catalog: Catalog, modelId: string, workload: TokenWorkload, tier: ServiceTier = 'standard'): BedrockQuote | null {
  const m = findModel(catalog, modelId);
  if (!m) return null;
  const wanted = onDemandCard(m, tier);
  const card = wanted.ok ? wanted.card : rateCard(m, defaultPricePoint(m));
  const batch = tierCard(m, defaultPricePoint(m), 'batch');
  const w: Workload = { ...workload, cacheTtl: '5m' };
  const issues = workloadIssues(m, card, batch.ok ? batch.card : null, w, batch.ok ? '' : batch.reason);
  const cost = workloadCost(card, batch.ok ? batch.card : null, accepted(w, issues));
  const tokens = workload.inputTokens + workload.outputTokens;
  const warnings = [
    ...(wanted.ok ? [] : [`${wanted.reason} Standard is shown.`]),
    ...issues.map((i) => `${i.message} That share is priced at 0 here.`),
    ...(cost.ok ? [] : [cost.reason]),
  ];
  const point = card.point;
  return {
    model: ref(m),
    price: {
      label: pricePointLabel(point),
      tier: wanted.ok ? tier : 'standard',
      inputPer1M: card.rates.input?.value ?? Number.NaN,
      outputPer1M: card.rates.output?.value ?? Number.NaN,
      source: [card.derivedFrom, ...point.source].filter(Boolean).join(' · '),
      asOf: point.asOf,
      confidence: point.confidence,
      uncertain: point.confidence === 'conflicting',
      note: point.note,
    },
    blendPer1M: cost.ok && tokens > 0 ? (toNumber(cost.perRequest) / tokens) * 1e6 : Number.NaN,
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
