/**
 * Tokens of the prompt and of the (illustrative) answer. Llama 3.x tokens are exact when the
 * Llama 3 tokenizer is supplied; every other family gets an estimate, labelled as such.
 */
export type Token = { text: string; id?: number };
export type Tokenization = { tokens: Token[]; exact: boolean; method: string };

/** A tokenizer the view loads lazily (llama3-tokenizer-js); the domain only sees this function. */
export type EncodeFn = (text: string) => Token[];

/**
 * Estimate: split into words (with their leading space, as BPE tokenizers do) and punctuation, then
 * cut long words into 4-character pieces. Assumption: roughly 4 characters per English token, a
 * rule of thumb, not a property of any particular tokenizer.
 */
export const ESTIMATE_CHARS_PER_TOKEN = 4;

export function estimateTokens(text: string): Token[] {
  const pieces = text.match(/ ?[\p{L}\p{N}]+| ?[^\s\p{L}\p{N}]|\s+/gu) ?? [];
  const out: Token[] = [];
  for (const piece of pieces) {
    if (piece.length <= ESTIMATE_CHARS_PER_TOKEN + 1) {
      out.push({ text: piece });
      continue;
    }
    const lead = piece.startsWith(' ') ? ESTIMATE_CHARS_PER_TOKEN + 1 : ESTIMATE_CHARS_PER_TOKEN;
    out.push({ text: piece.slice(0, lead) });
    for (let i = lead; i < piece.length; i += ESTIMATE_CHARS_PER_TOKEN) out.push({ text: piece.slice(i, i + ESTIMATE_CHARS_PER_TOKEN) });
  }
  return out;
}

export type TokenizerFamily = 'llama3' | 'o200k' | 'other';

const EXACT_METHOD: Record<Exclude<TokenizerFamily, 'other'>, string> = {
  llama3: 'Llama 3 tokenizer (exact for Llama 3.x)',
  o200k: 'OpenAI o200k tokenizer (gpt-tokenizer; exact for gpt-oss, o200k_base for GPT-5.x)',
};

export const COUNT_TOKENS_POINTER =
  'For an exact count send the text to Bedrock’s CountTokens API (POST /model/{modelId}/count-tokens, free of charge; some Claude models only via Anthropic’s count_tokens on bedrock-mantle).';

export function tokenize(text: string, family: TokenizerFamily, encode: EncodeFn | null): Tokenization {
  if (family !== 'other' && encode) return { tokens: encode(text), exact: true, method: EXACT_METHOD[family] };
  return {
    tokens: estimateTokens(text),
    exact: false,
    method:
      family === 'other'
        ? `Estimate: this model’s tokenizer is not public; words split into ~4-character pieces. ${COUNT_TOKENS_POINTER}`
        : `Estimate (the ${family === 'llama3' ? 'Llama 3' : 'o200k'} tokenizer is still loading)`,
  };
}

/**
 * The explorer never calls a model, so the client receives this fixed, clearly illustrative answer;
 * its length (cut at max tokens) drives the decode time.
 */
export const ILLUSTRATIVE_ANSWER =
  'Only you and the Bedrock service can read it: your prompt travels encrypted with TLS, the service handles it in memory to run the model, and the model provider cannot see it. ' +
  'Bedrock keeps no copy of the text unless you turn on invocation logging, which writes to your own S3 bucket or CloudWatch log group.';

/** Llama 3 chat template as the AWS example embeds it in `prompt` [SDKEX:meta_llama/llama3_invoke_model.py]. */
export function llama3ChatPrompt(userText: string): string {
  return `<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n${userText}\n<|eot_id|>\n<|start_header_id|>assistant<|end_header_id|>\n`;
}
