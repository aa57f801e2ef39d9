/**
 * MLPerf Inference closed-division results by NVIDIA (TensorRT-LLM), each with the configuration the
 * submission ran (parallelism, batch cap, KV memory share) and the request lengths it served: the
 * dataset's mean prompt (mlperf-datasets.ts) and the run's own mean generated length, tokens per second
 * ÷ samples per second. Offline rows score throughput; Server and Interactive rows score throughput and
 * the engine's mean TTFT and TPOT at the published load. Method: docs/validation.md.
 */
import { mlperfLimit } from '../gpu/latency-objectives.ts';
import type { AcceleratorId } from '../gpu/accelerators.ts';
import { mlperfDataset, type MlperfDataset } from './mlperf-datasets.ts';
import type { ValidationPoint, ValidationScenario, ValidationSuite } from './validation-point.ts';
import { enUs } from '../format/en-us-number.ts';

const V41 =
  'MLPerf Inference v4.1 closed, NVIDIA DGX-H100 (8× H100-SXM-80GB, TensorRT-LLM), mlcommons/inference_results_v4.1 closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/llama2-70b-99.9; via queueing-and-gpu.md §3';
const V50 =
  'MLPerf Inference v5.0 closed, NVIDIA, mlperf_log_summary.txt in ntuhpc/mlperf_inference_results_v5.0 (commit cf35411); via gpu-models-benchmarks-2026.md §3.2';
const V51_COMMIT = '387c3dd04e69c7082d25db0b98a3f8315fb5cf52';
const v51 = (benchmark: string, scenario: string) =>
  `MLPerf Inference v5.1 closed, NVIDIA DGX B200 (8× B200-SXM-180GB, TensorRT 10.11), ntuhpc/inference_results_v5.1 (commit ${V51_COMMIT.slice(0, 8)}) closed/NVIDIA/results/B200-SXM-180GBx8_TRT/${benchmark}/${scenario}/performance/run_1/mlperf_log_summary.txt`;

const CONFIG_V41 = (scenario: 'Offline' | 'Server', batch: number) =>
  `mlcommons/inference_results_v4.1 (commit a2f5d66) closed/NVIDIA/configs/llama2-70b/${scenario}/__init__.py, H100_SXM_80GB_TP2x4: tensor_parallelism 2 (4 replicas), gpu_batch_size ${batch}, FP8 weights and KV, kvcache_free_gpu_mem_frac 0.90; scheduler policy not stated (max_util assumed, as in v5.0/v5.1)`;
const CONFIG_V50 = (file: string, what: string) => `NVIDIA MLPerf Inference v5.0 closed configs/${file}, B200_SXM_180GBx8: ${what}`;
const CONFIG_V51 = (system: string, scenario: string, bench: string, what: string) =>
  `ntuhpc/inference_results_v5.1 (commit ${V51_COMMIT.slice(0, 8)}) closed/NVIDIA/configs/${system}/${scenario}/${bench}.py: ${what}`;
/** Marks a row whose configuration is another round's (the calibration fit leaves such rows out). */
export const CONFIG_ASSUMED = 'the v5.0 one was not found — assumption';
const V51_FOR_V50 = ` (the v5.1 configuration of the same system; ${CONFIG_ASSUMED})`;

function lengths(dataset: MlperfDataset['id'], tokensPerSecond: number, samplesPerSecond: number): { inputTokens: number; outputTokens: number; lengthsSource: string } {
  const d = mlperfDataset(dataset);
  const out = tokensPerSecond / samplesPerSecond;
  return {
    inputTokens: d.meanInputTokens,
    outputTokens: Math.round(out * 10) / 10,
    lengthsSource: `input: mean of the ${enUs(d.samples)}-sample dataset (${d.source}); output: generated tokens per sample of this run, ${enUs(tokensPerSecond)} tok/s ÷ ${enUs(samplesPerSecond)} samples/s`,
  };
}

