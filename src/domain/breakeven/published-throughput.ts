/**
 * Published serving measurements of a 70B model on H100s (TCO reference §1), shown beside the modelled
 * throughput so a reader can place it. The self-hostable models themselves are the GPU model's
 * open-weight presets (src/domain/gpu/serving-profile.ts OPEN_WEIGHT_PRESETS).
 */

/** Self-hosted model ids in links written before catalog v2, and the catalog id each now is. */
export const LEGACY_SELF_HOST_IDS: ReadonlyMap<string, string> = new Map([
  ['llama-3.3-70b', 'llama-3-3-70b-instruct'],
  ['llama-3.1-70b', 'llama-3-1-70b-instruct'],
  ['llama-3-70b', 'llama-3-70b-instruct'],
  ['llama-3.1-8b', 'llama-3-1-8b-instruct'],
  ['llama-3-8b', 'llama-3-8b-instruct'],
  ['llama-3.1-405b', 'llama-3-1-405b-instruct'],
]);

export const DEFAULT_SELF_HOST_MODEL_ID = 'llama-3-3-70b-instruct';

/** Published measurements for a 70B model on H100s (TCO reference §1), as reference points. */
export const PUBLISHED_THROUGHPUT = [
  {
    label: 'vLLM 0.5.4, Llama 3.1 70B FP8, 8×H100, 320 prompts',
    outputTokensPerSecond: 2572.8,
    gpus: 8,
    source: 'LambdaLabsML/vllm-benchmark benchmark_v0.md',
    asOf: '2024-09',
  },
  {
    label: 'vLLM 0.6.0 multi-step, Llama 3.1 70B, 4×H100, max-seq 2048',
    outputTokensPerSecond: 3542.9,
    gpus: 4,
    source: 'LambdaLabsML/vllm-benchmark benchmark_v0.md',
    asOf: '2024-09',
  },
  {
    label: 'MLPerf v4.1 Server, Llama 2 70B, TensorRT-LLM FP8, 8×H100 (TTFT ≤ 2 s, TPOT ≤ 200 ms)',
    outputTokensPerSecond: 23132.8,
    gpus: 8,
    source: 'MLPerf Inference v4.1, HPE Cray XD670 summary',
    asOf: '2024-08',
  },
  {
    label: 'MLPerf v4.1 Offline, Llama 2 70B, TensorRT-LLM FP8, 8×H100',
    outputTokensPerSecond: 24528.3,
    gpus: 8,
    source: 'MLPerf Inference v4.1, HPE Cray XD670 summary',
    asOf: '2024-08',
  },
] as const;
