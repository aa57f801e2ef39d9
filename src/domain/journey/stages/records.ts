import { DEMO_ACCOUNT } from '../model-profile.ts';
import type { StageBuilder } from '../pipeline.ts';
import { isNative } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** 6. Billing and CloudTrail record metadata, never the prompt. */
export const recordsStage: StageBuilder = (ctx, clock) => {
  const { s, routing } = ctx;
  return {
    kind: 'next',
    stage: {
      id: 'records',
      title: 'Records: metadata, never the prompt',
      actor: 'Billing, CloudTrail, invocation logging',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: s.logging
        ? 'Writes metadata for billing and CloudTrail; invocation logging is ON, so prompt and answer will go to your own log destination.'
        : 'Writes metadata for billing and CloudTrail; invocation logging is off (the default), so the prompt text is stored nowhere.',
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory — not stored' },
      stores: [
        { where: 'Billing (AWS)', what: 'Model, Region, input and output token counts', owner: 'service', containsPromptText: false },
        { where: 'CloudTrail (your trail)', what: 'Who called which operation on which model, when, from where', owner: 'customer', containsPromptText: false },
      ],
      startMs: clock.atMs,
      endMs: clock.atMs + ctx.latency.recordsMs,
      payloadTitle: 'Metadata record',
      payload: json({
        eventSource: s.endpoint === 'runtime' ? 'bedrock.amazonaws.com' : '‹Mantle’s CloudTrail event source is not in the reference›',
        eventName: isNative(s.api) ? s.api : `${s.api} (${s.endpoint === 'runtime' ? 'bedrock-runtime' : 'bedrock-mantle'})`,
        awsRegion: s.region,
        userIdentity: { arn: `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session` },
        requestParameters: { modelId: routing.invokedId },
        invocationLogging: s.logging ? 'enabled → your bucket / log group' : 'disabled (default)',
      }),
      narration: {
        text: `Bedrock records who called what, for billing and for CloudTrail — metadata, never the prompt text. Invocation logging, which would copy prompts and answers into your own S3 bucket or CloudWatch log group in this account and Region, is ${s.logging ? 'switched ON in this scenario' : 'off, as it is by default'}.`,
        simplification: 'CloudTrail’s exact fields for runtime calls are illustrative.',
        sources: [SRC.logging, SRC.converse],
      },
    },
  };
};
