/**
 * Decoder-only transformer shapes: enough to size weights, KV cache, FLOPs and the weight bytes one
 * iteration reads (which, for a mixture of experts, depends on how many distinct experts the batch
 * touches). Shapes are read from published config.json copies (gpu-models-benchmarks-2026.md §2,
 * queueing-and-gpu.md §3); parameter counts are computed from the shape and tested against the
 * published totals. Equations: docs/gpu-roofline.md.
 */

export type AttentionShape =
  | {
      kind: 'gqa';
      heads: number;
      kvHeads: number;
      headDim: number;
      /** Layers that attend only to the last `window` tokens (sliding or chunked local attention). */
      local?: { layers: number; window: number; note: string };
    }
  | {
      /** Multi-head latent attention (DeepSeek): one compressed latent + a RoPE key per token per layer. */
      kind: 'mla';
      heads: number;
      qLoraRank: number;
      kvLoraRank: number;
      qkNopeHeadDim: number;
      qkRopeHeadDim: number;
      vHeadDim: number;
    };

export type MoeShape = {
  /** Layers whose FFN is a mixture of experts (the rest are dense FFN layers). */
  moeLayers: number;
  routedExperts: number;
  expertsPerToken: number;
  sharedExperts: number;
  /** Intermediate size of one expert's SwiGLU FFN. */
  expertIntermediateSize: number;
};

export type ModelArchitecture = {
  id: string;
  name: string;
  /** Total parameters (weights held in memory), computed from the shape. */
  parameters: number;
  /** Parameters one token multiplies (shared + routed experts per token, attention, dense layers, both embeddings). */
  activeParameters: number;
  layers: number;
  hiddenSize: number;
  /** Kept for callers written before attention became a union: query heads. */
  attentionHeads: number;
  /** GQA KV heads; 1 for MLA (one latent per token per layer). */
  kvHeads: number;
  /** GQA head dim; for MLA the cached latent + RoPE width (kv_lora_rank + qk_rope_head_dim). */
  headDim: number;
  attention: AttentionShape;
  /** Dense FFN intermediate size (used by dense layers; absent when every layer is MoE). */
  intermediateSize: number | null;
  vocabSize: number;
  tiedEmbeddings: boolean;
  moe: MoeShape | null;
  /** Totals as published (model card or name), for the exactness test and the screen. */
  published: { total: string; active?: string };
  /** True when the shape is a stand-in, not a published architecture. */
  assumption: boolean;
  source: string;
  notes?: string;
};

export type ShapeInput = Omit<ModelArchitecture, 'parameters' | 'activeParameters' | 'attentionHeads' | 'kvHeads' | 'headDim'>;

/** Weights of one layer's attention block (biases and norms ignored: < 0.1 % of any model here). */
export function attentionParameters(hidden: number, a: AttentionShape): number {
  if (a.kind === 'gqa') return hidden * a.heads * a.headDim * 2 + 2 * hidden * a.kvHeads * a.headDim;
  return (
    hidden * a.qLoraRank +
    a.qLoraRank * a.heads * (a.qkNopeHeadDim + a.qkRopeHeadDim) +
    hidden * (a.kvLoraRank + a.qkRopeHeadDim) +
    a.kvLoraRank * a.heads * (a.qkNopeHeadDim + a.vHeadDim) +
    a.heads * a.vHeadDim * hidden
  );
}

/** One SwiGLU FFN (gate, up, down). */
export function ffnParameters(hidden: number, intermediate: number): number {
  return 3 * hidden * intermediate;
}

export type ParameterBreakdown = {
  attention: number;
  denseFfn: number;
  /** Shared experts and routers: read every iteration like dense weights. */
  sharedExperts: number;
  router: number;
  /** All routed experts across all MoE layers. */
  routedExperts: number;
  /** One routed expert in one layer. */
  perExpert: number;
  inputEmbedding: number;
  /** The output projection (lm_head); the same matrix as the input embedding when tied. */
  outputHead: number;
};

