/**
 * Token counting with a real tokenizer. llama3-tokenizer-js reproduces Meta's Llama 3 tokenizer
 * (shared by Llama 3, 3.1, 3.2 and 3.3), so counts for those models are exact. Other families use
 * tokenizers that are not public or not packaged; for them the Llama 3 count is an estimate.
 * The package carries its vocabulary inline (~3 MB), so it is imported only when first needed.
 */
import type { Llama3Tokenizer } from 'llama3-tokenizer-js';

export type TokenizerFamily = 'llama3' | 'other';
export type TokenCount = { tokens: number; exact: boolean; method: string };

let loading: Promise<Llama3Tokenizer> | null = null;

export function loadLlama3Tokenizer(): Promise<Llama3Tokenizer> {
  loading ??= import('llama3-tokenizer-js').then((m) => m.default);
  return loading;
}

/** Text tokens only: no begin/end-of-text markers and no chat template, which the model adds. */
export async function countTokens(text: string, family: TokenizerFamily): Promise<TokenCount> {
  const tokenizer = await loadLlama3Tokenizer();
  const tokens = tokenizer.encode(text, { bos: false, eos: false }).length;
  return family === 'llama3'
    ? { tokens, exact: true, method: 'Llama 3 tokenizer (exact for this model)' }
    : { tokens, exact: false, method: 'Llama 3 tokenizer used as an estimate; this model’s own tokenizer may differ' };
}

/** The prompt split into its tokens' text, for showing where the boundaries fall. */
export async function splitTokens(text: string): Promise<string[]> {
  const tokenizer = await loadLlama3Tokenizer();
  return tokenizer.encode(text, { bos: false, eos: false }).map((id) => tokenizer.decode([id]));
}

type O200k = { encode: (text: string) => number[]; decode: (ids: number[]) => string };
let loadingO200k: Promise<O200k> | null = null;

/** OpenAI's o200k tokenizer (gpt-tokenizer, ~2.4 MB of ranks), imported only when first needed. */
export function loadO200kTokenizer(): Promise<O200k> {
  loadingO200k ??= import('gpt-tokenizer/encoding/o200k_base').then((m) => ({ encode: (t: string) => m.encode(t), decode: (ids: number[]) => m.decode(ids) }));
  return loadingO200k;
}
