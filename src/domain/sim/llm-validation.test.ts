import { describe, expect, it } from 'vitest';
import { rooflineDecodeSeconds, steadyStateThroughput } from '../gpu/roofline.ts';
import { runFleet } from './test-helpers.ts';

/** Published anchors: MLPerf Inference v4.1 closed, DGX-H100 (8×H100 SXM), TensorRT-LLM, Llama 2 70B. */
const MLPERF_OFFLINE_TOKENS_PER_SECOND = 24_524.9;
const MLPERF_OUTPUT_TOKENS = 290;
const MLPERF_SERVER_IN_FLIGHT = 3346;

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

  it('Llama 2 70B on 8×H100, saturated (offline), reaches the shared roofline\'s steady state within ±5 % (MLPerf v4.1 set-up)', () => {
    // MLPerf's input length per sample is not in the reference, so MLPerf is listed on /validation but not
    // scored; the roofline is calibrated to TensorRT-LLM's perf overview (src/domain/validation). At the
    // assumed 300 input tokens it gives ≈ 0.71 × MLPerf v4.1 Offline (24,525 tok/s): MLPerf's tuned harness
    // is faster than trtllm-bench. Here the engine must reproduce the roofline it runs on.
    // All requests at t = 0, as in the Offline scenario; MLPerf's ~290 output tokens per request;
    // the batch cap is the ~3,346 sequences in flight in the MLPerf Server run (Little's law).
    const n = 24_576;
    const csv = Array.from({ length: n }, () => `0,300,${MLPERF_OUTPUT_TOKENS}`).join('\n');
    const sim = runFleet({
      durationSeconds: 2000,
      resolutionSeconds: 1,
      // Offline: every request waits its turn, so the service's overload bounds and client timeouts are off.
      workload: { traceCsv: csv, clientTimeoutSeconds: null },
      gateway: { overload: { maxQueuePerReplica: 1_000_000, maxWaitSeconds: 1e6 } },
      fleet: { model: 'llama-2-70b', precision: 'fp8', maxBatch: MLPERF_SERVER_IN_FLIGHT, maxBatchedTokens: 8192, initialReplicas: 1 },
      autoscaler: { enabled: false, minReplicas: 1 },
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
    const roofline = steadyStateThroughput(sim.deployment, { inputTokens: 300, outputTokens: MLPERF_OUTPUT_TOKENS, maxBatch: MLPERF_SERVER_IN_FLIGHT }).outputTokensPerSecond;
    expect(throughput / roofline).toBeGreaterThan(0.95);
    expect(throughput / roofline).toBeLessThan(1.05);
    expect(throughput / MLPERF_OFFLINE_TOKENS_PER_SECOND).toBeGreaterThan(0.5);
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
