import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cappedLognormalMean, generatedLengths } from './generated-lengths.ts';
import { makeSampler, sampleTokens } from '../sim/distributions.ts';
import { Prng } from '../sim/prng.ts';
import { engineScenario } from './engine-latency.ts';
import { VALIDATION_POINTS } from './validation-points.ts';
import { mlperfDataset } from './mlperf-datasets.ts';

const point = (id: string) => VALIDATION_POINTS.find((p) => p.id === id)!;

describe('generated lengths: the run’s mean, cut at the benchmark’s max_output_len', () => {
  it('the capped mean of the drawn lognormal is the run’s mean (any mean below the cap, any spread)', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 5000, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true }), fc.double({ min: 1.02, max: 50, noNaN: true }), (mean, cv, ratio) => {
        const cap = mean * ratio;
        const { outputTokens, maxTokens } = generatedLengths(mean, cv, cap);
        expect(maxTokens).toBe(cap);
        if (outputTokens.kind !== 'lognormal') throw new Error('expected a lognormal');
        expect(outputTokens.cv).toBe(cv);
        expect(outputTokens.mean).toBeGreaterThanOrEqual(mean);
        expect(cappedLognormalMean(outputTokens.mean, cv, cap) / mean - 1).toBeCloseTo(0, 6);
      }),
    );
  });

  it('the closed form agrees with drawing and cutting (v5.1 Llama 2 70B Server: 274.3 tokens, cap 1,024)', () => {
    const p = point('v51-l2-server');
    const { outputTokens, maxTokens } = generatedLengths(p.outputTokens!, mlperfDataset('llama2-70b').referenceOutputCv, 1024);
    const draw = makeSampler(outputTokens);
    const rng = new Prng(7);
    let sum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) sum += Math.min(maxTokens, sampleTokens(draw, rng, 1e9));
    expect(sum / n / p.outputTokens! - 1).toBeCloseTo(0, 2);
  });

  it('Llama 3.1 8B: every answer at the cap (128.99 counted per sample, max_output_len 128), so the length is fixed', () => {
    const s = engineScenario(point('v51-8b-server'))!;
    expect(s.workload.outputTokens).toEqual({ kind: 'fixed', value: 129 });
    expect(s.workload.maxTokens).toBe(129);
  });

  it('the engine cuts every row at its benchmark’s max_output_len', () => {
    expect(engineScenario(point('v51-l2-server'))!.workload.maxTokens).toBe(1024);
    expect(engineScenario(point('m5'))!.workload.maxTokens).toBe(1024);
    expect(engineScenario(point('v51-405-server'))!.workload.maxTokens).toBe(2000);
    expect(engineScenario(point('v51-r1-server'))!.workload.maxTokens).toBe(20_000);
  });
});
