/**
 * Speculative decoding: a draft model proposes γ tokens, the target verifies them in one pass; with a
 * per-token acceptance rate α the expected tokens per verification step are (1 − α^(γ+1)) / (1 − α)
 * (Leviathan, Kalman, Matias, "Fast Inference from Transformers via Speculative Decoding", ICML 2023).
 * α is a knob: it depends on the draft, the target and the text, and no Bedrock figure is published.
 */
import type { Deployment } from './deployment.ts';
import { iterationTime } from './roofline.ts';

export type SpeculativeInput = {
  batch: number;
  meanContextTokens: number;
  /** Draft tokens proposed per step (γ); 0 = speculative decoding off. */
  draftTokens: number;
  /** Probability that each draft token is accepted (α), 0–1. */
  acceptanceRate: number;
};

export type Speculative = {
  /** Time per output token with speculation. */
  tpotSeconds: number;
  /** Time per output token of plain decoding on the same deployment and load. */
  baselineTpotSeconds: number;
  tokensPerStep: number;
  /** One step: γ draft iterations + one target verification of γ + 1 tokens per sequence. */
  stepSeconds: number;
};

export function expectedTokensPerStep(draftTokens: number, acceptanceRate: number): number {
  const g = Math.max(0, Math.floor(draftTokens));
  const a = Math.min(1, Math.max(0, acceptanceRate));
  if (a === 1) return g + 1;
  return (1 - Math.pow(a, g + 1)) / (1 - a);
}

/**
 * TPOT with speculation. The draft runs on its own deployment (e.g. Llama 3.1 8B on the same GPUs); the
 * verification pass multiplies (γ + 1) tokens per sequence through the target's weights and reads each
 * sequence's KV cache once.
 */
export function speculativeTpot(target: Deployment, draft: Deployment | null, input: SpeculativeInput): Speculative {
  const b = Math.max(1, input.batch);
  const ctx = Math.max(0, input.meanContextTokens);
  const baseline = iterationTime(target, { decodeSequences: b, decodeContextTokens: b * ctx, prefillTokens: 0 }).seconds;
  const g = Math.max(0, Math.floor(input.draftTokens));
  if (g === 0 || draft === null) return { tpotSeconds: baseline, baselineTpotSeconds: baseline, tokensPerStep: 1, stepSeconds: baseline };
  const draftStep = iterationTime(draft, { decodeSequences: b, decodeContextTokens: b * ctx, prefillTokens: 0 }).seconds;
  const verify = iterationTime(target, { decodeSequences: b * (g + 1), decodeContextTokens: b * ctx, prefillTokens: 0 }).seconds;
  const stepSeconds = g * draftStep + verify;
  const tokensPerStep = expectedTokensPerStep(g, input.acceptanceRate);
  return { tpotSeconds: stepSeconds / tokensPerStep, baselineTpotSeconds: baseline, tokensPerStep, stepSeconds };
}
