import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LLAMA_2_70B, LLAMA_3_1_405B, LLAMA_3_1_70B, LLAMA_3_1_8B } from './model-architectures.ts';
import {
  decodeStepSeconds,
  iterationTime,
  kvBytesPerToken,
  kvCapacityTokens,
  makeDeployment,
  prefillSeconds,
  rooflineDecodeSeconds,
  steadyStateThroughput,
  weightsBytes,
} from './roofline.ts';
import { B200 } from './accelerators.ts';
import { withServingOptions } from './deployment.ts';
import { vidurBandwidthEfficiency } from './calibration.ts';

describe('sizes (reference: queueing-and-gpu.md §3 formulas)', () => {
  it('weights in BF16 match the published sizes', () => {
    expect(weightsBytes(makeDeployment(LLAMA_3_1_8B, 1, 'bf16')) / 1e9).toBeCloseTo(16.1, 1);
    // 70.55 B parameters computed from the shape; the reference's 141.2 GB uses the rounded 70.6 B.
    expect(Math.abs(weightsBytes(makeDeployment(LLAMA_3_1_70B, 8, 'bf16')) / 1e9 / 141.2 - 1)).toBeLessThan(0.001);
    expect(weightsBytes(makeDeployment(LLAMA_2_70B, 8, 'bf16')) / 1e9).toBeCloseTo(138, 0);
  });

  it('KV cache per token is 2 × layers × kv heads × head dim × bytes', () => {
    expect(kvBytesPerToken(makeDeployment(LLAMA_3_1_8B, 1, 'bf16'))).toBe(131_072);
    expect(kvBytesPerToken(makeDeployment(LLAMA_3_1_70B, 8, 'bf16'))).toBe(327_680);
    expect(kvBytesPerToken(makeDeployment(LLAMA_3_1_405B, 8, 'bf16'))).toBe(516_096);
  });

  it('KV capacity matches the worked examples (8B on 1×H100 ≈ 427 k tokens; 70B BF16 on 8×H100 ≈ 1.33 M)', () => {
    // The reference's formula has no runtime reserve: 0.9 × HBM − weights.
    const noReserve = { reservedBytesPerDevice: 0 };
    expect(kvCapacityTokens(makeDeployment(LLAMA_3_1_8B, 1, 'bf16', noReserve))).toBeGreaterThan(420_000);
    expect(kvCapacityTokens(makeDeployment(LLAMA_3_1_8B, 1, 'bf16', noReserve))).toBeLessThan(434_000);
    expect(kvCapacityTokens(makeDeployment(LLAMA_3_1_70B, 8, 'bf16', noReserve)) / 1e6).toBeCloseTo(1.33, 1);
  });

  it('the calibrated runtime reserve takes its share of memory from the KV cache', () => {
    const d = makeDeployment(LLAMA_3_1_70B, 8, 'fp8');
    expect(d.reservedBytesPerDevice).toBeGreaterThan(0);
    expect(kvCapacityTokens(d)).toBeLessThan(kvCapacityTokens({ ...d, reservedBytesPerDevice: 0 }));
  });

  it('a model that does not fit has no KV capacity', () => {
    expect(kvCapacityTokens(makeDeployment(LLAMA_3_1_405B, 8, 'bf16'))).toBe(0);
  });
});

describe('latency', () => {
  it('single-sequence decode is within 10 % of the bandwidth roofline', () => {
    for (const [model, tp] of [
      [LLAMA_3_1_8B, 1],
      [LLAMA_3_1_70B, 8],
      [LLAMA_3_1_405B, 8],
    ] as const) {
      // The per-iteration CPU time is a separate, visible knob; the roofline covers the GPU side.
      const d = makeDeployment(model, tp, model === LLAMA_3_1_8B ? 'bf16' : 'fp8', { cpuOverheadSeconds: 0 });
      const ratio = decodeStepSeconds(d, 1, 1000) / rooflineDecodeSeconds(d, 1000);
      expect(ratio).toBeGreaterThanOrEqual(1 - 1e-12);
      expect(ratio).toBeLessThan(1.1);
    }
  });

  it('prefill of 2,048 tokens on 8B TP1 lands near the 69 ms computed at 50 % MFU', () => {
    const t = prefillSeconds(makeDeployment(LLAMA_3_1_8B, 1, 'bf16'), 2048);
    expect(t).toBeGreaterThan(0.05);
    expect(t).toBeLessThan(0.08);
  });

  it('iteration time never decreases when work is added', () => {
    const d = makeDeployment(LLAMA_3_1_70B, 8, 'fp8');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 512 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 4096 }),
        fc.integer({ min: 1, max: 64 }),
        (seqs, ctx, prefill, extra) => {
          const base = { decodeSequences: seqs, decodeContextTokens: seqs * ctx, prefillTokens: prefill };
          const t0 = iterationTime(d, base).seconds;
          expect(iterationTime(d, { ...base, decodeSequences: seqs + extra, decodeContextTokens: (seqs + extra) * ctx }).seconds).toBeGreaterThanOrEqual(t0);
          expect(iterationTime(d, { ...base, prefillTokens: prefill + extra }).seconds).toBeGreaterThanOrEqual(t0);
        },
      ),
    );
  });
});

