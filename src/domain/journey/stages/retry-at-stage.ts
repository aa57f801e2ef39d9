import { failureSpec, sdkAttempts } from '../failures.ts';
import type { TraceContext } from '../trace-context.ts';
import type { Attempt } from '../trace-types.ts';

export type RetriedTimeline = {
  attempts: Attempt[];
  /** When the last attempt leaves this stage. */
  endMs: number;
  /** Time the retries added. */
  retryMs: number;
  gaveUp: boolean;
};

/**
 * The SDK's attempts at a stage that answers with the injected exception: each rejected attempt's
 * error travels back (one network trip), the SDK waits its jittered backoff, and the re-sent request
 * takes as long as the first to reach this stage again.
 */
export function retriedTimeline(ctx: TraceContext, stageStartMs: number, stageMs: number): RetriedTimeline | null {
  const spec = failureSpec(ctx.s.failure);
  if (!spec) return null;
  const { attempts, gaveUp } = sdkAttempts(spec.exception, ctx.seed, spec.succeedsOn);
  let at = stageStartMs + stageMs;
  const timed: Attempt[] = [];
  for (const a of attempts) {
    timed.push({ ...a, atMs: at });
    if (a.outcome === 'rejected' && a.waitAfterMs !== undefined) at += ctx.netMs + a.waitAfterMs + stageStartMs + stageMs;
  }
  return { attempts: timed, endMs: at, retryMs: at - (stageStartMs + stageMs), gaveUp };
}

export function attemptLines(attempts: Attempt[], status: number, exception: string): string {
  return attempts
    .map(
      (a) =>
        `attempt ${a.attempt} at ${a.atMs.toFixed(0)} ms: ${a.outcome === 'rejected' ? `${status} ${exception}` : 'admitted'}${
          a.waitAfterMs !== undefined ? ` → wait ${a.waitAfterMs} ms (random 0–${a.capMs} ms)` : a.outcome === 'rejected' ? ' → raised to your code' : ''
        }`,
    )
    .join('\n');
}
