import { describe, expect, it } from 'vitest';
import { rooflineDecodeSeconds } from '../gpu/roofline.ts';
import { THROUGHPUT_BAND } from '../validation/scorecard.ts';
import { runFleet } from './test-helpers.ts';

/** Published anchors: MLPerf Inference v4.1 closed, DGX-H100 (8×H100 SXM), TensorRT-LLM, Llama 2 70B. */
const MLPERF_OFFLINE_TOKENS_PER_SECOND = 24_524.9;
const MLPERF_V41_OFFLINE_BATCH = 896;
const MLPERF_OUTPUT_TOKENS = 290;

describe('LLM serving model against the roofline and MLPerf', () => {
  for (const model of ['llama-3.1-8b', 'llama-3.1-70b', 'llama-3.1-405b'] as const) {
    it(`${model}: a single sequence decodes within 10 % of the bandwidth roofline`, () => {
      // CPU time per iteration is a separate, visible knob; the roofline covers the GPU side.
      const sim = runFleet({
        durationSeconds: 200,
        workload: { traceCsv: '0,1000,201' },
        fleet: { model, cpuOverheadSeconds: 0, initialReplicas: 1 },
        autoscaler: { enabled: false, minReplicas: 1 },
      });
      const tpot = sim.summary().tpot.mean;
      const roofline = rooflineDecodeSeconds(sim.deployment, 1000 + 100);
      expect(tpot / roofline).toBeGreaterThan(0.9);
      expect(tpot / roofline).toBeLessThan(1.1);
    });
  }

  it('Llama 2 70B on 8×H100 (MLPerf v4.1 Offline, published configuration): the simulator is within ±15 % of the PUBLISHED 24,525 tok/s', () => {
    // Ground truth: MLPerf Inference v4.1 closed, NVIDIA DGX-H100, Llama 2 70B Offline = 24,524.9 output
    // tok/s at 84.48 samples/s (src/domain/validation/mlperf-points.ts 'o1-offline', with its sources).
    // Published configuration: TP2 × 4 replicas, gpu_batch_size 896, FP8, paged KV (max_util).
    // Request lengths: the dataset's sourced mean prompt (222.33 tokens, mlperf-datasets.ts) and the run's
    // own generated tokens per sample (24,524.9 ÷ 84.48 = 290.3), as means (the spread is not modelled here).
    // Tolerance ±15 %: issue 11's throughput band for every published point, the same the scorecard states
    // (THROUGHPUT_BAND). The GPU model's factors are fitted on TensorRT-LLM points only, never on MLPerf,
    // so this is an out-of-sample check of the engine on the shared roofline.
    const n = 24_576; // MLPerf's performance sample count for llama2-70b: every sample at t = 0, as Offline issues them.
    const csv = Array.from({ length: n }, (_, i) => `0,${i % 3 === 0 ? 223 : 222},${i % 10 < 3 ? 291 : 290}`).join('\n');
    const sim = runFleet({
      durationSeconds: 2000,
      resolutionSeconds: 1,
      // Offline: every request waits its turn, so the service's overload bounds and client timeouts are off.
      workload: { traceCsv: csv, clientTimeoutSeconds: null },
      gateway: { overload: { maxQueuePerReplica: 1_000_000, maxWaitSeconds: 1e6 } },
      fleet: { model: 'llama-2-70b', accelerator: 'h100-sxm', tensorParallel: 2, precision: 'fp8', kvPolicy: 'paged', maxBatch: MLPERF_V41_OFFLINE_BATCH, initialReplicas: 4 },
      autoscaler: { enabled: false, minReplicas: 4 },
    });
    const snap = sim.snapshot();
    expect(snap.summary.completed).toBe(n);
    const completed = snap.series.channels.completed!;
    let last = 0;
    completed.forEach((c, i) => {
      if (c > 0) last = i;
    });
    const makespan = (last + 1) * snap.series.resolution;
    const throughput = snap.summary.outputTokens / makespan;
    expect(throughput / MLPERF_OFFLINE_TOKENS_PER_SECOND).toBeGreaterThan(1 - THROUGHPUT_BAND);
    expect(throughput / MLPERF_OFFLINE_TOKENS_PER_SECOND).toBeLessThan(1 + THROUGHPUT_BAND);
  });

  it('throughput = sequences in flight / time per output token (the relation the MLPerf server run satisfies)', () => {
    const sim = runFleet({
      durationSeconds: 1800,
      workload: { arrivalRate: 30, inputTokens: { kind: 'fixed', value: 600 }, outputTokens: { kind: 'fixed', value: MLPERF_OUTPUT_TOKENS } },
      fleet: { model: 'llama-2-70b' },
      autoscaler: { enabled: false },
    });
    const s = sim.summary();
    const predicted = s.meanDecoding / s.tpot.mean;
    expect(Math.abs(s.outputTokensPerSecond - predicted) / predicted).toBeLessThan(0.03);
  });

  it('past saturation, time to first token explodes while per-sequence speed falls (the OCI concurrency shape)', () => {
    const at = (rate: number) =>
      runFleet({ durationSeconds: 900, workload: { arrivalRate: rate }, fleet: { initialReplicas: 1 }, autoscaler: { enabled: false, minReplicas: 1 } }).summary();
    const light = at(2);
    const heavy = at(40);
    expect(heavy.tpot.mean).toBeGreaterThan(light.tpot.mean);
    expect(heavy.ttft.p50).toBeGreaterThan(10 * light.ttft.p50);
  });
});
