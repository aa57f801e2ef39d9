import { z } from 'zod';
import type { PriceScope, PriceTier } from '../catalog-schema.ts';
import { readUsageType, type TokenUsage } from './aws-usage-type.ts';
import { isRegionCode } from './bedrock-model-id.ts';
import { toPer1M } from './decimal-text.ts';
import { findHostileKey } from './hostile-keys.ts';
import {
  newSkipped,
  refusal,
  skip,
  type ImportOutcome,
  type ModelReference,
  type PriceField,
  type PriceObservation,
  type PriceValues,
  type ProvisionedObservation,
  type SourceInfo,
} from './price-observation.ts';

/**
 * An AWS Price List offer file (bulk JSON) for AmazonBedrock, AmazonBedrockFoundationModels or
 * AmazonBedrockService: `products` (SKU → attributes with `usagetype`, `regionCode`, `model` or
 * `servicename`) and `terms.OnDemand` (SKU → term → priceDimensions with `unit` and
 * `pricePerUnit.USD`). AmazonBedrock prices are per 1K tokens, the Marketplace offer's per 1M
 * (unit "1M tokens", or "Units" described as "Million … Tokens"); both become per 1M exactly.
 * Rows name no Bedrock model ID, only a display name (or, for Mantle rows, the Mantle ID): the merge
 * matches names to catalog models and reports what it cannot match.
 */

export const OFFER_CODES = ['AmazonBedrock', 'AmazonBedrockFoundationModels', 'AmazonBedrockService'] as const;
const SHORT_CODE: Record<(typeof OFFER_CODES)[number], string> = {
  AmazonBedrock: 'AB',
  AmazonBedrockFoundationModels: 'FM',
  AmazonBedrockService: 'BS',
};

const text = (max: number) => z.string().max(max);
const offerSchema = z.object({
  formatVersion: text(20),
  offerCode: z.enum(OFFER_CODES),
  version: z.string().regex(/^\d{14}$/, 'not a 14-digit offer version'),
  publicationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'not an ISO date-time'),
  products: z.record(z.string().max(40), z.unknown()),
  terms: z.object({ OnDemand: z.record(z.string().max(40), z.unknown()).optional() }).passthrough(),
});
const productSchema = z.object({
  sku: text(40).optional(),
  attributes: z.object({
    usagetype: text(200),
    regionCode: text(40).optional(),
    servicename: text(200).optional(),
    model: text(200).optional(),
    titanModel: text(200).optional(),
    feature: text(200).optional(),
    inferenceType: text(200).optional(),
    service_tier: text(40).optional(),
  }),
});
const dimensionSchema = z.object({
  unit: text(60),
  pricePerUnit: z.object({ USD: text(40) }),
  description: text(400).optional(),
  beginRange: text(40).optional(),
  endRange: text(40).optional(),
});
const termSchema = z.object({ effectiveDate: text(40).optional(), priceDimensions: z.record(z.string().max(200), dimensionSchema) });

const FIELD: Record<TokenUsage['direction'], (ttl: TokenUsage['ttl'], mantleId?: string) => PriceField> = {
  input: () => 'inputPer1M',
  output: () => 'outputPer1M',
  'cache-read': () => 'cacheReadPer1M',
  // Without a TTL in the usage type a write is the model's default: 30 minutes for GPT-5.x, else 5 (pricing rules 2026 §4).
  'cache-write': (ttl, mantleId) =>
    ttl === '1h' ? 'cacheWrite1hPer1M' : ttl === '30m' || (ttl === undefined && /^openai\.gpt-[56]/.test(mantleId ?? '')) ? 'cacheWrite30mPer1M' : 'cacheWrite5mPer1M',
};

/** Tokens per priced unit, or null when the row is not priced per token. */
function unitTokens(unit: string, usagetype: string, description: string | undefined): 1_000 | 1_000_000 | null {
  if (unit === '1K tokens') return 1_000;
  if (unit === '1M tokens') return 1_000_000;
  // Some Marketplace rows say "Units" and describe the unit as "Million Input Tokens …".
  if (unit === 'Units' && usagetype.endsWith('-Units') && /\bMillion\b/.test(description ?? '')) return 1_000_000;
  return null;
}

function modelOf(attrs: z.infer<typeof productSchema>['attributes'], usage: TokenUsage): ModelReference | null {
  if (usage.mantleId) return { namedId: usage.mantleId, ...(attrs.model ? { name: attrs.model } : {}) };
  const name = attrs.servicename?.replace(/\s*\(Amazon Bedrock Edition\)$/, '') ?? null;
  const fromModel = attrs.model ?? attrs.titanModel ?? (attrs.servicename && name !== attrs.servicename ? name : null);
  if (!fromModel) return null;
  return { name: fromModel.replace(/\s+Latency Optimized$/i, '').trim() };
}

