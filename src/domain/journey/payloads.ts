/**
 * The HTTP request and response of one call, per API and model family, with the shapes of the
 * project's Bedrock API facts §5 ([BOTO] for paths, headers and Converse; AWS examples for the
 * native bodies). Anything the facts mark uncertain is flagged in `notes`.
 */
import { credentialFor, DEMO_AMZ_DATE } from './auth.ts';
import { base64Utf8 } from './base64.ts';
import { compatBody, compatResponse, compatStreamEvents } from './compat-payloads.ts';
import { hostOf, pathOf } from './endpoints.ts';
import type { BodyFamily } from './model-profile.ts';
import { systemPlaceholder, tierValue, type Header, type HttpRequest, type RequestInput, type ResponseInput, type StreamEvent, type StreamInput } from './payload-types.ts';
import { isConverse, isNative, isStreaming, type Api } from './scenario.ts';
import { llama3ChatPrompt } from './tokens.ts';

export { DEMO_AMZ_DATE };


export const GUARDRAIL_ID = 'gr-example123';
export const GUARDRAIL_VERSION = '1';

export function endpointHost(region: string): string {
  return hostOf('runtime', region);
}

/** Model IDs contain ":" (and ARNs "/"), so the path parameter is URL-encoded [BOTO pattern]. */
export function requestPath(api: Api, invokedId: string): string {
  return pathOf('runtime', api, invokedId);
}


export function converseBody(input: RequestInput): Record<string, unknown> {
  const sys = input.system;
  const tier = tierValue(input.tier);
  return {
    ...(sys && sys.tokens > 0
      ? { system: [{ text: systemPlaceholder(sys.tokens) }, ...(sys.cache !== 'off' ? [{ cachePoint: { type: 'default', ...(sys.ttl === '1h' ? { ttl: '1h' } : {}) } }] : [])] }
      : {}),
    messages: [{ role: 'user', content: [{ text: input.prompt }] }],
    inferenceConfig: { ...(input.maxTokens === null ? {} : { maxTokens: input.maxTokens }), temperature: input.temperature },
    ...(input.guardrails ? { guardrailConfig: { guardrailIdentifier: GUARDRAIL_ID, guardrailVersion: GUARDRAIL_VERSION } } : {}),
    ...(tier ? { serviceTier: { type: tier } } : {}),
  };
}

export function nativeBody(input: RequestInput): { body: unknown; notes: string[] } {
  const { prompt, temperature } = input;
  // The native bodies below require a maximum (Anthropic's max_tokens is required on InvokeModel).
  const maxTokens = input.maxTokens ?? 0;
  const sys = input.system;
  switch (input.family) {
    case 'anthropic':
      return {
        body: {
          anthropic_version: 'bedrock-2023-05-31',
          max_tokens: maxTokens,
          ...(sys && sys.tokens > 0
            ? {
                system: [
                  {
                    type: 'text',
                    text: systemPlaceholder(sys.tokens),
                    ...(sys.cache !== 'off' ? { cache_control: { type: 'ephemeral', ...(sys.ttl === '1h' ? { ttl: '1h' } : {}) } } : {}),
                  },
                ],
              }
            : {}),
          temperature,
          messages: [{ role: 'user', content: [{ type: 'text', text: prompt }] }],
        },
        notes: sys && sys.cache !== 'off' && sys.tokens > 0 ? ['cache_control is Anthropic’s own field; the reference documents only Converse’s cachePoint, so this spelling is labelled uncertain.'] : [],
      };
    case 'llama':
      return {
        body: { prompt: llama3ChatPrompt(prompt), max_gen_len: maxTokens, temperature },
        notes: ['The prompt embeds the Llama 3 chat template, as in the AWS example llama3_invoke_model.py.'],
      };
    case 'nova':
      return {
        body: {
          schemaVersion: 'messages-v1',
          messages: [{ role: 'user', content: [{ text: prompt }] }],
          inferenceConfig: { maxTokens, temperature },
        },
        notes: ['Uncertain: some samples spell it inferenceConfig.max_new_tokens (Nova 1 style). Converse avoids the question.'],
      };
    case 'titan':
      return { body: { inputText: prompt, textGenerationConfig: { maxTokenCount: maxTokens, temperature } }, notes: [] };
    case 'mistral':
      return { body: { prompt: `<s>[INST] ${prompt} [/INST]`, max_tokens: maxTokens, temperature }, notes: [] };
    case 'other':
      return {
        body: null,
        notes: [
          'This model’s native InvokeModel body is not in the explorer’s reference facts, so none is shown. Converse takes the same unified body for every text model.',
        ],
      };
  }
}

