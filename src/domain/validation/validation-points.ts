/**
 * Published serving measurements the GPU model is checked against, each with its full configuration
 * and source (gpu-models-benchmarks-2026.md §3, queueing-and-gpu.md §3). Throughput is output tokens
 * per second for the whole system. Method: docs/validation.md.
 */
import type { AcceleratorId, Precision } from '../gpu/accelerators.ts';

export type ValidationPoint = {
  id: string;
  /** Short label for tables and the nearest-point text. */
  label: string;
  /** The model as the source names it (Llama 3.3 70B shares Llama 3.1 70B's shape). */
  model: string;
  suite: 'TensorRT-LLM perf overview' | 'MLPerf Inference v4.1' | 'MLPerf Inference v5.0' | 'MLPerf Inference v5.1';
  scenario: 'max throughput' | 'Offline' | 'Server' | 'Interactive';
  architectureId: string;
  accelerator: AcceleratorId;
  /** Devices in the measured system; the model is sharded over `tensorParallel` of them per replica. */
  devices: number;
  tensorParallel: number;
  precision: Precision;
  /** Prompt and output tokens per request; null where the source gives no such figure. */
  inputTokens: number | null;
  outputTokens: number | null;
  /** Published output tokens per second for the whole system. */
  outputTokensPerSecond: number;
  /** Published mean latencies, where the source gives them. */
  ttftSeconds?: number;
  tpotSeconds?: number;
  /** Requests completed per second at the published load (Server scenarios). */
  samplesPerSecond?: number;
  /** Why a point is listed but not scored; absent when scored. */
  notScored?: string;
  source: string;
  date: string;
};

const TRT = 'NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md (commit 00f3768, v1.0 edition), trtllm-bench max throughput; via gpu-models-benchmarks-2026.md §3.4';
const TRT_H100 = 'NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, trtllm-bench max throughput, FP8; via queueing-and-gpu.md §3';
const TRT_DATE = '2025';

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
      inputTokens: isl,
      outputTokens: osl,
      outputTokensPerSecond: value,
      source: `${TRT}, row ${row.toUpperCase()}`,
      date: TRT_DATE,
      ...(notScored ? { notScored } : {}),
    };
  });
}

const L70 = 'llama-3.1-70b';
const L405 = 'llama-3.1-405b';
const L8 = 'llama-3.1-8b';

const MLPERF_ISL =
  'Not scored: MLPerf gives output tokens per sample but the reference has no input length per sample, and throughput depends on it (prefill work and KV per sequence).';
const V50 = 'MLPerf Inference v5.0 closed, NVIDIA, mlperf_log_summary.txt in ntuhpc/mlperf_inference_results_v5.0 (commit cf35411); via gpu-models-benchmarks-2026.md §3.2';
const V51 = 'MLPerf Inference v5.1 closed, NVIDIA B200-SXM-180GBx8_TRT summary.html in ntuhpc/inference_results_v5.1 (commit a634ab7); via gpu-models-benchmarks-2026.md §3.3';
const V41 = 'MLPerf Inference v4.1 closed, NVIDIA DGX-H100, mlcommons/inference_results_v4.1; via queueing-and-gpu.md §3';

type MlperfRow = Omit<ValidationPoint, 'suite' | 'inputTokens' | 'notScored' | 'devices' | 'tensorParallel' | 'model'> & {
  suite: ValidationPoint['suite'];
  devices: number;
};

/** "MLPerf v5.0 Llama 2 70B Server, 8× B200" → "Llama 2 70B". */
function mlperfModel(label: string): string {
  return label.replace(/^MLPerf v[\d.]+ /, '').replace(/ (Offline|Server|Interactive),.*$/, '');
}

function mlperf(rows: MlperfRow[]): ValidationPoint[] {
  // The per-replica tensor-parallel degree of these submissions is not in the reference either; the whole system is listed.
  return rows.map((r) => ({ ...r, model: mlperfModel(r.label), tensorParallel: r.devices, inputTokens: null, notScored: MLPERF_ISL }));
}

