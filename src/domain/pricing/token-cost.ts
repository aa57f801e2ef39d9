/**
 * Token pricing of one request, on-demand and batch, with prompt caching.
 * Equations and simplifications: docs/pricing-model.md.
 */

/** USD per 1M tokens. A missing optional price means "not offered or not published", never zero. */
export type UnitPrices = {
  inputPer1M: number;
  outputPer1M: number;
  cacheWritePer1M?: number;
  cacheReadPer1M?: number;
  batchInputPer1M?: number;
  batchOutputPer1M?: number;
  /** Prices applied instead when one request's input exceeds 200K tokens (long-context tier). */
  above200kInput?: { inputPer1M: number; outputPer1M: number; cacheWritePer1M?: number; cacheReadPer1M?: number };
};

export type TokenWorkload = {
  /** All input tokens of one request, cached or not. */
  inputTokens: number;
  outputTokens: number;
  /** Share (0..1) of input tokens read from the prompt cache. */
  cacheReadShare: number;
  /** Share (0..1) of input tokens written to the prompt cache. */
  cacheWriteShare: number;
  /** Share (0..1) of requests sent as batch jobs. */
  batchShare: number;
};

export type CostPart = 'input' | 'cacheRead' | 'cacheWrite' | 'output' | 'batchInput' | 'batchOutput';

export type CostTerm = {
  part: CostPart;
  label: string;
  /** Expected tokens of this kind per request (fractional when shares apply). */
  tokens: number;
  pricePer1M: number;
  cost: number;
};

export type RequestCost = {
  total: number;
  terms: CostTerm[];
  byPart: Record<CostPart, number>;
  /** Things the calculation had to assume because the catalog lacks a price. */
  warnings: string[];
  longContextTier: boolean;
};

export const LONG_CONTEXT_THRESHOLD = 200_000;
const LABELS: Record<CostPart, string> = {
  input: 'Input',
  cacheRead: 'Cache read',
  cacheWrite: 'Cache write',
  output: 'Output',
  batchInput: 'Batch input',
  batchOutput: 'Batch output',
};

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * Expected cost of one request. Batch requests pay the batch prices for all their tokens; cache
 * shares apply to on-demand requests (a simplification: the catalog has no batch-cache prices).
 * Where a price is missing, its tokens fall back to the nearest price that exists and a warning says so.
 */
export function costPerRequest(prices: UnitPrices, workload: TokenWorkload): RequestCost {
  const warnings: string[] = [];
  const longContextTier = workload.inputTokens > LONG_CONTEXT_THRESHOLD && prices.above200kInput !== undefined;
  const p = longContextTier ? { ...prices, ...prices.above200kInput } : prices;

  const read = clamp01(workload.cacheReadShare);
  let write = clamp01(workload.cacheWriteShare);
  if (read + write > 1) {
    write = 1 - read;
    warnings.push('Cache read and write shares add up to more than 100 %; the write share was reduced.');
  }
  const batch = clamp01(workload.batchShare);
  const onDemand = 1 - batch;

  let cacheReadPrice = p.cacheReadPer1M;
  if (read > 0 && cacheReadPrice === undefined) {
    warnings.push('This price point has no cache-read price; cached input is priced as normal input.');
    cacheReadPrice = p.inputPer1M;
  }
  let cacheWritePrice = p.cacheWritePer1M;
  if (write > 0 && cacheWritePrice === undefined) {
    warnings.push('This price point has no cache-write price; cache writes are priced as normal input.');
    cacheWritePrice = p.inputPer1M;
  }
  let batchIn = p.batchInputPer1M;
  let batchOut = p.batchOutputPer1M;
  if (batch > 0 && (batchIn === undefined || batchOut === undefined)) {
    warnings.push('No batch price is published for this price point; batch requests are priced on-demand.');
    batchIn = batchIn ?? p.inputPer1M;
    batchOut = batchOut ?? p.outputPer1M;
  }

  const { inputTokens: inTok, outputTokens: outTok } = workload;
  const raw: Omit<CostTerm, 'cost' | 'label'>[] = [
    { part: 'input', tokens: onDemand * inTok * (1 - read - write), pricePer1M: p.inputPer1M },
    { part: 'cacheRead', tokens: onDemand * inTok * read, pricePer1M: cacheReadPrice ?? 0 },
    { part: 'cacheWrite', tokens: onDemand * inTok * write, pricePer1M: cacheWritePrice ?? 0 },
    { part: 'output', tokens: onDemand * outTok, pricePer1M: p.outputPer1M },
    { part: 'batchInput', tokens: batch * inTok, pricePer1M: batchIn ?? 0 },
    { part: 'batchOutput', tokens: batch * outTok, pricePer1M: batchOut ?? 0 },
  ];
  const terms = raw
    .filter((t) => t.tokens > 0)
    .map((t) => ({ ...t, label: LABELS[t.part], cost: (t.tokens * t.pricePer1M) / 1e6 }));
  const byPart = { input: 0, cacheRead: 0, cacheWrite: 0, output: 0, batchInput: 0, batchOutput: 0 };
  for (const t of terms) byPart[t.part] = t.cost;
  const total = terms.reduce((sum, t) => sum + t.cost, 0);
  return { total, terms, byPart, warnings, longContextTier };
}

/** Cost of one request divided by its input + output tokens, per 1M tokens. */
export function blendedPricePer1M(prices: UnitPrices, workload: TokenWorkload): number {
  const tokens = workload.inputTokens + workload.outputTokens;
  if (tokens <= 0) return 0;
  return (costPerRequest(prices, workload).total / tokens) * 1e6;
}