describe('throughput (the full scorecard is src/domain/validation)', () => {
  it('Llama 3.1 8B FP8 on 1×H100 at 1000/1000 is within ±25 % of TensorRT-LLM (15,220 tok/s)', () => {
    const s = steadyStateThroughput(makeDeployment(LLAMA_3_1_8B, 1, 'fp8'), { inputTokens: 1000, outputTokens: 1000, maxBatch: 1024 });
    expect(s.outputTokensPerSecond).toBeGreaterThan(15_220 * 0.75);
    expect(s.outputTokensPerSecond).toBeLessThan(15_220 * 1.25);
    expect(s.limitedBy).toBe('KV cache');
  });

  it('throughput = batch / time per output token', () => {
    const s = steadyStateThroughput(makeDeployment(LLAMA_3_1_70B, 8, 'fp8'), { inputTokens: 1000, outputTokens: 300, maxBatch: 256 });
    expect(s.outputTokensPerSecond).toBeCloseTo(s.batch * s.perSequenceTokensPerSecond, 6);
  });
});

describe('pipeline parallel (MLPerf v5.1 Llama 3.1 405B Offline: tensor 2 × pipeline 2)', () => {
  const tp4 = makeDeployment(LLAMA_3_1_405B, 4, 'fp4', { gpu: B200 });
  const pp2 = withServingOptions(tp4, { pipelineParallel: 2 });
  const load = { decodeSequences: 99, decodeContextTokens: 99 * 9_700, prefillTokens: 1_437, prefillSequences: 0.15 };

  it('each stage is tensor parallel over 2 devices: the bandwidth efficiency of that shard', () => {
    expect(pp2.pipelineParallel).toBe(2);
    expect(pp2.bandwidthEfficiency).toBe(vidurBandwidthEfficiency(2));
    expect(weightsBytes(pp2)).toBe(weightsBytes(tp4));
  });

  it('every stage reads its weights once per micro-batch: twice the bytes of one tensor-parallel read', () => {
    const same = { ...tp4, bandwidthEfficiency: pp2.bandwidthEfficiency };
    expect(iterationTime(pp2, load).weightReadSeconds / iterationTime(same, load).weightReadSeconds).toBeCloseTo(2, 9);
  });

  it('FLOPs are the same; only the GEMM half-saturation is paid per micro-batch', () => {
    const flat = { ...tp4, gemmHalfTokens: 0 };
    expect(iterationTime({ ...pp2, gemmHalfTokens: 0 }, load).linearComputeSeconds).toBeCloseTo(iterationTime(flat, load).linearComputeSeconds, 12);
    expect(iterationTime(pp2, load).attentionSeconds).toBeCloseTo(iterationTime({ ...tp4, bandwidthEfficiency: pp2.bandwidthEfficiency }, load).attentionSeconds, 12);
  });

  it('the stages’ all-reduces run side by side (half the bytes per iteration); one device per stage has none', () => {
    const c4 = iterationTime(tp4, load).communicationSeconds;
    const c22 = iterationTime(pp2, load).communicationSeconds;
    expect(c22).toBeLessThan(c4);
    const pp2on2 = withServingOptions(makeDeployment(LLAMA_3_1_405B, 2, 'fp4', { gpu: B200 }), { pipelineParallel: 2 });
    expect(iterationTime(pp2on2, load).communicationSeconds).toBe(0);
  });
});
