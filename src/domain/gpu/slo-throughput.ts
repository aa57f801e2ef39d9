/**
 * Throughput at a latency objective: the largest steady batch whose time per output token and time to
 * first token meet the objectives, and the server throughput it gives. Never above the unconstrained
 * maximum (steadyStateThroughput). Method: docs/gpu-roofline.md "Throughput at a latency objective".
 */
import { checkFit, type Deployment, type FitCheck } from './deployment.ts';
import { iterationTime, kvLimitedBatch, kvTokensPerSequence, steadyStateAtBatch, steadyStateThroughput, tokenBudgetBatch, type SteadyState } from './roofline.ts';
import type { KvAdmission } from './serving-stack.ts';

export type SloWorkload = {
  inputTokens: number;
  outputTokens: number;
  /** Max sequences per batch (the engine's batch cap). */
  maxBatch: number;
  ttftObjectiveSeconds: number;
  tpotObjectiveSeconds: number;
  /** How the scheduler admits KV (default reserve-max: prompt + output held from admission). */
  kvAdmission?: KvAdmission;
  /** Tokens per iteration (max_num_tokens); absent = no budget below the batch cap. */
  maxTokensPerIteration?: number;
};

export type SloThroughput = {
  fit: FitCheck;
  /** Sequences decoding together at the objective. */
  batch: number;
  outputTokensPerSecond: number;
  totalTokensPerSecond: number;
  /** Time per output token at that batch (one steady iteration). */
  tpotSeconds: number;
  /** First-token time at that batch: half an iteration's wait + the prompt prefilled beside the batch's decodes. */
  ttftSeconds: number;
  unconstrained: SteadyState;
  limitedBy: 'TPOT objective' | 'TTFT objective' | 'batch cap' | 'KV cache' | 'token budget' | 'does not fit' | 'objective unreachable';
  /** Plain-language reason when no batch meets the objectives or the model does not fit. */
  message: string;
};

/** TTFT at batch B: the request waits on average half an iteration, then its whole prompt is prefilled beside B decodes. */
export function ttftAtBatch(d: Deployment, w: { inputTokens: number; outputTokens: number }, batch: number): number {
  const wait = batch > 0 ? steadyStateAtBatch(d, w, batch) / 2 : 0;
  const meanContext = w.inputTokens + w.outputTokens / 2;
  const prefill = iterationTime(d, { decodeSequences: batch, decodeContextTokens: batch * meanContext, prefillTokens: w.inputTokens, prefillSequences: 1 }).seconds;
  return wait + prefill;
}

export function sloConstrainedThroughput(d: Deployment, w: SloWorkload): SloThroughput {
  const fit = checkFit(d);
  const unconstrained = steadyStateThroughput(d, w);
  const none = (limitedBy: SloThroughput['limitedBy'], message: string): SloThroughput => ({
    fit,
    batch: 0,
    outputTokensPerSecond: 0,
    totalTokensPerSecond: 0,
    tpotSeconds: 0,
    ttftSeconds: 0,
    unconstrained,
    limitedBy,
    message,
  });
  if (!fit.fits) return none('does not fit', fit.message);
  if (w.outputTokens <= 0 || w.inputTokens < 0) return none('objective unreachable', 'The workload needs at least one output token.');
  const kvCap = kvLimitedBatch(d, kvTokensPerSequence(w, w.kvAdmission));
  const budget = tokenBudgetBatch(w);
  const cap = Math.max(0, Math.min(w.maxBatch, kvCap, budget));
  const meets = (b: number) => steadyStateAtBatch(d, w, b) <= w.tpotObjectiveSeconds && ttftAtBatch(d, w, b) <= w.ttftObjectiveSeconds;
  if (cap < 1 || !meets(1)) {
    const t1 = cap >= 1 ? steadyStateAtBatch(d, w, 1) : 0;
    const f1 = cap >= 1 ? ttftAtBatch(d, w, 1) : 0;
    return none(
      'objective unreachable',
      cap < 1
        ? 'Not even one request of this length fits in the KV cache.'
        : `Even one request alone misses the objective: TPOT ${(t1 * 1000).toFixed(1)} ms (objective ${(w.tpotObjectiveSeconds * 1000).toFixed(0)} ms), TTFT ${(f1 * 1000).toFixed(0)} ms (objective ${(w.ttftObjectiveSeconds * 1000).toFixed(0)} ms).`,
    );
  }
  // Both latencies grow with the batch, so the feasible batches are 1..B*: binary search for B*.
  let lo = 1;
  let hi = cap;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (meets(mid)) lo = mid;
    else hi = mid - 1;
  }
  const batch = lo;
  const t = steadyStateAtBatch(d, w, batch);
  const out = batch / t;
  let limitedBy: SloThroughput['limitedBy'];
  if (batch === cap) limitedBy = cap === w.maxBatch ? 'batch cap' : cap === budget ? 'token budget' : 'KV cache';
  else limitedBy = steadyStateAtBatch(d, w, batch + 1) > w.tpotObjectiveSeconds ? 'TPOT objective' : 'TTFT objective';
  return {
    fit,
    batch,
    outputTokensPerSecond: out,
    totalTokensPerSecond: out * (1 + w.inputTokens / w.outputTokens),
    tpotSeconds: t,
    ttftSeconds: ttftAtBatch(d, w, batch),
    unconstrained,
    limitedBy,
    message: '',
  };
}

export type ThroughputAtTpot = {
  /** Sequences decoding together, on average (a time average, so not a whole number). */
  batch: number;
  outputTokensPerSecond: number;
  /** The iteration time at that batch (= the objective unless the batch is capped first). */
  tpotSeconds: number;
  limitedBy: 'TPOT' | 'batch cap' | 'KV cache' | 'token budget';
};

/**
 * The throughput of one server whose mean time per output token is `tpotSeconds`: the mean batch B with
 * iteration time t(B) = TPOT (Little's law: B sequences in flight each emitting 1/TPOT tokens/s), solved over
 * real B because a mean batch of 23.4 is as meaningful as 23 or 24 — at small batches a whole-number batch
 * moves the answer by several per cent. Capped by the batch cap, the KV cache and the token budget.
 */
export function throughputAtTpot(
  d: Deployment,
  w: { inputTokens: number; outputTokens: number; maxBatch: number; kvAdmission?: KvAdmission; maxTokensPerIteration?: number },
  tpotSeconds: number,
): ThroughputAtTpot {
  const kvCap = kvLimitedBatch(d, kvTokensPerSequence(w, w.kvAdmission));
  const budget = tokenBudgetBatch(w);
  const cap = Math.max(0, Math.min(w.maxBatch, kvCap, budget));
  const limited: ThroughputAtTpot['limitedBy'] = cap === w.maxBatch ? 'batch cap' : cap === budget ? 'token budget' : 'KV cache';
  if (cap <= 0 || w.outputTokens <= 0) return { batch: 0, outputTokensPerSecond: 0, tpotSeconds: 0, limitedBy: limited };
  const t = (b: number) => steadyStateAtBatch(d, w, b);
  if (t(cap) <= tpotSeconds) return { batch: cap, outputTokensPerSecond: cap / t(cap), tpotSeconds: t(cap), limitedBy: limited };
  let lo = 0;
  let hi = cap;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (t(mid) <= tpotSeconds) lo = mid;
    else hi = mid;
  }
  const tb = lo > 0 ? t(lo) : tpotSeconds;
  return { batch: lo, outputTokensPerSecond: lo > 0 ? lo / tb : 0, tpotSeconds: tb, limitedBy: 'TPOT' };
}
