import { describe, expect, it } from 'vitest';
import { AdaptiveRateLimiter } from './adaptive-rate-limiter.ts';
import { BEDROCK_ERRORS } from './bedrock-errors.ts';
import { BOTOCORE, JS_V3, JS_V3_ADAPTIVE } from './constants.ts';
import { StandardRetry, botocoreBackoffSeconds, jsBackoffMs } from './standard-retry.ts';

describe('retry constants equal the facts file’s (bedrock-2026-facts.md §4.2–4.3)', () => {
  it('AWS SDK for JavaScript v3 standard mode', () => {
    expect(JS_V3).toMatchObject({ maxAttempts: 3, transientBaseMs: 100, throttlingBaseMs: 500, maxDelayMs: 20_000, initialRetryTokens: 500, retryCost: 5, timeoutRetryCost: 10, noRetryIncrement: 1 });
  });
  it('botocore standard mode 2.0', () => {
    expect(BOTOCORE).toMatchObject({ maxAttempts: 3, base: 2, maxBackoffSeconds: 20, initialCapacity: 500, retryCost: 5, timeoutRetryCost: 10, noRetryIncrement: 1 });
  });
  it('adaptive limiter: smoothing 0.8 over half-second buckets and ≤ 2× the measured rate (also in §4.2 for botocore)', () => {
    expect(JS_V3_ADAPTIVE).toMatchObject({ smooth: 0.8, rateBucketSeconds: 0.5, maxRateAdjustScale: 2, beta: 0.7, scaleConstant: 0.4, minFillRate: 0.5, minCapacity: 1 });
  });
});

describe('which Bedrock errors are retried', () => {
  it.each([
    ['ThrottlingException', 429, 'throttling'],
    ['ModelNotReadyException', 429, 'throttling'],
    ['InternalServerException', 500, 'transient'],
    ['ServiceUnavailableException', 503, 'transient'],
    ['ModelTimeoutException', 408, null],
    ['ModelErrorException', 424, null],
    ['ModelStreamErrorException', 424, null],
    ['ValidationException', 400, null],
  ] as const)('%s (HTTP %i): JS v3 class %s', (name, http, js) => {
    expect(BEDROCK_ERRORS[name].http).toBe(http);
    expect(BEDROCK_ERRORS[name].js).toBe(js);
    expect(new StandardRetry('js-v3').onError(name, 0, 0.5).retry).toBe(js !== null);
    expect(new StandardRetry('botocore').onError(name, 0, 0.5).retry).toBe(js !== null);
  });
});

describe('JS v3 standard backoff', () => {
  it('throttling waits U(0, 500 ms) then U(0, 1,000 ms); transient U(0, 100 ms) then U(0, 200 ms)', () => {
    expect(jsBackoffMs('throttling', 0, 0.999999)).toBe(499);
    expect(jsBackoffMs('throttling', 1, 0.5)).toBe(500);
    expect(jsBackoffMs('transient', 0, 0.5)).toBe(50);
    expect(jsBackoffMs('transient', 1, 0.999999)).toBe(199);
  });
  it('is capped at 20 s', () => {
    expect(jsBackoffMs('throttling', 10, 0.999999)).toBe(19_999);
    expect(jsBackoffMs('transient', 30, 0.5)).toBe(10_000);
  });
  it('botocore waits rand × min(2^retry, 20) s', () => {
    expect(botocoreBackoffSeconds(0, 0.5)).toBe(0.5);
    expect(botocoreBackoffSeconds(1, 0.5)).toBe(1);
    expect(botocoreBackoffSeconds(9, 0.5)).toBe(10);
  });
});

