/**
 * The injectable failures: every bedrock-runtime exception on this path, the stage where it arises,
 * its HTTP status (botocore service-2.json) and what the AWS SDK for JavaScript v3 does about it
 * (the shared retry policy in src/domain/retry). Guardrail interventions are not exceptions: the call
 * succeeds with stopReason guardrail_intervened.
 */
import { mulberry32 } from '../random/mulberry32.ts';
import { BEDROCK_ERRORS, type BedrockErrorName } from '../retry/bedrock-errors.ts';
import { JS_V3 } from '../retry/constants.ts';
import { StandardRetry } from '../retry/standard-retry.ts';
import { DEMO_ACCOUNT } from './model-profile.ts';
import { isConverse, isNative, streams, type Failure, type Scenario } from './scenario.ts';
import type { Attempt, ErrorInfo, StageId } from './trace-types.ts';

type Spec = {
  exception: BedrockErrorName;
  stage: StageId;
  /** The attempt that succeeds (the SDK retried), or null when every attempt fails. */
  succeedsOn: number | null;
  message: (s: Scenario, arn: string, action: string) => string;
};

const SPECS: Partial<Record<Failure, Spec>> = {
  'access-denied': {
    exception: 'AccessDeniedException',
    stage: 'iam',
    succeedsOn: null,
    message: (_s, arn, action) =>
      `User: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session is not authorized to perform: ${action} on resource: ${arn} because no identity-based policy allows the ${action} action`,
  },
  'invalid-body': { exception: 'ValidationException', stage: 'endpoint', succeedsOn: null, message: () => 'The maximum number of tokens must be at least 1 (it was 0).' },
  'not-found': { exception: 'ResourceNotFoundException', stage: 'endpoint', succeedsOn: null, message: () => 'The requested model or profile was not found. Check the model ID and the Region.' },
  'quota-exceeded': { exception: 'ServiceQuotaExceededException', stage: 'quota', succeedsOn: null, message: () => 'A service quota for this account was exceeded.' },
  'throttled-recovers': { exception: 'ThrottlingException', stage: 'quota', succeedsOn: 3, message: () => 'Too many tokens, please wait before trying again.' },
  'throttled-gives-up': { exception: 'ThrottlingException', stage: 'quota', succeedsOn: null, message: () => 'Too many tokens, please wait before trying again.' },
  'model-not-ready': { exception: 'ModelNotReadyException', stage: 'deployment', succeedsOn: null, message: () => 'The model is not ready to serve inference requests.' },
  'internal-error': { exception: 'InternalServerException', stage: 'endpoint', succeedsOn: 2, message: () => 'An internal server error occurred.' },
  'service-unavailable': { exception: 'ServiceUnavailableException', stage: 'routing', succeedsOn: null, message: () => 'The service is temporarily unable to handle the request.' },
  'model-timeout': { exception: 'ModelTimeoutException', stage: 'inference', succeedsOn: null, message: () => 'Processing time exceeded the model timeout length.' },
  'model-error': { exception: 'ModelErrorException', stage: 'inference', succeedsOn: null, message: () => 'The model returned an error while processing the request.' },
  'stream-error': { exception: 'ModelStreamErrorException', stage: 'inference', succeedsOn: null, message: () => 'The model failed while streaming the response.' },
};

/** Why an injected failure cannot happen on this call (then the journey ignores it and says so), or null. */
export function failureNotApplicable(s: Scenario): string | null {
  if (s.failure === 'quota-exceeded' && !(s.api === 'InvokeModel' || s.api === 'InvokeModelWithResponseStream'))
    return 'ServiceQuotaExceededException is returned by InvokeModel and InvokeModelWithResponseStream, not by Converse or the OpenAI/Anthropic APIs (botocore service-2.json); it is not injected on this API.';
  if (s.failure === 'stream-error' && !streams(s)) return 'ModelStreamErrorException arises only while a response streams; pick a streaming API to see it.';
  return null;
}

/** The failure this trace actually injects (none when it cannot arise on this call). */
export function effectiveFailure(s: Scenario): Failure {
  return failureNotApplicable(s) ? 'none' : s.failure;
}

export function failureSpec(failure: Failure): Spec | null {
  return SPECS[failure] ?? null;
}

export function errorFor(s: Scenario, invokedResourceArn: string, action: string): ErrorInfo | null {
  const spec = failureSpec(effectiveFailure(s));
  if (!spec) return null;
  return { exception: spec.exception, httpStatus: BEDROCK_ERRORS[spec.exception].http ?? 0, message: spec.message(s, invokedResourceArn, action) };
}