export function parameterBreakdown(m: Pick<ModelArchitecture, 'layers' | 'hiddenSize' | 'attention' | 'intermediateSize' | 'vocabSize' | 'tiedEmbeddings' | 'moe'>): ParameterBreakdown {
  const d = m.hiddenSize;
  const moeLayers = m.moe?.moeLayers ?? 0;
  const denseLayers = m.layers - moeLayers;
  const perExpert = m.moe ? ffnParameters(d, m.moe.expertIntermediateSize) : 0;
  const embedding = m.vocabSize * d;
  return {
    attention: m.layers * attentionParameters(d, m.attention),
    denseFfn: denseLayers * ffnParameters(d, m.intermediateSize ?? 0),
    sharedExperts: m.moe ? moeLayers * m.moe.sharedExperts * perExpert : 0,
    router: m.moe ? moeLayers * d * m.moe.routedExperts : 0,
    routedExperts: m.moe ? moeLayers * m.moe.routedExperts * perExpert : 0,
    perExpert,
    inputEmbedding: embedding,
    outputHead: m.tiedEmbeddings ? 0 : embedding,
  };
}

export function defineArchitecture(input: ShapeInput): ModelArchitecture {
  const b = parameterBreakdown(input);
  const everyIteration = b.attention + b.denseFfn + b.sharedExperts + b.router + b.inputEmbedding + b.outputHead;
  const activeRouted = input.moe ? input.moe.moeLayers * input.moe.expertsPerToken * b.perExpert : 0;
  const a = input.attention;
  return {
    ...input,
    parameters: everyIteration + b.routedExperts,
    activeParameters: everyIteration + activeRouted,
    attentionHeads: a.heads,
    kvHeads: a.kind === 'gqa' ? a.kvHeads : 1,
    headDim: a.kind === 'gqa' ? a.headDim : a.kvLoraRank + a.qkRopeHeadDim,
  };
}

const LLAMA_CONFIG =
  'Published config.json of meta-llama models (hidden, layers, heads, intermediate, vocab as copied in public roofline tables); queueing-and-gpu.md §3';
const REF = 'gpu-models-benchmarks-2026.md §2';

export const LLAMA_3_1_8B = defineArchitecture({
  id: 'llama-3.1-8b',
  name: 'Llama 3.1 8B',
  layers: 32,
  hiddenSize: 4096,
  attention: { kind: 'gqa', heads: 32, kvHeads: 8, headDim: 128 },
  intermediateSize: 14336,
  vocabSize: 128256,
  tiedEmbeddings: false,
  moe: null,
  published: { total: '8.03B' },
  assumption: false,
  source: LLAMA_CONFIG,
});

export const LLAMA_3_1_70B = defineArchitecture({
  id: 'llama-3.1-70b',
  name: 'Llama 3.1 70B',
  layers: 80,
  hiddenSize: 8192,
  attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 },
  intermediateSize: 28672,
  vocabSize: 128256,
  tiedEmbeddings: false,
  moe: null,
  published: { total: '70.6B' },
  assumption: false,
  source: LLAMA_CONFIG,
  notes: 'Llama 3 70B and Llama 3.3 70B share this shape.',
});

export const LLAMA_3_1_405B = defineArchitecture({
  id: 'llama-3.1-405b',
  name: 'Llama 3.1 405B',
  layers: 126,
  hiddenSize: 16384,
  attention: { kind: 'gqa', heads: 128, kvHeads: 8, headDim: 128 },
  intermediateSize: 53248,
  vocabSize: 128256,
  tiedEmbeddings: false,
  moe: null,
  published: { total: '405.9B' },
  assumption: false,
  source: LLAMA_CONFIG,
});

export const LLAMA_2_70B = defineArchitecture({
  id: 'llama-2-70b',
  name: 'Llama 2 70B',
  layers: 80,
  hiddenSize: 8192,
  attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 },
  intermediateSize: 28672,
  vocabSize: 32000,
  tiedEmbeddings: false,
  moe: null,
  published: { total: '69B' },
  assumption: false,
  source: LLAMA_CONFIG,
});

