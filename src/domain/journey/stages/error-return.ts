import { errorAdvice, retryBehaviour } from '../failures.ts';
import type { StageDraft } from '../pipeline.ts';
import type { BedrockErrorName } from '../../retry/bedrock-errors.ts';
import { SRC } from '../sources.ts';
import { json, type TraceContext } from '../trace-context.ts';
import type { ErrorInfo } from '../trace-types.ts';

/** The error travels back to your SDK, which raises it to your code. */
export function errorReturnStage(ctx: TraceContext, atMs: number, err: ErrorInfo, attempts: number): StageDraft {
  const back = ctx.latency.crossRegionOneWayMs * (ctx.crossRegion ? 1 : 0) + ctx.netMs;
  return {
    id: 'response',
    title: `Error returned: ${err.httpStatus} ${err.exception}`,
    actor: 'Regional endpoint → your SDK',
    account: 'customer',
    accountLabel: ctx.customerLabel,
    region: ctx.s.region,
    transport: ctx.transportOut,
    checks: attempts > 1 ? `The SDK gave up after ${attempts} attempts and raised the exception to your code.` : 'The SDK raises the exception to your code.',
    visibility: { level: 'not-read', badge: 'No answer: nothing from the model comes back' },
    stores: [{ where: 'CloudTrail / service metrics', what: 'The failed call’s metadata and error code', owner: 'service', containsPromptText: false }],
    startMs: atMs,
    endMs: atMs + back,
    status: 'failed',
    error: err,
    payloadTitle: `HTTP/1.1 ${err.httpStatus}`,
    payload: `HTTP/1.1 ${err.httpStatus}\nx-amzn-ErrorType: ${err.exception}\n\n${json({ message: err.message })}`,
    narration: {
      text: `The call ends with ${err.exception} and HTTP ${err.httpStatus}. ${retryBehaviour(err.exception as BedrockErrorName)} ${errorAdvice(err.exception)}`,
      simplification: ctx.s.endpoint === 'mantle' ? 'On bedrock-mantle the OpenAI or Anthropic SDK raises its own error type with this status; those SDKs’ retry rules are not in the reference.' : undefined,
      sources: [SRC.boto, SRC.retry],
    },
  };
}
