/**
 * Which tokenizer counts a model's tokens exactly. Llama 3.x: Meta's tokenizer (llama3-tokenizer-js).
 * OpenAI's gpt-oss models use o200k_harmony, whose ranks are o200k_base's (OpenAI's gpt-oss model
 * card); tiktoken maps the gpt-5 prefix to o200k_base, assumed for the later GPT-5.x and GPT-6 IDs.
 * Every other family: no public tokenizer, so an estimate.
 */
export type TokenizerFamily = 'llama3' | 'o200k' | 'other';

export function tokenizerFamilyOf(m: { id: string; provider: string; tokenizer: 'llama3' | 'other' }): TokenizerFamily {
  if (m.tokenizer === 'llama3') return 'llama3';
  if (m.provider === 'OpenAI' && /^(gpt-oss|gpt-5|gpt-6)/.test(m.id)) return 'o200k';
  return 'other';
}
