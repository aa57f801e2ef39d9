import { BATCH_SOURCES } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import { controlPlaneHost } from '../batch-job.ts';
import { createJobCode } from '../batch-snippets.ts';
import type { StageBuilder } from '../pipeline.ts';
import { json } from '../trace-context.ts';

/** The request as it goes on the wire, headers and body. */
export function httpText(ctx: BatchContext): string {
  const r = ctx.request;
  return `${r.method} ${r.path} HTTP/1.1\n${r.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}\n\n${json(r.body)}`;
}

/** 2. CreateModelInvocationJob on the bedrock control plane: the job names files, not prompts. */
export const batchSubmitStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { s, o } = ctx;
  return {
    kind: 'next',
    stage: {
      id: 'batch-submit',
      title: 'CreateModelInvocationJob on the control plane',
      actor: 'Your code + the AWS SDK (BedrockClient)',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'public-internet',
      checks: `POST https://${controlPlaneHost(s.region)}/model-invocation-job with the job’s name, service role, model, input and output S3 locations and a ${o.timeoutHours}-hour timeout.`,
      visibility: { level: 'not-read', badge: 'No prompt in this request: it names your S3 files' },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs,
      when: 'Once, to start the job',
      payloadTitle: `POST https://${controlPlaneHost(s.region)}/model-invocation-job`,
      payload: httpText(ctx),
      code: createJobCode(s.region, ctx.createBody),
      narration: {
        text: `Your code asks the control plane — ${controlPlaneHost(s.region)}, not bedrock-runtime — to create a batch job. The body carries no prompt: it names the input file, the output folder, the service role Bedrock will use to read and write them, the model${o.kms ? ', your KMS key' : ''} and a ${o.timeoutHours}-hour timeout (the API accepts 24–168). The answer is only a jobArn; the results come later, in your bucket.`,
        simplification: 'The SDK fills clientRequestToken, an idempotency token, so a retried call cannot start a second job; its value is not shown.',
        sources: [BATCH_SOURCES.api, BATCH_SOURCES.endpoint, BATCH_SOURCES.idempotency],
      },
    },
  };
};
