/**
 * What a batch job costs, from the pricing domain's rate cards: the model's batch card at the scope of
 * its default (on-demand) price point — the catalog's own batch point, or one the ×1.10 regional rule
 * derives, marked so — and the on-demand card beside it. A model without a batch price gets the pricing
 * domain's refusal ("no Batch price is published …"), never a halved on-demand price. Batch requests
 * carry no cache tokens: prompt caching is not supported with batch inference.
 */
import type { CatalogModel } from '../catalog/catalog-schema.ts';
import { defaultPricePoint, scopeLabel, TIER_LABEL } from '../catalog/catalog-lookup.ts';
import { exact, toNumber } from '../pricing/exact.ts';
import { rateCard, tierCard, type RateCard, type TierCard } from '../pricing/rate-card.ts';
import { priceRequest, type CostPart } from '../pricing/request-cost.ts';

/** The two cards of one scope: the model's default on-demand point and its batch counterpart. */
export type BatchRates = { modelName: string; scope: string; onDemand: RateCard; batch: TierCard };

export function batchRatesOf(model: CatalogModel): BatchRates {
  const base = defaultPricePoint(model);
  return { modelName: model.name, scope: scopeLabel(base), onDemand: rateCard(model, base), batch: tierCard(model, base, 'batch') };
}

export type PricedJob =
  | {
      ok: true;
      perRecordUsd: number;
      totalUsd: number;
      lines: { part: CostPart; tokensPerRecord: number; pricePer1M: number; derived?: string }[];
      /** Scope and tier of the card, e.g. "us-east-1 · Batch". */
      label: string;
      sources: string[];
      asOf: string;
      derivedFrom?: string;
      longContext: boolean;
    }
  | { ok: false; reason: string };

export type BatchPricing = {
  records: number;
  inputTokensPerRecord: number;
  outputTokensPerRecord: number;
  /** Always 0: a batch request carries no cache tokens. */
  cacheTokensPerRecord: 0;
  batch: PricedJob;
  onDemand: PricedJob;
  /** Batch total ÷ on-demand total for the same records (0.5 where the published 50 % holds), or null. */
  batchShareOfOnDemand: number | null;
};

function priceCard(card: RateCard, scope: string, input: number, output: number, records: number): PricedJob {
  const priced = priceRequest(card, { fresh: input, cacheRead: 0, cacheWrite: 0, output }, '5m');
  if (!priced.ok) return { ok: false, reason: priced.reason };
  return {
    ok: true,
    perRecordUsd: toNumber(priced.total),
    totalUsd: toNumber(priced.total.times(records)),
    lines: priced.lines.map((l) => ({ part: l.part, tokensPerRecord: toNumber(l.tokens), pricePer1M: l.pricePer1M, ...(l.derived ? { derived: l.derived } : {}) })),
    label: `${scope} · ${TIER_LABEL[card.tier]}`,
    sources: card.point.source,
    asOf: card.point.asOf,
    ...(card.derivedFrom ? { derivedFrom: card.derivedFrom } : {}),
    longContext: priced.longContext,
  };
}

/** The job's price per record and in total (records × one record, so long-context thresholds apply per record). */
export function priceBatchJob(rates: BatchRates, inputTokensPerRecord: number, outputTokensPerRecord: number, records: number): BatchPricing {
  const onDemand = priceCard(rates.onDemand, rates.scope, inputTokensPerRecord, outputTokensPerRecord, records);
  const batch = rates.batch.ok ? priceCard(rates.batch.card, rates.scope, inputTokensPerRecord, outputTokensPerRecord, records) : { ok: false as const, reason: rates.batch.reason };
  const share = batch.ok && onDemand.ok && onDemand.totalUsd > 0 ? toNumber(exact(batch.totalUsd).div(onDemand.totalUsd)) : null;
  return { records, inputTokensPerRecord, outputTokensPerRecord, cacheTokensPerRecord: 0, batch, onDemand, batchShareOfOnDemand: share };
}
