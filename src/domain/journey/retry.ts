import { mulberry32 } from '../random/mulberry32.ts';

/**
 * The AWS SDK's standard retry mode: 3 attempts in total, capped full-jitter exponential backoff
 * delay = random(0, min(20 s, base × 2^retry)), base 500 ms after a throttling error and 100 ms
 * after a transient one. Constants: @aws-sdk/middleware-retry constants.ts (DEFAULT_RETRY_DELAY_BASE
 * 100, THROTTLING_RETRY_DELAY_BASE 500, MAXIMUM_RETRY_DELAY 20 000) and @smithy/util-retry
 * ("the default retry count is 3"). The jitter is seeded so the same scenario replays identically.
 */
export const SDK_MAX_ATTEMPTS = 3;
export const THROTTLING_BASE_MS = 500;
export const TRANSIENT_BASE_MS = 100;
export const MAX_RETRY_DELAY_MS = 20_000;
export const RETRY_SOURCE =
  'AWS SDK for JavaScript v3 standard retry: @aws-sdk/middleware-retry constants.ts and @smithy/util-retry (3 attempts, full jitter, 20 s cap)';


export type Backoff = { retry: number; capMs: number; delayMs: number };

/** The waits before retries 1..(attempts−1). */
export function backoffSchedule(baseMs: number, seed: number, attempts = SDK_MAX_ATTEMPTS): Backoff[] {
  const random = mulberry32(seed);
  const out: Backoff[] = [];
  for (let retry = 1; retry < attempts; retry++) {
    const capMs = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** retry);
    out.push({ retry, capMs, delayMs: Math.floor(random() * capMs) });
  }
  return out;
}
