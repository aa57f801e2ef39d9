import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';
import { defaultDeployment, iterationTime, makeDeployment } from '../gpu/roofline.ts';
import { compileIterationCost } from './iteration-cost.ts';

describe('compiled iteration cost', () => {
  const deployments = [...MODEL_ARCHITECTURES.map((m) => defaultDeployment(m)), makeDeployment(MODEL_ARCHITECTURES[0]!, 1, 'bf16', { cpuOverheadSeconds: 0 })];

  it('equals the shared roofline iterationTime on random loads, for every model and TP', () => {
    for (const d of deployments) {
      const cost = compileIterationCost(d);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 4096 }),
          fc.integer({ min: 0, max: 2_000_000 }),
          fc.integer({ min: 0, max: 8192 }),
          fc.integer({ min: 0, max: 8000 }),
          fc.integer({ min: 1, max: 64 }),
          (decode, ctx, prefill, cached, seqs) => {
            const load = { decodeSequences: decode, decodeContextTokens: ctx, prefillTokens: prefill, prefillCachedTokens: cached, prefillSequences: seqs };
            const expected = iterationTime(d, load).seconds;
            const actual = cost(decode, ctx, prefill, cached, seqs);
            expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 + 1e-9 * expected);
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
