import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH, type CatalogModel } from '../catalog/catalog-schema.ts';
import { findModel, inferenceProfileIds, invokeModelId } from '../catalog/catalog-lookup.ts';
import { exact, toNumber } from '../pricing/exact.ts';
import { tokenizerFamilyOf } from '../tokenizer/tokenizer-family.ts';
import { BATCH_PATTERNS, INVOCATION_TYPES, JOB_STATUSES, TIMEOUT_HOURS } from './batch-facts.ts';
import { batchRatesOf } from './batch-price.ts';
import { DEFAULT_BATCH, type BatchOptions } from './batch-scenario.ts';
import { buildBatchTrace, STATES_DURING } from './batch-trace.ts';
import { pyLiteral } from './batch-snippets.ts';
import { DEFAULT_SCENARIO, type JourneyModel, type Scenario } from './scenario.ts';
import { BATCH_STAGE_IDS } from './trace-types.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));

function catalogModel(id: string): CatalogModel {
  const m = findModel(catalog, id);
  if (!m) throw new Error(`no ${id} in the catalog`);
  return m;
}

function journeyModel(m: CatalogModel): JourneyModel {
  return {
    catalogId: m.id,
    modelId: invokeModelId(m),
    mantleId: m.modelIds.mantle,
    provider: m.provider,
    name: m.name,
    tokenizer: tokenizerFamilyOf(m),
    inferenceProfileIds: inferenceProfileIds(m),
    maxOutputTokens: m.maxOutputTokens ?? undefined,
  };
}

function batchOf(id: string, s: Partial<Scenario> = {}, o: Partial<BatchOptions> = {}) {
  const m = catalogModel(id);
  const model = journeyModel(m);
  return buildBatchTrace({ ...DEFAULT_SCENARIO, modelId: model.modelId, ...s }, { ...DEFAULT_BATCH, ...o }, model, null, batchRatesOf(m));
}

function inputLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('batch walk: its own short sequence of stages', () => {
  it('runs the seven batch stages in order, each with a payload and code in both SDKs', () => {
    const t = batchOf('claude-3-haiku');
    expect(t.stages.map((s) => s.id)).toEqual([...BATCH_STAGE_IDS]);
    expect(t.stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const stage of t.stages) {
      expect(stage.payload.length, stage.id).toBeGreaterThan(20);
      expect(stage.code?.javascript, stage.id).toMatch(/@aws-sdk\/client-(s3|bedrock)/);
      expect(stage.code?.python, stage.id).toContain('boto3.client(');
      expect(stage.when, stage.id).toBeTruthy();
    }
    const submit = t.stages.find((s) => s.id === 'batch-submit')!;
    expect(submit.code!.javascript).toContain('new CreateModelInvocationJobCommand(');
    expect(submit.code!.javascript).toContain('new BedrockClient(');
    expect(submit.code!.python).toContain('bedrock.create_model_invocation_job(');
    expect(submit.code!.python).toContain('boto3.client("bedrock"');
    expect(t.stages.find((s) => s.id === 'batch-queue')!.code!.javascript).toContain('GetModelInvocationJobCommand');
  });

  it('passes through the job states botocore documents, in the order of the happy path', () => {
    const known = new Set<string>(JOB_STATUSES.map((j) => j.status));
    const walked = BATCH_STAGE_IDS.flatMap((id) => STATES_DURING[id]);
    for (const st of walked) expect(known.has(st)).toBe(true);
    expect([...new Set(walked)]).toEqual(['Submitted', 'Validating', 'Scheduled', 'InProgress', 'Completed']);
  });

  it('is deterministic: the same scenario gives the same trace', () => {
    expect(batchOf('nova-pro')).toEqual(batchOf('nova-pro'));
  });
});

