import type { CacheTtl } from '../catalog/catalog-schema.ts';
import { TIER_LABEL } from '../catalog/catalog-lookup.ts';
import { exact, sum, tokenCost, toNumber, type Exact } from './exact.ts';
import { CACHE_WRITE_CLASS, type ClassPrice, type RateCard, type RateRow, type TokenClass } from './rate-card.ts';

/**
 * Cost of one request from ONE rate card (pricing rules 2026 §1):
 *   cost = (fresh × input + cacheRead × cacheRead + cacheWrite × cacheWrite[TTL] + output × output) / 1e6
 * Long context (§5): when the request's total input (fresh + cache read + cache write) exceeds the
 * card's threshold, every token of the request bills at the long-context rates.
 * A token class with tokens but no published price refuses the request: never another price in disguise.
 */
export type RequestTokens = { fresh: number | Exact; cacheRead: number | Exact; cacheWrite: number | Exact; output: number | Exact };

export type CostPart = 'input' | 'cacheRead' | 'cacheWrite' | 'output';
export const PART_LABEL: Record<CostPart, string> = { input: 'Input', cacheRead: 'Cache read', cacheWrite: 'Cache write', output: 'Output' };

export type CostLine = { part: CostPart; tokens: Exact; pricePer1M: number; derived?: string; cost: Exact };

export type PricedRequest =
  | { ok: true; total: Exact; lines: CostLine[]; longContext: boolean; totalInput: Exact }
  | { ok: false; reason: string; longContext: boolean };

const TTL_WORDS: Record<CacheTtl, string> = { '5m': '5-minute', '1h': '1-hour', '30m': '30-minute' };
const CLASS_WORDS: Record<TokenClass, string> = {
  input: 'input',
  output: 'output',
  cacheRead: 'cache-read',
  cacheWrite5m: '5-minute cache-write',
  cacheWrite1h: '1-hour cache-write',
  cacheWrite30m: '30-minute cache-write',
};

export function ttlLabel(ttl: CacheTtl): string {
  return TTL_WORDS[ttl];
}

export function isOverLongContext(card: RateCard, totalInput: number | Exact): boolean {
  return card.longContext !== null && exact(totalInput).gt(card.longContext.thresholdTokens);
}

export function priceRequest(card: RateCard, tokens: RequestTokens, ttl: CacheTtl): PricedRequest {
  const totalInput = exact(tokens.fresh).plus(tokens.cacheRead).plus(tokens.cacheWrite);
  const longContext = isOverLongContext(card, totalInput);
  const rates: RateRow = longContext ? card.longContext!.rates : card.rates;
  const band = longContext ? ` above the ${card.longContext!.thresholdTokens.toLocaleString('en-US')}-token long-context threshold` : '';
  const parts: [CostPart, TokenClass, Exact][] = [
    ['input', 'input', exact(tokens.fresh)],
    ['cacheRead', 'cacheRead', exact(tokens.cacheRead)],
    ['cacheWrite', CACHE_WRITE_CLASS[ttl], exact(tokens.cacheWrite)],
    ['output', 'output', exact(tokens.output)],
  ];
  const lines: CostLine[] = [];
  for (const [part, cls, n] of parts) {
    if (n.lte(0)) continue;
    const price: ClassPrice | null = rates[cls];
    if (price === null) {
      return {
        ok: false,
        longContext,
        reason: `No ${TIER_LABEL[card.tier]} ${CLASS_WORDS[cls]} price${band} is published for this scope in our sources.`,
      };
    }
    lines.push({ part, tokens: n, pricePer1M: price.value, ...(price.derived ? { derived: price.derived } : {}), cost: tokenCost(n, price.value) });
  }
  return { ok: true, total: sum(lines.map((l) => l.cost)), lines, longContext, totalInput };
}

export function costOf(request: PricedRequest): number | null {
  return request.ok ? toNumber(request.total) : null;
}
