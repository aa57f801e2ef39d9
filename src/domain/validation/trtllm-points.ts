/**
 * TensorRT-LLM's performance overview: trtllm-bench at "infinite request rate", fixed prompt and output
 * lengths, no latency objective (gpu-models-benchmarks-2026.md §3.4, queueing-and-gpu.md §3).
 */
import type { AcceleratorId, Precision } from '../gpu/accelerators.ts';
import type { ValidationPoint } from './validation-point.ts';

const TRT = 'NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md (commit 00f3768, v1.0 edition), trtllm-bench max throughput; via gpu-models-benchmarks-2026.md §3.4';
const TRT_H100 = 'NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, trtllm-bench max throughput, FP8; via queueing-and-gpu.md §3';
const TRT_DATE = '2025';
/**
 * TensorRT-LLM's memory rule in the perf overview: the KV cache takes 90 % of the memory left after
 * the weights and the runtime (kv_cache_free_gpu_mem_fraction 0.90; the doc names 0.90–0.95).
 */
export const TRTLLM_KV_FREE_FRACTION = 0.9;
const TRT_CONFIG =
  'perf-overview.md: trtllm-bench throughput at infinite request rate, no batch cap below the KV cache (none stated), kv_cache_free_gpu_mem_fraction 0.90, MoE with --ep and enable_attention_dp';



type TrtCell = { accelerator: AcceleratorId; tp: number; value: number; notScored?: string };

function trt(row: string, architectureId: string, model: string, isl: number, osl: number, cells: TrtCell[]): ValidationPoint[] {
  return cells.map(({ accelerator, tp, value, notScored }) => {
    const precision: Precision = accelerator === 'b200' || accelerator === 'gb200' ? 'fp4' : 'fp8';
    const gpu = { b200: 'B200', gb200: 'GB200', h200: 'H200', 'h100-sxm': 'H100' }[accelerator as 'b200'];
    return {
      id: `${row}-${accelerator}`,
      label: `${model} ${isl}/${osl}, ${tp}× ${gpu} ${precision.toUpperCase()}`,
      model,
      suite: 'TensorRT-LLM perf overview',
      scenario: 'max throughput',
      architectureId,
      accelerator,
      devices: tp,
      tensorParallel: tp,
      precision,
      stack: 'trtllm-bench',
      inputTokens: isl,
      outputTokens: osl,
      lengthsSource: 'fixed by the benchmark (synthetic requests of one length)',
      maxBatch: null,
      kvFreeFraction: TRTLLM_KV_FREE_FRACTION,
      // The overview runs MoE models with enable_attention_dp; the roofline models these rows without it
      // (docs/validation.md "Known gaps": with it the refit's worst error is 15.1 %).
      outputTokensPerSecond: value,
      source: `${TRT}, row ${row.toUpperCase()}`,
      configSource: TRT_CONFIG,
      date: TRT_DATE,
      ...(notScored ? { notScored } : {}),
    };
  });
}

const L70 = 'llama-3.1-70b';
const L405 = 'llama-3.1-405b';
const L8 = 'llama-3.1-8b';

