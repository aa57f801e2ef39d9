/** The source and as-of date of a figure, with an "uncertain" or "assumption" flag when it applies. */
export function Provenance({
  source,
  asOf,
  uncertain,
  assumption,
  note,
}: {
  source: string;
  asOf?: string;
  uncertain?: boolean;
  assumption?: boolean;
  note?: string;
}) {
  return (
    <details className="group text-xs text-muted" data-print="inline">
      <summary className="cursor-pointer select-none rounded">
        {assumption ? <Badge tone="warn">assumption</Badge> : null}
        {uncertain ? <Badge tone="warn">uncertain</Badge> : null}
        <span>{asOf ? `Source, as of ${asOf}` : 'Source'}</span>
      </summary>
      <p className="mt-1 break-words">{source}</p>
      {note ? <p className="mt-1 break-words italic">{note}</p> : null}
    </details>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'warn' | 'danger' | 'ok' | 'accent'; children: React.ReactNode }) {
  const tones = {
    neutral: 'border-line text-muted',
    warn: 'border-warn text-warn bg-warn-soft',
    danger: 'border-danger text-danger bg-danger-soft',
    ok: 'border-ok text-ok',
    accent: 'border-accent text-fg bg-accent-soft',
  } as const;
  return (
    <span className={`mr-1 inline-block rounded border px-1.5 py-px text-[11px] font-semibold uppercase tracking-wide ${tones[tone]}`}>
      {children}
    </span>
  );
}
