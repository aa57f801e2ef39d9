import type { CardView, PercentileRow } from './simulate-model.ts';

/** p50, p95 and p99 in three columns, so they never wrap mid-number on a projector. */
function Percentiles({ rows, id }: { rows: PercentileRow[]; id: string }) {
  const two = rows.length > 1;
  return (
    <table className="mt-0.5 w-full tabular text-fg">
      <thead>
        <tr className="text-[11px] text-muted">
          {two ? <th scope="col" className="w-4 font-normal" /> : null}
          {['p50', 'p95', 'p99'].map((q) => (
            <th key={q} scope="col" className="text-left font-normal">
              {q}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.run} className={`font-semibold ${two ? 'text-sm' : 'text-[15px]'}`} data-testid={`summary-${id}-${r.run}`}>
            {r.letter ? (
              <th scope="row" className="text-left font-normal text-muted">
                {r.letter}
              </th>
            ) : null}
            <td className="whitespace-nowrap pr-1">{r.p50}</td>
            <td className="whitespace-nowrap pr-1">{r.p95}</td>
            <td className="whitespace-nowrap">{r.p99}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Headline numbers of the run(s) so far; with two runs, A and B one above the other. */
export function SummaryCards({ cards }: { cards: CardView[] }) {
  if (cards.length === 0) return null;
  return (
    <div className="near-screen grid grid-cols-2 gap-2 sm:grid-cols-3 [contain-intrinsic-block-size:auto_27rem]" data-testid="summary-cards" data-tour="simulate-summary">
      {cards.map((c) => (
        <section key={c.key} className={`min-w-0 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm ${c.kind === 'percentiles' ? 'col-span-2 sm:col-span-1' : c.wide ? 'col-span-2' : ''}`} aria-label={c.title}>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{c.title}</h3>
          {c.kind === 'percentiles' ? (
            <Percentiles rows={c.rows} id={c.key} />
          ) : (
            c.rows.map((r) => (
              <p key={r.run} className={`tabular mt-0.5 font-semibold leading-snug text-fg ${c.rows.length > 1 || c.wide ? 'text-sm' : 'text-base'}`} data-testid={`summary-${c.key}-${r.run}`}>
                {r.letter ? <span className="mr-1 inline-block w-4 text-muted">{r.letter}</span> : null}
                {r.text}
              </p>
            ))
          )}
          {c.note ? <p className="mt-0.5 text-[11px] leading-tight text-muted">{c.note}</p> : null}
          {c.kind === 'values' && c.beside ? (
            <div className="mt-1.5 border-t border-line pt-1" data-testid={`summary-${c.key}-beside`}>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{c.beside.title}</h4>
              <p className="tabular mt-0.5 text-base font-semibold leading-snug text-fg">{c.beside.text}</p>
              <p className="mt-0.5 text-[11px] leading-tight text-muted">{c.beside.note}</p>
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}
