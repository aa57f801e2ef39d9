/**
 * The files of a batch job: the input JSONL (one `{"recordId", "modelInput"}` per line, modelInput the
 * model's real InvokeModel body or the Converse request body), the output JSONL (modelOutput, or an
 * error object, per line) and manifest.json.out. Shapes from AWS docs batch-inference-data and
 * batch-inference-results (BATCH_SOURCES); the bodies come from the same builders as the request walk.
 */
import type { InvocationType, JobStatus } from './batch-facts.ts';
import type { BatchFailure } from './batch-scenario.ts';
import type { BodyFamily } from './model-profile.ts';
import { converseBody, nativeBody, responseBody } from './payloads.ts';
import { type RequestInput, type StopReason } from './payload-types.ts';

/** An 11-character alphanumeric record ID, like the docs' examples ("CALL0000001"). */
export function recordId(index: number): string {
  return `REC${String(index + 1).padStart(8, '0')}`;
}

export type BatchRecord = { recordId: string; modelInput: unknown };

export type ModelInputSpec = {
  family: BodyFamily;
  invocationType: InvocationType;
  region: string;
  modelId: string;
  prompt: string;
  /** null = unset (Converse only: the native bodies require it). */
  maxTokens: number | null;
  temperature: number;
  /** System-prompt tokens: sent as plain input — batch has no prompt caching. */
  systemTokens: number;
};

/** The modelInput of one record, with notes where the reference flags the shape. */
export function modelInput(spec: ModelInputSpec): { body: unknown; notes: string[] } {
  const input: RequestInput = {
    api: spec.invocationType === 'Converse' ? 'Converse' : 'InvokeModel',
    family: spec.family,
    region: spec.region,
    invokedId: spec.modelId,
    prompt: spec.prompt,
    maxTokens: spec.maxTokens,
    temperature: spec.temperature,
    guardrails: false,
    // No cache point: prompt caching is not supported with batch inference.
    system: spec.systemTokens > 0 ? { tokens: spec.systemTokens, cache: 'off', ttl: '5m' } : null,
  };
  if (spec.invocationType === 'Converse') return { body: converseBody(input), notes: [] };
  return nativeBody(input);
}

export function inputRecord(index: number, body: unknown): BatchRecord {
  return { recordId: recordId(index), modelInput: body };
}

/** One line of JSONL: compact JSON, no newline inside. */
export function jsonlLine(value: unknown): string {
  return JSON.stringify(value);
}

export type OutputSpec = {
  family: BodyFamily;
  invocationType: InvocationType;
  modelId: string;
  text: string;
  inputTokens: number;
  outputTokens: number;
  stopReason: StopReason;
};

/** The modelOutput of a record: the InvokeModel response body, or the Converse response body. */
export function modelOutput(spec: OutputSpec): { body: unknown; notes: string[] } {
  const r = responseBody({
    api: spec.invocationType === 'Converse' ? 'Converse' : 'InvokeModel',
    family: spec.family,
    invokedId: spec.modelId,
    text: spec.text,
    inputTokens: spec.inputTokens,
    outputTokens: spec.outputTokens,
    stopReason: spec.stopReason,
    latencyMs: 0,
    firstByteMs: 0,
  });
  if (r.body && typeof r.body === 'object' && 'metrics' in r.body) {
    // Converse's latency metric is not modelled for a batch record.
    const { metrics: _metrics, ...rest } = r.body as Record<string, unknown>;
    return { body: rest, notes: [...r.notes, 'The Converse response’s metrics field is left out: the explorer does not model a batch record’s latency.'] };
  }
  return r;
}

export function outputLine(record: BatchRecord, output: unknown): Record<string, unknown> {
  return { recordId: record.recordId, modelInput: record.modelInput, modelOutput: output };
}

/** A line whose inference failed: an error object replaces modelOutput (docs example: errorCode 400). */
export function errorLine(record: BatchRecord): Record<string, unknown> {
  return { recordId: record.recordId, modelInput: record.modelInput, error: { errorCode: 400, errorMessage: '‹why this record failed›' } };
}

export type Manifest = {
  totalRecordCount: number;
  processedRecordCount: number;
  successRecordCount: number;
  errorRecordCount: number;
  inputTokenCount: number;
  outputTokenCount: number;
};

/** How the job ends: the records it processed, how many succeeded, and its final status. */
export type JobOutcome = {
  finalStatus: JobStatus;
  processed: number;
  success: number;
  errors: number;
  /** Records whose tokens are billed: the successful ones (see the billing stage's caveat). */
  billed: number;
};

export function jobOutcome(records: number, failure: BatchFailure, donePercent: number): JobOutcome {
  switch (failure) {
    case 'malformed-record':
      return { finalStatus: 'Failed', processed: 0, success: 0, errors: 0, billed: 0 };
    case 'expired':
      return { finalStatus: 'Expired', processed: 0, success: 0, errors: 0, billed: 0 };
    case 'partial': {
      const done = Math.max(0, Math.min(records - 1, Math.floor((records * donePercent) / 100)));
      return { finalStatus: 'PartiallyCompleted', processed: done, success: done, errors: 0, billed: done };
    }
    case 'record-error':
      return { finalStatus: 'Completed', processed: records, success: records - 1, errors: 1, billed: records - 1 };
    default:
      return { finalStatus: 'Completed', processed: records, success: records, errors: 0, billed: records };
  }
}

/** manifest.json.out for a job that wrote output (null for Failed and Expired jobs: nothing ran). */
export function manifestOf(records: number, outcome: JobOutcome, inputTokensPerRecord: number, outputTokensPerRecord: number): Manifest | null {
  if (outcome.processed === 0 && outcome.finalStatus !== 'PartiallyCompleted') return null;
  return {
    totalRecordCount: records,
    processedRecordCount: outcome.processed,
    successRecordCount: outcome.success,
    errorRecordCount: outcome.errors,
    inputTokenCount: outcome.success * inputTokensPerRecord,
    outputTokenCount: outcome.success * outputTokensPerRecord,
  };
}

/** A line that is not a JSON object: the kind validation rejects (here: the line is cut off). */
export function malformedLine(line: string): string {
  return line.slice(0, Math.max(1, Math.floor(line.length * 0.6)));
}

/** The first lines of a JSONL file and a count of the rest (the file itself has no such line). */
export function jsonlPreview(lines: string[], total: number): string {
  const rest = total - lines.length;
  return `${lines.join('\n')}${rest > 0 ? `\n… ${rest.toLocaleString('en-US')} more line${rest === 1 ? '' : 's'}, one record each` : ''}`;
}
