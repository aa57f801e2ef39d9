import { BATCH_SOURCES } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import { DEMO_BUCKET } from '../batch-job.ts';
import { readResultsCode } from '../batch-snippets.ts';
import type { StageBuilder } from '../pipeline.ts';
import { json } from '../trace-context.ts';

/** The output folder as the payload shows it: the results file, a failed line's shape and the manifest. */
export function outputFilesText(ctx: BatchContext): string {
  return [
    `s3://${DEMO_BUCKET}/${ctx.outputKey}  (first line)`,
    ctx.outputJsonl,
    '',
    ctx.o.failure === 'record-error' ? 'The second line: this record failed, an error object replaces modelOutput' : 'A line whose inference failed: an error object replaces modelOutput',
    ctx.errorJsonl,
    '',
    `s3://${DEMO_BUCKET}/${ctx.manifestKey}`,
    json(ctx.manifest ?? 'none: the job wrote no output'),
  ].join('\n');
}

/** 6. Completed: the output JSONL and manifest.json.out are in your bucket. */
export const batchOutputStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { s, o, outcome } = ctx;
  const m = ctx.manifest;
  if (!m) return { kind: 'skip' };
  const status = outcome.finalStatus;
  const n = (x: number) => x.toLocaleString('en-US');
  const ending =
    o.failure === 'partial'
      ? ` Time ran out: PartiallyCompleted, ${n(m.processedRecordCount)} of ${n(m.totalRecordCount)} records done; the rest need a new job.`
      : o.failure === 'record-error'
        ? ` One record’s modelInput was rejected (validation does not check it): its line has an error object (errorCode 400), and the manifest counts ${n(m.errorRecordCount)} error.`
        : '';
  const shape = o.invocationType === 'Converse' ? 'the Converse response body' : 'the model’s InvokeModel response body';
  return {
    kind: 'next',
    stage: {
      id: 'batch-output',
      title: status === 'PartiallyCompleted' ? 'PartiallyCompleted: what was done is in your bucket' : o.failure === 'record-error' ? 'Completed, with one error line' : 'Completed: results and manifest in your bucket',
      actor: 'Bedrock batch inference → your S3',
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: 'aws-network',
      checks: `Writes one output JSONL per input file and manifest.json.out to ${ctx.names.outputUri}${o.kms ? ', encrypted with your KMS key' : ''}; the job’s status becomes ${status}.`,
      visibility: { level: 'stored', badge: `Stored: prompts and answers in YOUR S3 bucket${o.kms ? ', under your KMS key' : ''}` },
      stores: [
        { where: `Your S3 bucket (${s.region})`, what: 'Output JSONL: each record’s modelInput and modelOutput (or error)', owner: 'customer', containsPromptText: true },
        { where: `Your S3 bucket (${s.region})`, what: 'manifest.json.out: record and token counts', owner: 'customer', containsPromptText: false },
      ],
      startMs: clock.atMs,
      endMs: clock.atMs,
      when: status === 'PartiallyCompleted' ? `When the ${o.timeoutHours}-hour window closes` : 'When the job completes, within its window',
      payloadTitle: `Output files · GetModelInvocationJob → ${status}`,
      payload: outputFilesText(ctx),
      code: readResultsCode(s.region, ctx.outputKey),
      narration: {
        text: `Bedrock writes one output JSONL per input file: each line repeats recordId and modelInput and adds modelOutput (${shape}) or an error object. manifest.json.out counts ${n(m.totalRecordCount)} records, ${n(m.inputTokenCount)} input and ${n(m.outputTokenCount)} output tokens.${ending} Match answers by recordId: one copy of AWS’s docs says the output keeps the input order, another says it does not.`,
        simplification:
          o.failure === 'record-error'
            ? 'Whether a job with error lines reports Completed or PartiallyCompleted, and whether its tokens are counted, is not in the reference.'
            : 'The output file’s exact name is illustrative: AWS documents one output per input file, not its key.',
        sources: [BATCH_SOURCES.results, BATCH_SOURCES.orderConflict, ...(o.kms ? [BATCH_SOURCES.kms] : [])],
      },
    },
  };
};