describe('the JSONL input record', () => {
  it('is {"recordId", "modelInput"} with an 11-character alphanumeric ID and the model’s real InvokeModel body', () => {
    const claude = batchOf('claude-3-haiku', { prompt: 'Summarise this call', maxTokens: 300, temperature: 0.2 });
    const lines = inputLines(claude.files.inputJsonl);
    expect(lines).toHaveLength(3);
    expect(claude.files.inputJsonl).toContain('… 997 more lines');
    lines.forEach((l, i) => {
      expect(Object.keys(l)).toEqual(['recordId', 'modelInput']);
      expect(l.recordId).toMatch(/^[A-Za-z0-9]{11}$/);
      expect(l.recordId).toBe(`REC${String(i + 1).padStart(8, '0')}`);
    });
    expect(lines[0]!.modelInput).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 300,
      temperature: 0.2,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Summarise this call' }] }],
    });
    const llama = inputLines(batchOf('llama-3-1-70b-instruct', { maxTokens: 200 }).files.inputJsonl)[0]!.modelInput as Record<string, unknown>;
    expect(llama.max_gen_len).toBe(200);
    expect(String(llama.prompt)).toContain('<|start_header_id|>user<|end_header_id|>');
    const nova = inputLines(batchOf('nova-pro').files.inputJsonl)[0]!.modelInput as Record<string, unknown>;
    expect(nova.schemaVersion).toBe('messages-v1');
  });

  it('uses the Converse request body for a Converse job, and for a model whose native body is undocumented', () => {
    const converse = batchOf('claude-3-haiku', {}, { invocationType: 'Converse' });
    const mi = inputLines(converse.files.inputJsonl)[0]!.modelInput as Record<string, unknown>;
    expect(mi).toMatchObject({ messages: [{ role: 'user', content: [{ text: DEFAULT_SCENARIO.prompt }] }], inferenceConfig: { maxTokens: 512 } });
    expect(converse.job.body.modelInvocationType).toBe('Converse');
    const qwen = batchOf('qwen3-coder-30b-a3b');
    expect(qwen.options.invocationType).toBe('Converse');
    expect(qwen.notices.join(' ')).toMatch(/No native InvokeModel body/);
    expect(qwen.job.body.modelInvocationType).toBe('Converse');
  });

  it('carries no cache point and no cache tokens, even when the scenario asks for a cache hit', () => {
    const t = batchOf('claude-3-5-sonnet-v2-2024-10-22', { cache: 'read', systemTokens: 4096 });
    const mi = JSON.stringify(inputLines(t.files.inputJsonl)[0]!.modelInput);
    expect(mi).not.toContain('cache_control');
    expect(mi).not.toContain('cachePoint');
    // The system prompt is plain input in every record.
    expect(t.inputTokensPerRecord).toBe(t.input.tokens.length + 4096);
    expect(t.pricing!.cacheTokensPerRecord).toBe(0);
    expect(t.pricing!.batch.ok && t.pricing!.batch.lines.map((l) => l.part)).toEqual(['input', 'output']);
    expect(t.notices.join(' ')).toMatch(/Prompt caching is not supported with batch inference/);
    expect(t.files.manifest?.inputTokenCount).toBe(1000 * t.inputTokensPerRecord);
  });
});

