/**
 * What every batch stage builder needs, computed once: the options as they can run, the record (its
 * modelInput the model's real InvokeModel or Converse body), tokens per record, the job request, the
 * output line and manifest, the price from the pricing domain and the privacy facts. Notices say which
 * request-walk settings do not apply to a batch job, and why.
 */
import { BATCH_SOURCES, TIMEOUT_HOURS, type JobStatus } from './batch-facts.ts';
import { createJobBody, createJobRequest, jobNames, jobStatusResponse, manifestKey, outputKey, type JobNames, type JobSpec } from './batch-job.ts';
import { priceBatchJob, type BatchPricing, type BatchRates } from './batch-price.ts';
import { batchPrivacyFacts } from './batch-privacy.ts';
import {
  errorLine,
  inputRecord,
  jobOutcome,
  jsonlLine,
  malformedLine,
  jsonlPreview,
  manifestOf,
  modelInput,
  modelOutput,
  outputLine,
  type BatchRecord,
  type JobOutcome,
  type Manifest,
} from './batch-records.ts';
import { MAX_BATCH_RECORDS, type BatchOptions } from './batch-scenario.ts';
import { bodyFamily, DEMO_ACCOUNT, type BodyFamily } from './model-profile.ts';
import type { HttpRequest, StopReason } from './payload-types.ts';
import type { PrivacyFact } from './privacy.ts';
import type { JourneyModel, Scenario } from './scenario.ts';
import { ILLUSTRATIVE_ANSWER, tokenize, type EncodeFn, type Tokenization } from './tokens.ts';

export type BatchContext = {
  s: Scenario;
  /** The batch options as they run (record format adjusted where no native body is documented). */
  o: BatchOptions;
  model: JourneyModel;
  family: BodyFamily;
  names: JobNames;
  spec: JobSpec;
  input: Tokenization;
  inputTokensPerRecord: number;
  outputTokensPerRecord: number;
  record: BatchRecord;
  modelInputNotes: string[];
  /** The first lines of the input file, as JSONL. */
  inputJsonl: string;
  /** The first line of the output file, and the shape of a line whose inference failed. */
  outputJsonl: string;
  errorJsonl: string;
  outputNotes: string[];
  /** null when the job wrote no output (Failed at validation, Expired). */
  manifest: Manifest | null;
  outcome: JobOutcome;
  /** The line validation rejects (malformed-record only). */
  badLine: string | null;
  outputKey: string;
  manifestKey: string;
  createBody: Record<string, unknown>;
  request: HttpRequest;
  status: (status: JobStatus) => Record<string, unknown>;
  /** Null when the view has no catalog model to price (tests of the shapes only). */
  pricing: BatchPricing | null;
  privacy: PrivacyFact[];
  notices: string[];
  customerLabel: string;
  deploymentLabel: string;
};

/** Request-walk settings a batch job does not have, each said once. */
function batchNotices(s: Scenario): string[] {
  const out: string[] = [];
  if (s.endpoint === 'mantle') out.push(`Batch jobs are created on the bedrock control plane (bedrock.${s.region}.amazonaws.com); the bedrock-mantle endpoint is part of the request walk only.`);
  if (s.cache !== 'off' || s.systemTokens > 0)
    out.push(
      `Prompt caching is not supported with batch inference: ${s.systemTokens > 0 ? `the ${s.systemTokens.toLocaleString('en-US')}-token system prompt is plain input in every record, billed at the batch input price` : 'the cache setting does not apply to a batch job'}.`,
    );
  if (s.tier !== 'standard') out.push('Service tiers (Priority, Flex, Reserved) are settings of on-demand calls; a batch job is billed at the batch price.');
  if (s.profile !== 'none') out.push('The job names the model in this Region (botocore’s modelId also accepts inference-profile ARNs; how a batch job routes across Regions is not in the reference).');
  if (s.mode === 'provisioned') out.push('Provisioned throughput is not part of the batch walk.');
  if (s.guardrails) out.push('Guardrails on batch jobs are not in the reference; the records carry none.');
  if (s.router) out.push('The prompt router is not part of the batch walk.');
  if (s.failure !== 'none') out.push('Failures are injected on the request walk; on the batch walk a record whose inference fails becomes an error line in the output (shown at the results stage).');
  return out;
}

