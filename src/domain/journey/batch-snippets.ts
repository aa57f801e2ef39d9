/**
 * The code of each batch stage, in the AWS SDK for JavaScript v3 (@aws-sdk/client-s3,
 * @aws-sdk/client-bedrock: CreateModelInvocationJobCommand, GetModelInvocationJobCommand) and boto3
 * (the "bedrock" control-plane client: create_model_invocation_job, get_model_invocation_job). The
 * values are this walk's own: the same record, job request and file names the payloads show.
 */
import { DEMO_BUCKET, INPUT_KEY } from './batch-job.ts';
import type { PricedJob } from './batch-price.ts';
import type { StageCode } from './trace-types.ts';

/** A JSON value as a Python literal (True/False/None; strings JSON-escaped, which Python reads). */
export function pyLiteral(value: unknown, indent = 0): string {
  const pad = (n: number) => ' '.repeat(n);
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${pad(indent + 4)}${pyLiteral(v, indent + 4)}`).join(',\n')},\n${pad(indent)}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad(indent + 4)}${JSON.stringify(k)}: ${pyLiteral(v, indent + 4)}`).join(',\n')},\n${pad(indent)}}`;
}

/** A JSON value as a JavaScript object literal, indented to sit inside a call. */
function jsLiteral(value: unknown, indent = 0): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`);
}

/** Keyword arguments for a boto3 call, one per line. */
function pyKwargs(body: Record<string, unknown>): string {
  return Object.entries(body)
    .map(([k, v]) => `    ${k}=${pyLiteral(v, 4)},`)
    .join('\n');
}

export function uploadCode(region: string, record: unknown, records: number): StageCode {
  return {
    javascript: `// npm install @aws-sdk/client-s3
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

// One JSON object per line; here every record carries the same prompt.
const record = ${jsLiteral(record)};
const lines = Array.from({ length: ${records} }, (_, i) =>
  JSON.stringify({ ...record, recordId: "REC" + String(i + 1).padStart(8, "0") }),
);

const s3 = new S3Client({ region: ${JSON.stringify(region)} });
await s3.send(new PutObjectCommand({
  Bucket: ${JSON.stringify(DEMO_BUCKET)},
  Key: ${JSON.stringify(INPUT_KEY)},
  Body: lines.join("\\n"),
}));
`,
    python: `# pip install boto3
import json
import boto3

# One JSON object per line; here every record carries the same prompt.
record = ${pyLiteral(record)}
lines = [json.dumps({**record, "recordId": f"REC{i + 1:08d}"}) for i in range(${records})]

s3 = boto3.client("s3", region_name=${JSON.stringify(region)})
s3.put_object(
    Bucket=${JSON.stringify(DEMO_BUCKET)},
    Key=${JSON.stringify(INPUT_KEY)},
    Body="\\n".join(lines).encode("utf-8"),
)
`,
    notes: ['The file must end in .jsonl (AWS docs batch-inference-data).'],
  };
}

export function createJobCode(region: string, body: Record<string, unknown>): StageCode {
  return {
    javascript: `// npm install @aws-sdk/client-bedrock
import { BedrockClient, CreateModelInvocationJobCommand } from "@aws-sdk/client-bedrock";

// The control-plane client ("bedrock"), not BedrockRuntimeClient.
const bedrock = new BedrockClient({ region: ${JSON.stringify(region)} });
const { jobArn } = await bedrock.send(new CreateModelInvocationJobCommand(${jsLiteral(body)}));
console.log(jobArn);
`,
    python: `# pip install boto3
import boto3

# The control-plane client ("bedrock"), not "bedrock-runtime".
bedrock = boto3.client("bedrock", region_name=${JSON.stringify(region)})
response = bedrock.create_model_invocation_job(
${pyKwargs(body)}
)
print(response["jobArn"])
`,
    notes: ['clientRequestToken is left out: both SDKs fill this idempotency token, so a retried call does not start a second job (botocore: idempotencyToken).'],
  };
}