describe('the CreateModelInvocationJob request', () => {
  it('has botocore’s shape: required members, patterns, bounds, host and path', () => {
    const t = batchOf('nova-pro', { region: 'eu-west-1', prompt: 'Secret prompt text 42' }, { timeoutHours: 72 });
    const b = t.job.body as {
      jobName: string;
      roleArn: string;
      modelId: string;
      inputDataConfig: { s3InputDataConfig: { s3Uri: string; s3InputFormat: string } };
      outputDataConfig: { s3OutputDataConfig: { s3Uri: string; s3EncryptionKeyId?: string } };
      timeoutDurationInHours: number;
      modelInvocationType: string;
    };
    for (const k of ['jobName', 'roleArn', 'modelId', 'inputDataConfig', 'outputDataConfig']) expect(b, k).toHaveProperty(k);
    expect(b.jobName).toMatch(BATCH_PATTERNS.jobName);
    expect(b.jobName.length).toBeLessThanOrEqual(63);
    expect(b.roleArn).toMatch(BATCH_PATTERNS.roleArn);
    expect(b.modelId).toBe('amazon.nova-pro-v1:0');
    expect(b.inputDataConfig.s3InputDataConfig.s3Uri).toMatch(BATCH_PATTERNS.s3Uri);
    expect(b.inputDataConfig.s3InputDataConfig.s3Uri).toMatch(/\.jsonl$/);
    expect(b.inputDataConfig.s3InputDataConfig.s3InputFormat).toBe('JSONL');
    expect(b.outputDataConfig.s3OutputDataConfig.s3Uri).toMatch(BATCH_PATTERNS.s3Uri);
    expect(b.outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId).toMatch(BATCH_PATTERNS.kmsKeyId);
    expect(b.timeoutDurationInHours).toBe(72);
    expect(INVOCATION_TYPES).toContain(b.modelInvocationType);
    expect(t.job.jobArn).toMatch(BATCH_PATTERNS.jobArn);
    expect(t.job.request.host).toBe('bedrock.eu-west-1.amazonaws.com');
    expect(t.job.request.path).toBe('/model-invocation-job');
    expect(t.job.requestText).toMatch(/^POST \/model-invocation-job HTTP\/1\.1\nHost: bedrock\.eu-west-1\.amazonaws\.com/);
    expect(t.job.requestText).toContain('/eu-west-1/bedrock/aws4_request');
    // The job names files; the prompt never travels in it.
    expect(JSON.stringify(t.job.request)).not.toContain('Secret prompt text 42');
    expect(t.files.inputJsonl).toContain('Secret prompt text 42');
  });

  it('omits the KMS key when asked, clamps the timeout to 24–168 hours and sends an API key as a bearer token', () => {
    const noKms = batchOf('nova-pro', {}, { kms: false, timeoutHours: 500 });
    expect(noKms.job.body).toMatchObject({ outputDataConfig: { s3OutputDataConfig: { s3Uri: expect.any(String) } }, timeoutDurationInHours: TIMEOUT_HOURS.max });
    expect(JSON.stringify(noKms.job.body)).not.toContain('s3EncryptionKeyId');
    expect(batchOf('nova-pro', {}, { timeoutHours: 1 }).job.body.timeoutDurationInHours).toBe(TIMEOUT_HOURS.min);
    const key = batchOf('nova-pro', { auth: 'api-key-short' });
    expect(key.job.requestText).toContain('Authorization: Bearer bedrock-api-key-‹redacted›');
    expect(key.job.requestText).not.toContain('Signature');
    expect(key.stages.find((s) => s.id === 'batch-iam')!.payload).toContain('bedrock:CallWithBearerToken');
  });

  it('puts the exact request body in both code snippets', () => {
    const t = batchOf('claude-3-haiku');
    const code = t.stages.find((s) => s.id === 'batch-submit')!.code!;
    expect(code.javascript).toContain(JSON.stringify(t.job.body, null, 2));
    expect(code.python).toContain(`jobName=${JSON.stringify(t.job.body.jobName)},`);
    expect(code.python).toContain('timeoutDurationInHours=24,');
    expect(pyLiteral({ a: true, b: null, c: [1, 'x'] })).toBe('{\n    "a": True,\n    "b": None,\n    "c": [\n        1,\n        "x",\n    ],\n}');
  });
});

describe('the batch price, from the catalog', () => {
  it('prices Claude 3 Haiku at its published batch price: half of on-demand, computed exactly', () => {
    const t = batchOf('claude-3-haiku', {}, { records: 2000 });
    const p = t.pricing!;
    expect(p.batch.ok && p.onDemand.ok).toBe(true);
    if (!p.batch.ok || !p.onDemand.ok) return;
    // Catalog: batch 0.125 / 0.625, on-demand 0.25 / 1.25 per 1M (in-Region).
    const expected = toNumber(exact(t.inputTokensPerRecord).times(0.125).plus(exact(t.outputTokensPerRecord).times(0.625)).div(1e6).times(2000));
    expect(p.batch.totalUsd).toBe(expected);
    expect(p.batch.lines.map((l) => l.pricePer1M)).toEqual([0.125, 0.625]);
    expect(p.batchShareOfOnDemand).toBe(0.5);
    expect(p.batch.label).toMatch(/Batch$/);
  });

  it('refuses where no batch price is published, and says so', () => {
    const t = batchOf('claude-sonnet-4-6');
    expect(t.pricing!.batch).toEqual({ ok: false, reason: 'No Batch price is published for Claude Sonnet 4.6 in our sources.' });
    expect(t.pricing!.onDemand.ok).toBe(true);
    expect(t.pricing!.batchShareOfOnDemand).toBeNull();
    const billing = t.stages.at(-1)!;
    expect(billing.title).toBe('Billing: no batch price published');
    expect(billing.narration.text).toContain('No Batch price is published for Claude Sonnet 4.6');
    expect(billing.code!.javascript).toContain('No batch price for Claude Sonnet 4.6');
  });

  it('derives a regional batch card only by the regional rule, and marks it', () => {
    const p = batchOf('claude-opus-5-5').pricing!;
    expect(p.batch.ok).toBe(true);
    if (!p.batch.ok) return;
    expect(p.batch.derivedFrom).toMatch(/× 1\.10/);
    expect(p.batch.lines.map((l) => l.pricePer1M)).toEqual([2.2, 11]);
    expect(p.batchShareOfOnDemand).toBe(0.5);
  });
});

