/**
 * One published serving measurement with the configuration it was measured at. Throughput is output
 * tokens per second for the whole system. Method: docs/validation.md.
 */
import type { AcceleratorId, Precision } from '../gpu/accelerators.ts';
import type { ServingStackId } from '../gpu/serving-stack.ts';
import type { MlperfDataset } from './mlperf-datasets.ts';

export type ValidationSuite = 'TensorRT-LLM perf overview' | 'MLPerf Inference v4.1' | 'MLPerf Inference v5.0' | 'MLPerf Inference v5.1';
export type ValidationScenario = 'max throughput' | 'Offline' | 'Server' | 'Interactive';

export type ValidationPoint = {
  id: string;
  /** Short label for tables and the nearest-point text. */
  label: string;
  /** The model as the source names it (Llama 3.3 70B shares Llama 3.1 70B's shape). */
  model: string;
  suite: ValidationSuite;
  scenario: ValidationScenario;
  architectureId: string;
  accelerator: AcceleratorId;
  /** Devices in the measured system. */
  devices: number;
  /** Devices per model replica: tensor parallel × pipeline parallel (replicas = devices ÷ this). */
  tensorParallel: number;
  /** Pipeline stages inside a replica, when the source used them (roofline.ts: P micro-batches, each stage tensor parallel over devices ÷ P). */
  pipelineParallel?: number;
  precision: Precision;
  /**
   * Average bits per weight of a mixed FP4/FP8 checkpoint (ModelOpt AutoQuantize's effective_bits in the
   * configuration); absent = every weight at `precision`.
   */
  weightBits?: number;
  /** The software that produced the figure; selects the fitted efficiencies (src/domain/gpu/serving-stack.ts). */
  stack: ServingStackId;
  /** Mean prompt and generated tokens per request; null where no source gives them. */
  inputTokens: number | null;
  outputTokens: number | null;
  /** Where the lengths come from. */
  lengthsSource: string;
  /** The MLPerf dataset, for its length spread (mlperf-datasets.ts). */
  dataset?: MlperfDataset['id'];
  /** Sequences per replica the engine admits (MLPerf gpu_batch_size); null = no cap below the KV cache. */
  maxBatch: number | null;
  /** Tokens per iteration (TensorRT-LLM max_num_tokens), where the configuration names it. */
  maxNumTokens?: number;
  /** TensorRT-LLM kv_cache_free_gpu_mem_fraction: share of the memory left after weights and runtime given to the KV cache. */
  kvFreeFraction: number;
  /** Attention runs data-parallel across the replica's devices (enable_attention_dp). */
  attentionDataParallel?: boolean;
  /** TensorRT-LLM attention-DP balance: iterations a context request waits for every rank to have one (adp_balancing_timeout_iters). */
  adpBalanceTimeoutIters?: number;
  /** Published output tokens per second for the whole system. */
  outputTokensPerSecond: number;
  /** Completed requests per second (MLPerf). */
  samplesPerSecond?: number;
  /** Published mean latencies, where the source gives them. */
  ttftSeconds?: number;
  tpotSeconds?: number;
  /** The benchmark's p99 latency limits the run had to meet (MLPerf Server and Interactive). */
  latencyLimits?: { ttftSeconds: number; tpotSeconds: number; benchmark: string };
  /** Why a point is listed but not scored; absent when scored. */
  notScored?: string;
  source: string;
  /** Where the configuration (batch cap, parallelism, memory share) comes from. */
  configSource: string;
  date: string;
};
