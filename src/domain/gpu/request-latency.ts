/**
 * Per-request times built on the roofline: first token with prompt caching and optional chunked
 * prefill, and weight-load time for a new replica. Equations: docs/gpu-roofline.md "Per-request times".
 */
import { weightsBytes, type Deployment } from './deployment.ts';
import { iterationTime } from './roofline.ts';

/**
 * Sustained read bandwidth from storage into device memory when a replica starts, bytes/s.
 * Assumption: the reference has no figure for it (neither AWS nor Bedrock publish one); a knob.
 */
export const DEFAULT_STORAGE_BANDWIDTH = 2e9;
export const STORAGE_BANDWIDTH_LABEL =
  'Assumption: 2 GB/s sustained read of the weights from storage into GPU memory (no published figure); change it with the knob.';

/** Seconds to read a replica's weights from storage: weight bytes ÷ storage bandwidth. */
export function weightLoadSeconds(d: Deployment, storageBytesPerSecond = DEFAULT_STORAGE_BANDWIDTH): number {
  if (!(storageBytesPerSecond > 0)) throw new RangeError('storage bandwidth must be positive');
  return weightsBytes(d) / storageBytesPerSecond;
}

export type FirstTokenInput = {
  promptTokens: number;
  /** Prompt tokens found in the prompt cache: their prefill is skipped (attention still reads them). */
  cachedTokens?: number;
  /** Sequences decoding on the replica while this prompt is prefilled. */
  batch?: number;
  /** Mean context of those sequences. */
  meanContextTokens?: number;
  /** Chunked prefill: at most this many prompt tokens per iteration; absent = the whole prompt in one iteration. */
  chunkTokens?: number;
};

export type FirstToken = {
  /** GPU time from the start of the prompt's first prefill iteration to its first token. */
  seconds: number;
  /** Prompt tokens actually prefilled (prompt − cached; at least 1 for a non-empty prompt). */
  prefilledTokens: number;
  iterations: number;
};

/**
 * Time to first token at the GPU: the uncached part of the prompt prefilled beside `batch` decodes,
 * in one iteration or in chunks of `chunkTokens` (each chunk attends to the cache and earlier chunks).
 * A cache hit only removes work, so it never makes the first token later.
 */
export function firstTokenSeconds(d: Deployment, input: FirstTokenInput): FirstToken {
  const prompt = Math.max(0, Math.floor(input.promptTokens));
  // A fully cached prompt still recomputes its last token to get the logits for the first output
  // token (vLLM caps a prefix hit at prompt − 1), so at least one token is always prefilled.
  const cached = Math.min(Math.max(0, prompt - 1), Math.max(0, Math.floor(input.cachedTokens ?? 0)));
  const batch = Math.max(0, input.batch ?? 0);
  const ctx = Math.max(0, input.meanContextTokens ?? 0);
  let remaining = prompt - cached;
  if (remaining === 0) {
    // Empty prompt: the first token is one decode step of this sequence.
    const t = iterationTime(d, { decodeSequences: batch + 1, decodeContextTokens: batch * ctx, prefillTokens: 0 }).seconds;
    return { seconds: t, prefilledTokens: 0, iterations: 1 };
  }
  const chunk = input.chunkTokens && input.chunkTokens > 0 ? Math.floor(input.chunkTokens) : remaining;
  let done = cached;
  let seconds = 0;
  let iterations = 0;
  while (remaining > 0) {
    const c = Math.min(chunk, remaining);
    seconds += iterationTime(d, { decodeSequences: batch, decodeContextTokens: batch * ctx, prefillTokens: c, prefillCachedTokens: done, prefillSequences: 1 }).seconds;
    done += c;
    remaining -= c;
    iterations++;
  }
  return { seconds, prefilledTokens: prompt - cached, iterations };
}
