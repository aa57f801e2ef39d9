import { useEffect, useId, useState } from 'react';
import type { CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { countTokens, type TokenCount } from '../../domain/tokenizer/count-tokens.ts';
import { Button } from '../../ui/button.tsx';
import { Badge } from '../../ui/provenance.tsx';

/** Counts the tokens of pasted text in the browser; the text is never stored or sent anywhere. */
export function TokenCounter({ model, onUse }: { model: CatalogModel; onUse: (tokens: number) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; count: TokenCount } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (text === '') return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      countTokens(text, model.tokenizer).then(
        (count) => {
          if (!cancelled) {
            setResult({ text, count });
            setError(null);
          }
        },
        () => !cancelled && setError('The tokenizer could not be loaded.'),
      );
    }, 150);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, model.tokenizer]);

  const count = text !== '' && result?.text === text ? result.count : null;
  return (
    <details className="mt-5 rounded-lg border border-line bg-surface-2 p-3" data-print="omit">
      <summary className="cursor-pointer font-medium text-fg">Count input tokens from text</summary>
      <label htmlFor={id} className="mt-3 block text-sm font-medium text-fg">
        Text to count
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={4}
        placeholder="Paste a prompt here. It stays in this browser."
        className="mt-1 w-full rounded-md border border-line bg-surface p-2 font-mono text-sm text-fg"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3" aria-live="polite">
        {error ? <span className="text-sm font-medium text-danger">{error}</span> : null}
        {text !== '' && !count && !error ? <span className="text-sm text-muted">Counting…</span> : null}
        {count ? (
          <>
            <span className="text-sm text-fg" data-testid="token-count">
              <strong className="tabular text-base">{count.tokens.toLocaleString('en-US')}</strong> tokens{' '}
              {count.exact ? <Badge tone="ok">exact</Badge> : <Badge tone="warn">estimate</Badge>}
            </span>
            <span className="text-xs text-muted">{count.method}. Chat-template and system tokens are not included.</span>
            <Button onClick={() => onUse(count.tokens)}>Use as input tokens</Button>
          </>
        ) : null}
      </div>
    </details>
  );
}
