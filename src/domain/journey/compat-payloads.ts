/**
 * Bodies, responses and streamed events of the OpenAI-compatible APIs (Chat Completions, Responses)
 * and the Anthropic Messages API, as served by bedrock-mantle (and Chat Completions on
 * bedrock-runtime). Shapes: the APIs' own public formats, which AWS documents Bedrock accepts
 * (docs bedrock-mantle.md, inference-messages-api); fields the reference does not confirm are noted.
 */
import { systemPlaceholder, tierValue, type RequestInput, type ResponseInput, type StreamEvent, type StreamInput } from './payload-types.ts';

export function compatBody(input: RequestInput): { body: unknown; notes: string[] } {
  const sys = input.system && input.system.tokens > 0 ? input.system : null;
  const tier = tierValue(input.tier);
  const stream = input.stream ? { stream: true } : {};
  const notes: string[] = [];
  if (input.api === 'Messages') {
    if (input.maxTokens === null) notes.push('The Anthropic Messages API requires max_tokens.');
    return {
      body: {
        model: input.invokedId,
        max_tokens: input.maxTokens ?? 0,
        ...(sys
          ? { system: [{ type: 'text', text: systemPlaceholder(sys.tokens), ...(sys.cache !== 'off' ? { cache_control: { type: 'ephemeral', ...(sys.ttl === '1h' ? { ttl: '1h' } : {}) } } : {}) }] }
          : {}),
        messages: [{ role: 'user', content: input.prompt }],
        temperature: input.temperature,
        ...stream,
      },
      notes,
    };
  }
  if (sys && sys.cache !== 'off') notes.push('OpenAI-style APIs have no cache field: Bedrock reuses an eligible prefix implicitly (docs prompt-caching, 2026).');
  if (tier) notes.push('service_tier in the body, as the facts give the parameter ("service_tier": "reserved | priority | default | flex").');
  if (input.api === 'Responses') {
    return {
      body: {
        model: input.invokedId,
        ...(sys ? { instructions: systemPlaceholder(sys.tokens) } : {}),
        input: input.prompt,
        ...(input.maxTokens === null ? {} : { max_output_tokens: input.maxTokens }),
        temperature: input.temperature,
        ...(tier ? { service_tier: tier } : {}),
        ...stream,
      },
      notes,
    };
  }
  return {
    body: {
      model: input.invokedId,
      messages: [...(sys ? [{ role: 'system', content: systemPlaceholder(sys.tokens) }] : []), { role: 'user', content: input.prompt }],
      ...(input.maxTokens === null ? {} : { max_tokens: input.maxTokens }),
      temperature: input.temperature,
      ...(tier ? { service_tier: tier } : {}),
      ...(input.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    },
    notes,
  };
}

function finishReason(r: ResponseInput): string {
  if (r.stopReason === 'guardrail_intervened') return 'content_filter';
  return r.stopReason === 'max_tokens' ? 'length' : 'stop';
}

export function compatResponse(r: ResponseInput): { body: unknown; notes: string[] } {
  const cacheRead = r.cacheReadTokens ?? 0;
  const cacheWrite = r.cacheWriteTokens ?? 0;
  if (r.api === 'Messages') {
    return {
      body: {
        id: 'msg_bdrk_01EXAMPLE',
        type: 'message',
        role: 'assistant',
        model: r.invokedId,
        content: [{ type: 'text', text: r.text }],
        stop_reason: r.stopReason === 'guardrail_intervened' ? 'refusal' : r.stopReason,
        stop_sequence: null,
        usage: { input_tokens: r.inputTokens, cache_creation_input_tokens: cacheWrite, cache_read_input_tokens: cacheRead, output_tokens: r.outputTokens },
      },
      notes: ['Anthropic’s response format; the msg_bdrk_ ID form comes from third-party fixtures.'],
    };
  }
  if (r.api === 'Responses') {
    return {
      body: {
        id: 'resp_EXAMPLE',
        object: 'response',
        status: r.stopReason === 'max_tokens' ? 'incomplete' : 'completed',
        model: r.invokedId,
        output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: r.text }] }],
        ...(r.tier ? { service_tier: r.tier } : {}),
        usage: {
          input_tokens: r.inputTokens + cacheRead + cacheWrite,
          input_tokens_details: { cached_tokens: cacheRead },
          output_tokens: r.outputTokens,
          total_tokens: r.inputTokens + cacheRead + cacheWrite + r.outputTokens,
        },
      },
      notes: ['OpenAI’s Responses format; the echoed service_tier and the cached-token detail are not confirmed for Bedrock in the reference.'],
    };
  }
  return {
    body: {
      id: 'chatcmpl-EXAMPLE',
      object: 'chat.completion',
      model: r.invokedId,
      choices: [{ index: 0, message: { role: 'assistant', content: r.text }, finish_reason: finishReason(r) }],
      ...(r.tier ? { service_tier: r.tier } : {}),
      usage: {
        prompt_tokens: r.inputTokens + cacheRead + cacheWrite,
        prompt_tokens_details: { cached_tokens: cacheRead },
        completion_tokens: r.outputTokens,
        total_tokens: r.inputTokens + cacheRead + cacheWrite + r.outputTokens,
      },
    },
    notes: ['OpenAI’s Chat Completions format; the echoed service_tier and the cached-token detail are not confirmed for Bedrock in the reference.'],
  };
}

