import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { B200, H100_SXM } from './accelerators.ts';
import { efficiencyFor, FITTED, FITTED_MLPERF, gemmDensity, mlperfDensityFactor } from './calibration.ts';
import { fp4ShareForBits, linearPeakFlops, makeDeployment, weightBytesPerParameter, weightsBytes } from './deployment.ts';
import { LLAMA_2_70B, LLAMA_3_1_405B, LLAMA_3_1_8B, MIXTRAL_8X7B } from './model-architectures.ts';
import { steadyStateAtBatch, steadyStateThroughput, tokenBudgetBatch } from './roofline.ts';
import { throughputAtTpot } from './slo-throughput.ts';

const w = { inputTokens: 222, outputTokens: 272 };

describe('token budget per iteration (max_num_tokens)', () => {
  it('allows budget ÷ (1 + input/output) decoding sequences, and none is a cap of Infinity', () => {
    // MLPerf v5.1 Llama 2 70B on B200: 3,584 tokens per iteration at 222 in / 272 out → 1,971 sequences.
    expect(tokenBudgetBatch({ ...w, maxTokensPerIteration: 3584 })).toBe(Math.floor(3584 / (1 + 222 / 272)));
    expect(tokenBudgetBatch(w)).toBe(Infinity);
  });

  it('caps the saturated batch and says so', () => {
    const d = makeDeployment(LLAMA_2_70B, 1, 'fp4', { gpu: B200 });
    const free = steadyStateThroughput(d, { ...w, maxBatch: 2048 });
    const capped = steadyStateThroughput(d, { ...w, maxBatch: 2048, maxTokensPerIteration: 768 });
    expect(capped.batch).toBe(tokenBudgetBatch({ ...w, maxTokensPerIteration: 768 }));
    expect(capped.limitedBy).toBe('token budget');
    expect(capped.batch).toBeLessThan(free.batch);
  });
});

describe('throughput at a mean time per output token', () => {
  const d = makeDeployment(LLAMA_2_70B, 1, 'fp4', { gpu: B200 });
  it('finds the mean batch whose iteration takes the objective, so throughput = batch ÷ TPOT', () => {
    const r = throughputAtTpot(d, { ...w, maxBatch: 4096 }, 0.05);
    expect(r.limitedBy).toBe('TPOT');
    expect(steadyStateAtBatch(d, w, r.batch) / 0.05).toBeCloseTo(1, 6);
    expect(r.outputTokensPerSecond).toBeCloseTo(r.batch / 0.05, 3);
  });

  it('grows with the objective and never exceeds the saturated throughput at the same caps', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.005, max: 0.3, noNaN: true }), fc.double({ min: 1.01, max: 3, noNaN: true }), (tpot, k) => {
        const a = throughputAtTpot(d, { ...w, maxBatch: 2048 }, tpot);
        const b = throughputAtTpot(d, { ...w, maxBatch: 2048 }, tpot * k);
        const sat = steadyStateThroughput(d, { ...w, maxBatch: 2048 });
        return b.outputTokensPerSecond >= a.outputTokensPerSecond - 1e-9 && b.outputTokensPerSecond <= sat.outputTokensPerSecond * (1 + 1e-9);
      }),
    );
  });
});

describe('mixed FP4/FP8 checkpoints (ModelOpt effective_bits)', () => {
  it('7.25 bits per weight is 18.75 % FP4 and 81.25 % FP8; 4 bits is all FP4, 8 none', () => {
    expect(fp4ShareForBits(7.25)).toBeCloseTo(0.1875, 12);
    expect(fp4ShareForBits(4)).toBe(1);
    expect(fp4ShareForBits(8)).toBe(0);
  });

  it('a mixed checkpoint holds more bytes and multiplies slower than pure FP4, but faster than pure FP8', () => {
    const fp4 = makeDeployment(MIXTRAL_8X7B, 1, 'fp4', { gpu: B200 });
    const mixed = { ...fp4, fp4Share: fp4ShareForBits(7.25) };
    const fp8 = makeDeployment(MIXTRAL_8X7B, 1, 'fp8', { gpu: B200 });
    expect(weightBytesPerParameter(mixed)).toBeCloseTo(0.90625, 12);
    expect(weightsBytes(mixed)).toBeGreaterThan(weightsBytes(fp4));
    expect(weightsBytes(mixed)).toBeLessThan(weightsBytes(fp8));
    expect(linearPeakFlops(mixed)).toBeLessThan(linearPeakFlops(fp4));
    expect(linearPeakFlops(mixed)).toBeGreaterThan(linearPeakFlops(fp8));
    // Time per FLOP adds up: 1 / (0.1875 / 9,000 + 0.8125 / 4,500) TFLOP/s.
    expect(linearPeakFlops(mixed) / 1e12).toBeCloseTo(1 / (0.1875 / 9000 + 0.8125 / 4500), 6);
  });
});

