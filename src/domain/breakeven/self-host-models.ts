/**
 * Open-weight models one can run on one's own GPUs, mapped to the shared roofline model's shapes, and
 * the default server throughput the roofline gives for them. Claude and Nova weights are not released,
 * so they never appear here.
 */
import { LLAMA_3_1_405B, LLAMA_3_1_70B, LLAMA_3_1_8B, type ModelArchitecture } from '../gpu/model-architectures.ts';
import { defaultDeployment, fitsInMemory, makeDeployment, steadyStateThroughput, type Deployment } from '../gpu/roofline.ts';

export type SelfHostModel = {
  id: string;
  name: string;
  /** The same model on Bedrock, for the like-for-like pairing. */
  bedrockModelId: string;
  architecture: ModelArchitecture;
  note?: string;
};

export const SELF_HOST_MODELS: readonly SelfHostModel[] = [
  { id: 'llama-3.3-70b', name: 'Llama 3.3 70B', bedrockModelId: 'meta.llama3-3-70b-instruct-v1:0', architecture: LLAMA_3_1_70B, note: 'Same shape as Llama 3.1 70B.' },
  { id: 'llama-3.1-70b', name: 'Llama 3.1 70B', bedrockModelId: 'meta.llama3-1-70b-instruct-v1:0', architecture: LLAMA_3_1_70B },
  { id: 'llama-3-70b', name: 'Llama 3 70B', bedrockModelId: 'meta.llama3-70b-instruct-v1:0', architecture: LLAMA_3_1_70B, note: 'Same layer shape as Llama 3.1 70B (shorter context).' },
  { id: 'llama-3.1-8b', name: 'Llama 3.1 8B', bedrockModelId: 'meta.llama3-1-8b-instruct-v1:0', architecture: LLAMA_3_1_8B },
  { id: 'llama-3-8b', name: 'Llama 3 8B', bedrockModelId: 'meta.llama3-8b-instruct-v1:0', architecture: LLAMA_3_1_8B, note: 'Same layer shape as Llama 3.1 8B (shorter context).' },
  { id: 'llama-3.1-405b', name: 'Llama 3.1 405B', bedrockModelId: 'meta.llama3-1-405b-instruct-v1:0', architecture: LLAMA_3_1_405B },
];

export const DEFAULT_SELF_HOST_MODEL_ID = 'llama-3.3-70b';
export const DEFAULT_BEDROCK_MODEL_ID = 'meta.llama3-3-70b-instruct-v1:0';

export function selfHostModelById(id: string): SelfHostModel | undefined {
  return SELF_HOST_MODELS.find((m) => m.id === id);
}

export function selfHostModelForBedrock(modelId: string): SelfHostModel | undefined {
  return SELF_HOST_MODELS.find((m) => m.bedrockModelId === modelId);
}

/** Providers whose Bedrock models have no released weights. */
const CLOSED_PROVIDERS = new Set(['Anthropic', 'Amazon']);
export function weightsReleased(provider: string): boolean {
  return !CLOSED_PROVIDERS.has(provider);
}

export type RooflineThroughput = {
  /** Input+output tokens/s for the whole server (all replicas). */
  totalTokensPerSecond: number;
  outputTokensPerSecond: number;
  replicas: number;
  gpusPerReplica: number;
  precision: string;
  perSequenceTokensPerSecond: number;
  limitedBy: string;
};

/**
 * One server of `gpusPerServer` H100s: as many replicas of the model's default deployment as fit,
 * or one replica sharded over all GPUs if the default needs more GPUs than the server has.
 */
export function rooflineServerThroughput(
  model: SelfHostModel,
  gpusPerServer: number,
  workload: { inputTokens: number; outputTokens: number; maxBatch: number },
): RooflineThroughput | null {
  if (gpusPerServer < 1 || workload.outputTokens <= 0) return null;
  let d: Deployment = defaultDeployment(model.architecture);
  if (d.tensorParallel > gpusPerServer) d = makeDeployment(model.architecture, gpusPerServer, d.weightPrecision);
  if (!fitsInMemory(d)) return null;
  const replicas = Math.floor(gpusPerServer / d.tensorParallel);
  const s = steadyStateThroughput(d, workload);
  if (s.outputTokensPerSecond <= 0) return null;
  return {
    totalTokensPerSecond: s.totalTokensPerSecond * replicas,
    outputTokensPerSecond: s.outputTokensPerSecond * replicas,
    replicas,
    gpusPerReplica: d.tensorParallel,
    precision: d.weightPrecision.toUpperCase(),
    perSequenceTokensPerSecond: s.perSequenceTokensPerSecond,
    limitedBy: s.limitedBy,
  };
}

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