export function prepareBatchContext(s: Scenario, raw: BatchOptions, model: JourneyModel, encode: EncodeFn | null, rates: BatchRates | null): BatchContext {
  const notices = batchNotices(s);
  const family = bodyFamily(model.modelId);
  const o: BatchOptions = {
    ...raw,
    records: Math.max(1, Math.min(MAX_BATCH_RECORDS, Math.round(raw.records))),
    timeoutHours: Math.max(TIMEOUT_HOURS.min, Math.min(TIMEOUT_HOURS.max, Math.round(raw.timeoutHours))),
    donePercent: Math.max(0, Math.min(100, raw.donePercent)),
  };
  if (o.failure === 'record-error' && o.records < 2) {
    notices.push('A failed record is shown in a job of at least 2 records, so that one of them succeeds; 2 are used.');
    o.records = 2;
  }
  if (o.invocationType === 'InvokeModel' && family === 'other') {
    notices.push(`No native InvokeModel body for ${model.name} is in the explorer’s reference, so the records use the Converse format (modelInvocationType “Converse”).`);
    o.invocationType = 'Converse';
  }
  let maxTokens: number | null = s.maxUnset ? null : s.maxTokens;
  if (maxTokens === null && o.invocationType === 'InvokeModel') {
    notices.push(`The model’s native body requires max tokens, so it cannot be left unset in an InvokeModel record; ${s.maxTokens.toLocaleString('en-US')} is used.`);
    maxTokens = s.maxTokens;
  }

  const input = tokenize(s.prompt, model.tokenizer, encode);
  const inputTokensPerRecord = input.tokens.length + s.systemTokens;
  const answer = tokenize(ILLUSTRATIVE_ANSWER, model.tokenizer, encode);
  const limit = maxTokens ?? model.maxOutputTokens ?? answer.tokens.length;
  const outputTokens = answer.tokens.slice(0, Math.max(1, limit));
  const stopReason: StopReason = answer.tokens.length > limit ? 'max_tokens' : 'end_turn';

  const mi = modelInput({
    family,
    invocationType: o.invocationType,
    region: s.region,
    modelId: model.modelId,
    prompt: s.prompt,
    maxTokens,
    temperature: s.temperature,
    systemTokens: s.systemTokens,
  });
  const record = inputRecord(0, mi.body);
  const lines = Array.from({ length: Math.min(3, o.records) }, (_, i) => jsonlLine(inputRecord(i, mi.body)));
  // The malformed line is the second (or the only) one.
  const badIndex = Math.min(1, lines.length - 1);
  const badLine = o.failure === 'malformed-record' ? malformedLine(lines[badIndex]!) : null;
  if (badLine !== null) lines[badIndex] = badLine;
  const out = modelOutput({
    family,
    invocationType: o.invocationType,
    modelId: model.modelId,
    text: outputTokens.map((t) => t.text).join(''),
    inputTokens: inputTokensPerRecord,
    outputTokens: outputTokens.length,
    stopReason,
  });
  const outcome = jobOutcome(o.records, o.failure, o.donePercent);
  const manifest = manifestOf(o.records, outcome, inputTokensPerRecord, outputTokens.length);
  const names = jobNames(s.region, `${s.prompt}|${model.modelId}|${s.region}|${o.records}|${o.timeoutHours}`);
  const spec: JobSpec = { names, modelId: model.modelId, timeoutHours: o.timeoutHours, kms: o.kms, invocationType: o.invocationType };
  return {
    s,
    o,
    model,
    family,
    names,
    spec,
    input,
    inputTokensPerRecord,
    outputTokensPerRecord: outputTokens.length,
    record,
    modelInputNotes: mi.notes,
    inputJsonl: jsonlPreview(lines, o.records),
    outputJsonl: jsonlLine(outputLine(record, out.body)),
    errorJsonl: jsonlLine(errorLine(inputRecord(1, mi.body))),
    outputNotes: [...out.notes, BATCH_SOURCES.results],
    manifest,
    outcome,
    badLine,
    outputKey: outputKey(names),
    manifestKey: manifestKey(names),
    createBody: createJobBody(spec),
    request: createJobRequest(spec, s.region, s.auth),
    status: (status) => jobStatusResponse(spec, status, status === 'Completed' || status === 'PartiallyCompleted' ? manifest : null),
    pricing: rates ? priceBatchJob(rates, inputTokensPerRecord, outputTokens.length, outcome.billed) : null,
    privacy: batchPrivacyFacts({ kms: o.kms, modelId: model.modelId, provider: model.provider, region: s.region }),
    notices,
    customerLabel: `Your AWS account ${DEMO_ACCOUNT}`,
    deploymentLabel: `${model.provider} model deployment account (run by Bedrock)`,
  };
}
