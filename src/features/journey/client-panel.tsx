import { useStore } from 'zustand';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { formatMs, revealedTokens } from './client-progress.ts';
import { stageOf, type PlaybackStore } from './playback-store.ts';

/** What your application sees: the prompt, then the answer's tokens as they arrive. */
export function ClientPanel({ store, trace, reducedMotion, large = false }: { store: PlaybackStore; trace: Trace; reducedMotion: boolean; large?: boolean }) {
  const position = useStore(store, (s) => s.position);
  const index = stageOf(position, trace.stages.length);
  const frac = reducedMotion ? 1 : Math.min(1, position - index);
  const shown = revealedTokens(trace, index, frac);
  const stage = trace.stages[index]!;
  const tokens = trace.output.tokens;
  const outcome = trace.outcome;
  const errorVisible = !outcome.ok && stage.id === 'response';
  return (
    <section aria-labelledby="client-title" className={large ? '' : 'rounded-xl border border-line bg-surface p-4'} data-testid="client-panel" data-print="omit">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="client-title" className={`font-semibold text-fg ${large ? 'text-xl' : 'text-lg'}`}>
          Your application receives
        </h2>
        {outcome.ok ? (
          <p className="tabular text-sm text-muted" data-testid="token-count">
            {`${shown} / ${tokens.length} tokens · ${trace.latency.decodeTokensPerSecond.toFixed(0)} tok/s modelled`}
          </p>
        ) : null}
      </div>
      {large ? null : (
        <p className="mt-2 rounded-md bg-surface-2 px-3 py-2 text-sm text-fg">
          <span className="font-semibold">Prompt: </span>
          {trace.scenario.prompt}
        </p>
      )}
      {errorVisible && !outcome.ok ? (
        <div role="alert" className="mt-3 rounded-md border-2 border-danger bg-danger-soft p-3 text-fg" data-testid="client-error">
          <p className={`font-bold ${large ? 'text-xl' : 'text-lg'}`}>{`${outcome.exception} · HTTP ${outcome.httpStatus}`}</p>
          <p className="mt-1 break-words text-sm">{outcome.message}</p>
        </div>
      ) : (
        <p
          className={`whitespace-pre-wrap rounded-md border border-line text-fg ${
            large ? 'mt-1 flex max-h-[5.4rem] flex-col justify-end overflow-hidden px-3 py-1 text-xl leading-snug' : 'mt-3 min-h-16 p-3 text-base leading-relaxed'
          }`}
          data-testid="answer"
          aria-live="off"
        >
          {shown === 0 ? (
            <span className="text-muted">{outcome.ok ? 'Waiting for the first token…' : 'No answer: the request fails before the model.'}</span>
          ) : (
            // In presenter mode the box shows the newest lines; one inline run keeps the text flowing.
            <span>
              {tokens.slice(0, shown).map((t, i) => (
                <span key={i} className={i === shown - 1 && shown < tokens.length ? 'rounded bg-accent-soft' : undefined}>
                  {t.text}
                </span>
              ))}
            </span>
          )}
        </p>
      )}
      {large ? null : (
        <p className="mt-2 text-xs text-muted">
          {trace.clientFirstTokenMs !== null
            ? `First token after ${formatMs(trace.clientFirstTokenMs)}, last after ${formatMs(trace.totalMs)}; stop reason ${trace.output.stopReason}. `
            : ''}
          Illustrative answer: the explorer never calls a model. Output tokens are {trace.output.exact ? 'exact (Llama 3 tokenizer)' : 'estimated'}.
        </p>
      )}
    </section>
  );
}
