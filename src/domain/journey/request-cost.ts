/**
 * What this one request costs at the model's list price, from the catalog's price point: fresh input,
 * cache reads and writes at the chosen TTL, and output. A missing price is never taken as zero.
 */
import type { CachePlan } from './prompt-cache.ts';

export type JourneyPrices = {
  inputPer1M: number | null;
  outputPer1M: number | null;
  cacheReadPer1M?: number | null;
  cacheWrite5mPer1M?: number | null;
  cacheWrite1hPer1M?: number | null;
  /** Which price point: scope and tier. */
  label: string;
  source: string;
  asOf: string;
};

export type RequestCost = {
  lines: { what: string; tokens: number; per1M: number | null; usd: number | null }[];
  /** Null when any needed price is missing. */
  totalUsd: number | null;
  missing: string[];
};

export function requestCost(prices: JourneyPrices, cache: CachePlan, outputTokens: number): RequestCost {
  const write = cache.ttl === '1h' ? prices.cacheWrite1hPer1M : prices.cacheWrite5mPer1M;
  const rows: [string, number, number | null | undefined][] = [
    ['input', cache.fresh, prices.inputPer1M],
    ['cache read', cache.read, prices.cacheReadPer1M],
    [`cache write (${cache.ttl})`, cache.write, write],
    ['output', outputTokens, prices.outputPer1M],
  ];
  const lines = rows
    .filter(([, tokens]) => tokens > 0)
    .map(([what, tokens, per1M]) => ({ what, tokens, per1M: per1M ?? null, usd: per1M === null || per1M === undefined ? null : (tokens * per1M) / 1e6 }));
  const missing = lines.filter((l) => l.usd === null).map((l) => l.what);
  return { lines, totalUsd: missing.length ? null : lines.reduce((sum, l) => sum + l.usd!, 0), missing };
}