export const LLAMA_4_SCOUT = defineArchitecture({
  id: 'llama-4-scout',
  name: 'Llama 4 Scout 17B-16E',
  layers: 48,
  hiddenSize: 5120,
  // attention_chunk_size 8192; every 4th layer (no_rope_layers) is global, the other 36 chunked.
  attention: { kind: 'gqa', heads: 40, kvHeads: 8, headDim: 128, local: { layers: 36, window: 8192, note: 'chunked attention (8,192) on 3 of 4 layers' } },
  intermediateSize: 16384,
  vocabSize: 202048,
  tiedEmbeddings: false,
  moe: { moeLayers: 48, routedExperts: 16, expertsPerToken: 1, sharedExperts: 1, expertIntermediateSize: 8192 },
  published: { total: '~109B', active: '17B' },
  assumption: false,
  source: `${REF}: Llama4 Scout text_config copies (vLLM issue digest; unsloth/Llama-4-Scout-17B-16E fixture); total from Meta's model card [single source]`,
});

export const LLAMA_4_MAVERICK = defineArchitecture({
  id: 'llama-4-maverick',
  name: 'Llama 4 Maverick 17B-128E',
  layers: 48,
  hiddenSize: 5120,
  attention: { kind: 'gqa', heads: 40, kvHeads: 8, headDim: 128, local: { layers: 36, window: 8192, note: 'chunked attention (8,192) on 3 of 4 layers' } },
  intermediateSize: 16384,
  vocabSize: 202048,
  tiedEmbeddings: false,
  // interleave_moe_layer_step 2: every other layer is MoE.
  moe: { moeLayers: 24, routedExperts: 128, expertsPerToken: 1, sharedExperts: 1, expertIntermediateSize: 8192 },
  published: { total: '~400B', active: '17B' },
  assumption: false,
  source: `${REF}: TensorRT-LLM test LLAMA_4_MAVERICK_TWO_LAYER_CONFIG (original 48 layers); total from Meta's model card [single source]`,
});

export const DEEPSEEK_V3 = defineArchitecture({
  id: 'deepseek-v3',
  name: 'DeepSeek-V3 / R1 (671B)',
  layers: 61,
  hiddenSize: 7168,
  attention: { kind: 'mla', heads: 128, qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  intermediateSize: 18432,
  vocabSize: 129280,
  tiedEmbeddings: false,
  // first_k_dense_replace 3: layers 0–2 dense, 58 MoE layers.
  moe: { moeLayers: 58, routedExperts: 256, expertsPerToken: 8, sharedExperts: 1, expertIntermediateSize: 2048 },
  published: { total: '671B', active: '37B' },
  assumption: false,
  source: `${REF}: DeepSeek-Prover-V2-671B config in a flops-counter test (same V3 architecture); attention parameters per layer 187,105,280`,
  notes: 'DeepSeek-R1 and V3.x share this architecture.',
});

export const GPT_OSS_120B = defineArchitecture({
  id: 'gpt-oss-120b',
  name: 'gpt-oss-120b',
  layers: 36,
  hiddenSize: 2880,
  attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 64, local: { layers: 18, window: 128, note: 'sliding window (128) on alternate layers' } },
  intermediateSize: null,
  vocabSize: 201088,
  tiedEmbeddings: false,
  moe: { moeLayers: 36, routedExperts: 128, expertsPerToken: 4, sharedExperts: 0, expertIntermediateSize: 2880 },
  published: { total: '117B', active: '5.1B' },
  assumption: false,
  source: `${REF}: model-registry fixture (openai/gpt-oss-120b) and aiconfigurator test (128 experts, top-4, inter 2880); published weights MXFP4`,
  notes: 'Published "active 5.1B" counts one embedding matrix; the computed active figure counts both.',
});

export const GPT_OSS_20B = defineArchitecture({
  id: 'gpt-oss-20b',
  name: 'gpt-oss-20b',
  layers: 24,
  hiddenSize: 2880,
  attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 64, local: { layers: 12, window: 128, note: 'sliding window (128) on alternate layers' } },
  intermediateSize: null,
  vocabSize: 201088,
  tiedEmbeddings: false,
  moe: { moeLayers: 24, routedExperts: 32, expertsPerToken: 4, sharedExperts: 0, expertIntermediateSize: 2880 },
  published: { total: '21B', active: '3.6B' },
  assumption: false,
  source: `${REF}: Ollama gptoss test config; other copies agree; published weights MXFP4`,
});