type Row = {
  id: string;
  suite: ValidationSuite;
  scenario: ValidationScenario;
  model: string;
  dataset: MlperfDataset['id'];
  architectureId: string;
  accelerator: AcceleratorId;
  devices: number;
  tensorParallel: number;
  pipelineParallel?: number;
  maxBatch: number;
  maxNumTokens?: number;
  kvFreeFraction: number;
  attentionDataParallel?: boolean;
  adpBalanceTimeoutIters?: number;
  /** effective_bits of a mixed FP4/FP8 checkpoint, where the configuration sets it. */
  weightBits?: number;
  tokensPerSecond: number;
  samplesPerSecond: number;
  ttftSeconds?: number;
  tpotSeconds?: number;
  /** MLPerf benchmark name whose limits apply (latency-objectives.ts), for Server and Interactive. */
  limits?: string;
  source: string;
  configSource: string;
  date: string;
  /** The software the run used when it is not the TensorRT-engine harness (serving-stack.ts). */
  stack?: 'mlperf-pytorch';
};

const GPU_NAMES: Partial<Record<AcceleratorId, string>> = { 'h100-sxm': 'H100', b200: 'B200', gb200: 'GB200' };

function point(r: Row): ValidationPoint {
  const version = r.suite.replace('MLPerf Inference ', '');
  const precision = r.accelerator === 'h100-sxm' ? 'fp8' : 'fp4';
  const system = r.devices === 72 ? 'GB200 NVL72' : `${r.devices}× ${GPU_NAMES[r.accelerator] ?? r.accelerator}`;
  const limit = r.limits ? mlperfLimit(r.limits) : null;
  return {
    id: r.id,
    label: `MLPerf ${version} ${r.model} ${r.scenario}, ${system}`,
    model: r.model,
    suite: r.suite,
    scenario: r.scenario,
    architectureId: r.architectureId,
    accelerator: r.accelerator,
    devices: r.devices,
    tensorParallel: r.tensorParallel * (r.pipelineParallel ?? 1),
    ...(r.pipelineParallel ? { pipelineParallel: r.pipelineParallel } : {}),
    precision,
    ...(r.weightBits !== undefined ? { weightBits: r.weightBits } : {}),
    stack: r.stack ?? 'mlperf-trt',
    ...lengths(r.dataset, r.tokensPerSecond, r.samplesPerSecond),
    dataset: r.dataset,
    maxBatch: r.maxBatch,
    ...(r.maxNumTokens !== undefined ? { maxNumTokens: r.maxNumTokens } : {}),
    kvFreeFraction: r.kvFreeFraction,
    ...(r.attentionDataParallel ? { attentionDataParallel: true } : {}),
    ...(r.adpBalanceTimeoutIters !== undefined ? { adpBalanceTimeoutIters: r.adpBalanceTimeoutIters } : {}),
    outputTokensPerSecond: r.tokensPerSecond,
    samplesPerSecond: r.samplesPerSecond,
    ...(r.ttftSeconds !== undefined ? { ttftSeconds: r.ttftSeconds } : {}),
    ...(r.tpotSeconds !== undefined ? { tpotSeconds: r.tpotSeconds } : {}),
    ...(limit ? { latencyLimits: { ttftSeconds: limit.ttftSeconds, tpotSeconds: limit.tpotSeconds, benchmark: limit.benchmark } } : {}),
    source: r.source,
    configSource: r.configSource,
    date: r.date,
  };
}

const L2 = { model: 'Llama 2 70B', dataset: 'llama2-70b', architectureId: 'llama-2-70b' } as const;
const MIX = { model: 'Mixtral 8x7B', dataset: 'mixtral-8x7b', architectureId: 'mixtral-8x7b' } as const;
const L405 = { model: 'Llama 3.1 405B', dataset: 'llama3.1-405b', architectureId: 'llama-3.1-405b' } as const;
const L8 = { model: 'Llama 3.1 8B', dataset: 'llama3.1-8b', architectureId: 'llama-3.1-8b' } as const;
const R1 = { model: 'DeepSeek-R1', dataset: 'deepseek-r1', architectureId: 'deepseek-v3' } as const;