function tierOf(usage: TokenUsage, attrs: z.infer<typeof productSchema>['attributes']): PriceTier | 'contradiction' {
  const fromAttr = attrs.service_tier === 'priority' || attrs.service_tier === 'flex' || attrs.service_tier === 'standard' ? attrs.service_tier : null;
  const fromFeature = attrs.feature === 'Batch Inference' ? 'batch' : null;
  const candidates = [usage.tier, fromAttr, fromFeature].filter((t): t is PriceTier => t !== null);
  if (new Set(candidates).size > 1) return 'contradiction';
  return candidates[0] ?? 'standard';
}

/** Provisioned-throughput SKUs: "USE1-NovaLite-ProvisionedThroughput-1month-ModelUnits", "USW2_ProvisionedThroughput_6MonthsCommit_ModelUnits_Usage". */
const PT_TERM = /ProvisionedThroughput[-_](1month|6month|1MonthCommit|1MonthsCommit|6MonthCommit|6MonthsCommit|NoCommit)\b/i;

function termOf(word: string): ProvisionedObservation['term'] {
  const w = word.toLowerCase();
  return w.startsWith('1') ? '1-month' : w.startsWith('6') ? '6-month' : 'no-commit';
}

/** One provisioned-throughput SKU as a rate per model unit per hour, a reason to skip it, or a malformed price. */
function provisionedRate(
  sku: string,
  attrs: z.infer<typeof productSchema>['attributes'],
  onDemand: Record<string, unknown>,
  termWord: string,
): Omit<ProvisionedObservation, 'asOf' | 'quote'> & { usd: string } | string | { error: string } {
  const name = attrs.model ?? attrs.servicename?.replace(/\s*\(Amazon Bedrock Edition\)$/, '');
  if (!name) return 'provisioned-throughput SKU without a model name';
  if (!attrs.regionCode || !isRegionCode(attrs.regionCode)) return 'no valid regionCode';
  const terms = Object.hasOwn(onDemand, sku) ? onDemand[sku] : undefined;
  const parsed = terms && typeof terms === 'object' && Object.values(terms).length === 1 ? termSchema.safeParse(Object.values(terms)[0]) : null;
  const dims = parsed?.success ? Object.values(parsed.data.priceDimensions) : [];
  if (dims.length !== 1 || !/^(hour|Hrs|hours?)$/i.test(dims[0]!.unit)) return 'provisioned-throughput SKU not priced per hour';
  const usd = dims[0]!.pricePerUnit.USD;
  const perHour = toPer1M(usd, 1_000_000);
  if (perHour === null || perHour > 1e6) return { error: `${JSON.stringify(usd.slice(0, 40))} is not a price (a decimal from 0 to 1,000,000 per hour)` };
  return { model: { name }, region: attrs.regionCode, term: termOf(termWord), usdPerHour: perHour, usd };
}

interface Group {
  model: ModelReference;
  scope: PriceScope;
  tier: PriceTier;
  prices: PriceValues;
  longRates: PriceValues;
  quotes: string[];
}

