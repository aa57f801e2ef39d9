import { useEffect, useState } from 'react';
import type { EncodeFn } from '../../domain/journey/tokens.ts';
import { loadLlama3Tokenizer } from '../../domain/tokenizer/count-tokens.ts';

let cached: EncodeFn | null = null;

/**
 * The Llama 3 tokenizer carries ~3 MB of vocabulary, so it is fetched (from our own origin) only
 * when a Llama 3.x model is chosen, never in the initial bundle.
 */
export function useLlamaTokenizer(needed: boolean): EncodeFn | null {
  const [encode, setEncode] = useState<EncodeFn | null>(cached);
  useEffect(() => {
    if (!needed || cached) return;
    let alive = true;
    loadLlama3Tokenizer()
      .then((tokenizer) => {
        cached = (text) => tokenizer.encode(text, { bos: false, eos: false }).map((id) => ({ id, text: tokenizer.decode([id]) }));
        if (alive) setEncode(() => cached);
      })
      .catch(() => {
        // Stay on the labelled estimate if the chunk cannot load (e.g. offline after an update).
      });
    return () => {
      alive = false;
    };
  }, [needed]);
  return needed ? encode : null;
}
