import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARCHITECTURES } from './model-architectures.ts';
import { defaultDeployment } from './deployment.ts';
import { compileIterationTime, decodeStepSeconds, iterationTime } from './roofline.ts';
import { fitOptions } from './fit-options.ts';
import { DEEPSEEK_V3, LLAMA_3_1_8B } from './model-architectures.ts';

const deployments = ARCHITECTURES.map((m) => defaultDeployment(m));

describe('monotonicity', () => {
  it('more memory bandwidth → faster decode (every preset)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...deployments), fc.integer({ min: 1, max: 512 }), fc.integer({ min: 1, max: 32_000 }), fc.double({ min: 1.01, max: 3, noNaN: true }), (d, batch, ctx, k) => {
        const faster = { ...d, gpu: { ...d.gpu, memoryBandwidth: d.gpu.memoryBandwidth * k } };
        expect(decodeStepSeconds(faster, batch, ctx)).toBeLessThanOrEqual(decodeStepSeconds(d, batch, ctx));
      }),
    );
  });

  it('longer context → slower decode (every preset)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...deployments), fc.integer({ min: 1, max: 512 }), fc.integer({ min: 0, max: 64_000 }), fc.integer({ min: 1, max: 64_000 }), (d, batch, ctx, more) => {
        expect(decodeStepSeconds(d, batch, ctx + more)).toBeGreaterThanOrEqual(decodeStepSeconds(d, batch, ctx));
      }),
    );
    // Strictly slower for a model whose every layer attends to the full context.
    const d = defaultDeployment(LLAMA_3_1_8B);
    expect(decodeStepSeconds(d, 64, 8000)).toBeGreaterThan(decodeStepSeconds(d, 64, 1000));
  });

  it('more work never shortens an iteration (every preset, MoE included)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...deployments), fc.integer({ min: 0, max: 512 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4096 }), fc.integer({ min: 1, max: 64 }), (d, seqs, ctx, prefill, extra) => {
        const base = { decodeSequences: seqs, decodeContextTokens: seqs * ctx, prefillTokens: prefill };
        const t0 = iterationTime(d, base).seconds;
        expect(iterationTime(d, { ...base, decodeSequences: seqs + extra, decodeContextTokens: (seqs + extra) * ctx }).seconds).toBeGreaterThanOrEqual(t0);
        expect(iterationTime(d, { ...base, prefillTokens: prefill + extra }).seconds).toBeGreaterThanOrEqual(t0);
      }),
    );
  });
});

describe('compiled iteration time', () => {
  it('equals iterationTime exactly on random loads, for every preset', () => {
    for (const d of deployments) {
      const f = compileIterationTime(d);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4096 }), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 8192 }), fc.integer({ min: 0, max: 8000 }), fc.integer({ min: 1, max: 64 }), (a, b, c, k, s) => {
          expect(f(a, b, c, k, s)).toBe(iterationTime(d, { decodeSequences: a, decodeContextTokens: b, prefillTokens: c, prefillCachedTokens: k, prefillSequences: s }).seconds);
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('what fits where', () => {
  it('lists every accelerator; DeepSeek-V3 FP8 fits 8 × H200 but not 8 × H100, with the numbers', () => {
    const opts = fitOptions(DEEPSEEK_V3);
    expect(opts).toHaveLength(9);
    expect(opts.find((o) => o.accelerator.id === 'h200')!.deployment).not.toBeNull();
    const h100 = opts.find((o) => o.accelerator.id === 'h100-sxm')!;
    expect(h100.deployment).toBeNull();
    expect(h100.fit.message).toMatch(/does not fit on 8 × NVIDIA H100/);
  });
});