describe('standard retry state machine', () => {
  it('makes 3 attempts in all: retries after the 1st and 2nd, gives up after the 3rd', () => {
    const r = new StandardRetry('js-v3');
    expect(r.onError('ThrottlingException', 0, 0.5)).toEqual({ retry: true, delaySeconds: 0.25, cost: 5 });
    expect(r.onError('ThrottlingException', 1, 0.5)).toEqual({ retry: true, delaySeconds: 0.5, cost: 5 });
    expect(r.onError('ThrottlingException', 2, 0.5)).toEqual({ retry: false, reason: 'max-attempts' });
    expect(r.capacity).toBe(490);
  });

  it('charges 10 for transient errors and 5 for throttling; refuses when the quota is short', () => {
    const r = new StandardRetry('js-v3', 100);
    let retries = 0;
    while (r.onError('ServiceUnavailableException', 0, 0.1).retry) retries++;
    expect(retries).toBe(50);
    expect(r.onError('ServiceUnavailableException', 0, 0.1)).toEqual({ retry: false, reason: 'retry-quota' });
    expect(r.onError('ThrottlingException', 0, 0.1)).toEqual({ retry: false, reason: 'retry-quota' });
  });

  it('refills: +1 per success without retries, the last cost after retries, never above 500', () => {
    const r = new StandardRetry('js-v3');
    r.onSuccess(null);
    expect(r.capacity).toBe(500);
    r.onError('ThrottlingException', 0, 0.5);
    r.onError('ServiceUnavailableException', 0, 0.5);
    expect(r.capacity).toBe(485);
    r.onSuccess(10);
    expect(r.capacity).toBe(495);
    r.onSuccess(null);
    expect(r.capacity).toBe(496);
  });

  it('botocore charges 10 only for timeouts', () => {
    const r = new StandardRetry('botocore');
    expect(r.onError('ServiceUnavailableException', 0, 0.5)).toMatchObject({ cost: 5 });
    expect(r.onError('TimeoutError', 0, 0.5)).toMatchObject({ cost: 10 });
  });

  it('never retries ModelTimeoutException (408)', () => {
    expect(new StandardRetry('js-v3').onError('ModelTimeoutException', 0, 0.5)).toEqual({ retry: false, reason: 'not-retryable' });
  });
});

describe('adaptive rate limiter', () => {
  it('does not limit until the first throttle', () => {
    const l = new AdaptiveRateLimiter();
    for (let t = 0; t < 10; t += 0.01) {
      expect(l.acquire(t)).toBe(t);
      l.update(t, false);
    }
    expect(l.isEnabled).toBe(false);
    expect(l.measuredRate).toBeGreaterThan(90);
  });

  it('after a throttle, cuts the rate to 0.7 × the measured send rate and spaces sends by it', () => {
    const l = new AdaptiveRateLimiter();
    let t = 0;
    for (; t < 5; t += 0.01) l.update(t, false);
    l.update(t, true);
    expect(l.isEnabled).toBe(true);
    // The throttle's own response is counted in the measured rate first, then the rate is cut to 0.7× it.
    expect(l.measuredRate).toBeGreaterThan(90);
    expect(l.rate).toBeCloseTo(0.7 * l.measuredRate, 6);
    // The bucket holds up to one second's worth (capacity = rate), as in the SDK; past that burst,
    // sends asked for at the same instant are granted one fill interval apart.
    const now = t + 0.001;
    let burst = 0;
    while (l.acquire(now) === now) burst++;
    expect(burst).toBeLessThanOrEqual(Math.ceil(l.rate));
    const grants = [l.acquire(now), l.acquire(now)];
    expect(grants[1]! - grants[0]!).toBeCloseTo(1 / l.rate, 6);
  });

  it('grows the rate back along the cubic curve after the throttle', () => {
    const l = new AdaptiveRateLimiter();
    let t = 0;
    for (; t < 5; t += 0.01) l.update(t, false);
    l.update(t, true);
    const cut = l.rate;
    let later = cut;
    for (let u = t + 0.01; u < t + 20; u += 0.01) {
      l.update(u, false);
      later = l.rate;
    }
    expect(later).toBeGreaterThan(cut);
  });
});
