import type { CacheTtl, Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import {
  contextLimit,
  defaultPricePoint,
  findModel,
  findPricePoint,
  isRetired,
  pricePointLabel,
  scopeLabel,
  TIER_LABEL,
} from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import type { PriceSourceRef } from '../../domain/export/export-context.ts';
import { formatCount, formatPrice, formatUsd } from '../../domain/format/money.ts';
import { catalogChart, type CatalogChart } from '../../domain/pricing/catalog-chart.ts';
import { OBSERVED_SPEEDS } from '../../domain/gpu/observed-speeds.ts';
import { priceSpeed, type PriceSpeed } from '../../domain/pricing/price-speed.ts';
import { compareColumns, parseCompare, type CompareColumn } from '../../domain/pricing/compare-columns.ts';
import { exact, toNumber } from '../../domain/pricing/exact.ts';
import { lifecycleNotice, validityNotice, type Notice } from '../../domain/pricing/price-notices.ts';
import { project, type Projection } from '../../domain/pricing/projection.ts';
import {
  catalogPtRates,
  provisionedBreakEven,
  sizeProvisioned,
  PT_TERMS,
  type CatalogPtRates,
  type ProvisionedSizing,
  type PtTerm,
} from '../../domain/pricing/provisioned-throughput.ts';
import { CACHE_WRITE_CLASS, rateCard, tierCard, type RateCard } from '../../domain/pricing/rate-card.ts';
import { PART_LABEL, ttlLabel, type CostPart } from '../../domain/pricing/request-cost.ts';
import { averageTpm, reservedTierCost, type ReservedResult } from '../../domain/pricing/reserved-tier.ts';
import { accepted, offeredTtls, offersCaching, workloadCost, workloadIssues, type Workload, type WorkloadField } from '../../domain/pricing/workload-cost.ts';
import type { IgnoredParam, ParamValues } from '../../domain/url/query-params.ts';
import { SERVICE_TIERS, type PRICING_PARAMS, type ServiceTier } from './pricing-params.ts';

/**
 * Everything /pricing shows, from the link values and the catalog: a pure function, so every
 * figure on the page (and in its exports) is computed here and tested in pricing-model.test.ts.
 */
export type PricingValues = ParamValues<typeof PRICING_PARAMS>;
export type PricingContext = { startingModelId: string; today: string };

export type Option = { value: string; label: string; group?: string };
export type TierOption = { tier: ServiceTier; label: string; enabled: boolean; reason: string | null };
export type CostLineView = { key: string; part: CostPart; mode: 'on-demand' | 'batch'; label: string; tokens: number; pricePer1M: number; cost: number; derived?: string };
export type PriceRow = { label: string; value: number | null; derived?: string };

export type PricingView = {
  model: CatalogModel;
  base: PricePoint;
  ignored: IgnoredParam[];
  modelOptions: Option[];
  scopeOptions: Option[];
  tier: ServiceTier;
  tierOptions: TierOption[];
  ttl: CacheTtl;
  ttlOptions: Option[];
  caching: boolean;
  /** The card every on-demand token of the request is priced from (tier applied, overrides applied). */
  card: RateCard;
  catalogPrices: { input: number | null; output: number | null };
  overridden: { input: boolean; output: boolean };
  batch: { card: RateCard | null; reason: string | null };
  fieldIssues: Partial<Record<WorkloadField, string>>;
  workload: Workload;
  requestsPerDay: number;
  /** The scenario in one line, for chart captions. */
  summary: string;
  cost: { ok: true; perRequest: number; lines: CostLineView[]; formula: string } | { ok: false; reason: string };
  projection: Projection | null;
  blendedPer1M: number | null;
  longContext: { thresholdTokens: number | null; active: boolean; message: string };
  notices: Notice[];
  provenance: { label: string; sources: string[]; asOf: string; confidence: string; conflicts: string[]; notes: string[] };
  priceRows: PriceRow[];
  provisioned: ProvisionedView;
  reserved: ReservedView;
  chart: CatalogChart;
  compare: CompareColumn[];
  priceSpeed: PriceSpeed;
  priceSources: PriceSourceRef[];
};

export type ProvisionedView = {
  rates: CatalogPtRates | null;
  terms: { term: PtTerm; perHour: number }[];
  term: PtTerm;
  catalogRate: number | null;
  rate: number | null;
  breakEvenTpm: number | null;
  sizing: ProvisionedSizing | null;
};

export type ReservedView = {
  demandInputTpm: number;
  demandOutputTpm: number;
  result: ReservedResult | null;
  standardMonthly: number | null;
  /** Why nothing is computed: rates not entered, or the workload cannot be priced at Standard. */
  missing: string | null;
};

const LIFECYCLE_SUFFIX: Record<CatalogModel['lifecycle']['status'], string> = {
  active: '',
  legacy: ' (legacy)',
  'end-of-life': ' (retired)',
  preview: ' (preview)',
  'availability-unconfirmed': ' (availability unconfirmed)',
};

const SCOPE_GROUP: Record<PricePoint['scope']['type'], string> = {
  'in-region': 'In-Region',
  geo: 'Geographic cross-region profile',
  global: 'Global cross-region profile',
  mantle: 'Mantle endpoint',
  'unknown-region': 'Region not stated by the source',
  'unknown-regional': 'Region not stated by the source',
};

const TTL_OPTION_LABEL: Record<CacheTtl, string> = { '5m': '5 minutes', '1h': '1 hour', '30m': '30 minutes' };

function isOnDemandBase(p: PricePoint): boolean {
  return p.tier === 'standard' || p.tier === 'latency-optimized';
}

function resolveModelAndBase(catalog: Catalog, v: PricingValues, ctx: PricingContext, ignored: IgnoredParam[]) {
  let model = v.model ? findModel(catalog, v.model) : undefined;
  if (!model) {
    if (v.model) ignored.push({ key: 'model', raw: v.model, reason: 'no such model in the catalog' });
    model = findModel(catalog, ctx.startingModelId) ?? findModel(catalog, DEFAULT_MODEL_ID) ?? catalog.models[0]!;
  }
  let base = defaultPricePoint(model);
  if (v.scope) {
    const found = findPricePoint(model, v.scope);
    if (found && isOnDemandBase(found)) base = found;
    else ignored.push({ key: 'scope', raw: v.scope, reason: `no such pricing scope for ${model.name}` });
  }
  return { model, base };
}

function withOverrides(card: RateCard, pin: number | null, pout: number | null): RateCard {
  if (pin === null && pout === null) return card;
  const rates = { ...card.rates };
  if (pin !== null) rates.input = { value: pin, derived: 'your price' };
  if (pout !== null) rates.output = { value: pout, derived: 'your price' };
  return { ...card, rates };
}

function formula(lines: CostLineView[], total: number): string {
  if (lines.length === 0) return '0 tokens = $0.00 per request';
  const terms = lines.map((l) => `${formatCount(l.tokens)} × ${formatPrice(l.pricePer1M)}`);
  return `(${terms.join(' + ')}) / 1,000,000 = ${formatUsd(total)} per request`;
}

function conflictText(p: PricePoint): string[] {
  return (p.conflicts ?? []).map((c) => `${c.field}: ${c.values.map((x) => `${x.value} (${x.source})`).join('; ')}`);
}

function sourceRef(model: CatalogModel, card: RateCard, what: string): PriceSourceRef {
  return {
    model: model.name,
    pricePoint: `${what}${card.derivedFrom ? ` — derived: ${card.derivedFrom}` : ''}`,
    source: card.point.source.join(' · '),
    asOf: card.point.asOf,
    confidence: card.point.confidence,
  };
}

export function buildPricingView(catalog: Catalog, v: PricingValues, ctx: PricingContext): PricingView {
  const ignored: IgnoredParam[] = [];
  const { model, base } = resolveModelAndBase(catalog, v, ctx, ignored);

  // Service tier at the chosen scope.
  const tierOptions: TierOption[] = SERVICE_TIERS.map((t) => {
    if (t === 'standard') return { tier: t, label: TIER_LABEL[t], enabled: true, reason: null };
    if (base.tier === 'latency-optimized') return { tier: t, label: TIER_LABEL[t], enabled: false, reason: 'Not offered with latency-optimized inference.' };
    const found = tierCard(model, base, t);
    return { tier: t, label: TIER_LABEL[t], enabled: found.ok, reason: found.ok ? null : found.reason };
  });
  let tier: ServiceTier = v.tier;
  if (!tierOptions.find((o) => o.tier === tier)?.enabled) {
    ignored.push({ key: 'tier', raw: tier, reason: tierOptions.find((o) => o.tier === tier)?.reason ?? 'not offered' });
    tier = 'standard';
  }
  const tierResult = tier === 'standard' ? { ok: true as const, card: rateCard(model, base) } : tierCard(model, base, tier);
  const catalogCard = tierResult.ok ? tierResult.card : rateCard(model, base);
  const card = withOverrides(catalogCard, v.pin, v.pout);

  // Cache-write lifetime: the TTLs this card prices.
  const ttls = offeredTtls(catalogCard);
  let ttl: CacheTtl = v.ttl;
  if (ttls.length > 0 && !ttls.includes(ttl)) {
    if (v.ttl !== '5m') ignored.push({ key: 'ttl', raw: v.ttl, reason: `${model.name} offers ${ttls.map(ttlLabel).join(', ')} cache writes here` });
    ttl = ttls[0]!;
  }

  const batchTier = tierCard(model, base, 'batch');
  const batch = { card: batchTier.ok ? batchTier.card : null, reason: batchTier.ok ? null : batchTier.reason };

  const requested: Workload = {
    inputTokens: v.in,
    outputTokens: v.out,
    cacheReadShare: v.cacheRead / 100,
    cacheWriteShare: v.cacheWrite / 100,
    batchShare: v.batch / 100,
    cacheTtl: ttl,
  };
  if (requested.cacheReadShare + requested.cacheWriteShare > 1) {
    ignored.push({ key: 'cacheWrite', raw: String(v.cacheWrite), reason: 'cache read + write exceed 100 % of the input' });
    requested.cacheWriteShare = 1 - requested.cacheReadShare;
  }
  const issues = workloadIssues(model, card, batch.card, requested, batch.reason ?? '');
  const fieldIssues: PricingView['fieldIssues'] = {};
  for (const i of issues) fieldIssues[i.field] = i.message;
  const workload = accepted(requested, issues);

  const priced = workloadCost(card, batch.card, workload);
  let cost: PricingView['cost'];
  let projection: Projection | null = null;
  let blendedPer1M: number | null = null;
  if (priced.ok) {
    const lines: CostLineView[] = priced.lines.map((l) => ({
      key: `${l.mode}-${l.part}`,
      part: l.part,
      mode: l.mode,
      label: l.mode === 'batch' ? `Batch ${PART_LABEL[l.part].toLowerCase()}` : l.part === 'cacheWrite' ? `Cache write (${ttlLabel(ttl)})` : PART_LABEL[l.part],
      tokens: toNumber(l.tokens),
      pricePer1M: l.pricePer1M,
      cost: toNumber(l.perRequest),
      ...(l.derived ? { derived: l.derived } : {}),
    }));
    const perRequest = toNumber(priced.perRequest);
    cost = { ok: true, perRequest, lines, formula: formula(lines, perRequest) };
    projection = project(priced.perRequest, v.rpd);
    const tokens = v.in + v.out;
    blendedPer1M = tokens > 0 ? toNumber(priced.perRequest.div(tokens).times(1e6)) : null;
  } else {
    cost = { ok: false, reason: priced.reason };
  }

  const lc = card.longContext;
  const longContext = {
    thresholdTokens: lc?.thresholdTokens ?? null,
    active: priced.longContext,
    message: !lc
      ? `${model.name} has no long-context price tier at this scope: the whole context window bills at these rates.`
      : priced.longContext
        ? `This request's input (${formatCount(v.in)} tokens: fresh + cache read + cache write) exceeds ${model.name}'s ${formatCount(lc.thresholdTokens)}-token threshold: every token of it — input, cache and output — bills at the long-context rates.`
        : `Above ${formatCount(lc.thresholdTokens)} input tokens per request (fresh + cache read + cache write), every token of the request bills at the long-context rates.`,
  };

  const notices: Notice[] = [];
  const life = lifecycleNotice(model);
  if (life) notices.push(life);
  const validity = validityNotice(card.point, ctx.today);
  if (validity) notices.push(validity);
  const window = contextLimit(model);
  if (window !== null && v.in + v.out > window) {
    notices.push({ tone: 'warn', text: `${formatCount(v.in + v.out)} tokens per request is more than ${model.name}'s ${formatCount(window)}-token context window.` });
  }
  if (card.point.confidence === 'conflicting') {
    notices.push({ tone: 'warn', text: `Sources disagree on this price; the value used is the newest authoritative one. Other values: ${conflictText(card.point).join(' | ')}` });
  }

  const r = card.rates;
  const priceRows: PriceRow[] = [
    { label: 'Cache read', ...rowOf(r.cacheRead) },
    { label: 'Cache write (5 minutes)', ...rowOf(r.cacheWrite5m) },
    { label: 'Cache write (1 hour)', ...rowOf(r.cacheWrite1h) },
    { label: 'Cache write (30 minutes)', ...rowOf(r.cacheWrite30m) },
    { label: 'Batch input', ...rowOf(batch.card?.rates.input ?? null) },
    { label: 'Batch output', ...rowOf(batch.card?.rates.output ?? null) },
  ];

  const derivedNotes = [
    ...(catalogCard.derivedFrom ? [`Derived: ${catalogCard.derivedFrom}.`] : []),
    ...Object.entries(catalogCard.rates).flatMap(([cls, p]) => (p?.derived ? [`${cls}: ${p.derived}.`] : [])),
    ...(card.point.derived ? [card.point.derived] : []),
  ];

  const priceSources: PriceSourceRef[] = [sourceRef(model, catalogCard, `${scopeLabel(base)} · ${TIER_LABEL[tier]}`)];
  if (workload.batchShare > 0 && batch.card) priceSources.push(sourceRef(model, batch.card, `${scopeLabel(base)} · Batch`));

  const provisioned = provisionedView(model, v, projection, blendedPer1M);
  const reserved = reservedView(model, base, v, workload);

  const providers = new Set(catalog.models.map((m) => m.provider));
  let provider = v.provider;
  if (provider !== 'all' && !providers.has(provider)) {
    ignored.push({ key: 'provider', raw: provider, reason: 'no such provider' });
    provider = 'all';
  }
  // The chart of every model and the price-against-speed points are most of this function's work and
  // sit at the foot of the page, which renders them after its first paint: computed when first read.
  let chart: CatalogChart | undefined;
  let speed: PriceSpeed | undefined;

  const parsedCompare = parseCompare(v.cmp);
  for (const p of parsedCompare.problems) ignored.push({ key: 'cmp', raw: v.cmp.slice(0, 80), reason: p });
  const compare = compareColumns(catalog, parsedCompare.specs, { ...requested, cacheTtl: '5m' }, v.rpd);
  for (const c of compare) {
    if (c.model && c.point && c.projection) {
      priceSources.push({ model: c.model.name, pricePoint: c.label, source: c.point.source.join(' · '), asOf: c.point.asOf, confidence: c.point.confidence });
    }
  }

  return {
    model,
    base,
    ignored,
    modelOptions: catalog.models
      .filter((m) => v.retired || !isRetired(m) || m.id === model.id)
      .map((m) => ({ value: m.id, label: `${m.name}${LIFECYCLE_SUFFIX[m.lifecycle.status]}`, group: m.provider })),
    scopeOptions: model.pricePoints.filter(isOnDemandBase).map((p) => ({
      value: p.id,
      label: `${pricePointLabel(p)}${p.validity?.kind === 'promotion' ? ' (promotion)' : p.validity?.kind === 'list' ? ' (list price)' : ''}${p.confidence === 'conflicting' ? ' (sources conflict)' : ''}`,
      group: SCOPE_GROUP[p.scope.type],
    })),
    tier,
    tierOptions,
    ttl,
    ttlOptions: (ttls.length ? ttls : (['5m'] as CacheTtl[])).map((t) => ({ value: t, label: TTL_OPTION_LABEL[t] })),
    caching: offersCaching(model),
    card,
    catalogPrices: { input: catalogCard.rates.input?.value ?? null, output: catalogCard.rates.output?.value ?? null },
    overridden: { input: v.pin !== null, output: v.pout !== null },
    batch,
    fieldIssues,
    workload,
    requestsPerDay: v.rpd,
    summary: `${model.name} · ${scopeLabel(base)} · ${TIER_LABEL[tier]} · ${formatCount(v.in)} input + ${formatCount(v.out)} output tokens per request · ${formatCount(v.rpd)} requests/day${
      workload.cacheReadShare || workload.cacheWriteShare ? ` · cache read ${formatCount(workload.cacheReadShare * 100)} % / write ${formatCount(workload.cacheWriteShare * 100)} % (${ttlLabel(ttl)})` : ''
    }${workload.batchShare ? ` · batch ${formatCount(workload.batchShare * 100)} %` : ''}`,
    cost,
    projection,
    blendedPer1M,
    longContext,
    notices,
    provenance: {
      label: `${scopeLabel(base)} · ${TIER_LABEL[tier]}`,
      sources: catalogCard.point.source,
      asOf: catalogCard.point.asOf,
      confidence: catalogCard.point.confidence,
      conflicts: conflictText(catalogCard.point),
      notes: [...derivedNotes, ...(catalogCard.point.note ? [catalogCard.point.note] : []), ...(model.notes ? [model.notes] : [])],
    },
    priceRows,
    provisioned,
    reserved,
    get chart() {
      return (chart ??= catalogChart(catalog, { ...requested, cacheTtl: '5m' }, v.rpd, { provider, tier: v.chartTier, showRetired: v.retired }));
    },
    compare,
    get priceSpeed() {
      return (speed ??= priceSpeed(catalog, { ...requested, cacheTtl: '5m' }, OBSERVED_SPEEDS, { showRetired: v.retired }));
    },
    priceSources,
  };
}

function rowOf(p: { value: number; derived?: string } | null): { value: number | null; derived?: string } {
  return p ? { value: p.value, ...(p.derived ? { derived: p.derived } : {}) } : { value: null };
}

function provisionedView(model: CatalogModel, v: PricingValues, projection: Projection | null, blendedPer1M: number | null): ProvisionedView {
  const rates = catalogPtRates(model);
  const terms = PT_TERMS.flatMap((t) => (rates?.perHour[t] !== undefined ? [{ term: t, perHour: rates.perHour[t]! }] : []));
  const term = terms.some((t) => t.term === v.term) || terms.length === 0 ? v.term : terms[0]!.term;
  const catalogRate = rates?.perHour[term] ?? null;
  const rate = v.muRate ?? catalogRate;
  const breakEvenTpm =
    rate !== null && blendedPer1M !== null && blendedPer1M > 0
      ? provisionedBreakEven({ modelUnits: 1, ratePerUnitHour: rate, hoursPerMonth: 730, onDemandPricePer1M: blendedPer1M, tokensPerMinutePerUnit: null }).breakEvenTokensPerMinute
      : null;
  const sizing =
    rate !== null && v.muTpm > 0 && projection
      ? sizeProvisioned({
          requestsPerDay: v.rpd,
          tokensPerRequest: v.in + v.out,
          peakToAverage: v.peak,
          tokensPerMinutePerUnit: v.muTpm,
          hourlyRatePerUnit: rate,
          onDemandPerMonth: projection.perMonth,
        })
      : null;
  return { rates, terms, term, catalogRate, rate, breakEvenTpm, sizing };
}

function reservedView(model: CatalogModel, base: PricePoint, v: PricingValues, w: Workload): ReservedView {
  // The reservation serves on-demand traffic; it is compared with the same traffic at Standard.
  const onDemandRpd = v.rpd * (1 - w.batchShare);
  const demandInputTpm = averageTpm(v.in * (1 - w.cacheReadShare), onDemandRpd);
  const demandOutputTpm = averageTpm(v.out, onDemandRpd);
  const standard = workloadCost(rateCard(model, base), null, { ...w, batchShare: 0 });
  if (!standard.ok) return { demandInputTpm, demandOutputTpm, result: null, standardMonthly: null, missing: standard.reason };
  const monthly = (parts: string[]) =>
    project(
      standard.lines.filter((l) => parts.includes(l.part)).reduce((a, l) => a.plus(l.perRequest), exact(0)),
      onDemandRpd,
    ).perMonth;
  const standardMonthly = project(standard.perRequest, onDemandRpd).perMonth;
  if (v.rRateIn === null || v.rRateOut === null) {
    return { demandInputTpm, demandOutputTpm, result: null, standardMonthly, missing: 'Enter both Reserved rates from your AWS account team to compare.' };
  }
  const result = reservedTierCost({
    reservedInputTpm: v.rIn,
    reservedOutputTpm: v.rOut,
    inputRatePer1kTpmMonth: v.rRateIn,
    outputRatePer1kTpmMonth: v.rRateOut,
    termMonths: v.rTerm === '3' ? 3 : 1,
    demandInputTpm,
    demandOutputTpm,
    standardMonthly: { inputSide: monthly(['input', 'cacheWrite']), output: monthly(['output']), cacheRead: monthly(['cacheRead']) },
  });
  return { demandInputTpm, demandOutputTpm, result, standardMonthly, missing: null };
}

/** The write price of the chosen lifetime, for labels. */
export function cacheWritePrice(view: PricingView): number | null {
  return view.card.rates[CACHE_WRITE_CLASS[view.ttl]]?.value ?? null;
}
