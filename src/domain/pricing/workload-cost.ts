import type { CacheTtl, CatalogModel } from '../catalog/catalog-schema.ts';
import { exact, sum, toNumber, type Exact } from './exact.ts';
import { CACHE_WRITE_CLASS, type RateCard } from './rate-card.ts';
import { isOverLongContext, priceRequest, ttlLabel, type CostLine, type PricedRequest } from './request-cost.ts';

/**
 * The expected cost of one request of a workload: a share of requests goes to batch (priced at the
 * batch card of the same scope, with no cache tokens: prompt caching is not supported with batch,
 * pricing rules 2026 §3), the rest on-demand at the chosen tier with cache shares of the input.
 */
export type Workload = {
  /** All input tokens of one request: fresh + read from cache + written to cache. */
  inputTokens: number;
  outputTokens: number;
  /** Shares 0..1 of the input read from / written to the prompt cache (on-demand requests). */
  cacheReadShare: number;
  cacheWriteShare: number;
  /** Share 0..1 of requests sent as batch jobs. */
  batchShare: number;
  cacheTtl: CacheTtl;
};

export type WorkloadField = 'cacheRead' | 'cacheWrite' | 'ttl' | 'batch' | 'tier';
export type FieldIssue = { field: WorkloadField; message: string };

export type ModeLine = CostLine & { mode: 'on-demand' | 'batch'; perRequest: Exact };

export type WorkloadCost =
  | { ok: true; perRequest: Exact; lines: ModeLine[]; longContext: boolean; totalInput: number }
  | { ok: false; reason: string; longContext: boolean };

/** Whether any price point of the model has a cache price: Claude 3 Haiku, Qwen and most open-weight models have none. */
export function offersCaching(model: CatalogModel): boolean {
  return model.pricePoints.some(
    (p) => typeof p.cacheReadPer1M === 'number' || typeof p.cacheWrite5mPer1M === 'number' || typeof p.cacheWrite1hPer1M === 'number' || typeof p.cacheWrite30mPer1M === 'number',
  );
}

/** The cache-write lifetimes a card prices. */
export function offeredTtls(card: RateCard): CacheTtl[] {
  return (['5m', '1h', '30m'] as const).filter((t) => card.rates[CACHE_WRITE_CLASS[t]] !== null);
}

/**
 * What the workload asks that this model and scope cannot price, field by field. The caller keeps
 * the last valid result for typed input, and for a link applies `accepted` instead.
 */
export function workloadIssues(model: CatalogModel, card: RateCard, batch: RateCard | null, w: Workload, batchReason: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const caching = offersCaching(model);
  if (w.cacheReadShare > 0 && card.rates.cacheRead === null) {
    issues.push({
      field: 'cacheRead',
      message: caching ? 'No cache-read price is published for this scope and tier.' : `${model.name} does not offer prompt caching on Bedrock (no cache price in any source).`,
    });
  }
  if (w.cacheWriteShare > 0 && card.rates[CACHE_WRITE_CLASS[w.cacheTtl]] === null) {
    const ttls = offeredTtls(card);
    issues.push(
      !caching
        ? { field: 'cacheWrite', message: `${model.name} does not offer prompt caching on Bedrock (no cache price in any source).` }
        : ttls.length
          ? { field: 'ttl', message: `No ${ttlLabel(w.cacheTtl)} cache-write price for this scope; it offers ${ttls.map(ttlLabel).join(', ')}.` }
          : { field: 'cacheWrite', message: 'No cache-write price is published for this scope and tier.' },
    );
  }
  if (w.batchShare > 0 && batch === null) issues.push({ field: 'batch', message: batchReason });
  return issues;
}

/** The workload with every refused share set to 0: what the page prices when a link asked for more. */
export function accepted(w: Workload, issues: FieldIssue[]): Workload {
  const fields = new Set(issues.map((i) => i.field));
  return {
    ...w,
    cacheReadShare: fields.has('cacheRead') ? 0 : w.cacheReadShare,
    cacheWriteShare: fields.has('cacheWrite') || fields.has('ttl') ? 0 : w.cacheWriteShare,
    batchShare: fields.has('batch') ? 0 : w.batchShare,
  };
}

function weighted(priced: PricedRequest & { ok: true }, share: Exact, mode: ModeLine['mode']): ModeLine[] {
  return priced.lines.map((l) => ({ ...l, mode, tokens: l.tokens.times(share), perRequest: l.cost.times(share) }));
}

/** Expected cost of one request, exactly; refuses (with the reason) what cannot be priced. */
export function workloadCost(card: RateCard, batch: RateCard | null, w: Workload): WorkloadCost {
  const input = exact(w.inputTokens);
  const batchShare = exact(w.batchShare);
  const onDemandShare = exact(1).minus(batchShare);
  const read = input.times(w.cacheReadShare);
  const write = input.times(w.cacheWriteShare);
  const fresh = input.minus(read).minus(write);
  const longContext = isOverLongContext(card, input);
  const lines: ModeLine[] = [];
  if (onDemandShare.gt(0)) {
    const onDemand = priceRequest(card, { fresh, cacheRead: read, cacheWrite: write, output: w.outputTokens }, w.cacheTtl);
    if (!onDemand.ok) return onDemand;
    lines.push(...weighted(onDemand, onDemandShare, 'on-demand'));
  }
  if (batchShare.gt(0)) {
    if (!batch) return { ok: false, longContext, reason: 'No batch price is published for this scope in our sources.' };
    if (longContext && !isOverLongContext(batch, input)) {
      return { ok: false, longContext, reason: 'No long-context batch price is published: batch requests above the threshold cannot be priced.' };
    }
    const priced = priceRequest(batch, { fresh: input, cacheRead: 0, cacheWrite: 0, output: w.outputTokens }, w.cacheTtl);
    if (!priced.ok) return priced;
    lines.push(...weighted(priced, batchShare, 'batch'));
  }
  return { ok: true, perRequest: sum(lines.map((l) => l.perRequest)), lines, longContext, totalInput: toNumber(input) };
}
