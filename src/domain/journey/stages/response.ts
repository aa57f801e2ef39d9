import { invokeResponseHeaders, responseBody, streamEvents, type Header, type ResponseInput, type StreamEvent } from '../payloads.ts';
import type { Marks, StageBuilder } from '../pipeline.ts';
import { isConverse } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { json, truncate, type TraceContext } from '../trace-context.ts';

export type Answer = {
  tokenTimesMs: number[];
  endMs: number;
  /** Time from the end of the GPU work back to the client. */
  downMs: number;
  usage: { inputTokens: number; outputTokens: number };
  response: { body: unknown; notes: string[] } | null;
  responseHeaders: Header[];
  events: StreamEvent[];
  eventNotes: string[];
};

/** When each answer token reaches the client, and what the client receives. */
export function answerOf(ctx: TraceContext, marks: Marks): Answer {
  const { s, latency, streaming } = ctx;
  const firstTokenGpu = marks.firstTokenGpuMs ?? 0;
  const gpuEnd = marks.gpuEndMs ?? 0;
  const step = latency.decodeStepMs;
  const downMs = latency.crossRegionOneWayMs + ctx.netMs;
  const extraAfterGpu = s.guardrails ? latency.guardrailOutputMs : 0;
  const endMs = gpuEnd + extraAfterGpu + downMs;
  const tokenTimesMs = ctx.outputTokens.map((_, i) => (streaming ? firstTokenGpu + i * step + downMs : endMs));
  const usage = { inputTokens: ctx.input.tokens.length, outputTokens: ctx.outputTokens.length };
  const respInput: ResponseInput = {
    api: s.api,
    family: ctx.family,
    invokedId: ctx.routing.invokedId,
    text: ctx.outputText,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    stopReason: ctx.stopReason,
    latencyMs: endMs - downMs - ctx.netMs,
    firstByteMs: (tokenTimesMs[0] ?? endMs) - downMs,
  };
  const stream = streaming ? streamEvents({ ...respInput, tokens: ctx.outputTokens.map((x) => x.text), tokenTimesMs, endMs }) : null;
  return {
    tokenTimesMs,
    endMs,
    downMs,
    usage,
    response: streaming ? null : responseBody(respInput),
    responseHeaders: streaming || isConverse(s.api) ? [] : invokeResponseHeaders(respInput),
    events: stream?.events ?? [],
    eventNotes: stream?.notes ?? [],
  };
}

/** 10. The answer travels back: streamed as it is generated, or in one response at the end. */
export const responseStage: StageBuilder = (ctx, clock) => {
  const { s, streaming } = ctx;
  const a = answerOf(ctx, clock.marks);
  const first = a.tokenTimesMs[0] ?? a.endMs;
  return {
    kind: 'next',
    stage: {
      id: 'response',
      title: streaming ? 'Streamed back to your application' : 'One response back to your application',
      actor: 'Regional endpoint → your SDK',
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: ctx.transportOut,
      checks: streaming
        ? `${s.api === 'ConverseStream' ? 'contentBlockDelta' : 'chunk'} events arrive as tokens are generated; usage and latency come at the end.`
        : 'The whole answer arrives in one JSON response when decoding is done.',
      visibility: { level: 'plaintext', badge: 'Readable by: your application' },
      stores: [{ where: 'Billing (AWS)', what: `${a.usage.inputTokens} input + ${a.usage.outputTokens} output tokens`, owner: 'service', containsPromptText: false }],
      startMs: streaming ? first : a.endMs - a.downMs,
      endMs: a.endMs,
      payloadTitle: streaming ? 'Stream events' : 'Response',
      payload: streaming
        ? a.events
            .slice(0, 3)
            .map((e) => `${e.name} ${truncate(JSON.stringify(e.decoded ?? e.data), 90)}`)
            .join('\n') + `\n… ${a.events.length} events in all`
        : truncate(json(a.response!.body), 600),
      narration: {
        text: streaming
          ? `The answer streams back as it is generated: ${s.api === 'ConverseStream' ? 'contentBlockDelta events' : 'event-stream chunk events whose bytes hold the model’s native JSON'}. The first token reaches you after ${Math.round(first)} ms; the last event carries the usage (${a.usage.inputTokens} in, ${a.usage.outputTokens} out) and the latency. Billing records the token counts.`
          : `With ${s.api} nothing comes back until the model has finished: one JSON response after ${Math.round(a.endMs)} ms, with usage (${a.usage.inputTokens} input and ${a.usage.outputTokens} output tokens). Billing records the token counts.`,
        simplification: 'The answer is a fixed illustrative text; the explorer never calls a model.',
        sources: [SRC.boto],
      },
    },
  };
};
