/** A decoder-only transformer's shape: enough to size its weights, KV cache and FLOPs. */
export type ModelArchitecture = {
  id: string;
  name: string;
  parameters: number;
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  /** True when the shape is a stand-in, not a published architecture. */
  assumption: boolean;
  source: string;
};

const META_CONFIG = 'Published config.json of the Meta Llama model on Hugging Face (meta-llama/…)';

export const LLAMA_3_1_8B: ModelArchitecture = {
  id: 'llama-3.1-8b',
  name: 'Llama 3.1 8B',
  parameters: 8.03e9,
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  assumption: false,
  source: META_CONFIG,
};

export const LLAMA_3_1_70B: ModelArchitecture = {
  id: 'llama-3.1-70b',
  name: 'Llama 3.1 70B',
  parameters: 70.6e9,
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 8,
  headDim: 128,
  assumption: false,
  source: META_CONFIG,
};

export const LLAMA_3_1_405B: ModelArchitecture = {
  id: 'llama-3.1-405b',
  name: 'Llama 3.1 405B',
  parameters: 405.9e9,
  layers: 126,
  hiddenSize: 16384,
  attentionHeads: 128,
  kvHeads: 8,
  headDim: 128,
  assumption: false,
  source: META_CONFIG,
};

export const LLAMA_2_70B: ModelArchitecture = {
  id: 'llama-2-70b',
  name: 'Llama 2 70B',
  parameters: 69e9,
  layers: 80,
  hiddenSize: 8192,
  attentionHeads: 64,
  kvHeads: 8,
  headDim: 128,
  assumption: false,
  source: META_CONFIG,
};

/**
 * Proprietary models (Claude, Nova) do not publish their size. This stand-in reuses the largest
 * published dense shape we have; it is an assumption for teaching, shown as such wherever it is used.
 */
export const PROPRIETARY_CLASS: ModelArchitecture = {
  ...LLAMA_3_1_405B,
  id: 'proprietary-class',
  name: 'Proprietary frontier-class (assumed 405B dense)',
  assumption: true,
  source: 'Assumption: sizes of proprietary models are not published; the shape of Llama 3.1 405B stands in.',
};

export const MODEL_ARCHITECTURES: readonly ModelArchitecture[] = [
  LLAMA_3_1_8B,
  LLAMA_3_1_70B,
  LLAMA_3_1_405B,
  LLAMA_2_70B,
  PROPRIETARY_CLASS,
];
