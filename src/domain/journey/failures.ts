/** The injected failures: which exception, where it arises, and what to do about it. */
import { DEMO_ACCOUNT } from './model-profile.ts';
import { iamAction, type Scenario } from './scenario.ts';
import type { ErrorInfo, StageId } from './trace-types.ts';

export function errorFor(s: Scenario, invokedResourceArn: string): ErrorInfo | null {
  switch (s.failure) {
    case 'access-denied':
      return {
        exception: 'AccessDeniedException',
        httpStatus: 403,
        message: `User: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session is not authorized to perform: ${iamAction(s.api)} on resource: ${invokedResourceArn} because no identity-based policy allows the ${iamAction(s.api)} action`,
      };
    case 'invalid-body':
      return { exception: 'ValidationException', httpStatus: 400, message: 'The maximum number of tokens must be at least 1 (it was 0).' };
    case 'throttled-recovers':
    case 'throttled-gives-up':
      return { exception: 'ThrottlingException', httpStatus: 429, message: 'Too many tokens, please wait before trying again.' };
    case 'model-timeout':
      return { exception: 'ModelTimeoutException', httpStatus: 408, message: 'Processing time exceeded the model timeout length.' };
    case 'service-unavailable':
      return { exception: 'ServiceUnavailableException', httpStatus: 503, message: 'The service is temporarily unable to handle the request.' };
    case 'none':
      return null;
  }
}

export function failureStage(failure: Scenario['failure']): StageId | null {
  switch (failure) {
    case 'access-denied':
      return 'iam';
    case 'invalid-body':
      return 'endpoint';
    case 'throttled-recovers':
    case 'throttled-gives-up':
      return 'quota';
    case 'model-timeout':
      return 'inference';
    case 'service-unavailable':
      return 'routing';
    case 'none':
      return null;
  }
}

export function errorAdvice(exception: string): string {
  switch (exception) {
    case 'AccessDeniedException':
      return 'Fix: allow the action on the model or profile ARN in the caller’s IAM policy.';
    case 'ValidationException':
      return 'Fix the request body; retrying the same body fails the same way, so the SDK does not retry.';
    case 'ThrottlingException':
      return 'Slow down, spread load with a cross-Region profile, ask for a higher quota or buy provisioned throughput.';
    case 'ModelTimeoutException':
      return 'Ask for fewer output tokens or use a streaming API.';
    case 'ServiceUnavailableException':
      return 'Retry later with backoff; the SDK already did, three attempts in all.';
    default:
      return '';
  }
}
