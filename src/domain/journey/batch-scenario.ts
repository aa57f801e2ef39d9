import { TIMEOUT_HOURS, type InvocationType } from './batch-facts.ts';

/** The journey has two walks: one synchronous request, or a batch job (asynchronous). */
export const WALKS = ['request', 'batch'] as const;
export type Walk = (typeof WALKS)[number];

/**
 * What can go wrong with a batch job, each ending in the state botocore documents for it:
 * a malformed line fails validation (Failed); a record whose modelInput the model rejects becomes an
 * error line (validation does not check modelInput); a job that never starts inside its timeout is
 * Expired; one that runs out of time part-way is PartiallyCompleted.
 */
export const BATCH_FAILURES = ['none', 'malformed-record', 'record-error', 'expired', 'partial'] as const;
export type BatchFailure = (typeof BATCH_FAILURES)[number];

export const BATCH_FAILURE_LABEL: Record<BatchFailure, string> = {
  none: 'None — the job completes',
  'malformed-record': 'A malformed line (validation fails)',
  'record-error': 'A record the model rejects (error line)',
  expired: 'Not started within the timeout (Expired)',
  partial: 'Runs out of time part-way (PartiallyCompleted)',
};

/** The batch walk's own controls; the prompt, model, Region, credentials and max tokens come from the scenario. */
export type BatchOptions = {
  /** Records in the input file: every one carries the scenario's prompt (a teaching simplification). */
  records: number;
  /** timeoutDurationInHours of the job (botocore: 24–168). */
  timeoutHours: number;
  /** Encrypt the output with your KMS key (s3EncryptionKeyId); otherwise the bucket's default encryption. */
  kms: boolean;
  /** The record format: the model's InvokeModel body, or the Converse request body. */
  invocationType: InvocationType;
  failure: BatchFailure;
  /** PartiallyCompleted only: the share of records done when the window closed, in % — the user's assumption. */
  donePercent: number;
};

/** A workload size to show the arithmetic with — the user's choice, not a Bedrock figure. */
export const DEFAULT_BATCH_RECORDS = 1000;
/** Upper bound of the records field: input validation only (Bedrock's own per-job maximum is a quota the reference lacks). */
export const MAX_BATCH_RECORDS = 10_000_000;
/** An illustrative share for a partly finished job: how much gets done is not published. */
export const DEFAULT_DONE_PERCENT = 50;

export const DEFAULT_BATCH: BatchOptions = {
  records: DEFAULT_BATCH_RECORDS,
  timeoutHours: TIMEOUT_HOURS.min,
  kms: true,
  invocationType: 'InvokeModel',
  failure: 'none',
  donePercent: DEFAULT_DONE_PERCENT,
};
