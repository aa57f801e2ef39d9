import { skip, type StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** Optional: invocation logging delivers prompt and answer to your own bucket or log group. */
export const loggingStage: StageBuilder = (ctx, clock) => {
  const { s } = ctx;
  if (!s.logging) return skip;
  return {
    kind: 'next',
    stage: {
      id: 'logging',
      title: 'Invocation log written to your bucket',
      actor: 'Model invocation logging',
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: 'aws-network',
      checks: 'Delivers the request and response, with their text, to your S3 bucket and/or CloudWatch Logs.',
      visibility: { level: 'stored', badge: 'Stored: in YOUR S3 / CloudWatch, readable by whom you allow' },
      stores: [{ where: `Your S3 bucket / CloudWatch log group (${s.region})`, what: 'Prompt, answer, model, token counts', owner: 'customer', containsPromptText: true }],
      startMs: clock.atMs,
      endMs: clock.atMs,
      payloadTitle: 'Log record (abridged)',
      payload: json({ modelId: ctx.routing.invokedId, input: { inputBodyJson: '…your prompt…' }, output: { outputBodyJson: '…the answer…' } }),
      narration: {
        text: `Because invocation logging is on, the prompt and the answer are delivered to the S3 bucket or CloudWatch log group you configured — in your account and this Region only — and kept until you delete them. It is off by default.`,
        simplification: 'Drawn after the response; delivery is asynchronous and its timing is not on your latency path. Record fields are abridged.',
        sources: [SRC.logging],
      },
    },
  };
};
