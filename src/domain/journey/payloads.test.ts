import { describe, expect, it } from 'vitest';
import { base64Utf8 } from './base64.ts';
import { bodyFamily } from './model-profile.ts';
import { buildRequest, requestPath, streamEvents } from './payloads.ts';
import { type RequestInput } from './payload-types.ts';
import { javascriptSnippet, pythonSnippet } from './sdk-snippets.ts';
import { backoffSchedule } from './retry.ts';

const input: RequestInput = {
  api: 'InvokeModel',
  family: 'anthropic',
  region: 'us-east-1',
  invokedId: 'anthropic.claude-3-haiku-20240307-v1:0',
  prompt: 'Hi',
  maxTokens: 100,
  temperature: 0.5,
  guardrails: false,
};

describe('request payloads', () => {
  it('URL-encodes the model ID in the documented paths', () => {
    expect(requestPath('InvokeModel', input.invokedId)).toBe('/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke');
    expect(requestPath('InvokeModelWithResponseStream', 'x')).toBe('/model/x/invoke-with-response-stream');
    expect(requestPath('Converse', 'x')).toBe('/model/x/converse');
    expect(requestPath('ConverseStream', 'x')).toBe('/model/x/converse-stream');
  });

  it('builds the Anthropic Messages body with anthropic_version bedrock-2023-05-31', () => {
    const req = buildRequest(input);
    expect(req.host).toBe('bedrock-runtime.us-east-1.amazonaws.com');
    expect(req.body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 100,
      temperature: 0.5,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    });
    const auth = req.headers.find((h) => h.name === 'Authorization')!.value;
    expect(auth).toContain('/us-east-1/bedrock/aws4_request');
    expect(auth).toContain('Signature=‹redacted›');
    expect(req.headers.find((h) => h.name === 'Accept')?.value).toBe('application/json');
  });

  it('builds Llama (prompt + max_gen_len), Converse and guardrail headers', () => {
    const llama = buildRequest({ ...input, family: 'llama' }).body as Record<string, unknown>;
    expect(llama.max_gen_len).toBe(100);
    expect(String(llama.prompt)).toContain('<|start_header_id|>user<|end_header_id|>');
    const conv = buildRequest({ ...input, api: 'Converse', guardrails: true });
    expect(conv.body).toMatchObject({ inferenceConfig: { maxTokens: 100, temperature: 0.5 }, guardrailConfig: { guardrailVersion: '1' } });
    const stream = buildRequest({ ...input, api: 'InvokeModelWithResponseStream', guardrails: true });
    const names = stream.headers.map((h) => h.name);
    expect(names).toContain('X-Amzn-Bedrock-Accept');
    expect(names).toContain('X-Amzn-Bedrock-GuardrailIdentifier');
  });

  it('shows no invented body for families outside the reference', () => {
    expect(bodyFamily('cohere.command-r-v1:0')).toBe('other');
    const req = buildRequest({ ...input, family: 'other' });
    expect(req.body).toBeNull();
    expect(req.notes[0]).toMatch(/not in the explorer’s reference/);
  });
});

describe('stream events', () => {
  const s = {
    api: 'ConverseStream' as const,
    family: 'anthropic' as const,
    invokedId: 'm',
    text: 'Hi there',
    inputTokens: 3,
    outputTokens: 2,
    stopReason: 'end_turn' as const,
    latencyMs: 100,
    firstByteMs: 50,
    tokens: ['Hi', ' there'],
    tokenTimesMs: [50, 60],
    endMs: 60,
  };

  it('ConverseStream: messageStart, contentBlockDelta per token, messageStop, metadata with usage', () => {
    const { events } = streamEvents(s);
    expect(events.map((e) => e.name)).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta', 'contentBlockStop', 'messageStop', 'metadata']);
    expect(events.at(-1)!.data).toMatchObject({ usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 } });
  });

  it('InvokeModelWithResponseStream: chunk events whose bytes decode to the native events', () => {
    const { events } = streamEvents({ ...s, api: 'InvokeModelWithResponseStream' });
    expect(events.every((e) => e.name === 'chunk')).toBe(true);
    const delta = events.find((e) => e.tokenIndex === 0)!;
    expect((delta.data as { bytes: string }).bytes).toBe(base64Utf8(JSON.stringify(delta.decoded)));
    expect(JSON.stringify(events.at(-1)!.decoded)).toContain('amazon-bedrock-invocationMetrics');
  });

  it('base64 matches Node’s encoder, including non-ASCII text', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Grüße 👋', '{"bytes":1}']) {
      expect(base64Utf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
    }
  });
});

describe('SDK snippets and retries', () => {
  it('JavaScript v3 and boto3 call the same operation', () => {
    const snippet = { ...input, maxTokens: 100, nativeBody: buildRequest(input).body };
    expect(javascriptSnippet(snippet)).toContain('new InvokeModelCommand(');
    expect(pythonSnippet(snippet)).toContain('client.invoke_model(');
    expect(pythonSnippet(snippet)).toContain('"anthropic_version": "bedrock-2023-05-31"');
    const conv = { ...snippet, api: 'ConverseStream' as const };
    expect(javascriptSnippet(conv)).toContain('ConverseStreamCommand');
    expect(pythonSnippet(conv)).toContain('client.converse_stream(');
    // No native body documented: fall back to Converse rather than invent one.
    expect(pythonSnippet({ ...snippet, nativeBody: null })).toContain('client.converse(');
  });

  it('backoff: full jitter under a cap that doubles each retry, deterministic per seed', () => {
    const a = backoffSchedule(500, 42);
    expect(a.map((b) => b.capMs)).toEqual([1000, 2000]);
    for (const b of a) expect(b.delayMs).toBeLessThan(b.capMs);
    expect(backoffSchedule(500, 42)).toEqual(a);
    expect(backoffSchedule(500, 42, 20).at(-1)!.capMs).toBe(20000);
  });
});
