import { defaultPricePoint, pricePointLabel } from '../catalog/catalog-lookup.ts';
import type { CatalogModel } from '../catalog/catalog-schema.ts';
import { toNumber } from '../pricing/exact.ts';
import { rateCard } from '../pricing/rate-card.ts';
import { accepted, workloadCost, workloadIssues, type Workload } from '../pricing/workload-cost.ts';

/** One request's tokens as the simulator sends them: all input (cached parts included) and output. */
export type TokenMix = { inputTokens: number; outputTokens: number; cacheReadShare: number; cacheWriteShare: number };

export type BedrockPrice =
  | {
      ok: true;
      /** Bedrock's on-demand price of one request ÷ its input + output tokens, per 1M tokens. */
      per1M: number;
      /** "Claude Sonnet 4.6, In-Region · us-east-1 · Standard". */
      label: string;
      source: string;
      asOf: string;
      /** Cache shares the model cannot price, priced at 0 (said on screen). */
      warnings: string[];
    }
  | { ok: false; reason: string };

/**
 * What Bedrock would charge on demand for the same tokens the simulated servers served, per 1M, at the
 * model's default price point (Standard tier) with the catalog's rate cards and rules (regional premium,
 * long context, cache reads and 5-minute writes) — the figure to set beside the servers' own cost.
 */
export function bedrockOnDemandPer1M(model: CatalogModel, mix: TokenMix): BedrockPrice {
  const tokens = mix.inputTokens + mix.outputTokens;
  if (!(tokens > 0)) return { ok: false, reason: 'No tokens served yet.' };
  const point = defaultPricePoint(model);
  const card = rateCard(model, point);
  if (card.rates.input === null || card.rates.output === null) return { ok: false, reason: `${model.name}’s on-demand price is not fully published (input or output missing).` };
  const w: Workload = { ...mix, batchShare: 0, cacheTtl: '5m' };
  const issues = workloadIssues(model, card, null, w, '');
  const cost = workloadCost(card, null, accepted(w, issues));
  if (!cost.ok) return { ok: false, reason: cost.reason };
  return {
    ok: true,
    per1M: (toNumber(cost.perRequest) / tokens) * 1e6,
    label: `${model.name}, ${pricePointLabel(point)}`,
    source: [card.derivedFrom, ...point.source].filter(Boolean).join(' · '),
    asOf: point.asOf,
    warnings: issues.map((i) => `${i.message} That share is priced at 0 here.`),
  };
}
