import { GUARDRAIL_ID, GUARDRAIL_VERSION } from '../payloads.ts';
import { skip, type StageBuilder, type StageDraft } from '../pipeline.ts';
import { isConverse, isNative } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** Optional: the guardrail screens the prompt before the model sees it — and may block it. */
export const guardrailInputStage: StageBuilder = (ctx, clock) => {
  const { s } = ctx;
  if (!s.guardrails) return skip;
  const blocks = s.failure === 'guardrail-input';
  const config = isConverse(s.api) || !isNative(s.api)
    ? json({ guardrailConfig: { guardrailIdentifier: GUARDRAIL_ID, guardrailVersion: GUARDRAIL_VERSION } })
    : `X-Amzn-Bedrock-GuardrailIdentifier: ${GUARDRAIL_ID}\nX-Amzn-Bedrock-GuardrailVersion: ${GUARDRAIL_VERSION}`;
  const stage: StageDraft = {
    id: 'guardrail-input',
    title: blocks ? 'Guardrail blocks the prompt' : 'Guardrail screens the prompt',
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
    status: blocks ? 'failed' : 'ok',
    payloadTitle: 'Guardrail',
    payload: blocks ? `${config}\n\nInput assessment: a policy matched → INTERVENED\nThe model is not invoked.` : config,
    narration: {
      text: blocks
        ? 'A policy of the guardrail you attached matches the prompt, so Bedrock answers at once with your guardrail’s blocked-input message and stopReason guardrail_intervened. The model never sees the prompt. This is not an exception: the call returns HTTP 200.'
        : 'The guardrail you attached screens the prompt before the model sees it. If a policy matches, Bedrock answers without running the model and the stop reason is guardrail_intervened.',
      simplification: 'Screening time is an assumption (no public figure).',
      sources: [SRC.guardrails],
    },
  };
  return blocks ? { kind: 'stop', stage, marks: { blockedAtMs: stage.endMs } } : { kind: 'next', stage };
};
