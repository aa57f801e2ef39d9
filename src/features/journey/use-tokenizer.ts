import { useEffect, useState } from 'react';
import type { EncodeFn } from '../../domain/journey/tokens.ts';
import { loadLlama3Tokenizer, loadO200kTokenizer } from '../../domain/tokenizer/count-tokens.ts';
import type { TokenizerFamily } from '../../domain/tokenizer/tokenizer-family.ts';

const cached = new Map<TokenizerFamily, EncodeFn>();

async function load(family: Exclude<TokenizerFamily, 'other'>): Promise<EncodeFn> {
  if (family === 'llama3') {
    const t = await loadLlama3Tokenizer();
    return (text) => t.encode(text, { bos: false, eos: false }).map((id) => ({ id, text: t.decode([id]) }));
  }
  const t = await loadO200kTokenizer();
  return (text) => t.encode(text).map((id) => ({ id, text: t.decode([id]) }));
}

/**
 * A real tokenizer for the model's family, fetched (from our own origin) only when such a model is
 * chosen: each carries megabytes of vocabulary, so none is in the initial bundle.
 */
export function useTokenizer(family: TokenizerFamily): EncodeFn | null {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (family === 'other' || cached.has(family)) return;
    let alive = true;
    load(family)
      .then((encode) => {
        cached.set(family, encode);
        if (alive) setLoaded((n) => n + 1);
      })
      .catch(() => {
        // Stay on the labelled estimate if the chunk cannot load (e.g. offline after an update).
      });
    return () => {
      alive = false;
    };
  }, [family]);
  return family === 'other' ? null : (cached.get(family) ?? null);
}
