/**
 * The serving software a deployment runs. The same GPU reaches different fractions of its peak under
 * different software, and the published points come from two: TensorRT-LLM's `trtllm-bench` (its
 * performance overview, PyTorch backend) and NVIDIA's MLPerf Inference closed-division harness
 * (TensorRT engines tuned per system). Each has its own fitted efficiencies (calibration.ts: FITTED on
 * trtllm-bench points, FITTED_MLPERF on dense MLPerf rows) and its scheduler's KV admission, read from the
 * published configurations. Self-hosted figures in the app use `trtllm-bench`: MLPerf's harness is tuned for
 * one benchmark, which a production deployment is not.
 *
 * NVIDIA's v5.1 DeepSeek-R1 submission does not build TensorRT engines: it serves the quantized Hugging Face
 * checkpoint with trtllm-serve on TensorRT-LLM's PyTorch backend (`mlperf-pytorch`: code/deepseek-r1/tensorrt/__init__.py
 * DEFAULT_CORE_TYPE TRTLLM_ENDPOINT, the Llama benchmarks' TRTLLM_EXECUTOR; code/llmlib/config.py TrtllmExtraYAMLConfig, `trtllm_backend: 'pytorch'`; the R1 configs' PyTorch-only options `moe_backend`,
 * `cuda_graph_batch_sizes`, `attention_dp_config`). That is the runtime trtllm-bench measures, so it takes the
 * trtllm-bench factors, with the configuration's max_util KV admission.
 */

export const SERVING_STACKS = ['trtllm-bench', 'mlperf-trt', 'mlperf-pytorch'] as const;
export type ServingStackId = (typeof SERVING_STACKS)[number];

export const DEFAULT_SERVING_STACK: ServingStackId = 'trtllm-bench';

export const SERVING_STACK_LABELS: Readonly<Record<ServingStackId, string>> = {
  'trtllm-bench': 'TensorRT-LLM trtllm-bench (PyTorch backend)',
  'mlperf-trt': 'MLPerf closed-division TensorRT harness',
  'mlperf-pytorch': 'MLPerf closed-division harness over trtllm-serve (TensorRT-LLM PyTorch backend)',
};

/**
 * KV-cache admission of each stack's scheduler. trtllm-bench runs TensorRT-LLM's default capacity
 * policy, GUARANTEED_NO_EVICT, which reserves prompt + output for every admitted request; NVIDIA's
 * MLPerf configs set `batch_scheduler_policy: 'max_util'` (pages allocated as tokens arrive, eviction
 * allowed), so a sequence holds on average its prompt plus half its output.
 */
export type KvAdmission = 'reserve-max' | 'paged';

export const STACK_KV_ADMISSION: Readonly<Record<ServingStackId, KvAdmission>> = {
  'trtllm-bench': 'reserve-max',
  'mlperf-trt': 'paged',
  'mlperf-pytorch': 'paged',
};

export function isServingStack(x: unknown): x is ServingStackId {
  return typeof x === 'string' && (SERVING_STACKS as readonly string[]).includes(x);
}