export function buildRequest(input: RequestInput): HttpRequest {
  const endpoint = input.endpoint ?? 'runtime';
  const streaming = isStreaming(input.api);
  const converse = isConverse(input.api);
  const host = hostOf(endpoint, input.region);
  const headers: Header[] = [
    { name: 'Host', value: host },
    { name: 'Content-Type', value: 'application/json' },
  ];
  if (isNative(input.api) && !converse) {
    headers.push(streaming ? { name: 'X-Amzn-Bedrock-Accept', value: 'application/json' } : { name: 'Accept', value: 'application/json' });
    if (input.guardrails) {
      headers.push({ name: 'X-Amzn-Bedrock-GuardrailIdentifier', value: GUARDRAIL_ID });
      headers.push({ name: 'X-Amzn-Bedrock-GuardrailVersion', value: GUARDRAIL_VERSION });
    }
    const tier = tierValue(input.tier);
    if (tier) headers.push({ name: 'X-Amzn-Bedrock-Service-Tier', value: tier });
  }
  if (input.api === 'Messages') headers.push({ name: 'anthropic-version', value: '2023-06-01' });
  if (!isNative(input.api) && input.stream) headers.push({ name: 'Accept', value: 'text/event-stream' });
  const credential = credentialFor(input.auth ?? 'sigv4', endpoint, input.api, input.region);
  headers.push(...credential.extra, credential.header);
  const { body, notes } = isNative(input.api) ? (converse ? { body: converseBody(input), notes: [] as string[] } : nativeBody(input)) : compatBody(input);
  return { method: 'POST', host, path: pathOf(endpoint, input.api, input.invokedId), headers, body, notes: [...notes, ...credential.notes] };
}


function converseUsage(r: ResponseInput): Record<string, number> {
  const read = r.cacheReadTokens ?? 0;
  const write = r.cacheWriteTokens ?? 0;
  return {
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    totalTokens: r.inputTokens + read + write + r.outputTokens,
    ...(read || write ? { cacheReadInputTokens: read, cacheWriteInputTokens: write } : {}),
  };
}

/** The one JSON response of a non-streaming call (InvokeModel or Converse). */
export function responseBody(r: ResponseInput): { body: unknown; notes: string[] } {
  if (!isNative(r.api)) return compatResponse(r);
  if (isConverse(r.api)) {
    return {
      body: {
        output: { message: { role: 'assistant', content: [{ text: r.text }] } },
        stopReason: r.stopReason,
        usage: converseUsage(r),
        metrics: { latencyMs: Math.round(r.latencyMs) },
        ...(r.tier ? { serviceTier: { type: r.tier } } : {}),
      },
      notes: [],
    };
  }
  switch (r.family) {
    case 'anthropic':
      return {
        body: {
          id: 'msg_bdrk_01EXAMPLE',
          type: 'message',
          role: 'assistant',
          model: r.invokedId.replace(/^(us|eu|apac|jp|au|global)\./, ''),
          content: [{ type: 'text', text: r.text }],
          stop_reason: r.stopReason,
          stop_sequence: null,
          usage: {
            input_tokens: r.inputTokens,
            ...(r.cacheReadTokens || r.cacheWriteTokens ? { cache_creation_input_tokens: r.cacheWriteTokens ?? 0, cache_read_input_tokens: r.cacheReadTokens ?? 0 } : {}),
            output_tokens: r.outputTokens,
          },
          ...(r.stopReason === 'guardrail_intervened' ? { 'amazon-bedrock-guardrailAction': 'INTERVENED' } : {}),
        },
        notes: ['Response shape from third-party fixtures (msg_bdrk_… IDs); the request shape is documented.'],
      };
    case 'llama':
      return {
        body: {
          generation: r.text,
          prompt_token_count: r.inputTokens,
          generation_token_count: r.outputTokens,
          stop_reason: r.stopReason === 'max_tokens' ? 'length' : 'stop',
        },
        notes: ['generation from the AWS example; the count fields from a third-party client.'],
      };
    case 'nova':
      return {
        body: {
          output: { message: { role: 'assistant', content: [{ text: r.text }] } },
          stopReason: r.stopReason,
          usage: { inputTokens: r.inputTokens, outputTokens: r.outputTokens, totalTokens: r.inputTokens + r.outputTokens },
        },
        notes: [],
      };
    case 'titan':
      return { body: { results: [{ outputText: r.text }] }, notes: ['Only results[0].outputText is in the reference; other fields are omitted.'] };
    case 'mistral':
      return { body: { outputs: [{ text: r.text }] }, notes: ['Only outputs[0].text is in the reference; other fields are omitted.'] };
    case 'other':
      return { body: null, notes: ['The native response body of this model is not in the reference facts.'] };
  }
}