export const MLPERF_POINTS: readonly ValidationPoint[] = mlperf([
  { id: 'o1-offline', label: 'MLPerf v4.1 Llama 2 70B Offline, 8× H100 FP8', suite: 'MLPerf Inference v4.1', scenario: 'Offline', architectureId: 'llama-2-70b', accelerator: 'h100-sxm', devices: 8, precision: 'fp8', outputTokens: 290, outputTokensPerSecond: 24525, source: V41, date: '2024-08' },
  { id: 'o1-server', label: 'MLPerf v4.1 Llama 2 70B Server, 8× H100 FP8', suite: 'MLPerf Inference v4.1', scenario: 'Server', architectureId: 'llama-2-70b', accelerator: 'h100-sxm', devices: 8, precision: 'fp8', outputTokens: 290, outputTokensPerSecond: 21606, ttftSeconds: 0.276, tpotSeconds: 0.155, samplesPerSecond: 74.42, source: V41, date: '2024-08' },
  { id: 'm1', label: 'MLPerf v5.0 Llama 2 70B Offline, 8× B200', suite: 'MLPerf Inference v5.0', scenario: 'Offline', architectureId: 'llama-2-70b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 273, outputTokensPerSecond: 98858, source: V50, date: '2025-04' },
  { id: 'm2', label: 'MLPerf v5.0 Llama 2 70B Server, 8× B200', suite: 'MLPerf Inference v5.0', scenario: 'Server', architectureId: 'llama-2-70b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 273, outputTokensPerSecond: 98443.3, ttftSeconds: 0.526, tpotSeconds: 0.1502, samplesPerSecond: 361.04, source: V50, date: '2025-04' },
  { id: 'm3', label: 'MLPerf v5.0 Llama 2 70B Interactive, 8× B200', suite: 'MLPerf Inference v5.0', scenario: 'Interactive', architectureId: 'llama-2-70b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 273, outputTokensPerSecond: 59409.25, ttftSeconds: 0.0856, tpotSeconds: 0.0361, samplesPerSecond: 217.93, source: V50, date: '2025-04' },
  { id: 'm4', label: 'MLPerf v5.0 Mixtral 8x7B Offline, 8× B200', suite: 'MLPerf Inference v5.0', scenario: 'Offline', architectureId: 'mixtral-8x7b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 146, outputTokensPerSecond: 128148, source: V50, date: '2025-04' },
  { id: 'm5', label: 'MLPerf v5.0 Mixtral 8x7B Server, 8× B200', suite: 'MLPerf Inference v5.0', scenario: 'Server', architectureId: 'mixtral-8x7b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 146, outputTokensPerSecond: 126844.55, ttftSeconds: 0.21, tpotSeconds: 0.11, samplesPerSecond: 870.82, source: V50, date: '2025-04' },
  { id: 'm6', label: 'MLPerf v5.0 Llama 3.1 405B Server, 8× B200', suite: 'MLPerf Inference v5.0', scenario: 'Server', architectureId: 'llama-3.1-405b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: null, outputTokensPerSecond: 845.82, ttftSeconds: 1.86, tpotSeconds: 0.087, samplesPerSecond: 1.29, source: V50, date: '2025-04' },
  { id: 'm7', label: 'MLPerf v5.0 Llama 3.1 405B Offline, GB200 NVL72', suite: 'MLPerf Inference v5.0', scenario: 'Offline', architectureId: 'llama-3.1-405b', accelerator: 'gb200', devices: 72, precision: 'fp4', outputTokens: null, outputTokensPerSecond: 13886.4, source: V50, date: '2025-04' },
  { id: 'm8', label: 'MLPerf v5.0 Llama 3.1 405B Server, GB200 NVL72', suite: 'MLPerf Inference v5.0', scenario: 'Server', architectureId: 'llama-3.1-405b', accelerator: 'gb200', devices: 72, precision: 'fp4', outputTokens: 657, outputTokensPerSecond: 8850.1, ttftSeconds: 1.65, tpotSeconds: 0.11, samplesPerSecond: 13.46, source: V50, date: '2025-04' },
  { id: 'm9-server', label: 'MLPerf v5.1 DeepSeek-R1 Server, 8× B200', suite: 'MLPerf Inference v5.1', scenario: 'Server', architectureId: 'deepseek-v3', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 3497.6, outputTokensPerSecond: 18592.2, source: V51, date: '2025-09' },
  { id: 'm9-offline', label: 'MLPerf v5.1 DeepSeek-R1 Offline, 8× B200', suite: 'MLPerf Inference v5.1', scenario: 'Offline', architectureId: 'deepseek-v3', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 3497.6, outputTokensPerSecond: 33379, source: V51, date: '2025-09' },
  { id: 'm10-offline', label: 'MLPerf v5.1 Llama 2 70B Offline, 8× B200', suite: 'MLPerf Inference v5.1', scenario: 'Offline', architectureId: 'llama-2-70b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 265, outputTokensPerSecond: 101527, source: V51, date: '2025-09' },
  { id: 'm11-offline', label: 'MLPerf v5.1 Llama 3.1 405B Offline, 8× B200', suite: 'MLPerf Inference v5.1', scenario: 'Offline', architectureId: 'llama-3.1-405b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: 616, outputTokensPerSecond: 1624.11, source: V51, date: '2025-09' },
  { id: 'm12-offline', label: 'MLPerf v5.1 Llama 3.1 8B Offline, 8× B200', suite: 'MLPerf Inference v5.1', scenario: 'Offline', architectureId: 'llama-3.1-8b', accelerator: 'b200', devices: 8, precision: 'fp4', outputTokens: null, outputTokensPerSecond: 136752, source: V51, date: '2025-09' },
]);

export const VALIDATION_POINTS: readonly ValidationPoint[] = [
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
    inputTokens: isl as number,
    outputTokens: osl as number,
    outputTokensPerSecond: value as number,
    source: TRT_H100,
    date: TRT_DATE,
  })),
  ...MLPERF_POINTS,
];
