import { memo } from 'react';
import type { Stage } from '../../domain/journey/trace-types.ts';
import { Badge } from '../../ui/provenance.tsx';
import { formatMs } from './client-progress.ts';
import { VisibilityBadge } from './visibility-badge.tsx';

/** Memoised: the playback position changes every frame, the stage only at stage boundaries. */
export const NarrationPanel = memo(function NarrationPanel({
  count: n,
  stage,
  presenter = false,
}: {
  /** How many stages the walk has. */
  count: number;
  stage: Stage;
  presenter?: boolean;
}) {
  return (
    <section
      aria-labelledby="stage-title"
      aria-live="polite"
      data-testid="narration"
      className={presenter ? 'grid grid-cols-[minmax(0,1fr)_minmax(0,2fr)] gap-x-6 gap-y-1' : 'space-y-3'}
      data-tour={presenter ? 'journey-narration' : undefined}
    >
      <div className={presenter ? 'space-y-1' : 'space-y-3'}>
      <p className={`font-semibold uppercase tracking-wide text-muted ${presenter ? 'text-base' : 'text-sm'}`} data-testid="stage-counter">
        {`Stage ${stage.number} of ${n}`}
        {stage.status === 'failed' ? <span className="ml-2 text-danger">· failed</span> : stage.status === 'retried' ? <span className="ml-2 text-warn">· retried</span> : null}
      </p>
      <h2 id="stage-title" className={`font-bold leading-tight text-fg ${presenter ? 'text-[1.5rem]' : 'text-2xl'}`}>
        {stage.title}
      </h2>
      {presenter ? <VisibilityBadge visibility={stage.visibility} large={false} /> : null}
      </div>
      <div className={presenter ? 'space-y-1' : 'space-y-3'}>
      <p className={`text-fg [overflow-wrap:anywhere] ${presenter ? 'text-[1.0625rem] leading-snug' : 'text-base leading-relaxed'}`}>
        <Badge tone="ok">documented</Badge> {stage.narration.text}
      </p>
      {stage.narration.simplification ? (
        <p className={`text-muted ${presenter ? 'text-base leading-snug' : 'text-sm'}`}>
          <Badge tone="warn">teaching simplification</Badge> {stage.narration.simplification}
        </p>
      ) : null}
      {presenter ? null : (
        <>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
            <dt className="font-semibold text-muted">Who</dt>
            <dd className="text-fg">{stage.actor}</dd>
            <dt className="font-semibold text-muted">Where</dt>
            <dd className="text-fg">
              {stage.accountLabel} · {stage.region}
            </dd>
            <dt className="font-semibold text-muted">Decides</dt>
            <dd className="text-fg">{stage.checks}</dd>
            <dt className="font-semibold text-muted">Records</dt>
            <dd className="text-fg">
              {stage.stores.length === 0
                ? 'Nothing'
                : stage.stores.map((st) => `${st.where}: ${st.what}${st.containsPromptText ? ' (includes the prompt text)' : ''}`).join('; ')}
            </dd>
            <dt className="font-semibold text-muted">When</dt>
            <dd className="tabular text-fg">
              {stage.when ??
                (stage.endMs > stage.startMs ? `${formatMs(stage.startMs)} → ${formatMs(stage.endMs)} (${formatMs(stage.endMs - stage.startMs)})` : `at ${formatMs(stage.startMs)}`)}
            </dd>
          </dl>
          <details className="rounded-md border border-line bg-surface-2" open data-print="omit">
            <summary className="cursor-pointer px-3 py-1.5 text-sm font-semibold text-fg">{stage.payloadTitle}</summary>
            <pre tabIndex={0} aria-label={stage.payloadTitle} className="max-h-48 overflow-auto whitespace-pre-wrap break-words px-3 pb-2 font-mono text-xs text-fg" data-testid="stage-payload">
              {stage.payload}
            </pre>
          </details>
          <details className="text-xs text-muted">
            <summary className="cursor-pointer">Sources</summary>
            <ul className="mt-1 list-disc pl-5">
              {stage.narration.sources.map((src) => (
                <li key={src}>{src}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      </div>
    </section>
  );
});
