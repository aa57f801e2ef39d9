import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { SRC } from '../sources.ts';

/** 9. GPU inference: prefill gives the first token, decode the rest. */
export const inferenceStage: StageBuilder = (ctx, clock) => {
  const { s, model, latency, input, architecture } = ctx;
  const gpuStartMs = clock.atMs;
  const firstTokenGpuMs = gpuStartMs + latency.prefillMs;
  const gpuEndMs = firstTokenGpuMs + latency.decodeMs;
  const timedOut = s.failure === 'model-timeout';
  const d = latency.deployment;
  const stage: StageDraft = {
    id: 'inference',
    title: 'GPU inference: tokenize, prefill, decode',
    actor: `${d.tensorParallel} × ${d.gpu.name.replace('NVIDIA ', '')}`,
    account: 'deployment',
    accountLabel: ctx.deploymentLabel,
    region: ctx.routing.destination,
    transport: 'in-process',
    checks: `Prefill over ${input.tokens.length} input tokens, then decode up to ${s.maxTokens} tokens (temperature ${s.temperature}).`,
    visibility: { level: 'in-memory', badge: `Readable by: the model, in GPU memory — not ${model.provider}` },
    stores: [],
    startMs: gpuStartMs,
    endMs: gpuEndMs,
    status: timedOut ? 'failed' : 'ok',
    error: timedOut ? ctx.error! : undefined,
    payloadTitle: `${input.tokens.length} input tokens (${input.exact ? 'exact' : 'estimate'})`,
    payload: input.tokens.map((tk) => `[${tk.text}]`).join(' '),
    narration: {
      text: timedOut
        ? `The model did not finish within its timeout, so the call ends with ModelTimeoutException (HTTP 408). On InvokeModelWithResponseStream such errors can also arrive inside the stream as an exception event.`
        : `The prompt is split into ${input.tokens.length} tokens. Prefill runs all of them through the model in one pass — that gives the first token (${latency.prefillMs.toFixed(0)} ms here). Decode then produces one token per step, sampling with temperature ${s.temperature}, until it reaches max tokens (${s.maxTokens}), the end of its turn or a stop sequence. The weights are sharded across ${d.tensorParallel} GPU${d.tensorParallel > 1 ? 's' : ''} of one server.`,
      simplification: `${architecture.assumption ? `${model.name}’s size is unpublished: a ${Math.round(architecture.parameters / 1e9)}B dense stand-in is assumed. ` : ''}${input.exact ? '' : 'Token boundaries are estimated. '}Only the prompt text is counted. GPU type and count are assumed; times come from the shared roofline.`,
      sources: [SRC.roofline],
    },
  };
  const marks = { gpuStartMs, firstTokenGpuMs, gpuEndMs };
  return timedOut ? { kind: 'halt', stage, error: ctx.error!, attempts: 1, marks } : { kind: 'next', stage, marks };
};
