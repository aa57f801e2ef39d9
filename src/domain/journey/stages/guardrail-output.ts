import { skip, type StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';

/** Optional: the guardrail screens the answer before it reaches you. */
export const guardrailOutputStage: StageBuilder = (ctx, clock) => {
  if (!ctx.s.guardrails) return skip;
  return {
    kind: 'next',
    stage: {
      id: 'guardrail-output',
      title: 'Guardrail screens the answer',
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
      payloadTitle: 'Guardrail',
      payload: 'Output assessed: no intervention → stopReason stays ' + ctx.stopReason,
      narration: {
        text: 'The guardrail also screens the model’s answer; an intervention replaces it and sets stopReason guardrail_intervened.',
        simplification: 'Drawn once after decoding; with streaming, output is screened as it is produced. Screening time is an assumption.',
        sources: [SRC.guardrails],
      },
    },
  };
};
