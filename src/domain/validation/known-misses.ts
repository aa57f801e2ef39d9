import { ENGINE_LATENCY_RESULTS } from './engine-latency-results.ts';
import { VALIDATION_POINTS } from './validation-points.ts';
import { enUs } from '../format/en-us-number.ts';

/**
 * MLPerf rows whose throughput the model cannot bring within ±15 % of the published figure, each with the
 * reason as far as it is known. The page shows the reason beside the row; scorecard.test.ts checks every row
 * NOT listed here is within the band, and that every row listed here still misses (so a fix removes it).
 * Method and figures: docs/validation.md "Known misses".
 */
export const KNOWN_THROUGHPUT_MISSES: Readonly<Record<string, string>> = {
  m6:
    'v5.0 run whose own configuration was not found (v5.1’s is assumed): NVIDIA’s v5.0 configs are not in the stores reachable here (mlcommons/inference_results_v5.0 and its ntuhpc mirror are too large to fetch; their indexed files give only user.conf, target_qps 1.3, and FP4 weights). The same 8× B200 system served 845.8 tok/s at a mean TPOT of 87 ms in v5.0 and 1,240.4 tok/s at 101 ms in v5.1. The v5.0 run’s own log (mean latency 58.6 s at 1.29 samples/s) puts ~76 sequences in flight, 38 per 4-GPU replica, at 87 ms per token; the v5.1-fitted model takes 87 ms only at 49 per replica (and tensor parallel 8 gave +25 % with the earlier harness factors, still outside): the older software was slower per iteration. The model reproduces v5.1 (−0.2 %).',
  m8: 'v5.0 GB200 NVL72 run whose own configuration was not found (v5.1’s is assumed: tensor parallel 4, 18 replicas). What its results summary gives (GB200-NVL72_GB200-186GB_aarch64x72_TRT_Triton in ntuhpc/mlperf_inference_results_v5.0, commit cf354115): 72 GPUs as 18 nodes of 4 (accelerators_per_node 4; consistent with 4-GPU replicas, not proof of them), NVLink 5 with NVLink switches across the rack, and older, different software — NVIDIA’s Triton harness (Triton 25.01, TensorRT 10.8; user.conf target_qps 12.42), where v5.1 runs the TensorRT-LLM executor harness on TensorRT 10.11. FP4 weights are modelled. Like the v5.0 8× B200 row, it ran fewer tokens per second at its TPOT than the v5.1-fitted model gives; fitting a factor to this one row would hide that, not model it.',
};

const pct = (x: number) => `${x >= 0 ? '+' : '−'}${(Math.abs(x) * 100).toFixed(1)} %`;
const ms = (s: number) => `${enUs(Math.round(s * 1000))} ms`;

/** The stored runs of a row at the published load and at the published operating point, with the published means. */
function runs(id: string) {
  const r = ENGINE_LATENCY_RESULTS.find((x) => x.pointId === id)!;
  const p = VALIDATION_POINTS.find((x) => x.id === id)!;
  return { r, o: r.atOperatingPoint, ttft: p.ttftSeconds!, tpot: p.tpotSeconds! };
}

/**
 * Why a latency mean misses, as measured in the engine (docs/validation.md "Latency at the published load"):
 * - `capacity`: at the published operating point (the load × the throughput row's modelled ÷ published figure)
 *   the engine's mean is within ±25 %, or 1 % less and 1 % more load around that point put it below and above
 *   the published mean: its first-token scheduling holds, and the miss at the published load is the throughput
 *   model's error at the run's TPOT, amplified because these runs sit near capacity.
 * - `first-token wait`: even at the operating point, where the engine's TPOT is the run's, the run's first token
 *   takes at least two iterations more than the engine's: a wait the engine does not have.
 */
export type LatencyMissCause = 'capacity' | 'first-token wait';

function atOperatingPoint(id: string, what: 'TTFT' | 'TPOT'): string {
  const { o, ttft, tpot } = runs(id);
  const v = what === 'TTFT' ? o.ttftSeconds : o.tpotSeconds;
  const pub = what === 'TTFT' ? ttft : tpot;
  const fmt = what === 'TTFT' ? ms : (s: number) => `${(s * 1000).toFixed(1)} ms`;
  return `At the published operating point (the load × ${o.loadScale.toFixed(3)}, this row’s modelled ÷ published throughput at the run’s TPOT) the engine gives ${what} ${fmt(v)} against the published ${fmt(pub)} (${pct(v / pub - 1)}), TPOT ${(o.tpotSeconds * 1000).toFixed(1)} ms: the miss is the throughput model’s capacity error, which near capacity moves the batch and with it both latencies.`;
}

function firstTokenIterations(id: string): string {
  const { o, ttft, tpot } = runs(id);
  return `At the published operating point (load × ${o.loadScale.toFixed(3)}) the engine’s first token still comes at ${ms(o.ttftSeconds)} (${pct(o.ttftSeconds / ttft - 1)}): ${(o.ttftSeconds / o.tpotSeconds).toFixed(1)} iterations (TTFT ÷ TPOT) against the run’s ${(ttft / tpot).toFixed(1)}.`;
}

