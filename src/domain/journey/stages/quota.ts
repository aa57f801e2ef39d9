import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { backoffSchedule, SDK_MAX_ATTEMPTS, THROTTLING_BASE_MS } from '../retry.ts';
import { SRC } from '../sources.ts';
import type { TraceContext } from '../trace-context.ts';
import type { Attempt } from '../trace-types.ts';

function quotaName(ctx: TraceContext): string {
  const { routing, model } = ctx;
  return routing.kind === 'provisioned'
    ? 'your provisioned model units'
    : `${routing.kind === 'in-region' ? 'On-demand' : 'Cross-Region'} InvokeModel tokens per minute for ${model.name}`;
}

function common(ctx: TraceContext, startMs: number): Pick<StageDraft, 'id' | 'actor' | 'account' | 'accountLabel' | 'region' | 'transport' | 'checks' | 'visibility' | 'stores' | 'startMs'> {
  return {
    id: 'quota',
    actor: 'Token quota',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: ctx.s.region,
    transport: 'aws-network',
    checks: `Counts input + output tokens against “${quotaName(ctx)}”.`,
    visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
    stores: [],
    startMs,
  };
}

/** 5. The token quota admits the request, or throttles it and the SDK retries. */
export const quotaStage: StageBuilder = (ctx, clock) => {
  const { s, latency } = ctx;
  const t = clock.atMs;
  const throttled = s.failure === 'throttled-recovers' || s.failure === 'throttled-gives-up';
  if (!throttled) {
    return {
      kind: 'next',
      stage: {
        ...common(ctx, t),
        title: 'Quota: tokens per minute',
        endMs: t + latency.quotaMs,
        payloadTitle: 'Quota check',
        payload: `Quota: ${quotaName(ctx)}\nThis request: ${ctx.input.tokens.length} input + up to ${s.maxTokens} output tokens\nResult: within quota ✓`,
        narration: {
          text:
            ctx.routing.kind === 'provisioned'
              ? 'With provisioned throughput the limit is the capacity of the model units you bought; beyond it requests are throttled too. There is no shared on-demand quota on this path.'
              : `On-demand use is limited per model and Region in tokens per minute, counting input and output together (requests-per-minute limits are no longer enforced). Over the quota the request fails with ThrottlingException (HTTP 429).`,
          simplification: 'The quota is drawn as one check; the service meters tokens as they are actually used.',
          sources: [SRC.quotas],
        },
      },
    };
  }
  const gaveUp = s.failure === 'throttled-gives-up';
  const backoff = backoffSchedule(THROTTLING_BASE_MS, ctx.seed);
  const attempts: Attempt[] = [];
  const roundTrip = ctx.netMs + latency.endpointMs + latency.iamMs + latency.quotaMs;
  let at = t + latency.quotaMs;
  for (let i = 1; i <= SDK_MAX_ATTEMPTS; i++) {
    const rejected = gaveUp || i < SDK_MAX_ATTEMPTS;
    const b = backoff[i - 1];
    attempts.push({ attempt: i, atMs: at, outcome: rejected ? 'rejected' : 'accepted', waitAfterMs: rejected && b ? b.delayMs : undefined, capMs: rejected && b ? b.capMs : undefined });
    if (rejected && b) at += ctx.netMs + b.delayMs + roundTrip;
  }
  const stage: StageDraft = {
    ...common(ctx, t),
    title: gaveUp ? 'Quota: throttled, retries exhausted' : 'Quota: throttled, then admitted',
    endMs: at,
    status: gaveUp ? 'failed' : 'retried',
    error: gaveUp ? ctx.error! : undefined,
    attempts,
    payloadTitle: 'SDK attempts',
    payload: attempts
      .map((a) => `attempt ${a.attempt} at ${a.atMs.toFixed(0)} ms: ${a.outcome === 'rejected' ? '429 ThrottlingException' : 'admitted'}${a.waitAfterMs !== undefined ? ` → wait ${a.waitAfterMs} ms (random 0–${a.capMs} ms)` : ''}`)
      .join('\n'),
    narration: {
      text: `The account is over its tokens-per-minute quota, so Bedrock answers 429 ThrottlingException. The SDK retries with exponential backoff and full jitter — a random wait up to 500 ms × 2^retry — for ${SDK_MAX_ATTEMPTS} attempts in all. ${gaveUp ? 'Every attempt is throttled, so the SDK gives up and raises ThrottlingException.' : 'The third attempt finds room in the quota and goes on.'}`,
      simplification: 'Which attempt succeeds is chosen by the scenario; in reality it depends on the quota’s refill.',
      sources: [SRC.quotas, SRC.boto, SRC.retry],
    },
  };
  const marks = { retryMs: at - (t + latency.quotaMs) };
  return gaveUp ? { kind: 'halt', stage, error: ctx.error!, attempts: SDK_MAX_ATTEMPTS, marks } : { kind: 'next', stage, marks };
};
