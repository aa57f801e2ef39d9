/**
 * Token lengths of the MLPerf Inference datasets, per sample. MLPerf publishes tokens per second and
 * samples per second, but a model of the run needs the prompt length too: prefill work, KV cache per
 * sequence and time to first token all follow it. Method: docs/validation.md "MLPerf input lengths".
 *
 * Input lengths: computed here from the per-sample token counts of each official dataset file
 * (tok_input_length / tok_input_len of the MLCommons pickles, len(tok_input) of cnn_eval.json),
 * extracted and published as CSV by openshift-psap/performance-dashboard, mlperf-data/summaries/*.csv
 * (commit 71007029fb5bced1d79808e7e64dc4c2af82ea55; files added 2025-11-04 and 2025-11-20). The sample
 * counts equal MLPerf's performance_sample_count for every dataset, so each file is the whole set.
 *
 * Output lengths: what the submitted system GENERATED, which differs from the dataset's reference
 * answers; each point takes it from its own run (tokens per second ÷ samples per second), see
 * mlperf-points.ts. The reference answers' spread is kept only for the simulator's length
 * distribution (`referenceOutputCv`), labelled as such.
 */

export type MlperfDataset = {
  id: 'llama2-70b' | 'mixtral-8x7b' | 'llama3.1-405b' | 'llama3.1-8b' | 'deepseek-r1';
  /** What the prompts are. */
  description: string;
  samples: number;
  /** Mean prompt tokens per sample (the model's own tokenizer). */
  meanInputTokens: number;
  /** Standard deviation ÷ mean of the prompt lengths. */
  inputCv: number;
  maxInputTokens: number;
  /** Spread of the reference answers' lengths (not of the generated ones, which the sources do not give per sample). */
  referenceOutputCv: number;
  /** The benchmark's cap on generated tokens (`max_output_len`, passed to the executor as each request's max_tokens): MAX_OUTPUT_SOURCE. */
  maxOutputTokens: number;
  source: string;
};

/** Where the caps come from: NVIDIA's generation configurations, which every scenario of a benchmark shares. */
export const MAX_OUTPUT_SOURCE =
  'max_output_len in ntuhpc/inference_results_v5.1 (commit 387c3dd0) closed/NVIDIA/code/<benchmark>/tensorrt/generation_config.json ("Length limits and beam width are set by MLCommons rules", configs/B200-SXM-180GBx8/*/llama3_1-8b.py); code/llmlib/cores/trtllm_executor_core.py enqueues every request with max_tokens = max_output_len';

const SOURCE =
  'openshift-psap/performance-dashboard mlperf-data/summaries/<file>.csv (commit 71007029), per-sample token counts extracted from the official MLCommons dataset file; mean, spread and maximum computed here';

export const MLPERF_DATASETS: readonly MlperfDataset[] = [
  {
    id: 'llama2-70b',
    description: 'OpenOrca (GPT-4 part), 24,576 samples, prompts up to 1,024 tokens',
    samples: 24_576,
    meanInputTokens: 222.33,
    inputCv: 0.771,
    maxInputTokens: 1021,
    referenceOutputCv: 0.787,
    maxOutputTokens: 1024,
    source: `${SOURCE.replace('<file>', 'llama2-70b-99')} (open_orca_gpt4_tokenized_llama.sampled_24576.pkl)`,
  },
  {
    id: 'mixtral-8x7b',
    description: 'MLCommons mixtral-8x7b dataset, 15,000 samples',
    samples: 15_000,
    meanInputTokens: 427.39,
    inputCv: 0.769,
    maxInputTokens: 1948,
    referenceOutputCv: 0.778,
    maxOutputTokens: 1024,
    source: `${SOURCE.replace('<file>', 'mixtral-8x7b')} (09292024_mixtral_15k_mintoken2_v1.pkl)`,
  },
  {
    id: 'llama3.1-405b',
    description: 'MLCommons llama3.1-405b dataset, 8,313 samples, long prompts (up to 20,000 tokens)',
    samples: 8313,
    meanInputTokens: 9428.64,
    inputCv: 0.431,
    maxInputTokens: 19_988,
    referenceOutputCv: 0.381,
    maxOutputTokens: 2000,
    source: `${SOURCE.replace('<file>', 'llama3-1-405b')} (mlperf_llama3.1_405b_dataset_8313_processed_fp16_eval.pkl)`,
  },
  {
    id: 'llama3.1-8b',
    description: 'CNN/DailyMail summarisation, 13,368 samples',
    samples: 13_368,
    meanInputTokens: 870.73,
    inputCv: 0.494,
    maxInputTokens: 2540,
    // The CSV's output column is characters ÷ 4 (an estimate), so no spread is taken from it: the 405B one stands in.
    referenceOutputCv: 0.381,
    maxOutputTokens: 128,
    source: `${SOURCE.replace('<file>', 'llama3-1-8b-datacenter')} (cnn_eval.json; input lengths only — its output column is characters ÷ 4, not used)`,
  },
  {
    id: 'deepseek-r1',
    description: 'MLCommons deepseek-r1 dataset, 4,388 samples, long reasoning answers',
    samples: 4388,
    meanInputTokens: 803.79,
    inputCv: 0.505,
    maxInputTokens: 3140,
    referenceOutputCv: 1.253,
    maxOutputTokens: 20_000,
    source: `${SOURCE.replace('<file>', 'deepseek-r1')} (mlperf_deepseek_r1_dataset_4388_fp8_eval.pkl)`,
  },
];

export function mlperfDataset(id: MlperfDataset['id']): MlperfDataset {
  const d = MLPERF_DATASETS.find((x) => x.id === id);
  if (!d) throw new RangeError(`unknown MLPerf dataset ${id}`);
  return d;
}
