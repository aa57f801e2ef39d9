import { BEDROCK_ERRORS, type BedrockErrorName, type RetryClass } from './bedrock-errors.ts';
import { BOTOCORE, JS_V3 } from './constants.ts';

/**
 * An SDK client's standard retry mode, as a small state machine: attempts, backoff delay and the
 * client's retry quota. Pure: the caller passes a uniform random number in [0, 1) (seeded in the
 * simulator), so a run replays exactly.
 */
export type SdkName = 'js-v3' | 'botocore';

export type RetryDecision =
  | { retry: true; delaySeconds: number; cost: number }
  | { retry: false; reason: 'not-retryable' | 'max-attempts' | 'retry-quota' };

/** JS v3: floor(rand × min(base × 2^retryCount, 20 000 ms)); retryCount is 0 before the first retry. */
export function jsBackoffMs(errorClass: 'throttling' | 'transient', retryCount: number, random: number): number {
  const base = errorClass === 'throttling' ? JS_V3.throttlingBaseMs : JS_V3.transientBaseMs;
  return Math.floor(random * Math.min(base * 2 ** retryCount, JS_V3.maxDelayMs));
}

/** botocore 2.0: rand × min(2^retryCount, 20) seconds, whatever the error (attempt − 1 = retryCount). */
export function botocoreBackoffSeconds(retryCount: number, random: number): number {
  return random * Math.min(BOTOCORE.base ** retryCount, BOTOCORE.maxBackoffSeconds);
}

export class StandardRetry {
  /** The client's retry quota (tokens). */
  capacity: number;
  readonly maxAttempts: number;
  private readonly initial: number;

  constructor(
    readonly sdk: SdkName = 'js-v3',
    maxAttempts?: number,
  ) {
    this.maxAttempts = maxAttempts ?? (sdk === 'js-v3' ? JS_V3.maxAttempts : BOTOCORE.maxAttempts);
    this.initial = sdk === 'js-v3' ? JS_V3.initialRetryTokens : BOTOCORE.initialCapacity;
    this.capacity = this.initial;
  }

  classify(error: BedrockErrorName): RetryClass {
    const e = BEDROCK_ERRORS[error];
    return this.sdk === 'js-v3' ? e.js : e.botocore;
  }

  /** What a retry after this error takes from the retry quota. */
  cost(error: BedrockErrorName): number {
    const e = BEDROCK_ERRORS[error];
    if (this.sdk === 'js-v3') return e.js === 'transient' ? JS_V3.timeoutRetryCost : JS_V3.retryCost;
    return e.timeout ? BOTOCORE.timeoutRetryCost : BOTOCORE.retryCost;
  }

  /**
   * The attempt numbered `retryCount` (0 = the first try) failed with `error`: retry after a delay,
   * or give up. A retry takes its cost from the retry quota. Checks in the SDK's order: retryable,
   * attempts left, quota.
   */
  onError(error: BedrockErrorName, retryCount: number, random: number): RetryDecision {
    const cls = this.classify(error);
    if (cls === null) return { retry: false, reason: 'not-retryable' };
    if (retryCount + 1 >= this.maxAttempts) return { retry: false, reason: 'max-attempts' };
    const cost = this.cost(error);
    if (this.capacity < cost) return { retry: false, reason: 'retry-quota' };
    this.capacity -= cost;
    const delaySeconds = this.sdk === 'js-v3' ? jsBackoffMs(cls, retryCount, random) / 1000 : botocoreBackoffSeconds(retryCount, random);
    return { retry: true, delaySeconds, cost };
  }

  /** A call succeeded: the quota gets back the last retry's cost, or 1 if there was no retry, up to its start. */
  onSuccess(lastRetryCost: number | null): void {
    const back = lastRetryCost ?? (this.sdk === 'js-v3' ? JS_V3.noRetryIncrement : BOTOCORE.noRetryIncrement);
    this.capacity = Math.min(this.initial, this.capacity + back);
  }
}