export const QWEN3_235B_A22B = defineArchitecture({
  id: 'qwen3-235b-a22b',
  name: 'Qwen3-235B-A22B',
  layers: 94,
  hiddenSize: 4096,
  attention: { kind: 'gqa', heads: 64, kvHeads: 4, headDim: 128 },
  intermediateSize: null,
  vocabSize: 151936,
  tiedEmbeddings: false,
  moe: { moeLayers: 94, routedExperts: 128, expertsPerToken: 8, sharedExperts: 0, expertIntermediateSize: 1536 },
  published: { total: '235B', active: '22B' },
  assumption: false,
  source: `${REF}: full config embedded in a LiteLLM-registration script (transformers 4.51.0)`,
});

export const QWEN3_32B = defineArchitecture({
  id: 'qwen3-32b',
  name: 'Qwen3-32B',
  layers: 64,
  hiddenSize: 5120,
  attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 },
  intermediateSize: 25600,
  vocabSize: 151936,
  tiedEmbeddings: false,
  moe: null,
  published: { total: '32B' },
  assumption: false,
  source: `${REF}: several copies, e.g. a Qwen3 roofline script's "Qwen/Qwen3-32B" entry`,
});

export const MIXTRAL_8X7B = defineArchitecture({
  id: 'mixtral-8x7b',
  name: 'Mixtral 8x7B',
  layers: 32,
  hiddenSize: 4096,
  attention: { kind: 'gqa', heads: 32, kvHeads: 8, headDim: 128 },
  intermediateSize: null,
  vocabSize: 32000,
  tiedEmbeddings: false,
  moe: { moeLayers: 32, routedExperts: 8, expertsPerToken: 2, sharedExperts: 0, expertIntermediateSize: 14336 },
  published: { total: '46.7B', active: '12.9B' },
  assumption: false,
  source: `${REF}: TensorRT-LLM test MIXTRAL_8X7B_CONFIG; totals from a model-catalog file [secondary]`,
});

/**
 * Before this round every closed model was this dense 405B stand-in. Kept only so callers written
 * against it still compile; closed models now get a calibrated size class (serving-profile.ts).
 * @deprecated use servingProfileFor(catalogId) from serving-profile.ts
 */
export const PROPRIETARY_CLASS: ModelArchitecture = {
  ...LLAMA_3_1_405B,
  id: 'proprietary-class',
  name: 'Proprietary frontier-class (assumed 405B dense)',
  assumption: true,
  source: 'Assumption: sizes of proprietary models are not published; the shape of Llama 3.1 405B stands in.',
};

/**
 * The architectures the simulator and the break-even offered before this round (their link
 * parameters validate against these ids). New callers use ARCHITECTURES.
 * @deprecated use ARCHITECTURES
 */
export const MODEL_ARCHITECTURES: readonly ModelArchitecture[] = [LLAMA_3_1_8B, LLAMA_3_1_70B, LLAMA_3_1_405B, LLAMA_2_70B, PROPRIETARY_CLASS];

/** Every published architecture preset, dense and mixture-of-experts. */
export const ARCHITECTURES: readonly ModelArchitecture[] = [
  LLAMA_3_1_8B,
  LLAMA_3_1_70B,
  LLAMA_3_1_405B,
  LLAMA_2_70B,
  LLAMA_4_SCOUT,
  LLAMA_4_MAVERICK,
  DEEPSEEK_V3,
  GPT_OSS_120B,
  GPT_OSS_20B,
  QWEN3_235B_A22B,
  QWEN3_32B,
  MIXTRAL_8X7B,
];

export function architectureById(id: string): ModelArchitecture | undefined {
  return ARCHITECTURES.find((m) => m.id === id);
}

/**
 * Expected distinct experts one MoE layer reads when `tokens` tokens are routed uniformly:
 * E·(1 − (1 − k/E)^B). Real routing is skewed, so this is an upper estimate.
 */
export function expectedDistinctExperts(moe: MoeShape, tokens: number): number {
  if (tokens <= 0) return 0;
  const { routedExperts: e, expertsPerToken: k } = moe;
  return e * (1 - Math.pow(1 - k / e, tokens));
}