const B200_L2 = { accelerator: 'b200', devices: 8, tensorParallel: 1, kvFreeFraction: 0.95 } as const;
const V41_SUITE = { suite: 'MLPerf Inference v4.1', date: '2024-08', source: V41 } as const;
const V50_SUITE = { suite: 'MLPerf Inference v5.0', date: '2025-04', source: V50 } as const;
const V51_SUITE = { suite: 'MLPerf Inference v5.1', date: '2025-09' } as const;

const B200_405B_SERVER = 'tensor_parallelism 4, pipeline_parallelism 1 (2 replicas), gpu_batch_size 256, max_num_tokens 2048, kvcache_free_gpu_mem_frac 0.95, max_util';
const V51_MLC = 'mlcommons/inference_results_v5.1 (commit 965182b0)';
const R1_CONFIG =
  'tensor_parallelism 8 with moe_expert_parallelism 8 and enable_attention_dp, use_graphs (CUDA graphs up to 512), gpu_batch_size 512 per attention rank (4,096 per server: an assumption on how the cap applies), kvcache_free_gpu_mem_frac 0.90, max_util' +
  `; also read from ${V51_MLC} closed/NVIDIA: served by trtllm-serve on the TensorRT-LLM PyTorch backend (code/deepseek-r1/tensorrt/__init__.py DEFAULT_CORE_TYPE TRTLLM_ENDPOINT, where the Llama benchmarks use TRTLLM_EXECUTOR with built engines; code/llmlib/config.py TrtllmExtraYAMLConfig trtllm_backend 'pytorch'; the README serves the quantized Hugging Face checkpoint, no engine build), moe_backend WIDEEP, enable_chunked_context False, attention-DP balancing (adp_balancing_batching_wait_iters 10 and timeout_iters 500 Offline, 3 and 9 Server), no speculative decoding or MTP setting; code/deepseek-r1/tensorrt/hf_quant_config.json keeps the attention projections other than o_proj, the router and the MTP layer out of NVFP4 (not modelled: all weights at FP4)`;

