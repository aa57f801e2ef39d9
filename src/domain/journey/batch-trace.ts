/**
 * The batch walk as data: the asynchronous path (JSONL in S3, CreateModelInvocationJob, the job's
 * states, results in S3, the batch price) as a short trace of stages, built by the same pipeline as
 * the request walk with one builder per stage (stages/batch-*.ts). Pure: same inputs, same trace.
 */
import { HAPPY_STATES, type JobStatus } from './batch-facts.ts';
import { prepareBatchContext } from './batch-context.ts';
import { DEMO_SUBMIT_TIME, expirationAfter } from './batch-job.ts';
import type { BatchPricing, BatchRates } from './batch-price.ts';
import type { BatchOptions } from './batch-scenario.ts';
import type { BodyFamily } from './model-profile.ts';
import type { HttpRequest } from './payload-types.ts';
import { runPipeline, START, type StageBuilder } from './pipeline.ts';
import type { PrivacyFact } from './privacy.ts';
import type { JourneyModel, Scenario } from './scenario.ts';
import { batchBillingStage } from './stages/batch-billing.ts';
import { batchIamStage } from './stages/batch-iam.ts';
import { batchInputStage } from './stages/batch-input.ts';
import { batchOutputStage, outputFilesText } from './stages/batch-output.ts';
import { batchQueueStage } from './stages/batch-queue.ts';
import { batchRunStage } from './stages/batch-run.ts';
import { batchSubmitStage, httpText } from './stages/batch-submit.ts';
import type { EncodeFn, Tokenization } from './tokens.ts';
import type { BatchContext } from './batch-context.ts';
import type { BatchStageId, Stage } from './trace-types.ts';
import type { JobOutcome, Manifest } from './batch-records.ts';
import type { BatchFailure } from './batch-scenario.ts';

const BATCH_PATH: readonly StageBuilder<BatchContext>[] = [
  batchInputStage,
  batchSubmitStage,
  batchIamStage,
  batchQueueStage,
  batchRunStage,
  batchOutputStage,
  batchBillingStage,
];

/** The job states each stage passes through on the happy path, in order (the diagram lights them up). */
export const STATES_DURING: Record<BatchStageId, readonly JobStatus[]> = {
  'batch-input': [],
  'batch-submit': [],
  'batch-iam': ['Submitted'],
  'batch-queue': ['Submitted', 'Validating', 'Scheduled'],
  'batch-run': ['InProgress'],
  'batch-output': ['Completed'],
  'batch-billing': ['Completed'],
};

/** The states a stage passes through with this failure: where the job ends, it ends in its final status. */
export function statesDuring(id: BatchStageId, failure: BatchFailure, finalStatus: JobStatus): readonly JobStatus[] {
  if (id === 'batch-queue' && failure === 'malformed-record') return ['Submitted', 'Validating', 'Failed'];
  if (id === 'batch-queue' && failure === 'expired') return ['Submitted', 'Validating', 'Scheduled', 'Expired'];
  if (id === 'batch-output' || id === 'batch-billing') return [finalStatus];
  return STATES_DURING[id];
}

export type BatchTrace = {
  walk: 'batch';
  scenario: Scenario;
  options: BatchOptions;
  model: JourneyModel;
  family: BodyFamily;
  stages: Stage[];
  input: Tokenization;
  inputTokensPerRecord: number;
  outputTokensPerRecord: number;
  /** The files and calls the inspector shows. */
  files: { inputJsonl: string; outputFiles: string; manifest: Manifest | null; inputUri: string; outputUri: string };
  job: {
    request: HttpRequest;
    requestText: string;
    body: Record<string, unknown>;
    jobArn: string;
    roleArn: string;
    kmsKeyArn: string | null;
    /** Submit time + timeout: how AWS sets jobExpirationTime is not in the reference. */
    expirationTime: string;
  };
  pricing: BatchPricing | null;
  privacy: PrivacyFact[];
  notices: string[];
  /** The happy-path states drawn in the job box. */
  happyStates: readonly JobStatus[];
  /** The states this job passes through, in order, ending in its final status (the diagram's chips). */
  jobPath: JobStatus[];
  /** The status GetModelInvocationJob reports at each stage (null before the job exists). */
  statusAt: (JobStatus | null)[];
  /** How the job ends: its final status and the records processed, succeeded, failed and billed. */
  outcome: JobOutcome;
};

export function buildBatchTrace(scenario: Scenario, options: BatchOptions, model: JourneyModel, encode: EncodeFn | null = null, rates: BatchRates | null = null): BatchTrace {
  const ctx = prepareBatchContext(scenario, options, model, encode, rates);
  const run = runPipeline(ctx, BATCH_PATH, START);
  const stages = [...run.clock.stages];
  const statusAt = stages.map((st) => statesDuring(st.id as BatchStageId, ctx.o.failure, ctx.outcome.finalStatus).at(-1) ?? null);
  return {
    walk: 'batch',
    scenario: ctx.s,
    options: ctx.o,
    model,
    family: ctx.family,
    stages,
    input: ctx.input,
    inputTokensPerRecord: ctx.inputTokensPerRecord,
    outputTokensPerRecord: ctx.outputTokensPerRecord,
    files: { inputJsonl: ctx.inputJsonl, outputFiles: outputFilesText(ctx), manifest: ctx.manifest, inputUri: ctx.names.inputUri, outputUri: ctx.names.outputUri },
    job: {
      request: ctx.request,
      requestText: httpText(ctx),
      body: ctx.createBody,
      jobArn: ctx.names.jobArn,
      roleArn: ctx.names.roleArn,
      kmsKeyArn: ctx.o.kms ? ctx.names.kmsKeyArn : null,
      expirationTime: expirationAfter(DEMO_SUBMIT_TIME, ctx.o.timeoutHours),
    },
    pricing: ctx.pricing,
    privacy: ctx.privacy,
    notices: ctx.notices,
    happyStates: HAPPY_STATES,
    statusAt,
    jobPath: [...new Set(stages.flatMap((st) => statesDuring(st.id as BatchStageId, ctx.o.failure, ctx.outcome.finalStatus)))],
    outcome: ctx.outcome,
  };
}