export function pollCode(region: string, jobArn: string): StageCode {
  return {
    javascript: `import { BedrockClient, GetModelInvocationJobCommand } from "@aws-sdk/client-bedrock";

const bedrock = new BedrockClient({ region: ${JSON.stringify(region)} });
const running = ["Submitted", "Validating", "Scheduled", "InProgress", "Stopping"];
let job;
do {
  await new Promise((resolve) => setTimeout(resolve, 60_000)); // how often to ask is your choice
  job = await bedrock.send(new GetModelInvocationJobCommand({ jobIdentifier: ${JSON.stringify(jobArn)} }));
  console.log(job.status, job.message ?? "");
} while (running.includes(job.status));
`,
    python: `import time
import boto3

bedrock = boto3.client("bedrock", region_name=${JSON.stringify(region)})
running = {"Submitted", "Validating", "Scheduled", "InProgress", "Stopping"}
while True:
    time.sleep(60)  # how often to ask is your choice
    job = bedrock.get_model_invocation_job(jobIdentifier=${JSON.stringify(jobArn)})
    print(job["status"], job.get("message", ""))
    if job["status"] not in running:
        break
`,
    notes: ['botocore defines no waiter for batch jobs, so the code polls GetModelInvocationJob.'],
  };
}

export function readResultsCode(region: string, outputKey: string): StageCode {
  return {
    javascript: `import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: ${JSON.stringify(region)} });
const out = await s3.send(new GetObjectCommand({ Bucket: ${JSON.stringify(DEMO_BUCKET)}, Key: ${JSON.stringify(outputKey)} }));
const lines = (await out.Body.transformToString()).split("\\n").filter(Boolean).map((l) => JSON.parse(l));

// Match answers to prompts by recordId: AWS's docs disagree on whether the output keeps the input order.
for (const line of lines) {
  if (line.error) console.error(line.recordId, line.error.errorCode, line.error.errorMessage);
  else console.log(line.recordId, line.modelOutput);
}
`,
    python: `import json
import boto3

s3 = boto3.client("s3", region_name=${JSON.stringify(region)})
body = s3.get_object(Bucket=${JSON.stringify(DEMO_BUCKET)}, Key=${JSON.stringify(outputKey)})["Body"].read()
lines = [json.loads(l) for l in body.decode("utf-8").splitlines() if l.strip()]

# Match answers to prompts by recordId: AWS's docs disagree on whether the output keeps the input order.
for line in lines:
    if "error" in line:
        print(line["recordId"], line["error"]["errorCode"], line["error"]["errorMessage"])
    else:
        print(line["recordId"], line["modelOutput"])
`,
    notes: ['The output file’s name is illustrative: AWS documents one output JSONL per input file, not its exact key.'],
  };
}

export function costCode(region: string, manifestKey: string, batch: PricedJob, modelName: string): StageCode {
  const prices = batch.ok ? batch.lines : null;
  const price = (part: string) => prices?.find((l) => l.part === part)?.pricePer1M;
  const js = prices
    ? `const usd = (manifest.inputTokenCount * ${price('input') ?? 0} + manifest.outputTokenCount * ${price('output') ?? 0}) / 1e6; // batch prices per 1M tokens (${batch.ok ? batch.label : ''})`
    : `// No batch price for ${modelName} in the explorer's sources: look it up before you run the job.\nconst usd = null;`;
  const py = prices
    ? `usd = (manifest["inputTokenCount"] * ${price('input') ?? 0} + manifest["outputTokenCount"] * ${price('output') ?? 0}) / 1e6  # batch prices per 1M tokens (${batch.ok ? batch.label : ''})`
    : `# No batch price for ${modelName} in the explorer's sources: look it up before you run the job.\nusd = None`;
  return {
    javascript: `import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: ${JSON.stringify(region)} });
const res = await s3.send(new GetObjectCommand({ Bucket: ${JSON.stringify(DEMO_BUCKET)}, Key: ${JSON.stringify(manifestKey)} }));
const manifest = JSON.parse(await res.Body.transformToString());
${js}
console.log(manifest.successRecordCount, "records,", usd, "USD");
`,
    python: `import json
import boto3

s3 = boto3.client("s3", region_name=${JSON.stringify(region)})
manifest = json.loads(s3.get_object(Bucket=${JSON.stringify(DEMO_BUCKET)}, Key=${JSON.stringify(manifestKey)})["Body"].read())
${py}
print(manifest["successRecordCount"], "records,", usd, "USD")
`,
    notes: ['The manifest’s token counts times the batch prices; no cache-token classes, as batch has no prompt caching.'],
  };
}
