import { QUOTA_SOURCES } from '../../quota/sources.ts';
import { invokeResponseHeaders, responseBody, streamEvents } from '../payloads.ts';
import { type Header, type ResponseInput, type StreamEvent } from '../payload-types.ts';
import type { Marks, StageBuilder } from '../pipeline.ts';
import { tierValue } from '../payload-types.ts';
import { isConverse, isNative } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { json, truncate, type TraceContext } from '../trace-context.ts';

/** The text a blocked call returns: the blocked message configured on your guardrail. */
export const BLOCKED_INPUT_TEXT = '‹your guardrail’s blocked-input message›';
export const BLOCKED_OUTPUT_TEXT = '‹your guardrail’s blocked-output message›';

export type Answer = {
  tokenTimesMs: number[];
  endMs: number;
  /** Time from the end of the GPU work back to the client. */
  downMs: number;
  usage: { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheWriteTokens: number };
  response: { body: unknown; notes: string[] } | null;
  responseHeaders: Header[];
  events: StreamEvent[];
  eventNotes: string[];
  /** The text your application receives. */
  text: string;
  intervention: 'input' | 'output' | null;
};

/** When each answer token reaches the client, and what the client receives. */
export function answerOf(ctx: TraceContext, marks: Marks, stoppedAtInput: boolean): Answer {
  const { s, latency, streaming, cache } = ctx;
  const downMs = latency.crossRegionOneWayMs + ctx.netMs;
  const intervention = stoppedAtInput ? 'input' : s.failure === 'guardrail-output' ? 'output' : null;
  const usage = stoppedAtInput
    ? { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }
    : { inputTokens: cache.fresh, outputTokens: ctx.outputTokens.length, cacheReadTokens: cache.read, cacheWriteTokens: cache.write };
  let tokenTimesMs: number[];
  let endMs: number;
  let text: string;
  if (intervention) {
    // A blocked call answers with the guardrail's message in one piece.
    endMs = (stoppedAtInput ? marks.blockedAtMs ?? 0 : (marks.gpuEndMs ?? 0) + latency.guardrailOutputMs) + ctx.netMs + (stoppedAtInput ? 0 : latency.crossRegionOneWayMs);
    text = stoppedAtInput ? BLOCKED_INPUT_TEXT : BLOCKED_OUTPUT_TEXT;
    tokenTimesMs = [endMs];
  } else {
    const gpuEnd = marks.gpuEndMs ?? 0;
    const extraAfterGpu = s.guardrails ? latency.guardrailOutputMs : 0;
    endMs = gpuEnd + extraAfterGpu + downMs;
    text = ctx.outputText;
    tokenTimesMs = ctx.outputTokens.map((_, i) => (streaming ? (marks.firstTokenGpuMs ?? 0) + i * latency.decodeStepMs + downMs : endMs));
  }
  const respInput: ResponseInput = {
    api: s.api,
    family: ctx.family,
    invokedId: ctx.routing.invokedId,
    text,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    stopReason: ctx.stopReason,
    latencyMs: endMs - downMs - ctx.netMs,
    firstByteMs: (tokenTimesMs[0] ?? endMs) - downMs,
    cacheReadTokens: usage.cacheReadTokens,
    cacheWriteTokens: usage.cacheWriteTokens,
    tier: tierValue(s.tier),
  };
  const tokens = intervention ? [text] : ctx.outputTokens.map((x) => x.text);
  const stream = streaming ? streamEvents({ ...respInput, tokens, tokenTimesMs, endMs }) : null;
  return {
    tokenTimesMs,
    endMs,
    downMs,
    usage,
    response: streaming ? null : responseBody(respInput),
    responseHeaders: streaming || isConverse(s.api) || !isNative(s.api) ? [] : invokeResponseHeaders(respInput),
    events: stream?.events ?? [],
    eventNotes: stream?.notes ?? [],
    text,
    intervention,
  };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** The settlement line: what the reservation became once the output is known. */
export function settlementText(ctx: TraceContext): string {
  const b = ctx.quota.breakdown;
  return `Quota settled: ${n(b.input)} input + ${n(b.cacheWrite)} cache write + ${n(b.output)} output × ${b.outputBurndown} = ${n(b.settled)} tokens; ${n(b.released)} of the ${n(b.reserved)} reserved go back (cache reads are released).`;
}

/** 10. The answer travels back: streamed as it is generated, or in one response at the end. */
export const responseStage: StageBuilder = (ctx, clock) => {
  const { s, streaming } = ctx;
  const stoppedAtInput = clock.stages.at(-1)?.id === 'guardrail-input' && s.failure === 'guardrail-input';
  const a = answerOf(ctx, clock.marks, stoppedAtInput);
  const first = a.tokenTimesMs[0] ?? a.endMs;
  const tier = tierValue(s.tier) ?? 'standard';
  const cost = ctx.cost && ctx.cost.totalUsd !== null && !stoppedAtInput ? ` At list price (${ctx.prices!.label}) this request costs $${ctx.cost.totalUsd.toPrecision(3)}.` : '';
  const usageText = `usage ${a.usage.inputTokens} in${a.usage.cacheReadTokens ? ` + ${a.usage.cacheReadTokens} cache read` : ''}${a.usage.cacheWriteTokens ? ` + ${a.usage.cacheWriteTokens} cache write` : ''}, ${a.usage.outputTokens} out`;
  const text = a.intervention
    ? `The guardrail intervened on the ${a.intervention === 'input' ? 'prompt' : 'answer'}: the call returns HTTP 200 with your blocked message and stopReason guardrail_intervened${isNative(s.api) && !isConverse(s.api) ? ' (native bodies add "amazon-bedrock-guardrailAction": "INTERVENED")' : ''}. ${a.intervention === 'input' ? 'The model never ran, so no model tokens are billed; guardrail text units are.' : 'The model’s tokens were generated and are billed.'}`
    : streaming
      ? `The answer streams back as it is generated. The first token reaches you after ${Math.round(first)} ms in this model${ctx.observedTtft ? ` (observed for this model: ${ctx.observedTtft.seconds.toFixed(2)} s, which includes connection set-up and service work the model leaves out)` : ''}; the last event carries the ${usageText}. The response names the tier that served it: ${tier}.${cost}`
      : `Nothing comes back until the model has finished: one JSON response after ${Math.round(a.endMs)} ms, with ${usageText}, served by the ${tier} tier.${cost}`;
  return {
    kind: 'next',
    stage: {
      id: 'response',
      title: a.intervention ? 'Blocked by the guardrail: guardrail_intervened' : streaming ? 'Streamed back to your application' : 'One response back to your application',
      actor: 'Regional endpoint → your SDK',
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: ctx.transportOut,
      checks: streaming ? 'Events arrive as tokens are generated; usage comes at the end.' : 'The whole answer arrives in one JSON response when decoding is done.',
      visibility: { level: 'plaintext', badge: 'Readable by: your application' },
      stores: [{ where: 'Billing (AWS)', what: `${a.usage.inputTokens} input + ${a.usage.cacheReadTokens} cache read + ${a.usage.cacheWriteTokens} cache write + ${a.usage.outputTokens} output tokens`, owner: 'service', containsPromptText: false }],
      startMs: streaming && !a.intervention ? first : a.endMs - a.downMs,
      endMs: a.endMs,
      payloadTitle: streaming ? 'Stream events' : 'Response',
      payload:
        (streaming
          ? a.events
              .slice(0, 3)
              .map((e) => `${e.name} ${truncate(JSON.stringify(e.decoded ?? e.data), 90)}`)
              .join('\n') + `\n… ${a.events.length} events in all`
          : truncate(json(a.response?.body ?? null), 600)) + (stoppedAtInput ? '' : `\n\n${settlementText(ctx)}`),
      narration: {
        text: `${text}${stoppedAtInput ? '' : ` ${settlementText(ctx)}`}`,
        simplification: 'The answer is a fixed illustrative text; the explorer never calls a model.',
        sources: [SRC.boto, QUOTA_SOURCES.reservation, ...(a.intervention ? [SRC.guardrails] : [])],
      },
    },
  };
};
