import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARCHITECTURES, LLAMA_3_1_70B, LLAMA_3_1_8B, LLAMA_3_1_405B } from './model-architectures.ts';
import { defaultDeployment, makeDeployment, weightsBytes } from './deployment.ts';
import { firstTokenSeconds, weightLoadSeconds } from './request-latency.ts';
import { expectedTokensPerStep, speculativeTpot } from './speculative-decoding.ts';

const deployments = ARCHITECTURES.map((m) => defaultDeployment(m));

describe('first token with prompt caching', () => {
  it('a cache hit never slows the first token (every preset, any prompt, batch and chunk size)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...deployments),
        fc.integer({ min: 1, max: 32_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 256 }),
        fc.option(fc.integer({ min: 64, max: 8192 }), { nil: undefined }),
        (d, prompt, share1, share2, batch, chunk) => {
          const lo = Math.floor(prompt * Math.min(share1, share2));
          const hi = Math.floor(prompt * Math.max(share1, share2));
          const base = { promptTokens: prompt, batch, meanContextTokens: 1500, chunkTokens: chunk };
          const less = firstTokenSeconds(d, { ...base, cachedTokens: lo }).seconds;
          const more = firstTokenSeconds(d, { ...base, cachedTokens: hi }).seconds;
          expect(more).toBeLessThanOrEqual(less * (1 + 1e-12));
        },
      ),
      // Found by fast-check (seed 716577067): a one-token prompt, fully cached, once took a decode step longer than its prefill.
      { examples: [[deployments.find((d) => d.model.id === 'llama-3.1-8b')!, 1, 1, 0, 0, undefined]], numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it('a 90 % cache hit on a long prompt cuts the first token several-fold', () => {
    const d = defaultDeployment(LLAMA_3_1_70B);
    const cold = firstTokenSeconds(d, { promptTokens: 20_000 }).seconds;
    const warm = firstTokenSeconds(d, { promptTokens: 20_000, cachedTokens: 18_000 }).seconds;
    expect(warm).toBeLessThan(cold / 3);
  });

  it('chunked prefill takes one iteration per chunk and never less time than one pass', () => {
    const d = defaultDeployment(LLAMA_3_1_8B);
    const one = firstTokenSeconds(d, { promptTokens: 10_000, batch: 32, meanContextTokens: 1000 });
    const chunked = firstTokenSeconds(d, { promptTokens: 10_000, batch: 32, meanContextTokens: 1000, chunkTokens: 2048 });
    expect(one.iterations).toBe(1);
    expect(chunked.iterations).toBe(5);
    expect(chunked.seconds).toBeGreaterThan(one.seconds);
  });
});

describe('weight-load time', () => {
  it('is weight bytes over storage bandwidth, so a bigger model loads longer', () => {
    const small = makeDeployment(LLAMA_3_1_8B, 1, 'bf16');
    const big = makeDeployment(LLAMA_3_1_405B, 8, 'fp8');
    expect(weightLoadSeconds(small, 2e9)).toBeCloseTo(weightsBytes(small) / 2e9, 9);
    expect(weightLoadSeconds(big)).toBeGreaterThan(20 * weightLoadSeconds(small));
    expect(() => weightLoadSeconds(small, 0)).toThrow(RangeError);
  });
});

describe('speculative decoding', () => {
  const target = makeDeployment(LLAMA_3_1_70B, 8, 'fp8');
  const draft = makeDeployment(LLAMA_3_1_8B, 8, 'fp8');
  const load = { batch: 8, meanContextTokens: 1000, draftTokens: 4 };

  it('expected tokens per step follow (1 − α^(γ+1)) / (1 − α)', () => {
    expect(expectedTokensPerStep(4, 0)).toBe(1);
    expect(expectedTokensPerStep(4, 1)).toBe(5);
    expect(expectedTokensPerStep(4, 0.8)).toBeCloseTo((1 - 0.8 ** 5) / 0.2, 12);
  });

  it('a higher acceptance rate never raises TPOT; with nothing accepted it costs more than plain decoding', () => {
    let last = Infinity;
    for (const a of [0, 0.2, 0.4, 0.6, 0.8, 0.95]) {
      const s = speculativeTpot(target, draft, { ...load, acceptanceRate: a });
      expect(s.tpotSeconds).toBeLessThanOrEqual(last);
      last = s.tpotSeconds;
    }
    expect(speculativeTpot(target, draft, { ...load, acceptanceRate: 0 }).tpotSeconds).toBeGreaterThan(speculativeTpot(target, null, { ...load, acceptanceRate: 0 }).tpotSeconds);
    expect(speculativeTpot(target, draft, { ...load, acceptanceRate: 0.8 }).tpotSeconds).toBeLessThan(speculativeTpot(target, draft, { ...load, acceptanceRate: 0.8 }).baselineTpotSeconds);
  });
});
