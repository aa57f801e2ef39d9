import { BATCH_SOURCES } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import { DEMO_BUCKET, INPUT_KEY } from '../batch-job.ts';
import { uploadCode } from '../batch-snippets.ts';
import type { StageBuilder } from '../pipeline.ts';

/** 1. Your records: a JSONL file in your S3 bucket, one {"recordId", "modelInput"} per line. */
export const batchInputStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { s, o, model } = ctx;
  const format = o.invocationType === 'Converse' ? 'the Converse request body' : `${model.name}’s own InvokeModel body`;
  return {
    kind: 'next',
    stage: {
      id: 'batch-input',
      title: 'Your records: a JSONL file in your S3 bucket',
      actor: 'Your code + the AWS SDK (S3)',
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: 'aws-network',
      checks: `Writes ${o.records.toLocaleString('en-US')} lines to s3://${DEMO_BUCKET}/${INPUT_KEY}: each a recordId and a modelInput in ${format}.`,
      visibility: { level: 'stored', badge: 'Stored: in YOUR S3 bucket, readable by whom your policies allow' },
      stores: [{ where: `Your S3 bucket (${s.region})`, what: `${o.records.toLocaleString('en-US')} records: your prompts`, owner: 'customer', containsPromptText: true }],
      startMs: clock.atMs,
      endMs: clock.atMs,
      when: 'Before the job: you upload the file',
      payloadTitle: `${INPUT_KEY} (JSONL, first lines)`,
      payload: ctx.inputJsonl,
      code: uploadCode(s.region, ctx.record, o.records),
      narration: {
        text: `A batch job reads its prompts from a file, not a request. Each line of the .jsonl file is one JSON object: a recordId (added in the output if missing) and a modelInput holding ${format} — what one ${o.invocationType} call would send. Each record here is your prompt: ${ctx.inputTokensPerRecord.toLocaleString('en-US')} input tokens${ctx.input.exact ? '' : ' (estimated)'}. The file stays in your bucket until you delete it.`,
        simplification:
          ctx.badLine !== null
            ? 'Injected failure: one line is cut off mid-object — it is not a JSON object, so validation will reject the file.'
            : `All ${o.records.toLocaleString('en-US')} records repeat one prompt. Batch quotas (records per file and per job, file sizes) apply; their values are not in the explorer’s reference.`,
        sources: [BATCH_SOURCES.input, BATCH_SOURCES.minimumRecords],
      },
    },
  };
};