describe('results, conflicts and privacy', () => {
  it('writes modelOutput (or an error) per line and a manifest with the job’s counts', () => {
    const t = batchOf('claude-3-haiku', {}, { records: 250 });
    const out = t.files.outputFiles.split('\n').filter((l) => l.startsWith('{"recordId"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(out[0]!)).toEqual(['recordId', 'modelInput', 'modelOutput']);
    expect(out[0]!.modelOutput).toMatchObject({ type: 'message', role: 'assistant', usage: { input_tokens: t.inputTokensPerRecord, output_tokens: t.outputTokensPerRecord } });
    expect(Object.keys(out[1]!)).toEqual(['recordId', 'modelInput', 'error']);
    expect(out[1]!.error).toMatchObject({ errorCode: 400 });
    expect(t.files.outputFiles).toContain('manifest.json.out');
    expect(t.files.manifest).toEqual({
      totalRecordCount: 250,
      processedRecordCount: 250,
      successRecordCount: 250,
      errorRecordCount: 0,
      inputTokenCount: 250 * t.inputTokensPerRecord,
      outputTokenCount: 250 * t.outputTokensPerRecord,
    });
  });

  it('says in the narration what the reference marks conflicting or unknown', () => {
    const t = batchOf('nova-pro');
    const text = (id: string) => {
      const s = t.stages.find((x) => x.id === id)!;
      return `${s.narration.text} ${s.narration.simplification ?? ''}`;
    };
    expect(text('batch-output')).toMatch(/one copy of AWS’s docs says the output keeps the input order, another says it does not/);
    expect(text('batch-queue')).toMatch(/per-model minimum of records, value not in the reference/);
    expect(text('batch-queue')).toMatch(/24–168 hours/);
    expect(text('batch-queue')).toMatch(/marks weak/);
    expect(text('batch-run')).toMatch(/no prompt caching in batch/i);
  });

  it('keeps prompt text only in your own account, and names your KMS key', () => {
    fc.assert(
      fc.property(
        fc.record({
          records: fc.integer({ min: 1, max: 100_000 }),
          timeoutHours: fc.integer({ min: 0, max: 400 }),
          kms: fc.boolean(),
          invocationType: fc.constantFrom(...INVOCATION_TYPES),
        }),
        fc.constantFrom('claude-3-haiku', 'nova-pro', 'llama-3-1-8b-instruct', 'gpt-oss-120b'),
        (o, id) => {
          const t = batchOf(id, { prompt: 'PROMPT-MARKER' }, o);
          for (const s of t.stages) for (const st of s.stores) if (st.containsPromptText) expect(st.owner).toBe('customer');
          expect(JSON.stringify(t.job.request)).not.toContain('PROMPT-MARKER');
          const kms = t.privacy.find((f) => f.id === 'kms')!;
          expect(kms.text.includes('your KMS key (s3EncryptionKeyId')).toBe(o.kms);
          expect(t.privacy.map((f) => f.id)).toEqual(expect.arrayContaining(['training', 'at-rest', 'kms', 'readers', 'retention', 'compliance']));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('failure paths: each ends in the state botocore documents for it', () => {
  it('a malformed line fails validation: the walk stops at the queue with status Failed, nothing processed or billed', () => {
    const t = batchOf('claude-3-haiku', {}, { failure: 'malformed-record', records: 10 });
    expect(t.stages.map((s) => s.id)).toEqual(['batch-input', 'batch-submit', 'batch-iam', 'batch-queue']);
    const queue = t.stages.at(-1)!;
    expect(queue.status).toBe('failed');
    expect(JSON.parse(queue.payload)).toMatchObject({ status: 'Failed', message: expect.any(String) });
    expect(t.statusAt).toEqual([null, null, 'Submitted', 'Failed']);
    expect(t.jobPath).toEqual(['Submitted', 'Validating', 'Failed']);
    expect(t.files.manifest).toBeNull();
    expect(t.pricing!.records).toBe(0);
    // The second line of the file is not a JSON object; the first still is.
    const lines = t.files.inputJsonl.split('\n');
    expect(() => JSON.parse(lines[0]!)).not.toThrow();
    expect(() => JSON.parse(lines[1]!)).toThrow();
  });

  it('a job not started within its timeout ends Expired at the queue', () => {
    const t = batchOf('nova-pro', {}, { failure: 'expired', timeoutHours: 72 });
    expect(t.stages.at(-1)!.id).toBe('batch-queue');
    expect(t.stages.at(-1)!.status).toBe('failed');
    expect(t.stages.at(-1)!.when).toContain('72-hour');
    expect(t.jobPath).toEqual(['Submitted', 'Validating', 'Scheduled', 'Expired']);
    expect(t.outcome).toMatchObject({ finalStatus: 'Expired', processed: 0, billed: 0 });
  });

  it('a job out of time part-way is PartiallyCompleted: only the records done are in the manifest and billed', () => {
    const t = batchOf('claude-3-haiku', {}, { failure: 'partial', records: 1000, donePercent: 40 });
    expect(t.stages.map((s) => s.id)).toEqual([...BATCH_STAGE_IDS]);
    expect(t.jobPath).toEqual(['Submitted', 'Validating', 'Scheduled', 'InProgress', 'PartiallyCompleted']);
    expect(t.files.manifest).toMatchObject({ totalRecordCount: 1000, processedRecordCount: 400, successRecordCount: 400, errorRecordCount: 0 });
    const full = batchOf('claude-3-haiku', {}, { records: 400 });
    expect(t.pricing!.batch.ok && full.pricing!.batch.ok && t.pricing!.batch.totalUsd).toBe(full.pricing!.batch.ok && full.pricing!.batch.totalUsd);
    expect(t.stages.find((s) => s.id === 'batch-run')!.narration.simplification).toMatch(/\(40 %\) is your assumption/);
  });

  it('a record the model rejects becomes an error line; the job completes with errorRecordCount 1', () => {
    const t = batchOf('claude-3-haiku', {}, { failure: 'record-error', records: 100 });
    expect(t.outcome).toMatchObject({ finalStatus: 'Completed', processed: 100, success: 99, errors: 1, billed: 99 });
    expect(t.files.manifest).toMatchObject({ successRecordCount: 99, errorRecordCount: 1 });
    expect(t.pricing!.records).toBe(99);
    const output = t.stages.find((s) => s.id === 'batch-output')!;
    expect(output.title).toBe('Completed, with one error line');
    expect(output.narration.simplification).toMatch(/not in the reference/);
  });
});

describe('privacy at each stage of the batch walk', () => {
  it('says who can read the prompts at each stage: your bucket, nobody in the control plane, the model only while it runs', () => {
    const t = batchOf('claude-3-haiku', { auth: 'sigv4' });
    const level = Object.fromEntries(t.stages.map((s) => [s.id, s.visibility.level]));
    expect(level).toEqual({
      'batch-input': 'stored',
      'batch-submit': 'not-read',
      'batch-iam': 'not-read',
      'batch-queue': 'stored',
      'batch-run': 'in-memory',
      'batch-output': 'stored',
      'batch-billing': 'not-read',
    });
    // Only your own S3 bucket ever stores prompt text; AWS-side records hold none.
    const stores = t.stages.flatMap((s) => s.stores);
    expect(stores.filter((st) => st.containsPromptText).every((st) => st.owner === 'customer' && st.where.startsWith('Your S3 bucket'))).toBe(true);
    expect(stores.filter((st) => st.owner === 'service').every((st) => !st.containsPromptText)).toBe(true);
    expect(t.stages.find((s) => s.id === 'batch-run')!.visibility.badge).toContain(`not ${t.model.provider}`);
  });
});
