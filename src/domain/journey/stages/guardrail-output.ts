import { skip, type StageBuilder, type StageDraft } from '../pipeline.ts';
import { SRC } from '../sources.ts';

/** Optional: the guardrail screens the answer before it reaches you — and may replace it. */
export const guardrailOutputStage: StageBuilder = (ctx, clock) => {
  if (!ctx.s.guardrails) return skip;
  const blocks = ctx.s.failure === 'guardrail-output';
  const stage: StageDraft = {
    id: 'guardrail-output',
    title: blocks ? 'Guardrail blocks the answer' : 'Guardrail screens the answer',
    actor: 'Amazon Bedrock Guardrails',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: ctx.s.region,
    transport: 'aws-network',
    checks: 'Applies the same guardrail to the model’s output before it reaches you.',
    visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
    stores: [],
    startMs: clock.atMs,
    endMs: clock.atMs + ctx.latency.guardrailOutputMs,
    status: blocks ? 'failed' : 'ok',
    payloadTitle: 'Guardrail',
    payload: blocks ? 'Output assessment: a policy matched → INTERVENED\nThe answer is replaced by your blocked-output message; stopReason guardrail_intervened.' : `Output assessed: no intervention → stopReason stays ${ctx.stopReason}`,
    narration: {
      text: blocks
        ? 'The model answered, but a policy matches its output: the guardrail replaces the answer with your blocked-output message and the stop reason becomes guardrail_intervened. The call still returns HTTP 200; the model’s tokens were generated and are billed.'
        : 'The guardrail also screens the model’s answer; an intervention replaces it and sets stopReason guardrail_intervened.',
      simplification: 'Drawn once after decoding; with streaming, output is screened as it is produced. Screening time is an assumption.',
      sources: [SRC.guardrails],
    },
  };
  return { kind: 'next', stage };
};
