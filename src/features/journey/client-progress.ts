import { formatDuration } from '../../domain/format/duration.ts';
import { streams } from '../../domain/journey/scenario.ts';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { BASE_DWELL } from './playback-store.ts';

/** Wall-clock seconds each stage lasts at 1×: decoding lasts as long as the model says it does. */
export function stageDwells(trace: Trace): number[] {
  return trace.stages.map((s) =>
    s.id === 'inference' && s.status !== 'failed' ? Math.max(BASE_DWELL, (trace.latency.prefillMs + trace.latency.decodeMs) / 1000) : BASE_DWELL,
  );
}

/** How many answer tokens the client has received at this point of the playback. */
export function revealedTokens(trace: Trace, stageIndex: number, frac: number): number {
  if (!trace.outcome.ok) return 0;
  const n = trace.output.tokens.length;
  const inference = trace.stages.findIndex((s) => s.id === 'inference');
  const response = trace.stages.findIndex((s) => s.id === 'response');
  if (stageIndex > response) return n;
  if (streams(trace.scenario) && !trace.intervention) {
    if (stageIndex < inference) return 0;
    if (stageIndex > inference) return n;
    // Tokens arrive as they are decoded: the first after prefill, then one per decode step.
    const { prefillMs, decodeMs } = trace.latency;
    const ms = frac * (prefillMs + decodeMs);
    if (ms < prefillMs) return 0;
    return Math.min(n, 1 + Math.floor((ms - prefillMs) / Math.max(1e-9, trace.latency.decodeStepMs)));
  }
  if (stageIndex < response) return 0;
  return frac >= 0.55 ? n : 0;
}

/** Modelled time (ms after sending) at this point of the playback. */
export function modelledTime(trace: Trace, stageIndex: number, frac: number): number {
  const s = trace.stages[stageIndex];
  if (!s) return 0;
  return s.startMs + Math.min(1, frac) * (s.endMs - s.startMs);
}

/** The shared duration formatter, with one decimal kept below 10 ms (the service steps are 1–3 ms). */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : formatDuration(ms / 1000);
}