export const TRTLLM_POINTS: readonly ValidationPoint[] = [
  ...trt('t1', L70, 'Llama 3.3 70B', 1000, 1000, [
    { accelerator: 'b200', tp: 1, value: 7007 },
    { accelerator: 'gb200', tp: 1, value: 7326 },
    { accelerator: 'h200', tp: 1, value: 2909 },
    { accelerator: 'h100-sxm', tp: 2, value: 4205 },
  ]),
  ...trt('t2', L70, 'Llama 3.3 70B', 128, 2048, [
    { accelerator: 'b200', tp: 1, value: 9922 },
    { accelerator: 'gb200', tp: 1, value: 11309 },
    { accelerator: 'h200', tp: 1, value: 4336 },
    { accelerator: 'h100-sxm', tp: 2, value: 6651 },
  ]),
  ...trt('t3', L70, 'Llama 3.3 70B', 20000, 2000, [
    { accelerator: 'b200', tp: 1, value: 665 },
    { accelerator: 'gb200', tp: 1, value: 755 },
    { accelerator: 'h200', tp: 1, value: 283 },
    { accelerator: 'h100-sxm', tp: 2, value: 437 },
  ]),
  ...trt('t4', L405, 'Llama 3.1 405B', 1000, 1000, [
    { accelerator: 'b200', tp: 4, value: 5209 },
    { accelerator: 'gb200', tp: 4, value: 5389 },
    { accelerator: 'h200', tp: 8, value: 3330 },
    { accelerator: 'h100-sxm', tp: 8, value: 2919 },
  ]),
  ...trt('t5', L405, 'Llama 3.1 405B', 20000, 2000, [
    { accelerator: 'b200', tp: 4, value: 672 },
    { accelerator: 'gb200', tp: 4, value: 739 },
    { accelerator: 'h200', tp: 8, value: 505 },
    { accelerator: 'h100-sxm', tp: 8, value: 345 },
  ]),
  ...trt('t6', 'llama-4-maverick', 'Llama 4 Maverick', 1000, 1000, [
    { accelerator: 'b200', tp: 8, value: 79617 },
    { accelerator: 'h200', tp: 8, value: 31782 },
    { accelerator: 'h100-sxm', tp: 8, value: 9677 },
  ]),
  ...trt('t7', 'llama-4-maverick', 'Llama 4 Maverick', 2048, 2048, [
    { accelerator: 'b200', tp: 8, value: 52195 },
    { accelerator: 'h200', tp: 8, value: 20957 },
    { accelerator: 'h100-sxm', tp: 8, value: 6916 },
  ]),
  ...trt('t8', 'llama-4-scout', 'Llama 4 Scout', 1000, 1000, [
    { accelerator: 'b200', tp: 1, value: 10591 },
    {
      accelerator: 'gb200',
      tp: 1,
      value: 7738,
      notScored:
        'The reference flags it: GB200 at TP1 measured below B200 at TP1 (7,738 vs 10,591) although the GB200 is at least as fast on every constant — a one-GPU measurement, not NVL72 scale-out. No roofline can be slower on a faster part.',
    },
    { accelerator: 'h200', tp: 4, value: 21636 },
    { accelerator: 'h100-sxm', tp: 4, value: 12129 },
  ]),
  ...trt('t9', 'qwen3-235b-a22b', 'Qwen3-235B-A22B', 1000, 1000, [
    { accelerator: 'b200', tp: 8, value: 42391 },
    { accelerator: 'h200', tp: 8, value: 23789 },
    { accelerator: 'h100-sxm', tp: 8, value: 14898 },
  ]),
  ...trt('t10', 'qwen3-235b-a22b', 'Qwen3-235B-A22B', 5000, 500, [
    { accelerator: 'b200', tp: 8, value: 8190 },
    { accelerator: 'h200', tp: 8, value: 3623 },
    { accelerator: 'h100-sxm', tp: 8, value: 3225 },
  ]),
  ...trt('t12', L8, 'Llama 3.1 8B', 1000, 1000, [
    { accelerator: 'h200', tp: 1, value: 17744 },
    { accelerator: 'h100-sxm', tp: 1, value: 15220 },
  ]),
  ...trt('t13', L8, 'Llama 3.1 8B', 20000, 2000, [
    { accelerator: 'h200', tp: 1, value: 1804 },
    { accelerator: 'h100-sxm', tp: 1, value: 1351 },
  ]),
  ...[
    ['q-8b-128', L8, 'Llama 3.1 8B', 128, 128, 1, 28312],
    ['q-8b-2048', L8, 'Llama 3.1 8B', 2048, 2048, 1, 9305],
    ['q-70b-128', L70, 'Llama 3.3 70B', 128, 128, 2, 6378],
    ['q-70b-2048-128', L70, 'Llama 3.3 70B', 2048, 128, 2, 762],
    ['q-70b-5000-500', L70, 'Llama 3.3 70B', 5000, 500, 2, 898],
  ].map(([id, arch, model, isl, osl, tp, value]) => ({
    id: id as string,
    label: `${model as string} ${isl as number}/${osl as number}, ${tp as number}× H100 FP8`,
    model: model as string,
    suite: 'TensorRT-LLM perf overview' as const,
    scenario: 'max throughput' as const,
    architectureId: arch as string,
    accelerator: 'h100-sxm' as const,
    devices: tp as number,
    tensorParallel: tp as number,
    precision: 'fp8' as const,
    stack: 'trtllm-bench' as const,
    inputTokens: isl as number,
    outputTokens: osl as number,
    lengthsSource: 'fixed by the benchmark (synthetic requests of one length)',
    maxBatch: null,
    kvFreeFraction: TRTLLM_KV_FREE_FRACTION,
    outputTokensPerSecond: value as number,
    source: TRT_H100,
    configSource: TRT_CONFIG,
    date: TRT_DATE,
  })),
];
