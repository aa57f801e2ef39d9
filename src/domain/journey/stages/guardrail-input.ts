import { GUARDRAIL_ID, GUARDRAIL_VERSION } from '../payloads.ts';
import { skip, type StageBuilder } from '../pipeline.ts';
import { isConverse } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** Optional: the guardrail screens the prompt before the model sees it. */
export const guardrailInputStage: StageBuilder = (ctx, clock) => {
  const { s } = ctx;
  if (!s.guardrails) return skip;
  return {
    kind: 'next',
    stage: {
      id: 'guardrail-input',
      title: 'Guardrail screens the prompt',
      actor: 'Amazon Bedrock Guardrails',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: `Applies guardrail ${GUARDRAIL_ID} v${GUARDRAIL_VERSION} to the input; an intervention ends the call with stopReason guardrail_intervened.`,
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs + ctx.latency.guardrailInputMs,
      payloadTitle: 'Guardrail',
      payload: isConverse(s.api)
        ? json({ guardrailConfig: { guardrailIdentifier: GUARDRAIL_ID, guardrailVersion: GUARDRAIL_VERSION } })
        : `X-Amzn-Bedrock-GuardrailIdentifier: ${GUARDRAIL_ID}\nX-Amzn-Bedrock-GuardrailVersion: ${GUARDRAIL_VERSION}`,
      narration: {
        text: 'The guardrail you attached screens the prompt before the model sees it. If a policy matches, Bedrock answers without running the model and the stop reason is guardrail_intervened.',
        simplification: 'Screening time is an assumption (no public figure); this prompt passes.',
        sources: [SRC.guardrails],
      },
    },
  };
};