/** Server-sent events (`data: …` lines), one per token here; real streams may group tokens. */
export function compatStreamEvents(s: StreamInput): { events: StreamEvent[]; notes: string[] } {
  const first = s.tokenTimesMs[0] ?? s.endMs;
  const cacheRead = s.cacheReadTokens ?? 0;
  const cacheWrite = s.cacheWriteTokens ?? 0;
  const notes = ['Server-sent events (text/event-stream), one token per event here; real streams may carry several.'];
  if (s.api === 'Messages') {
    const events: StreamEvent[] = [
      { atMs: first, name: 'message_start', data: { type: 'message_start', message: { id: 'msg_bdrk_01EXAMPLE', role: 'assistant', model: s.invokedId, usage: { input_tokens: s.inputTokens, cache_creation_input_tokens: cacheWrite, cache_read_input_tokens: cacheRead, output_tokens: 1 } } } },
      { atMs: first, name: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } } },
    ];
    s.tokens.forEach((text, i) => events.push({ atMs: s.tokenTimesMs[i]!, name: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }, tokenIndex: i }));
    events.push({ atMs: s.endMs, name: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } });
    events.push({ atMs: s.endMs, name: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: s.stopReason }, usage: { output_tokens: s.outputTokens } } });
    events.push({ atMs: s.endMs, name: 'message_stop', data: { type: 'message_stop' } });
    return { events, notes };
  }
  if (s.api === 'Responses') {
    const events: StreamEvent[] = [{ atMs: first, name: 'response.created', data: { type: 'response.created', response: { id: 'resp_EXAMPLE', status: 'in_progress' } } }];
    s.tokens.forEach((text, i) => events.push({ atMs: s.tokenTimesMs[i]!, name: 'response.output_text.delta', data: { type: 'response.output_text.delta', delta: text }, tokenIndex: i }));
    events.push({ atMs: s.endMs, name: 'response.output_text.done', data: { type: 'response.output_text.done', text: s.text } });
    events.push({
      atMs: s.endMs,
      name: 'response.completed',
      data: { type: 'response.completed', response: { id: 'resp_EXAMPLE', status: 'completed', usage: { input_tokens: s.inputTokens + cacheRead + cacheWrite, output_tokens: s.outputTokens } } },
    });
    return { events, notes };
  }
  const events: StreamEvent[] = s.tokens.map((text, i) => ({
    atMs: s.tokenTimesMs[i]!,
    name: 'chat.completion.chunk',
    data: { object: 'chat.completion.chunk', choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: text } : { content: text } }] },
    tokenIndex: i,
  }));
  events.push({ atMs: s.endMs, name: 'chat.completion.chunk', data: { object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: s.stopReason === 'max_tokens' ? 'length' : 'stop' }] } });
  events.push({
    atMs: s.endMs,
    name: 'chat.completion.chunk',
    data: { object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: s.inputTokens + cacheRead + cacheWrite, completion_tokens: s.outputTokens, total_tokens: s.inputTokens + cacheRead + cacheWrite + s.outputTokens } },
  });
  events.push({ atMs: s.endMs, name: '[DONE]', data: '[DONE]' });
  return { events, notes };
}
