import { Badge } from '../../ui/provenance.tsx';
import { useProgressiveCount } from '../../ui/use-progressive-count.ts';
import { errorText, latencyErrorText, type ValidationView } from './validation-model.ts';
import { enUs } from '../../domain/format/en-us-number.ts';

function StatusBadge({ status }: { status: TableStatus }) {
  if (status === 'not scored') return <Badge>not scored</Badge>;
  return status === 'within' ? <Badge tone="ok">within band</Badge> : <Badge tone="danger">outside band</Badge>;
}

type TableStatus = ValidationView['rows'][number]['status'];

/** Whether the error is in-sample (with its held-out twin) or out-of-sample. */
function SampleNote({ row }: { row: ValidationView['rows'][number] }) {
  if (row.sample === null) return null;
  return (
    <div className="text-xs text-muted">
      {row.sample === 'in-sample' ? (
        <>
          in-sample · held out <span className="tabular-nums">{errorText(row.heldOutError)}</span>
        </>
      ) : (
        'never fitted'
      )}
    </div>
  );
}

function ms(seconds: number): string {
  return seconds >= 10 ? `${enUs(Math.round(seconds))} s` : seconds >= 1 ? `${seconds.toFixed(2)} s` : `${(seconds * 1000).toFixed(seconds < 0.1 ? 1 : 0)} ms`;
}

function tok(n: number | null): string {
  return n === null ? '—' : enUs(Math.round(n));
}

/** Rows drawn per task while the table builds (each row is a few dozen elements). */
const ROWS_PER_TASK = 12;

export function ValidationTable({ view }: { view: ValidationView }) {
  const shown = useProgressiveCount(view.rows.length, ROWS_PER_TASK);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Every published point (scrolls sideways)">
      <table className="w-full text-left text-sm" data-testid="validation-table">
        <caption className="sr-only">Published measurements, the modelled value for each and the error</caption>
        <thead>
          <tr className="border-b border-line text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              Configuration
            </th>
            <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">
              Published <span className="whitespace-nowrap">tok/s</span>
            </th>
            <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">
              Modelled <span className="whitespace-nowrap">tok/s</span>
            </th>
            <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">
              Error
            </th>
            <th scope="col" className="hidden py-2 font-medium lg:table-cell">
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.slice(0, shown).map((r) => (
            <tr key={r.id} className="border-b border-line align-top last:border-0" data-point-id={r.id}>
              <td className="min-w-0 py-2 pr-3">
                <div className="font-medium text-fg">
                  {r.model}
                  {r.moe ? <span className="ml-1 text-xs font-semibold text-muted">MoE</span> : null}
                </div>
                <div className="text-muted">
                  {r.system} · {r.workload}
                </div>
                <div className="text-muted">
                  {r.suite}, {r.scenario}
                  {r.latency ? ` · ${r.latency}` : ''}
                  {r.method === 'at the published TPOT' ? ' · modelled at the published TPOT' : ''}
                </div>
                {r.engine ? (
                  <div className="text-muted" data-engine-latency>
                    Engine at the published load: TTFT <span className="tabular-nums text-fg">{ms(r.engine.ttftSeconds)}</span> ({latencyErrorText(r.engine.ttftError)}), TPOT{' '}
                    <span className="tabular-nums text-fg">{ms(r.engine.tpotSeconds)}</span> ({latencyErrorText(r.engine.tpotError)})
                  </div>
                ) : null}
                {r.latencyMissReason ? (
                  <p className="mt-1 text-xs text-fg" data-latency-miss-reason={r.id}>
                    <span className="font-semibold">Latency miss:</span> {r.latencyMissReason}
                  </p>
                ) : null}
                {r.missReason ? (
                  <p className="mt-1 text-xs text-fg" data-miss-reason={r.id}>
                    <span className="font-semibold">Throughput miss:</span> {r.missReason}
                  </p>
                ) : null}
                <div className="mt-1 text-fg sm:hidden">
                  Published <span className="tabular-nums">{tok(r.published)}</span> · modelled <span className="tabular-nums">{tok(r.modelled)}</span> tok/s
                  {r.error !== null ? <span className="tabular-nums"> · {errorText(r.error)}</span> : null} <StatusBadge status={r.status} />
                  <SampleNote row={r} />
                </div>
                <div className="mt-1 text-xs text-muted [overflow-wrap:anywhere] lg:hidden">
                  {r.status === 'not scored' ? <p className="mb-1 text-fg">{r.reason}</p> : null}
                  {r.source} ({r.date})
                </div>
              </td>
              <td className="hidden py-2 pr-3 text-right tabular-nums text-fg sm:table-cell">{tok(r.published)}</td>
              <td className="hidden py-2 pr-3 text-right tabular-nums text-fg sm:table-cell">{tok(r.modelled)}</td>
              <td className="hidden whitespace-nowrap py-2 pr-3 text-right sm:table-cell">
                {r.status === 'not scored' ? null : <div className="tabular-nums text-fg">{errorText(r.error)}</div>}
                <StatusBadge status={r.status} />
                <SampleNote row={r} />
              </td>
              <td className="hidden max-w-[22rem] py-2 text-xs text-muted lg:table-cell">
                {r.status === 'not scored' ? <p className="mb-1 text-fg">{r.reason}</p> : null}
                {r.source} ({r.date})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
