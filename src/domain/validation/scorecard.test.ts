import { describe, expect, it } from 'vitest';
import { LATENCY_BAND, replicasOf, scorecard, scorePoint, THROUGHPUT_BAND, validationDeployment } from './scorecard.ts';
import { VALIDATION_POINTS } from './validation-points.ts';
import { architectureById } from '../gpu/model-architectures.ts';
import { acceleratorById } from '../gpu/accelerators.ts';
import { steadyStateThroughput } from '../gpu/roofline.ts';
import { STACK_KV_ADMISSION } from '../gpu/serving-stack.ts';
import { mlperfDataset } from './mlperf-datasets.ts';

const card = scorecard();
const trt = card.rows.filter((r) => r.point.stack === 'trtllm-bench');
const mlperf = card.rows.filter((r) => r.point.stack === 'mlperf-trt');

describe('validation points', () => {
  it('has at least 20 scored points with full configuration, covering H100, H200, B200, dense and MoE', () => {
    const scored = card.rows.filter((r) => r.scored);
    expect(scored.length).toBeGreaterThanOrEqual(20);
    const parts = new Set(scored.map((r) => r.point.accelerator));
    for (const a of ['h100-sxm', 'h200', 'b200']) expect(parts.has(a as never)).toBe(true);
    expect(scored.some((r) => architectureById(r.point.architectureId)!.moe !== null)).toBe(true);
    expect(scored.some((r) => architectureById(r.point.architectureId)!.moe === null)).toBe(true);
  });

  it('every point names a known model and accelerator, a source, a configuration source and a date; ids are unique', () => {
    expect(new Set(VALIDATION_POINTS.map((p) => p.id)).size).toBe(VALIDATION_POINTS.length);
    for (const p of VALIDATION_POINTS) {
      expect(architectureById(p.architectureId)).toBeDefined();
      expect(acceleratorById(p.accelerator)).toBeDefined();
      expect(p.source.length).toBeGreaterThan(20);
      expect(p.configSource.length).toBeGreaterThan(20);
      expect(p.date.length).toBeGreaterThan(3);
      expect(p.outputTokensPerSecond).toBeGreaterThan(0);
    }
  });

  it('MLPerf rows of v4.1, v5.0 and v5.1 take the dataset’s sourced mean prompt and the run’s own output per sample', () => {
    for (const suite of ['MLPerf Inference v4.1', 'MLPerf Inference v5.0', 'MLPerf Inference v5.1']) expect(mlperf.some((r) => r.point.suite === suite)).toBe(true);
    for (const { point: p } of mlperf) {
      expect(p.inputTokens).toBe(mlperfDataset(p.dataset!).meanInputTokens);
      expect(p.outputTokens).toBeCloseTo(p.outputTokensPerSecond / p.samplesPerSecond!, 0);
      expect(p.maxBatch).toBeGreaterThan(0);
    }
    // The v4.1 Llama 2 70B run: 24,524.9 tok/s ÷ 84.48 samples/s = 290.3 tokens generated per sample.
    expect(mlperf.find((r) => r.point.id === 'o1-offline')!.point.outputTokens).toBe(290.3);
  });
});

describe('TensorRT-LLM points: throughput within ±15 % of the published figure (issue 11; in-sample — the factors are fitted on these points)', () => {
  it.each(trt.filter((r) => r.scored).map((r) => [r.point.id, r] as const))('%s', (_id, r) => {
    expect(r.modelled).toBeGreaterThan(0);
    expect(Math.abs(r.error!)).toBeLessThanOrEqual(THROUGHPUT_BAND);
  });
});

describe('MLPerf points (never fitted): the scorecard reports their error as computed, band stated', () => {
  it('the Hopper MLPerf v4.1 Offline row is within ±15 % of the published 24,525 tok/s (out-of-sample)', () => {
    const r = scorePoint(VALIDATION_POINTS.find((p) => p.id === 'o1-offline')!);
    expect(Math.abs(r.error!)).toBeLessThanOrEqual(THROUGHPUT_BAND);
  });

  it.each(mlperf.map((r) => [r.point.id, r] as const))('%s: error = modelled ÷ published − 1, recomputed independently; withinBand says |error| ≤ 15 %', (_id, r) => {
    expect(r.scored).toBe(true);
    const p = r.point;
    const d = validationDeployment(p)!;
    if (r.method === 'saturated') {
      const s = steadyStateThroughput(d, { inputTokens: p.inputTokens!, outputTokens: p.outputTokens!, maxBatch: p.maxBatch!, kvAdmission: STACK_KV_ADMISSION[p.stack] });
      expect(r.modelled).toBeCloseTo(s.outputTokensPerSecond * replicasOf(p), 6);
    } else {
      expect(p.tpotSeconds).toBeDefined();
    }
    expect(r.error).toBeCloseTo(r.modelled! / p.outputTokensPerSecond - 1, 12);
    expect(r.withinBand).toBe(Math.abs(r.error!) <= THROUGHPUT_BAND);
  });
});

describe('the summary', () => {
  it('median and worst are what the rows say', () => {
    const abs = card.rows.filter((r) => r.scored).map((r) => Math.abs(r.error!));
    expect(card.worstAbsError).toBe(Math.max(...abs));
    expect(card.withinBandCount).toBe(abs.filter((e) => e <= THROUGHPUT_BAND).length);
    expect(card.medianAbsError).toBeLessThan(card.worstAbsError);
  });

  it('states the latency band for points that publish latency', () => {
    expect(LATENCY_BAND).toBe(0.25);
    expect(mlperf.filter((r) => r.point.tpotSeconds !== undefined).length).toBeGreaterThan(5);
  });

  it('the checks can fail: a model 1.2× too optimistic leaves the band on some H100 point', () => {
    const errors = trt.filter((r) => r.scored && r.point.accelerator === 'h100-sxm').map((r) => r.error!);
    expect(Math.max(...errors.map((e) => (1 + e) * 1.2 - 1))).toBeGreaterThan(THROUGHPUT_BAND);
  });
});