export function failureStage(failure: Failure): StageId | null {
  if (failure === 'guardrail-input') return 'guardrail-input';
  if (failure === 'guardrail-output') return 'guardrail-output';
  return failureSpec(failure)?.stage ?? null;
}

/**
 * What the SDK does after this exception, attempt by attempt: the shared standard retry policy of
 * the AWS SDK for JavaScript v3, with the jitter drawn from a generator seeded by the scenario.
 */
export function sdkAttempts(exception: BedrockErrorName, seed: number, succeedsOn: number | null): { attempts: Omit<Attempt, 'atMs'>[]; retried: boolean; gaveUp: boolean } {
  const policy = new StandardRetry('js-v3');
  const random = mulberry32(seed);
  const cls = policy.classify(exception);
  const base = cls === 'throttling' ? JS_V3.throttlingBaseMs : JS_V3.transientBaseMs;
  const attempts: Omit<Attempt, 'atMs'>[] = [];
  for (let retryCount = 0; retryCount < policy.maxAttempts; retryCount++) {
    const attempt = retryCount + 1;
    if (succeedsOn !== null && attempt >= succeedsOn) {
      attempts.push({ attempt, outcome: 'accepted' });
      return { attempts, retried: attempt > 1, gaveUp: false };
    }
    const decision = policy.onError(exception, retryCount, random());
    if (!decision.retry) {
      attempts.push({ attempt, outcome: 'rejected' });
      return { attempts, retried: attempt > 1, gaveUp: true };
    }
    attempts.push({ attempt, outcome: 'rejected', waitAfterMs: Math.round(decision.delaySeconds * 1000), capMs: Math.min(base * 2 ** retryCount, JS_V3.maxDelayMs) });
  }
  return { attempts, retried: true, gaveUp: true };
}

/** One sentence on what the SDK does with this exception. */
export function retryBehaviour(exception: BedrockErrorName): string {
  const e = BEDROCK_ERRORS[exception];
  const js = e.js;
  if (js === null)
    return `The AWS SDKs do not retry ${exception}${e.http === 408 ? ' (408 is not in their transient list)' : ''}: it reaches your code after one attempt.`;
  const base = js === 'throttling' ? JS_V3.throttlingBaseMs : JS_V3.transientBaseMs;
  return `The AWS SDK for JavaScript v3 classes it as ${js === 'throttling' ? 'throttling' : 'transient'} and retries: ${JS_V3.maxAttempts} attempts in all, waiting a random 0–${base} ms, then 0–${base * 2} ms (full jitter, base ${base} ms doubling, 20 s cap). boto3 waits 0–1 s, then 0–2 s.`;
}

export function errorAdvice(exception: string): string {
  switch (exception) {
    case 'AccessDeniedException':
      return 'Fix: allow the action on the model or profile ARN in the caller’s IAM policy.';
    case 'ValidationException':
      return 'Fix the request body; retrying the same body fails the same way, so the SDK does not retry.';
    case 'ResourceNotFoundException':
      return 'Check the model ID, its Region and whether it needs an inference profile.';
    case 'ServiceQuotaExceededException':
      return 'A non-TPM service quota is exhausted; ask for an increase in Service Quotas.';
    case 'ThrottlingException':
      return 'Slow down, set max tokens near what you need (the reservation counts it), spread load with a cross-Region profile, ask for a higher quota or buy provisioned throughput.';
    case 'ModelNotReadyException':
      return 'The model cannot serve yet; the SDK retried as for throttling. The API’s own text says “up to 5 times”, the SDKs’ default is 3 attempts — a conflict in the sources.';
    case 'InternalServerException':
    case 'ServiceUnavailableException':
      return 'Retry later with backoff; the SDK already did.';
    case 'ModelTimeoutException':
      return 'Ask for fewer output tokens or use a streaming API.';
    case 'ModelErrorException':
    case 'ModelStreamErrorException':
      return 'The model failed; the SDK does not retry it — your code decides whether to send the request again.';
    default:
      return '';
  }
}

/** True for APIs whose answer could be cut by an output guardrail mid-stream (the native streaming ones). */
export function screensStream(s: Scenario): boolean {
  return isNative(s.api) && (isConverse(s.api) || s.api === 'InvokeModelWithResponseStream') && streams(s);
}
