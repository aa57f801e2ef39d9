/**
 * The SDKs' retry constants, copied with their file paths (the project's facts file
 * bedrock-2026-facts.md §4.2–4.3 lists the same values; the adaptive limiter's were read from the
 * source this session and are not in that file).
 */

/** AWS SDK for JavaScript v3: smithy-lang/smithy-typescript packages/util-retry (now packages/core/src/submodules/retry/util-retry). */
export const JS_V3 = {
  /** config.ts DEFAULT_MAX_ATTEMPTS: attempts in all, the first included. */
  maxAttempts: 3,
  /** constants.ts DEFAULT_RETRY_DELAY_BASE (ms): the base after a transient error. */
  transientBaseMs: 100,
  /** constants.ts THROTTLING_RETRY_DELAY_BASE (ms). */
  throttlingBaseMs: 500,
  /** constants.ts MAXIMUM_RETRY_DELAY (ms). */
  maxDelayMs: 20_000,
  /** constants.ts INITIAL_RETRY_TOKENS: the client's retry quota. */
  initialRetryTokens: 500,
  /** constants.ts RETRY_COST: taken from the retry quota by a retry after a throttling error. */
  retryCost: 5,
  /** constants.ts TIMEOUT_RETRY_COST: taken by a retry after a transient error (5xx, timeouts). */
  timeoutRetryCost: 10,
  /** constants.ts NO_RETRY_INCREMENT: given back by a success without retries. */
  noRetryIncrement: 1,
  source:
    'smithy-lang/smithy-typescript packages/util-retry: config.ts, constants.ts, StandardRetryStrategy.ts, DefaultRetryBackoffStrategy.ts (read at commit 6815d3e, 2026-08-20); default mode "standard"',
} as const;

/**
 * Adaptive mode's client-side rate limiter (DefaultRateLimiter.ts, same commit): a token bucket whose
 * rate follows a CUBIC curve, switched on by the first throttling error. Read from the source this
 * session; the facts file says only “constants not read”.
 */
export const JS_V3_ADAPTIVE = {
  beta: 0.7,
  minCapacity: 1,
  minFillRate: 0.5,
  scaleConstant: 0.4,
  smooth: 0.8,
  /** updateMeasuredRate buckets the send rate into half seconds. */
  rateBucketSeconds: 0.5,
  /** newRate = min(calculated, 2 × measured send rate). */
  maxRateAdjustScale: 2,
  source: 'smithy-lang/smithy-typescript DefaultRateLimiter.ts and AdaptiveRetryStrategy.ts (commit 6815d3e, 2026-08-20)',
} as const;

/** botocore (boto3) standard mode, behaviour "2.0" (the default). boto/botocore botocore/retries/standard.py, quota.py. */
export const BOTOCORE = {
  /** standard.py DEFAULT_MAX_ATTEMPTS. */
  maxAttempts: 3,
  /** ExponentialBackoff._BASE: delay = rand(0,1) × min(_BASE^(attempt−1), _MAX_BACKOFF) seconds. */
  base: 2,
  /** ExponentialBackoff._MAX_BACKOFF, seconds. */
  maxBackoffSeconds: 20,
  /** quota.py RetryQuota.INITIAL_CAPACITY. */
  initialCapacity: 500,
  /** RetryQuotaChecker._RETRY_COST. */
  retryCost: 5,
  /** RetryQuotaChecker._TIMEOUT_RETRY_REQUEST (connect or read timeouts). */
  timeoutRetryCost: 10,
  /** RetryQuotaChecker._NO_RETRY_INCREMENT. */
  noRetryIncrement: 1,
  source: 'boto/botocore botocore/retries/standard.py and quota.py (read at commit 0e6e240, 2026-08-07); standard retry mode version 2.0',
} as const;