export function importAwsPriceList(json: unknown, source: SourceInfo): ImportOutcome {
  const file = source.fileName;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refusal(file, 'file', '(root)', 'not a JSON object');
  const hostile = findHostileKey(json);
  if (hostile) return refusal(file, `key ${hostile}`, hostile.split('.').pop()!, 'a forbidden key name');
  const offer = offerSchema.safeParse(json);
  if (!offer.success) return refusal(file, 'offer', offer.error.issues[0]!.path.join('.') || '(root)', offer.error.issues[0]!.message);
  const onDemand = offer.data.terms.OnDemand ?? {};
  const skipped = newSkipped();
  const groups = new Map<string, Group>();
  const provisioned: ProvisionedObservation[] = [];
  for (const [sku, rawProduct] of Object.entries(offer.data.products)) {
    const product = productSchema.safeParse(rawProduct);
    if (!product.success) {
      const issue = product.error.issues[0]!;
      return refusal(file, `product ${sku}`, issue.path.join('.'), issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue.message);
    }
    const attrs = product.data.attributes;
    const ptTerm = PT_TERM.exec(attrs.usagetype);
    if (ptTerm) {
      const rate = provisionedRate(sku, attrs, onDemand, ptTerm[1]!);
      if (typeof rate === 'string') skip(skipped, rate, attrs.usagetype);
      else if ('error' in rate) return refusal(file, `terms.OnDemand.${sku} (${attrs.usagetype})`, 'pricePerUnit.USD', rate.error);
      else {
        const { usd, ...observed } = rate;
        provisioned.push({ ...observed, asOf: offer.data.publicationDate.slice(0, 10), quote: `${source.id} ${rate.model.name}: ${attrs.usagetype} ${usd} per hour` });
      }
      continue;
    }
    const reading = readUsageType(attrs.usagetype);
    if (reading.kind === 'excluded') {
      skip(skipped, reading.reason, attrs.usagetype);
      continue;
    }
    if (reading.kind === 'unknown') {
      skip(skipped, 'usage type outside the token-price grammar (image, embedding or unknown)', attrs.usagetype);
      continue;
    }
    const usage = reading.usage;
    if (!attrs.regionCode || !isRegionCode(attrs.regionCode)) {
      skip(skipped, 'no valid regionCode', attrs.usagetype);
      continue;
    }
    const terms = Object.hasOwn(onDemand, sku) ? onDemand[sku] : undefined;
    if (terms === undefined || terms === null || typeof terms !== 'object') {
      skip(skipped, 'no OnDemand term', attrs.usagetype);
      continue;
    }
    const termList = Object.entries(terms);
    if (termList.length !== 1) {
      skip(skipped, 'more than one OnDemand term for a SKU', attrs.usagetype);
      continue;
    }
    const term = termSchema.safeParse(termList[0]![1]);
    if (!term.success) {
      const issue = term.error.issues[0]!;
      return refusal(file, `terms.OnDemand.${sku}`, issue.path.join('.'), issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue.message);
    }
    const dims = Object.values(term.data.priceDimensions);
    const dim = dims[0];
    if (dims.length !== 1 || !dim || (dim.beginRange !== undefined && dim.beginRange !== '0') || (dim.endRange !== undefined && dim.endRange !== 'Inf')) {
      skip(skipped, 'volume-tiered price (not one rate from 0 to Inf)', attrs.usagetype);
      continue;
    }
    const per = unitTokens(dim.unit, attrs.usagetype, dim.description);
    if (per === null) {
      skip(skipped, `unit "${dim.unit.slice(0, 30)}" is not a token unit`, attrs.usagetype);
      continue;
    }
    const per1M = toPer1M(dim.pricePerUnit.USD, per);
    if (per1M === null || per1M > 1e6) {
      return refusal(file, `terms.OnDemand.${sku} (${attrs.usagetype})`, 'pricePerUnit.USD', `${JSON.stringify(dim.pricePerUnit.USD.slice(0, 40))} is not a price (a decimal from 0 to 1,000,000 per 1M tokens)`);
    }
    const model = modelOf(attrs, usage);
    if (!model) {
      skip(skipped, 'no model name (model, titanModel or servicename)', attrs.usagetype);
      continue;
    }
    const tier = tierOf(usage, attrs);
    if (tier === 'contradiction') {
      skip(skipped, 'usage type and service_tier name different tiers', attrs.usagetype);
      continue;
    }
    const scope: PriceScope = usage.global
      ? { type: 'global' }
      : usage.mantleId
        ? { type: 'mantle', region: attrs.regionCode }
        : { type: 'in-region', region: attrs.regionCode };
    const field = FIELD[usage.direction](usage.ttl, usage.mantleId);
    const modelKey = model.namedId ?? `name:${model.name}`;
    const quote = `${attrs.usagetype} ${dim.pricePerUnit.USD} per ${dim.unit}`;
    // Two rows for one price with different values stay two observations: the merge marks them conflicting.
    for (let n = 0; ; n++) {
      const key = `${modelKey}|${JSON.stringify(scope)}|${tier}|${n}`;
      const group = groups.get(key) ?? { model, scope, tier, prices: {}, longRates: {}, quotes: [] };
      const target = usage.longContext ? group.longRates : group.prices;
      if (target[field] !== undefined && target[field] !== per1M) continue;
      target[field] = per1M;
      group.quotes.push(quote);
      groups.set(key, group);
      break;
    }
  }
  const asOf = offer.data.publicationDate.slice(0, 10);
  const observations: PriceObservation[] = [...groups.values()].map((g) => ({
    model: g.model,
    scope: g.scope,
    tier: g.tier,
    prices: g.prices,
    ...(Object.keys(g.longRates).length ? { longContextRatesOnly: g.longRates } : {}),
    asOf,
    quote: `${source.id} ${g.model.name ?? g.model.namedId}: ${g.quotes.join('; ')}`.slice(0, 3900),
  }));
  return { ok: true, value: { source, observations, provisioned, models: [], skipped } };
}

/** The source ID and date an offer file gives itself ("PL-FM-20260911124410", 2026-09-11). */
export function priceListSourceInfo(json: unknown, fileName: string): SourceInfo | null {
  const offer = offerSchema.safeParse(json);
  if (!offer.success) return null;
  const { offerCode, version, publicationDate } = offer.data;
  return {
    format: 'aws-price-list',
    id: `PL-${SHORT_CODE[offerCode]}-${version}`,
    what: `AWS Price List offer file ${offerCode} version ${version} (${fileName})`,
    date: publicationDate.slice(0, 10),
    fileName,
  };
}
