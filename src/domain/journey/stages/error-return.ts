import { errorAdvice } from '../failures.ts';
import type { StageDraft } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { json, type TraceContext } from '../trace-context.ts';
import type { ErrorInfo } from '../trace-types.ts';

/** The error travels back to your SDK, which raises it to your code. */
export function errorReturnStage(ctx: TraceContext, atMs: number, err: ErrorInfo, attempts: number): StageDraft {
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
    endMs: atMs + ctx.netMs,
    status: 'failed',
    error: err,
    payloadTitle: `HTTP/1.1 ${err.httpStatus}`,
    payload: `HTTP/1.1 ${err.httpStatus}\nx-amzn-ErrorType: ${err.exception}\n\n${json({ message: err.message })}`,
    narration: {
      text: `The call ends with ${err.exception} and HTTP ${err.httpStatus}. ${errorAdvice(err.exception)}`,
      sources: [SRC.boto, ...(attempts > 1 ? [SRC.retry] : [])],
    },
  };
}