const SATURATED =
  'At the published load the engine’s capacity is below the offered load and its queue grows for the whole run: it serves 87,100–87,400 tok/s of the 98,400–99,100 offered, its batch held at ~1,680 sequences per GPU by the KV cache (90 % full, no preemption) at 150–154 ms per token, where the runs held ~1,530 (v5.1) and ~1,850 (v5.0) at 123 and 150 ms. The engine’s sequences hold their prompt plus a length-biased share of their answer (long answers stay longer: ~429 tokens each against the roofline’s steady-state 359), so its KV fills before the roofline’s token-budget batch of 1,971–1,976; but even the roofline’s own maximum for this replica (its Offline figure, 92,640 tok/s v5.0 and 92,837 v5.1) is about 6 % below the offered load: the throughput model’s capacity error (the throughput rows’ −6.3 to −10.0 %), not the admission, is what misses. The v5.1 run configures max_util (paged, eviction allowed; so does the v5.0 Offline configuration), as the engine models.';
const V50_405B =
  'v5.0 software, slower per iteration than the v5.1-fitted model (see the throughput miss of this row).';
const V50_405B_GB200 =
  'v5.0 software: this run used NVIDIA’s Triton harness (Triton 25.01, TensorRT 10.8; 18 nodes of 4 GPUs, results summary of GB200-NVL72_GB200-186GB_aarch64x72_TRT_Triton in ntuhpc/mlperf_inference_results_v5.0, commit cf354115), the v5.1 runs the TensorRT-LLM executor harness (TensorRT 10.11); the v5.1-fitted model is 42 % fast at its TPOT (see the throughput miss).';
const MIXTRAL_SERVER =
  'Never fitted: the roofline gives this run’s throughput 3.6 % above the published at its mean TPOT (110 ms), so at the published arrival rate (870.8 samples/s) the engine keeps fewer sequences in flight and decodes faster; near capacity a few percent of capacity moves the batch, and both latencies, by a third.';
const HARNESS_TTFT =
  'The run’s first tokens wait before their prefill: 8B Interactive 113 ms mean (p50 109, p90 129, min 34 ms); 8B Server 587 ms (p50 498 ms, p90 1.13 s, min 40 ms: a queue), from the runs’ mlperf_log_summary.txt. The configuration gives nothing that queues: chunked context on with first-come-first-served chunks, max_util, max_num_tokens 12,000 of which the Server run’s prompts need ~3,100 per iteration (computed: 124.6 arrivals/s per GPU × 28.5 ms × 871 tokens), gpu_batch_size 6,000; NVIDIA’s harness passes LoadGen’s queries straight to the TensorRT-LLM executor (code/llmlib/server.py, cores/trtllm_executor_core.py, ntuhpc/inference_results_v5.1 commit 387c3dd0). Not modelled: no documented mechanism.';

/** MLPerf Server and Interactive rows whose engine mean TTFT misses ±25 % of the published mean: the measured cause and the reason. */
export const TTFT_MISS_CAUSES: Readonly<Record<string, LatencyMissCause>> = {
  m2: 'capacity',
  m5: 'capacity',
  'v51-l2-server': 'capacity',
  'v51-l2-interactive': 'capacity',
  m6: 'capacity',
  m8: 'capacity',
  'v51-8b-server': 'first-token wait',
  'v51-8b-interactive': 'first-token wait',
};

export const KNOWN_TTFT_MISSES: Readonly<Record<string, string>> = {
  m2: `${SATURATED} ${atOperatingPoint('m2', 'TTFT')} This run sits at 99.2 % of its own Offline rate: 1 % less or more load around the operating point moves the engine’s mean TTFT from below to above the published mean (engine-latency.test.ts runs both).`,
  m5: `${MIXTRAL_SERVER} ${atOperatingPoint('m5', 'TTFT')}`,
  'v51-l2-server': `${SATURATED} ${atOperatingPoint('v51-l2-server', 'TTFT')}`,
  m6: `${V50_405B} ${atOperatingPoint('m6', 'TTFT')}`,
  m8: `${V50_405B_GB200} ${atOperatingPoint('m8', 'TTFT')}`,
  'v51-8b-server': `${firstTokenIterations('v51-8b-server')} ${HARNESS_TTFT}`,
  'v51-8b-interactive': `${firstTokenIterations('v51-8b-interactive')} ${HARNESS_TTFT}`,
  'v51-l2-interactive': `The engine’s iteration at the published load is 17 % longer than the run’s (the throughput row’s −10.0 %), so more sequences share the 768-token budget. ${atOperatingPoint('v51-l2-interactive', 'TTFT')}`,
};

/** MLPerf Server and Interactive rows whose engine mean TPOT misses ±25 % of the published mean: both are capacity misses. */
export const TPOT_MISS_CAUSES: Readonly<Record<string, LatencyMissCause>> = { m5: 'capacity', m8: 'capacity' };

export const KNOWN_TPOT_MISSES: Readonly<Record<string, string>> = {
  m5: `${MIXTRAL_SERVER} ${atOperatingPoint('m5', 'TPOT')}`,
  m8: `${V50_405B_GB200} ${atOperatingPoint('m8', 'TPOT')}`,
};