describe('the MLPerf-harness regime', () => {
  it('applies only to the mlperf-trt stack: the app’s trtllm-bench deployments keep the trtllm-bench factors', () => {
    const app = efficiencyFor(B200, 1, 'fp4', LLAMA_2_70B);
    expect(app.compute).toBe(FITTED.blackwellFp4Gemm);
    expect(app.gemmHalfTokens).toBe(0);
    expect(app.cpuOverheadSeconds).toBe(FITTED.cpuOverheadSeconds);
    // Llama 2 70B has hidden 8,192, the width the harness's GEMM factors are stated at, and 80 layers.
    const mlperf = efficiencyFor(B200, 1, 'fp4', LLAMA_2_70B, FITTED, 'mlperf-trt');
    expect(mlperf.compute).toBeCloseTo(FITTED_MLPERF.blackwellFp4Gemm, 12);
    expect(mlperf.gemmHalfTokens).toBe(0);
    expect(mlperf.cpuOverheadSeconds).toBeCloseTo(80 * FITTED_MLPERF.layerSeconds, 12);
    expect(efficiencyFor(H100_SXM, 2, 'fp8', LLAMA_2_70B, FITTED, 'mlperf-trt').compute).toBeCloseTo(FITTED_MLPERF.hopperGemm, 12);
    // Routed experts follow the dense GEMM rule there (no separate expert factor).
    expect(efficiencyFor(B200, 1, 'fp4', MIXTRAL_8X7B, FITTED, 'mlperf-trt').moe).toBe(1);
  });

  it('the harness’s fixed time grows with the layers, its GEMM efficiency with the GEMM weights per layer and hidden unit', () => {
    const at = (m: typeof LLAMA_2_70B) => efficiencyFor(B200, 1, 'fp4', m, FITTED, 'mlperf-trt');
    // Llama 3.1 8B: 32 layers, hidden 4,096; 405B: 126 layers, hidden 16,384.
    expect(at(LLAMA_3_1_8B).cpuOverheadSeconds).toBeLessThan(at(LLAMA_2_70B).cpuOverheadSeconds);
    expect(at(LLAMA_3_1_405B).cpuOverheadSeconds).toBeGreaterThan(at(LLAMA_2_70B).cpuOverheadSeconds);
    expect(at(LLAMA_3_1_405B).cpuOverheadSeconds - at(LLAMA_3_1_8B).cpuOverheadSeconds).toBeCloseTo(94 * FITTED_MLPERF.layerSeconds, 12);
    expect(at(LLAMA_3_1_8B).compute).toBeLessThan(at(LLAMA_2_70B).compute);
    expect(at(LLAMA_3_1_405B).compute).toBeGreaterThan(at(LLAMA_2_70B).compute);
    // r = active parameters without the input embedding ÷ (layers × hidden): 8B ≈ 57,000, 70B ≈ 105,000, 405B ≈ 196,000;
    // Mixtral counts the two experts a token uses (≈ 97,000), so it sits beside Llama 2 70B, not beside the 8B.
    expect(gemmDensity(LLAMA_3_1_8B)).toBeCloseTo(57_256, -2);
    expect(gemmDensity(LLAMA_2_70B)).toBeCloseTo(104_848, -2);
    expect(gemmDensity(LLAMA_3_1_405B)).toBeCloseTo(195_578, -2);
    expect(gemmDensity(MIXTRAL_8X7B)).toBeCloseTo(97_264, -2);
    expect(mlperfDensityFactor(LLAMA_2_70B)).toBeCloseTo(1, 12);
    const h = FITTED_MLPERF.gemmDensityHalf;
    const r8 = gemmDensity(LLAMA_3_1_8B);
    const r70 = gemmDensity(LLAMA_2_70B);
    expect(mlperfDensityFactor(LLAMA_3_1_8B)).toBeCloseTo((r8 / (r8 + h)) / (r70 / (r70 + h)), 12);
    expect(mlperfDensityFactor(MIXTRAL_8X7B)).toBeGreaterThan(mlperfDensityFactor(LLAMA_3_1_8B));
  });

  it('GEMM half-saturation only ever adds time, and once compute-bound adds relatively less at larger batches', () => {
    const base = makeDeployment(LLAMA_2_70B, 1, 'fp4', { gpu: B200 });
    const half = { ...base, gemmHalfTokens: 200 };
    const ratio = (b: number) => steadyStateAtBatch(half, w, b) / steadyStateAtBatch(base, w, b);
    for (const b of [1, 16, 128, 1024, 2048]) expect(ratio(b)).toBeGreaterThan(1);
    expect(ratio(2048)).toBeLessThan(ratio(1024));
    expect(ratio(1024)).toBeLessThan(ratio(256));
  });
});
