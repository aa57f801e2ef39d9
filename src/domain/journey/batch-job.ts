/**
 * The batch job as the control plane sees it: the CreateModelInvocationJob request (its body in the
 * botocore shape and the HTTP request on the wire), its response, and GetModelInvocationJob's answer in
 * each state. Names (bucket, role, key) are placeholders in AWS's documentation style.
 */
import { credentialFor } from './auth.ts';
import { BATCH_SOURCES, type InvocationType, type JobStatus } from './batch-facts.ts';
import type { Manifest } from './batch-records.ts';
import { DEMO_ACCOUNT, hash32 } from './model-profile.ts';
import type { Header, HttpRequest } from './payload-types.ts';
import type { Auth } from './scenario.ts';

/** AWS documentation's placeholder bucket name. */
export const DEMO_BUCKET = 'amzn-s3-demo-bucket';
export const INPUT_KEY = 'batch/input/records.jsonl';
export const OUTPUT_PREFIX = 'batch/output/';
/** The key ID AWS documentation uses in its examples. */
export const DEMO_KMS_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const DEMO_ROLE_NAME = 'BedrockBatchInferenceRole';
/** A fixed submit time, the same as the request walk's signing time. */
export const DEMO_SUBMIT_TIME = '2026-11-21T10:15:00Z';

export function controlPlaneHost(region: string): string {
  return `bedrock.${region}.amazonaws.com`;
}

export type JobNames = {
  jobName: string;
  /** The 12-character job ID at the end of the job ARN. */
  jobId: string;
  jobArn: string;
  roleArn: string;
  inputUri: string;
  outputUri: string;
  kmsKeyArn: string;
};

function base36(n: number): string {
  return n.toString(36);
}

/** Deterministic names for one scenario, so the same link always shows the same job. */
export function jobNames(region: string, seed: string): JobNames {
  const h = hash32(seed);
  const jobId = `${base36(h)}${base36(hash32(`${seed}#2`))}`.padEnd(12, '0').slice(0, 12);
  return {
    jobName: `journey-batch-${h.toString(16).padStart(8, '0')}`,
    jobId,
    jobArn: `arn:aws:bedrock:${region}:${DEMO_ACCOUNT}:model-invocation-job/${jobId}`,
    roleArn: `arn:aws:iam::${DEMO_ACCOUNT}:role/${DEMO_ROLE_NAME}`,
    inputUri: `s3://${DEMO_BUCKET}/${INPUT_KEY}`,
    outputUri: `s3://${DEMO_BUCKET}/${OUTPUT_PREFIX}`,
    kmsKeyArn: `arn:aws:kms:${region}:${DEMO_ACCOUNT}:key/${DEMO_KMS_KEY_ID}`,
  };
}

export type JobSpec = { names: JobNames; modelId: string; timeoutHours: number; kms: boolean; invocationType: InvocationType };

/** The CreateModelInvocationJob input, member names and nesting as in botocore's request shape. */
export function createJobBody(spec: JobSpec): Record<string, unknown> {
  const { names } = spec;
  return {
    jobName: names.jobName,
    roleArn: names.roleArn,
    modelId: spec.modelId,
    inputDataConfig: { s3InputDataConfig: { s3Uri: names.inputUri, s3InputFormat: 'JSONL' } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: names.outputUri, ...(spec.kms ? { s3EncryptionKeyId: names.kmsKeyArn } : {}) } },
    timeoutDurationInHours: spec.timeoutHours,
    modelInvocationType: spec.invocationType,
  };
}

/** The request on the wire: the SDK adds the idempotency token it generates. */
export function createJobRequest(spec: JobSpec, region: string, auth: Auth): HttpRequest {
  // The control plane signs with the same name as the runtime: "bedrock".
  const credential = credentialFor(auth, 'runtime', 'InvokeModel', region);
  const headers: Header[] = [
    { name: 'Host', value: controlPlaneHost(region) },
    { name: 'Content-Type', value: 'application/json' },
    ...credential.extra,
    credential.header,
  ];
  return {
    method: 'POST',
    host: controlPlaneHost(region),
    path: '/model-invocation-job',
    headers,
    body: { ...createJobBody(spec), clientRequestToken: '‹filled in by the SDK›' },
    notes: [BATCH_SOURCES.api, BATCH_SOURCES.idempotency, ...credential.notes],
  };
}

/** When the job times out if it was counted from submission — how AWS sets jobExpirationTime is not in the reference. */
export function expirationAfter(submitIso: string, hours: number): string {
  return new Date(Date.parse(submitIso) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
}

/** GetModelInvocationJob's answer while the job is in `status` (counts once it has finished). */
export function jobStatusResponse(spec: JobSpec, status: JobStatus, manifest: Manifest | null): Record<string, unknown> {
  const body = createJobBody(spec);
  const done = (status === 'Completed' || status === 'PartiallyCompleted') && manifest;
  return {
    jobArn: spec.names.jobArn,
    jobName: spec.names.jobName,
    modelId: spec.modelId,
    roleArn: spec.names.roleArn,
    status,
    submitTime: DEMO_SUBMIT_TIME,
    inputDataConfig: body.inputDataConfig,
    outputDataConfig: body.outputDataConfig,
    timeoutDurationInHours: spec.timeoutHours,
    jobExpirationTime: expirationAfter(DEMO_SUBMIT_TIME, spec.timeoutHours),
    modelInvocationType: spec.invocationType,
    ...(done
      ? {
          endTime: '‹when it finished: not modelled›',
          totalRecordCount: manifest.totalRecordCount,
          processedRecordCount: manifest.processedRecordCount,
          successRecordCount: manifest.successRecordCount,
          errorRecordCount: manifest.errorRecordCount,
        }
      : {}),
    ...(status === 'Failed' || status === 'Expired' ? { message: '‹why, in the service’s words: not in the reference›' } : {}),
  };
}

/** The S3 key of the output file of the input file (one output per input; the exact name here is illustrative). */
export function outputKey(names: JobNames): string {
  return `${OUTPUT_PREFIX}${names.jobId}/records.jsonl.out`;
}

export function manifestKey(names: JobNames): string {
  return `${OUTPUT_PREFIX}${names.jobId}/manifest.json.out`;
}
