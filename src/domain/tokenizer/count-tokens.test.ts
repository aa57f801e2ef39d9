import { beforeAll, describe, expect, it } from 'vitest';
import { countTokens, loadLlama3Tokenizer, splitTokens } from './count-tokens.ts';

describe('countTokens', () => {
  // The vocabulary is a 3 MB module; loading it is not what these tests measure, so it has its own time.
  beforeAll(() => loadLlama3Tokenizer(), 60_000);

  it('counts Llama 3 tokens exactly (the package README: "Hello world!" is 5 with BOS and EOS)', async () => {
    expect(await countTokens('Hello world!', 'llama3')).toEqual({
      tokens: 3,
      exact: true,
      method: 'Llama 3 tokenizer (exact for this model)',
    });
  });

  it('labels counts for other families as estimates', async () => {
    const c = await countTokens('Hello world!', 'other');
    expect(c.exact).toBe(false);
    expect(c.tokens).toBe(3);
  });

  it('splits text into pieces that join back to the text', async () => {
    const text = 'Explain how Bedrock routes a prompt.';
    const pieces = await splitTokens(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(5);
  });

  it('counts an empty text as zero tokens', async () => {
    expect((await countTokens('', 'llama3')).tokens).toBe(0);
  });
});
