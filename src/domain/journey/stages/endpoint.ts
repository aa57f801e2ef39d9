import { retryBehaviour } from '../failures.ts';
import { ENDPOINT_SOURCES } from '../endpoints.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { API_LABEL } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { failingAt } from './failing-at.ts';
import { attemptLines, retriedTimeline } from './retry-at-stage.ts';

/** 3. The regional endpoint terminates TLS and validates the request. */
export const endpointStage: StageBuilder = (ctx, clock) => {
  const { s, request, error } = ctx;
  const failed = failingAt(ctx, 'endpoint');
  const t = clock.atMs;
  const retried = failed && error?.exception === 'InternalServerException' ? retriedTimeline(ctx, t, ctx.latency.endpointMs) : null;
  const front = s.endpoint === 'runtime' ? 'Bedrock runtime front end' : 'Bedrock Mantle front end';
  const base: StageDraft = {
    id: 'endpoint',
    title: `Regional endpoint ${request.host}`,
    actor: front,
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network',
    checks: 'Terminates TLS and validates the request: path, headers and body against the API’s constraints.',
    visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
    stores: [],
    startMs: t,
    endMs: t + ctx.latency.endpointMs,
    payloadTitle: 'Validated fields',
    payload: `✓ ${API_LABEL[s.api]}: ${request.method} ${request.path}\n✓ body ≤ 25,000,000 bytes\n✓ ${s.maxUnset ? 'max tokens unset (the model’s maximum applies)' : `max tokens ${s.maxTokens} ≥ 1`}, temperature ${s.temperature} in 0–1`,
    narration: {
      text: `TLS ends at ${request.host}, the one regional address in front of every model on this endpoint. The service checks the operation, path and body against the API (a body of at most 25,000,000 bytes, max tokens ≥ 1, temperature 0–1) and rejects a malformed request with ValidationException (400).`,
      simplification: 'Validation and authentication are drawn as separate boxes; inside the service they are parts of one front end.',
      sources: s.endpoint === 'runtime' ? [SRC.endpoints, SRC.boto] : [ENDPOINT_SOURCES.mantle, ENDPOINT_SOURCES.mantlePrefix],
    },
  };
  if (retried) {
    const stage: StageDraft = {
      ...base,
      title: 'Endpoint: server error, SDK retry succeeds',
      status: 'retried',
      endMs: retried.endMs,
      attempts: retried.attempts,
      payloadTitle: 'SDK attempts',
      payload: attemptLines(retried.attempts, 500, 'InternalServerException'),
      narration: {
        text: `The front end answers 500 InternalServerException. ${retryBehaviour('InternalServerException')} Here the second attempt goes through.`,
        simplification: 'Where a 500 arises inside the service is not published; it is drawn at the endpoint, and which attempt succeeds is chosen by the scenario.',
        sources: [SRC.boto, SRC.retry],
      },
    };
    return { kind: 'next', stage, marks: { retryMs: retried.retryMs } };
  }
  if (!failed) return { kind: 'next', stage: base };
  const notFound = error!.exception === 'ResourceNotFoundException';
  const stage: StageDraft = {
    ...base,
    status: 'failed',
    error: error!,
    payload: notFound ? `✗ no model or profile “${ctx.routing.invokedId}” here\n→ 404 ResourceNotFoundException` : '✗ max tokens = 0, but it must be ≥ 1\n→ 400 ValidationException',
    narration: {
      text: notFound
        ? `The model ID names nothing this endpoint serves in ${s.region}, so the call ends with ResourceNotFoundException (HTTP 404). ${retryBehaviour('ResourceNotFoundException')}`
        : `The endpoint checks the body before anything else runs. A maximum of 0 tokens breaks the rule “max tokens ≥ 1”, so the request is rejected with ValidationException (HTTP 400) — no quota is used and no model runs. ${retryBehaviour('ValidationException')}`,
      simplification: notFound ? 'Where the service resolves the model ID is not published; it is drawn at the endpoint.' : undefined,
      sources: [SRC.boto, SRC.retry],
    },
  };
  return { kind: 'halt', stage, error: error!, attempts: 1 };
};
