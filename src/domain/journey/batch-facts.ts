/**
 * Facts of Bedrock batch inference the batch walk shows, copied with their sources from the project's
 * reference (bedrock-2026-facts.md §5.4, pricing-rules-2026.md §3) and from the botocore control-plane
 * model it names ([BOTO-CP], boto/botocore botocore/data/bedrock/2023-04-20/service-2.json at commit
 * 0e6e240, 2026-08-07). The app never reads those notes at run time. Where the reference marks a fact
 * conflicting or unknown, the text here says so and the narration repeats it.
 */

export const BATCH_SOURCES = {
  api: 'botocore bedrock control plane service-2.json (commit 0e6e240): CreateModelInvocationJob POST /model-invocation-job → {jobArn}; required jobName, roleArn, modelId, inputDataConfig, outputDataConfig; optional clientRequestToken (idempotency token), vpcConfig, timeoutDurationInHours (24–168), tags, modelInvocationType (InvokeModel | Converse)',
  endpoint: 'botocore bedrock endpoint-rule-set-1.json: https://bedrock.{Region}.amazonaws.com (the control plane, signing name “bedrock”), not bedrock-runtime',
  states:
    'botocore GetModelInvocationJob status: Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped, Expired — with the meaning of each',
  input:
    'AWS docs batch-inference-data: one JSON object per line, {"recordId": …, "modelInput": {…}}; modelInput matches the InvokeModel request body of the model (or the Converse request body for a Converse job); a missing recordId is added in the output',
  results:
    'AWS docs batch-inference-results: one output JSONL per input file, each line {"recordId", "modelInput", "modelOutput"} — an "error" object replaces modelOutput where inference failed; plus manifest.json.out with totalRecordCount, processedRecordCount, successRecordCount, errorRecordCount, inputTokenCount, outputTokenCount',
  orderConflict:
    'Conflicting (bedrock-2026-facts.md §5.4): one copy of AWS docs batch-inference-data says the output order “is guaranteed to match” the input, another that it “is not guaranteed”.',
  minimumRecords:
    'Unknown value (bedrock-2026-facts.md §5.4): a per-model quota “Minimum number of records per batch inference job for ${Model}” exists; its value was not found. Records per file, records per job, file size and job size are quotas too (batch-inference-data), values not in the reference.',
  window:
    'bedrock-2026-facts.md §5.4: a 24-hour window and the 50 % price come from the capacity page, which the reference marks weak; botocore bounds timeoutDurationInHours to 24–168 hours.',
  price:
    'pricing-rules-2026.md §3: batch = 50 % of on-demand at the same scope, input and output; only models with a sourced batch price get one — otherwise “batch price not published in our sources”.',
  noCache: 'pricing-rules-2026.md §3 (Bedrock prompt-caching page): prompt caching is not supported with batch inference — a batch request carries no cache tokens.',
  stop: 'botocore StopModelInvocationJob: “You’re only charged for tokens that were already processed.”',
  kms: 'botocore ModelInvocationJobS3OutputDataConfig.s3EncryptionKeyId: “the unique identifier of the key that encrypts the S3 location of the output data”',
  vpc: 'botocore CreateModelInvocationJob vpcConfig: “Protect batch inference jobs using a VPC” (subnetIds, securityGroupIds)',
  role: 'botocore CreateModelInvocationJob roleArn: “the service role with permissions to carry out and manage batch inference”',
  idempotency: 'botocore clientRequestToken is an idempotencyToken: the SDKs fill it when you leave it out, so a retried CreateModelInvocationJob does not start a second job',
} as const;

/** Every status GetModelInvocationJob reports, with the meaning botocore documents. */
export const JOB_STATUSES = [
  { status: 'Submitted', meaning: 'submitted to a queue for validation' },
  { status: 'Validating', meaning: 'checked: the service role can reach your S3 files, each line is a JSON object in the right format, file sizes and record counts are within quota (the modelInput itself is not checked against the model)' },
  { status: 'Scheduled', meaning: 'validated and queued; it starts automatically when its turn comes' },
  { status: 'InProgress', meaning: 'running; results start to appear in the output S3 location' },
  { status: 'Completed', meaning: 'finished; the output files are in the output S3 location' },
  { status: 'PartiallyCompleted', meaning: 'not all records could be processed in time; the output files hold what was done' },
  { status: 'Failed', meaning: 'failed; the job’s message says why' },
  { status: 'Stopping', meaning: 'being stopped by a user' },
  { status: 'Stopped', meaning: 'stopped by a user (charged only for tokens already processed)' },
  { status: 'Expired', meaning: 'scheduled but did not begin before the timeout; submit a new job' },
] as const;

export type JobStatus = (typeof JOB_STATUSES)[number]['status'];

/** The happy path the walk follows, drawn as chips in the job box. */
export const HAPPY_STATES: readonly JobStatus[] = ['Submitted', 'Validating', 'Scheduled', 'InProgress', 'Completed'];

/** botocore ModelInvocationJobTimeoutDurationInHours: min 24, max 168. */
export const TIMEOUT_HOURS = { min: 24, max: 168 } as const;

/** The job's record format (botocore ModelInvocationType). */
export const INVOCATION_TYPES = ['InvokeModel', 'Converse'] as const;
export type InvocationType = (typeof INVOCATION_TYPES)[number];

/** botocore patterns the job request must match (the unit tests check the request against them). */
export const BATCH_PATTERNS = {
  jobName: /^[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9+\-.]){0,63}$/,
  roleArn: /^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role\/.+$/,
  s3Uri: /^s3:\/\/[a-z0-9][-.a-z0-9]{1,61}[a-z0-9](?:\/[-!_*'().a-z0-9A-Z]+(?:\/[-!_*'().a-z0-9A-Z]+)*)?\/?$/,
  kmsKeyId: /^(arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key\/[a-zA-Z0-9-]{36})|(alias\/[a-zA-Z0-9-_/]+)))$|^([a-zA-Z0-9-]{36})$|^(alias\/[a-zA-Z0-9-_/]+)$/,
  jobArn: /^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:model-invocation-job\/[a-z0-9]{12}$/,
} as const;