export const MLPERF_POINTS: readonly ValidationPoint[] = [
  // v4.1, DGX-H100 (queueing-and-gpu.md §3): the one Hopper MLPerf run in the reference.
  point({ id: 'o1-offline', ...V41_SUITE, scenario: 'Offline', ...L2, accelerator: 'h100-sxm', devices: 8, tensorParallel: 2, maxBatch: 896, kvFreeFraction: 0.9, tokensPerSecond: 24_524.9, samplesPerSecond: 84.48, configSource: CONFIG_V41('Offline', 896) }),
  point({ id: 'o1-server', ...V41_SUITE, scenario: 'Server', ...L2, accelerator: 'h100-sxm', devices: 8, tensorParallel: 2, maxBatch: 1024, kvFreeFraction: 0.9, tokensPerSecond: 21_605.8, samplesPerSecond: 74.42, ttftSeconds: 0.276, tpotSeconds: 0.155, limits: 'llama2-70b', configSource: CONFIG_V41('Server', 1024) }),
  // v5.0, 8× B200 and GB200 NVL72 (gpu-models-benchmarks-2026.md §3.2).
  point({ id: 'm1', ...V50_SUITE, scenario: 'Offline', ...L2, ...B200_L2, maxBatch: 2048, maxNumTokens: 3584, tokensPerSecond: 98_858, samplesPerSecond: 363.9, configSource: `mlcommons/inference_results_v5.0 closed/NVIDIA/configs/llama2-70b/Offline/__init__.py, B200_SXM_180GBx8: tensor and pipeline parallelism 1 (8 replicas), gpu_batch_size 2048, max_num_tokens 3584, FP4 weights, FP8 KV, kvcache_free_gpu_mem_frac 0.95, max_util` }),
  point({ id: 'm2', ...V50_SUITE, scenario: 'Server', ...L2, ...B200_L2, maxBatch: 2048, maxNumTokens: 3584, tokensPerSecond: 98_443.3, samplesPerSecond: 361.04, ttftSeconds: 0.526, tpotSeconds: 0.1502, limits: 'llama2-70b', configSource: CONFIG_V50('llama2-70b/Server/__init__.py', 'parallelism 1 (8 replicas), gpu_batch_size 2048, max_num_tokens 3584, kvcache_free_gpu_mem_frac 0.95, server_target_qps 45.5 per GPU') }),
  point({ id: 'm3', ...V50_SUITE, scenario: 'Interactive', ...L2, ...B200_L2, maxBatch: 768, maxNumTokens: 768, tokensPerSecond: 59_409.25, samplesPerSecond: 217.93, ttftSeconds: 0.0856, tpotSeconds: 0.0361, limits: 'llama2-70b-interactive', configSource: CONFIG_V50('llama2-70b-interactive (Server scenario)', 'parallelism 1 (8 replicas), gpu_batch_size 768, max_num_tokens 768, server_target_qps 220') }),
  point({ id: 'm4', ...V50_SUITE, scenario: 'Offline', ...MIX, accelerator: 'b200', devices: 8, tensorParallel: 1, maxBatch: 6144, maxNumTokens: 14_336, kvFreeFraction: 0.95, weightBits: 7.25, tokensPerSecond: 128_148, samplesPerSecond: 886.2, configSource: CONFIG_V50('mixtral-8x7b/Offline/__init__.py', 'parallelism 1 (8 replicas), gpu_batch_size 6×1024, max_num_tokens 14×1024, FP4 (effective 7.25 bits) weights, FP8 KV, kvcache_free_gpu_mem_frac 0.95, max_util') }),
  point({ id: 'm5', ...V50_SUITE, scenario: 'Server', ...MIX, accelerator: 'b200', devices: 8, tensorParallel: 1, maxBatch: 6144, maxNumTokens: 10_240, kvFreeFraction: 0.9, weightBits: 7.25, tokensPerSecond: 126_844.55, samplesPerSecond: 870.82, ttftSeconds: 0.21, tpotSeconds: 0.11, limits: 'mixtral-8x7b', configSource: CONFIG_V50('mixtral-8x7b/Server/__init__.py', 'parallelism 1 (8 replicas), gpu_batch_size 6×1024, max_num_tokens 10×1024, server_target_qps 109 per GPU; kvcache_free_gpu_mem_frac 0.90 and FP4 with effective_bits 7.25 (a mixed FP4/FP8 checkpoint) from the v5.1 configuration') }),
  point({ id: 'm6', ...V50_SUITE, scenario: 'Server', ...L405, accelerator: 'b200', devices: 8, tensorParallel: 4, maxBatch: 256, maxNumTokens: 2048, kvFreeFraction: 0.95, tokensPerSecond: 845.82, samplesPerSecond: 1.29, ttftSeconds: 1.86, tpotSeconds: 0.087, limits: 'llama3_1-405b', configSource: CONFIG_V51('B200-SXM-180GBx8', 'Server', 'llama3_1-405b', B200_405B_SERVER) + V51_FOR_V50 }),
  point({ id: 'm7', ...V50_SUITE, scenario: 'Offline', ...L405, accelerator: 'gb200', devices: 72, tensorParallel: 2, pipelineParallel: 2, maxBatch: 2048, maxNumTokens: 1536, kvFreeFraction: 0.95, tokensPerSecond: 13_886.4, samplesPerSecond: 21.17, configSource: CONFIG_V51('GB200-NVL72_GB200-186GB_aarch64x72', 'Offline', 'llama3_1-405b', 'tensor_parallelism 2 × pipeline_parallelism 2 (18 replicas of 4 GPUs), gpu_batch_size 2048, max_num_tokens 1536, kvcache_free_gpu_mem_frac 0.95, max_util') + V51_FOR_V50 }),
  point({ id: 'm8', ...V50_SUITE, scenario: 'Server', ...L405, accelerator: 'gb200', devices: 72, tensorParallel: 4, maxBatch: 256, maxNumTokens: 2048, kvFreeFraction: 0.95, tokensPerSecond: 8850.1, samplesPerSecond: 13.46, ttftSeconds: 1.65, tpotSeconds: 0.11, limits: 'llama3_1-405b', configSource: CONFIG_V51('GB200-NVL72_GB200-186GB_aarch64x72', 'Server', 'llama3_1-405b', 'tensor_parallelism 4 (18 replicas), gpu_batch_size 256, max_num_tokens 2048, kvcache_free_gpu_mem_frac 0.95, max_util') + V51_FOR_V50 }),
  // v5.1, 8× B200: read from NVIDIA's own result logs and configurations.
  point({ id: 'v51-r1-offline', ...V51_SUITE, stack: 'mlperf-pytorch', scenario: 'Offline', ...R1, accelerator: 'b200', devices: 8, tensorParallel: 8, attentionDataParallel: true, maxBatch: 4096, maxNumTokens: 4608, kvFreeFraction: 0.9, tokensPerSecond: 33_379, samplesPerSecond: 8.934_31, source: v51('deepseek-r1', 'Offline'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Offline', 'deepseek-r1', R1_CONFIG) }),
  point({ id: 'v51-r1-server', ...V51_SUITE, stack: 'mlperf-pytorch', scenario: 'Server', ...R1, accelerator: 'b200', devices: 8, tensorParallel: 8, attentionDataParallel: true, adpBalanceTimeoutIters: 9, maxBatch: 4096, maxNumTokens: 3456, kvFreeFraction: 0.9, tokensPerSecond: 18_592.24, samplesPerSecond: 4.96, ttftSeconds: 0.726, tpotSeconds: 0.0665, limits: 'deepseek-r1', source: v51('deepseek-r1', 'Server'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Server', 'deepseek-r1', `${R1_CONFIG}, server_target_qps 5; Server: adp_balancing_enable True, adp_balancing_batching_wait_iters 3, adp_balancing_timeout_iters 9 (“lower bound and upper bound for iters to wait”)`) }),
  point({ id: 'v51-l2-offline', ...V51_SUITE, scenario: 'Offline', ...L2, ...B200_L2, maxBatch: 2048, maxNumTokens: 3584, tokensPerSecond: 101_527, samplesPerSecond: 371.423, source: v51('llama2-70b-99', 'Offline'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Offline', 'llama2-70b', 'parallelism 1 (8 replicas), gpu_batch_size 2048, max_num_tokens 3584, kvcache_free_gpu_mem_frac 0.95, max_util') }),
  point({ id: 'v51-l2-server', ...V51_SUITE, scenario: 'Server', ...L2, ...B200_L2, maxBatch: 2048, maxNumTokens: 3584, tokensPerSecond: 99_123.04, samplesPerSecond: 361.3, ttftSeconds: 0.2459, tpotSeconds: 0.1233, limits: 'llama2-70b', source: v51('llama2-70b-99', 'Server'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Server', 'llama2-70b', 'parallelism 1 (8 replicas), gpu_batch_size 2048, max_num_tokens 3584, kvcache_free_gpu_mem_frac 0.95, max_util, server_target_qps 364') }),
  point({ id: 'v51-l2-interactive', ...V51_SUITE, scenario: 'Interactive', ...L2, ...B200_L2, maxBatch: 768, maxNumTokens: 768, tokensPerSecond: 59_545.45, samplesPerSecond: 218.82, ttftSeconds: 0.069, tpotSeconds: 0.0342, limits: 'llama2-70b-interactive', source: v51('llama2-70b-99', 'Interactive'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Interactive', 'llama2-70b', 'parallelism 1 (8 replicas), gpu_batch_size 768, max_num_tokens 768, kvcache_free_gpu_mem_frac 0.95, max_util, server_target_qps 220') }),
  point({ id: 'v51-405-offline', ...V51_SUITE, scenario: 'Offline', ...L405, accelerator: 'b200', devices: 8, tensorParallel: 2, pipelineParallel: 2, maxBatch: 128, maxNumTokens: 1536, kvFreeFraction: 0.95, tokensPerSecond: 1624.11, samplesPerSecond: 2.492_45, source: v51('llama3.1-405b', 'Offline'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Offline', 'llama3_1-405b', 'tensor_parallelism 2 × pipeline_parallelism 2 (2 replicas of 4 GPUs), gpu_batch_size 128, max_num_tokens 1536, kvcache_free_gpu_mem_frac 0.95, max_util') }),
  point({ id: 'v51-405-server', ...V51_SUITE, scenario: 'Server', ...L405, accelerator: 'b200', devices: 8, tensorParallel: 4, maxBatch: 256, maxNumTokens: 2048, kvFreeFraction: 0.95, tokensPerSecond: 1240.42, samplesPerSecond: 1.9, ttftSeconds: 1.626, tpotSeconds: 0.1013, limits: 'llama3_1-405b', source: v51('llama3.1-405b', 'Server'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Server', 'llama3_1-405b', `${B200_405B_SERVER}, server_target_qps 1.9`) }),
  point({ id: 'v51-405-interactive', ...V51_SUITE, scenario: 'Interactive', ...L405, accelerator: 'b200', devices: 8, tensorParallel: 4, maxBatch: 256, maxNumTokens: 1536, kvFreeFraction: 0.95, tokensPerSecond: 751.37, samplesPerSecond: 1.15, ttftSeconds: 1.0, tpotSeconds: 0.0623, limits: 'llama3_1-405b-interactive', source: v51('llama3.1-405b', 'Interactive'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Interactive', 'llama3_1-405b', 'tensor_parallelism 4 (2 replicas), gpu_batch_size 256, max_num_tokens 1536, kvcache_free_gpu_mem_frac 0.95, max_util, server_target_qps 1.15') }),
  point({ id: 'v51-8b-offline', ...V51_SUITE, scenario: 'Offline', ...L8, accelerator: 'b200', devices: 8, tensorParallel: 1, maxBatch: 6000, maxNumTokens: 12_000, kvFreeFraction: 0.9, tokensPerSecond: 136_752, samplesPerSecond: 1060.23, source: v51('llama3.1-8b', 'Offline'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Offline', 'llama3_1-8b', 'parallelism 1 (8 replicas), gpu_batch_size 6000, max_num_tokens 12000, kvcache_free_gpu_mem_frac 0.90, max_util, use_graphs') }),
  point({ id: 'v51-8b-server', ...V51_SUITE, scenario: 'Server', ...L8, accelerator: 'b200', devices: 8, tensorParallel: 1, maxBatch: 6000, maxNumTokens: 12_000, kvFreeFraction: 0.9, tokensPerSecond: 128_540.95, samplesPerSecond: 996.53, ttftSeconds: 0.5868, tpotSeconds: 0.02848, limits: 'llama3_1-8b', source: v51('llama3.1-8b', 'Server'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Server', 'llama3_1-8b', 'parallelism 1 (8 replicas), gpu_batch_size 6000, max_num_tokens 12000, kvcache_free_gpu_mem_frac 0.90, max_util, use_graphs, server_target_qps 1000') }),
  point({ id: 'v51-8b-interactive', ...V51_SUITE, scenario: 'Interactive', ...L8, accelerator: 'b200', devices: 8, tensorParallel: 1, maxBatch: 6000, maxNumTokens: 12_000, kvFreeFraction: 0.9, tokensPerSecond: 102_902.54, samplesPerSecond: 797.76, ttftSeconds: 0.1134, tpotSeconds: 0.02339, limits: 'llama3_1-8b-interactive', source: v51('llama3.1-8b', 'Interactive'), configSource: CONFIG_V51('B200-SXM-180GBx8', 'Interactive', 'llama3_1-8b', 'parallelism 1 (8 replicas), gpu_batch_size 6000, max_num_tokens 12000, kvcache_free_gpu_mem_frac 0.90, max_util, use_graphs, server_target_qps 800') }),
];
