import { QUOTA_SOURCES } from '../../quota/sources.ts';
import { retryBehaviour } from '../failures.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { EXAMPLE_QUOTA_TPM, type TraceContext } from '../trace-context.ts';
import { failingAt } from './failing-at.ts';
import { attemptLines, retriedTimeline } from './retry-at-stage.ts';

const n = (x: number) => Math.round(x).toLocaleString('en-US');

function quotaName(ctx: TraceContext): string {
  const { routing, model, s } = ctx;
  if (s.endpoint === 'mantle') return `Bedrock Mantle input / output tokens per minute for ${model.name}`;
  if (s.tier === 'reserved') return `your Reserved tier capacity (input and output TPM) for ${model.name}`;
  return routing.kind === 'provisioned'
    ? 'your provisioned model units'
    : `${routing.kind === 'in-region' ? 'On-demand' : 'Cross-Region'} InvokeModel tokens per minute for ${model.name}`;
}

/** The reservation arithmetic, one line each. */
export function reservationLines(ctx: TraceContext): string[] {
  const b = ctx.quota.breakdown;
  const q = ctx.quota;
  const unsetOther = b.maxTokensUnset ? null : b.input + b.cacheRead + b.cacheWrite + q.model.maxOutputTokens;
  return [
    `Quota: ${quotaName(ctx)}`,
    `Reserved at admission = input ${n(b.input)} + cache read ${n(b.cacheRead)} + cache write ${n(b.cacheWrite)} + max tokens ${n(b.maxTokens)}${b.maxTokensUnset ? ' (unset → the model’s maximum)' : ''}${b.reservationMultiplier !== 1 ? ` × ${b.reservationMultiplier}` : ''} = ${n(b.reserved)}`,
    `AWS’s example quota of ${n(EXAMPLE_QUOTA_TPM)} TPM holds ${n(Math.floor(EXAMPLE_QUOTA_TPM / b.reserved))} such reservations at once${unsetOther !== null ? `; with max tokens unset (${n(q.model.maxOutputTokens)}) only ${n(Math.floor(EXAMPLE_QUOTA_TPM / unsetOther))}` : ''}.`,
    `Output burndown at settlement: ${b.outputBurndown}× ${q.burndownDocumented ? '' : '(assumed: not documented for this model)'}`.trim(),
  ];
}

function narrationText(ctx: TraceContext): string {
  const b = ctx.quota.breakdown;
  if (ctx.routing.kind === 'provisioned') return 'With provisioned throughput the limit is the capacity of the model units you bought; beyond it requests are throttled too. The on-demand quota does not apply.';
  const unset = b.maxTokensUnset
    ? ` Max tokens is unset, so the model’s maximum, ${n(b.maxTokens)}, is held for the whole call — that is why a request without max tokens throttles sooner.`
    : ` Setting max tokens near what you need keeps the reservation small.`;
  return `Bedrock reserves quota when the request starts: input + cache reads + cache writes + max tokens = ${n(b.reserved)} tokens here, and settles to what was used at the end (cache reads released, output × ${b.outputBurndown}).${unset} Requests-per-minute limits are no longer enforced; tokens per minute are.`;
}

/** 5. The token quota reserves for the request, or throttles it and the SDK retries. */
export const quotaStage: StageBuilder = (ctx, clock) => {
  const t = clock.atMs;
  const failed = failingAt(ctx, 'quota');
  const err = ctx.error;
  const base: StageDraft = {
    id: 'quota',
    title: `Quota: reserve ${n(ctx.quota.breakdown.reserved)} tokens`,
    actor: 'Token quota',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: ctx.s.region,
    transport: 'aws-network',
    checks: `Reserves ${n(ctx.quota.breakdown.reserved)} tokens against “${quotaName(ctx)}”.`,
    visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
    stores: [],
    startMs: t,
    endMs: t + ctx.latency.quotaMs,
    payloadTitle: 'Quota reservation',
    payload: [...reservationLines(ctx), ...(ctx.quota.endpointNote ? [ctx.quota.endpointNote] : [])].join('\n'),
    narration: {
      text: narrationText(ctx),
      simplification: `The quota is drawn as one check. Whether the ${ctx.quota.breakdown.outputBurndown}× burndown also multiplies max tokens in the reservation is not in a primary source (AWS’s own example does not), so it is not applied.${ctx.quota.endpointNote ? ` ${ctx.quota.endpointNote}` : ''}`,
      sources: [QUOTA_SOURCES.reservation, QUOTA_SOURCES.awsExample, QUOTA_SOURCES.burndown, QUOTA_SOURCES.rpmRemoved, ...(ctx.s.tier !== 'standard' ? [QUOTA_SOURCES.tierSharing] : [])],
    },
  };
  if (!failed || !err) return { kind: 'next', stage: base };
  if (err.exception === 'ServiceQuotaExceededException') {
    const stage: StageDraft = {
      ...base,
      title: 'Quota: a service quota is exceeded',
      status: 'failed',
      error: err,
      narration: { text: `A service quota other than tokens per minute is exhausted, so the call ends with ServiceQuotaExceededException (HTTP 400). ${retryBehaviour('ServiceQuotaExceededException')}`, sources: [SRC.boto, SRC.retry] },
    };
    return { kind: 'halt', stage, error: err, attempts: 1 };
  }
  const timeline = retriedTimeline(ctx, t, ctx.latency.quotaMs)!;
  const stage: StageDraft = {
    ...base,
    title: timeline.gaveUp ? 'Quota: throttled, retries exhausted' : 'Quota: throttled, then admitted',
    endMs: timeline.endMs,
    status: timeline.gaveUp ? 'failed' : 'retried',
    error: timeline.gaveUp ? err : undefined,
    attempts: timeline.attempts,
    payloadTitle: 'SDK attempts',
    payload: `${attemptLines(timeline.attempts, 429, 'ThrottlingException')}\n\n${reservationLines(ctx).join('\n')}`,
    narration: {
      text: `The reservation of ${n(ctx.quota.breakdown.reserved)} tokens does not fit in what is left of the tokens-per-minute quota, so Bedrock answers 429 ThrottlingException. ${retryBehaviour('ThrottlingException')} ${timeline.gaveUp ? 'Every attempt is throttled, so the SDK raises ThrottlingException.' : `Attempt ${timeline.attempts.length} finds room and goes on.`}`,
      simplification: 'Which attempt succeeds is chosen by the scenario; in reality it depends on the quota’s refill.',
      sources: [QUOTA_SOURCES.reservation, SRC.boto, SRC.retry],
    },
  };
  const marks = { retryMs: timeline.retryMs };
  return timeline.gaveUp ? { kind: 'halt', stage, error: err, attempts: timeline.attempts.length, marks } : { kind: 'next', stage, marks };
};
