import type { StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { failingAt } from './failing-at.ts';

/** 3. The regional endpoint terminates TLS and validates the request. */
export const endpointStage: StageBuilder = (ctx, clock) => {
  const { s, request } = ctx;
  const failed = failingAt(ctx, 'endpoint');
  const stage = {
    id: 'endpoint' as const,
    title: `Regional endpoint ${request.host}`,
    actor: 'Bedrock runtime front end',
    account: 'service' as const,
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network' as const,
    checks: 'Terminates TLS and validates the request: path, headers and body against the API’s constraints.',
    visibility: { level: 'in-memory' as const, badge: 'Readable by: the Bedrock service, in memory' },
    stores: [],
    startMs: clock.atMs,
    endMs: clock.atMs + ctx.latency.endpointMs,
    status: failed ? ('failed' as const) : ('ok' as const),
    error: failed ? ctx.error! : undefined,
    payloadTitle: 'Validated fields',
    payload: failed
      ? '✗ max tokens = 0, but it must be ≥ 1\n→ 400 ValidationException'
      : `✓ ${s.api}: ${request.method} ${request.path}\n✓ body ≤ 25,000,000 bytes\n✓ max tokens ${s.maxTokens} ≥ 1, temperature ${s.temperature} in 0–1`,
    narration: {
      text: failed
        ? 'The regional endpoint checks the body against the API’s constraints before anything else runs. A maximum of 0 tokens breaks the rule “maxTokens ≥ 1”, so the request is rejected here with ValidationException (HTTP 400) — no quota is used and no model runs.'
        : `TLS ends at ${request.host}, the one regional address in front of every model. The service checks the operation, path and body against the API model (a body of at most 25,000,000 bytes, maxTokens ≥ 1, temperature 0–1) and rejects a malformed request with ValidationException (400).`,
      simplification: 'Validation and authentication are drawn as separate boxes; inside the service they are parts of one front end.',
      sources: [SRC.endpoints, SRC.boto],
    },
  };
  return failed ? { kind: 'halt', stage, error: ctx.error!, attempts: 1 } : { kind: 'next', stage };
};
