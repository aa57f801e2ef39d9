/**
 * The lengths an MLPerf run generated, as the engine draws them. MLPerf publishes the mean generated length
 * (tokens/s ÷ samples/s) but not its spread; the reference answers' spread stands in (labelled,
 * mlperf-datasets.ts `referenceOutputCv`). What the run's configuration does fix is the cap: every request is
 * enqueued with `max_tokens` = the benchmark's `max_output_len` (mlperf-datasets.ts `maxOutputTokens`), so
 * no answer runs past it. The engine draws a lognormal with the reference spread, cut at the cap, whose
 * mean after the cut is the run's own mean; where the run's mean is within 1 % of the cap (Llama 3.1 8B:
 * 128.99 tokens per sample against max_output_len 128) every answer is at the cap and the length is fixed.
 * Method: docs/validation.md "Latency at the published load".
 */
import type { Distribution } from '../sim/scenario-schema.ts';

/** Standard normal CDF (Abramowitz–Stegun 26.2.17, |error| < 7.5e-8). */
function phi(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x > 0 ? 1 - p : p;
}

/** E[min(X, cap)] for X lognormal with mean `mean` and coefficient of variation `cv`. */
export function cappedLognormalMean(mean: number, cv: number, cap: number): number {
  const s2 = Math.log(1 + cv * cv);
  const s = Math.sqrt(s2);
  const mu = Math.log(mean) - s2 / 2;
  const z = (Math.log(cap) - mu) / s;
  return mean * phi(z - s) + cap * (1 - phi(z));
}

/** A run's mean within this share of the cap: every answer reaches the cap. */
const AT_CAP = 0.99;

/**
 * The engine's output-length distribution and cap for a run that generated `meanTokens` per sample on average
 * with the cap `maxOutputTokens`: the lognormal (spread `cv`) whose mean after the cut at the cap is the run's.
 */
export function generatedLengths(meanTokens: number, cv: number, maxOutputTokens: number): { outputTokens: Distribution; maxTokens: number } {
  if (meanTokens >= AT_CAP * maxOutputTokens) {
    const value = Math.round(meanTokens);
    return { outputTokens: { kind: 'fixed', value }, maxTokens: Math.max(value, maxOutputTokens) };
  }
  // The capped mean grows with the uncapped one: bisect for the uncapped mean that gives the run's.
  let lo = meanTokens;
  let hi = meanTokens;
  while (cappedLognormalMean(hi, cv, maxOutputTokens) < meanTokens) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (cappedLognormalMean(mid, cv, maxOutputTokens) < meanTokens) lo = mid;
    else hi = mid;
  }
  return { outputTokens: { kind: 'lognormal', mean: (lo + hi) / 2, cv }, maxTokens: maxOutputTokens };
}
