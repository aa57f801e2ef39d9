import { retryBehaviour } from '../failures.ts';
import { CACHE_SOURCES } from '../prompt-cache.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { SRC } from '../sources.ts';

/** 9. GPU inference: prefill gives the first token, decode the rest. */
export const inferenceStage: StageBuilder = (ctx, clock) => {
  const { s, model, latency, input, architecture, cache } = ctx;
  const gpuStartMs = clock.atMs;
  const firstTokenGpuMs = gpuStartMs + latency.prefillMs;
  const err = ctx.error;
  const fails = err !== null && (err.exception === 'ModelTimeoutException' || err.exception === 'ModelErrorException' || err.exception === 'ModelStreamErrorException');
  // A stream error cuts the answer half-way; the others end the call when the model gives up.
  const gpuEndMs = err?.exception === 'ModelStreamErrorException' ? firstTokenGpuMs + latency.decodeMs / 2 : firstTokenGpuMs + latency.decodeMs;
  const d = latency.deployment;
  const prefilled = ctx.promptTokens - cache.read;
  const failText =
    err?.exception === 'ModelTimeoutException'
      ? `The model did not finish within its timeout, so the call ends with ModelTimeoutException (HTTP 408). ${retryBehaviour('ModelTimeoutException')}`
      : err?.exception === 'ModelErrorException'
        ? `The model failed while processing the request: ModelErrorException (HTTP 424). ${retryBehaviour('ModelErrorException')}`
        : `Half-way through the answer the model fails: a modelStreamErrorException event arrives inside the stream (HTTP 424 when it precedes the stream). The tokens already streamed reached your code; the SDK cannot replay a stream and does not retry.`;
  const stage: StageDraft = {
    id: 'inference',
    title: 'GPU inference: tokenize, prefill, decode',
    actor: `${d.tensorParallel} × ${d.gpu.name.replace('NVIDIA ', '')}`,
    account: 'deployment',
    accountLabel: ctx.deploymentLabel,
    region: ctx.routing.destination,
    transport: 'in-process',
    checks: `Prefill over ${prefilled.toLocaleString('en-US')} uncached tokens${cache.read ? ` (${cache.read.toLocaleString('en-US')} read from the prompt cache)` : ''}, then decode up to ${s.maxUnset ? 'the model’s maximum' : s.maxTokens} tokens (temperature ${s.temperature}).`,
    visibility: { level: 'in-memory', badge: `Readable by: the model, in GPU memory — not ${model.provider}` },
    stores: [],
    startMs: gpuStartMs,
    endMs: gpuEndMs,
    status: fails ? 'failed' : 'ok',
    error: fails ? err! : undefined,
    payloadTitle: `${input.tokens.length} input tokens (${input.exact ? 'exact' : 'estimate'})${s.systemTokens ? ` + ${s.systemTokens.toLocaleString('en-US')} system` : ''}`,
    payload: input.tokens.map((tk) => `[${tk.text}]`).join(' '),
    narration: {
      text: fails
        ? failText
        : `The prompt is ${ctx.promptTokens.toLocaleString('en-US')} tokens. Prefill runs ${cache.read ? `only the ${prefilled.toLocaleString('en-US')} uncached ones — the ${cache.read.toLocaleString('en-US')}-token prefix comes from the prompt cache —` : 'all of them'} through the model in one pass: that gives the first token (${latency.prefillMs.toFixed(0)} ms here). Decode then produces one token per step at ${latency.decodeTokensPerSecond.toFixed(0)} tok/s, until max tokens, the end of its turn or a stop sequence.${cache.write ? ` The ${cache.write.toLocaleString('en-US')}-token prefix is written to the cache for ${cache.ttl === '1h' ? 'one hour' : 'five minutes'}.` : ''}`,
      simplification: `Speed: ${ctx.speedLabel}. ${architecture.assumption ? `${model.name}’s architecture is unpublished; a stand-in shape is used. ` : ''}${input.exact ? '' : 'Token boundaries are estimated. '}GPU type and count are assumed; times come from the shared roofline.`,
      sources: [SRC.roofline, ...(cache.effective ? [CACHE_SOURCES.effect, CACHE_SOURCES.minimum] : [])],
    },
  };
  const marks = { gpuStartMs, firstTokenGpuMs, gpuEndMs };
  return fails ? { kind: 'halt', stage, error: err!, attempts: 1, marks } : { kind: 'next', stage, marks };
};
