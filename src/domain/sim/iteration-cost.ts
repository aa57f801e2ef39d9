import { iterationTime, type Deployment } from '../gpu/roofline.ts';

/**
 * The shared roofline's `iterationTime`, read once per deployment into its coefficients so the hot
 * loop costs a few multiplications and no allocation. The roofline is, by construction,
 *   t = t_cpu + max(W_read, a·n) + b·Σctx + c·p·(k + p/(2s)) + [n > 0]·(e + f·n)
 * with n = decode sequences + prefill tokens p; the coefficients are taken from the breakdown that
 * `iterationTime` itself returns at probe loads. iteration-cost.test.ts checks that this equals
 * `iterationTime` on random loads, so a change to the roofline cannot silently diverge from it.
 */
export type IterationCost = (decodeSequences: number, decodeContextTokens: number, prefillTokens: number, prefillCachedTokens: number, prefillSequences: number) => number;

export function compileIterationCost(d: Deployment): IterationCost {
  const one = iterationTime(d, { decodeSequences: 1, decodeContextTokens: 0, prefillTokens: 0 });
  const two = iterationTime(d, { decodeSequences: 2, decodeContextTokens: 0, prefillTokens: 0 });
  const ctx = iterationTime(d, { decodeSequences: 1, decodeContextTokens: 1, prefillTokens: 0 });
  const pre = iterationTime(d, { decodeSequences: 0, decodeContextTokens: 0, prefillTokens: 1, prefillCachedTokens: 0, prefillSequences: 1 });
  const cpu = one.cpuSeconds;
  const weightRead = one.weightReadSeconds;
  const a = one.linearComputeSeconds;
  const b = ctx.attentionSeconds - one.attentionSeconds;
  // Prefill attention of one token with nothing cached is c·1·(0 + 1/2).
  const c = 2 * pre.attentionSeconds;
  const f = two.communicationSeconds - one.communicationSeconds;
  const e = one.communicationSeconds - f;
  return (decodeSequences, decodeContextTokens, prefillTokens, prefillCachedTokens, prefillSequences) => {
    const n = decodeSequences + prefillTokens;
    if (n === 0) return 0;
    const linear = a * n;
    return (
      cpu +
      (linear > weightRead ? linear : weightRead) +
      b * decodeContextTokens +
      c * prefillTokens * (prefillCachedTokens + prefillTokens / (2 * prefillSequences)) +
      e +
      f * n
    );
  };
}
