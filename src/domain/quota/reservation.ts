/**
 * Bedrock's token quota, as one pair of functions used by the simulator, the journey and the quota
 * planner: what a request reserves when it starts, and what it settles to when it ends.
 *
 *   reserved = input + cache read + cache write + max_tokens (× burndown, only if the knob says so)
 *   settled  = input + cache write + output × burndown
 *
 * `input` is the prompt tokens neither read from nor written to the prompt cache. Cache reads are
 * reserved, then released at settlement. Unset `max_tokens` reserves the model's maximum output.
 * Sources: ./sources.ts.
 */

/** The quota rules of one model. */
export type QuotaModel = {
  /** The model's maximum output tokens: what an unset `max_tokens` reserves. */
  maxOutputTokens: number;
  /** Quota tokens per output token at settlement (5 for Claude 3.7 Sonnet and 4.x; see burndown.ts). */
  outputBurndown: number;
  /** Unknown in the sources: whether the reservation multiplies max_tokens by the burndown too. */
  burndownOnReservation: boolean;
};

/**
 * Default of the unknown knob: AWS's own worked example reserves 1,500 tokens for 500 input and
 * max_tokens 1,000 on Claude Sonnet (a 5× model), i.e. without the multiplier.
 */
export const BURNDOWN_ON_RESERVATION_DEFAULT = false;

/** A request as the quota sees it when it starts. */
export type QuotaRequest = {
  inputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** null = unset: the model's maximum output is reserved. */
  maxTokens: number | null;
};

/** What a request used, known when it ends. */
export type QuotaUsage = {
  inputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  outputTokens: number;
};

/** The max_tokens the reservation uses: the request's own, else the model's maximum. */
export function effectiveMaxTokens(maxTokens: number | null, model: QuotaModel): number {
  return maxTokens === null ? model.maxOutputTokens : maxTokens;
}

export function reservationTokens(r: QuotaRequest, model: QuotaModel): number {
  const out = effectiveMaxTokens(r.maxTokens, model) * (model.burndownOnReservation ? model.outputBurndown : 1);
  return r.inputTokens + r.cacheReadTokens + r.cacheWriteTokens + out;
}

export function settlementTokens(u: QuotaUsage, model: QuotaModel): number {
  return u.inputTokens + u.cacheWriteTokens + u.outputTokens * model.outputBurndown;
}

/** A request's reservation and settlement with each term named, for showing the arithmetic. */
export type QuotaBreakdown = {
  input: number;
  cacheRead: number;
  cacheWrite: number;
  maxTokens: number;
  /** True when max_tokens was unset and the model's maximum was reserved. */
  maxTokensUnset: boolean;
  /** The multiplier applied to max_tokens in the reservation (1 unless the knob is on). */
  reservationMultiplier: number;
  reserved: number;
  output: number;
  outputBurndown: number;
  settled: number;
  /** Reserved minus settled: handed back to the bucket when the request ends (negative = extra taken). */
  released: number;
};

export function quotaBreakdown(r: QuotaRequest, outputTokens: number, model: QuotaModel): QuotaBreakdown {
  const reserved = reservationTokens(r, model);
  const settled = settlementTokens({ inputTokens: r.inputTokens, cacheReadTokens: r.cacheReadTokens, cacheWriteTokens: r.cacheWriteTokens, outputTokens }, model);
  return {
    input: r.inputTokens,
    cacheRead: r.cacheReadTokens,
    cacheWrite: r.cacheWriteTokens,
    maxTokens: effectiveMaxTokens(r.maxTokens, model),
    maxTokensUnset: r.maxTokens === null,
    reservationMultiplier: model.burndownOnReservation ? model.outputBurndown : 1,
    reserved,
    output: outputTokens,
    outputBurndown: model.outputBurndown,
    settled,
    released: reserved - settled,
  };
}

/** Splits a prompt of `inputTokens` into fresh, cache-read and cache-write parts (shares 0–1, summing ≤ 1). */
export function splitPrompt(inputTokens: number, cacheReadShare: number, cacheWriteShare: number): { fresh: number; cacheRead: number; cacheWrite: number } {
  const read = clamp01(cacheReadShare);
  const write = Math.min(clamp01(cacheWriteShare), 1 - read);
  const cacheRead = Math.round(inputTokens * read);
  const cacheWrite = Math.round(inputTokens * write);
  return { fresh: Math.max(0, inputTokens - cacheRead - cacheWrite), cacheRead, cacheWrite };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