/** Response headers of InvokeModel carrying the token counts (third-party observation, not in botocore). */
export function invokeResponseHeaders(r: ResponseInput): Header[] {
  return [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Amzn-Bedrock-Input-Token-Count', value: String(r.inputTokens) },
    { name: 'X-Amzn-Bedrock-Output-Token-Count', value: String(r.outputTokens) },
    { name: 'X-Amzn-Bedrock-Invocation-Latency', value: String(Math.round(r.latencyMs)) },
  ];
}


function chunk(atMs: number, decoded: unknown, tokenIndex?: number): StreamEvent {
  return { atMs, name: 'chunk', data: { bytes: base64Utf8(JSON.stringify(decoded)) }, decoded, tokenIndex };
}

function nativeDelta(family: BodyFamily, text: string, index: number): unknown {
  switch (family) {
    case 'anthropic':
      return { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } };
    case 'llama':
      return { generation: text, prompt_token_count: null, generation_token_count: index + 1, stop_reason: null };
    case 'nova':
      return { contentBlockDelta: { delta: { text }, contentBlockIndex: 0 } };
    case 'titan':
      return { outputText: text, index: 0 };
    case 'mistral':
      return { outputs: [{ text, stop_reason: null }] };
    case 'other':
      return { text };
  }
}

/**
 * The streamed events, one per token (real streams often pack several tokens in one event: a
 * teaching simplification). ConverseStream names from [BOTO]; Anthropic native events and the
 * invocation-metrics trailer from third-party clients; other families' chunk payloads are uncertain.
 */
export function streamEvents(s: StreamInput): { events: StreamEvent[]; notes: string[] } {
  if (!isNative(s.api)) return compatStreamEvents(s);
  const first = s.tokenTimesMs[0] ?? s.endMs;
  const usage = converseUsage(s);
  if (isConverse(s.api)) {
    const events: StreamEvent[] = [{ atMs: first, name: 'messageStart', data: { role: 'assistant' } }];
    s.tokens.forEach((text, i) =>
      events.push({ atMs: s.tokenTimesMs[i]!, name: 'contentBlockDelta', data: { delta: { text }, contentBlockIndex: 0 }, tokenIndex: i }),
    );
    events.push({ atMs: s.endMs, name: 'contentBlockStop', data: { contentBlockIndex: 0 } });
    events.push({ atMs: s.endMs, name: 'messageStop', data: { stopReason: s.stopReason } });
    events.push({ atMs: s.endMs, name: 'metadata', data: { usage, metrics: { latencyMs: Math.round(s.latencyMs) }, ...(s.tier ? { serviceTier: { type: s.tier } } : {}) } });
    return { events, notes: ['One contentBlockDelta per token here; real streams may carry several tokens per event.'] };
  }
  const metrics = {
    'amazon-bedrock-invocationMetrics': {
      inputTokenCount: s.inputTokens,
      outputTokenCount: s.outputTokens,
      invocationLatency: Math.round(s.latencyMs),
      firstByteLatency: Math.round(s.firstByteMs),
    },
  };
  if (s.family === 'anthropic') {
    const events: StreamEvent[] = [
      chunk(first, {
        type: 'message_start',
        message: { id: 'msg_bdrk_01EXAMPLE', type: 'message', role: 'assistant', content: [], usage: { input_tokens: s.inputTokens, output_tokens: 1 } },
      }),
      chunk(first, { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    ];
    s.tokens.forEach((text, i) => events.push(chunk(s.tokenTimesMs[i]!, nativeDelta('anthropic', text, i), i)));
    events.push(chunk(s.endMs, { type: 'content_block_stop', index: 0 }));
    events.push(chunk(s.endMs, { type: 'message_delta', delta: { stop_reason: s.stopReason, stop_sequence: null }, usage: { output_tokens: s.outputTokens } }));
    events.push(chunk(s.endMs, { type: 'message_stop', ...metrics }));
    return {
      events,
      notes: [
        'Each chunk is an AWS binary event-stream frame; its payload is {"bytes": base64}. The decoded native events are shown beside it.',
        'Native event names and the invocation-metrics trailer come from third-party clients.',
      ],
    };
  }
  const events = s.tokens.map((text, i) => chunk(s.tokenTimesMs[i]!, nativeDelta(s.family, text, i), i));
  events.push(chunk(s.endMs, { ...metrics }));
  return {
    events,
    notes: [
      'Each chunk is an AWS binary event-stream frame carrying {"bytes": base64} of a model-native JSON fragment.',
      'Uncertain: the native stream fragments of this model family are not in the reference facts; the shape shown is illustrative.',
    ],
  };
}
