import type { RegionView } from '../../domain/sim/simulation-types.ts';
import { REGION_TABLE_NOTE, regionRows } from './region-rows.ts';

const CELL = 'whitespace-nowrap px-1.5 py-1 text-right align-top tabular';
const HEAD = 'whitespace-nowrap px-1.5 py-1 text-right align-bottom font-semibold';
const SUB = 'block text-[11px] font-normal text-muted';

/** Per Region: servers, requests served (and routed), spilled in and out, throttles and failures, p99s and its own SLA availability. */
export function RegionTable({ regions, label }: { regions: readonly RegionView[]; label: string }) {
  const rows = regionRows(regions);
  return (
    <section className="min-w-0 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm md:col-span-2" aria-label={`Regions${label}`} data-testid="ops-regions">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">Regions{label}</h3>
      <div className="mt-1 overflow-x-auto">
        <table className="w-full border-collapse text-[13px]">
          <thead>
            <tr className="border-b border-line text-[11px] text-muted">
              <th scope="col" className="px-1.5 py-1 text-left align-bottom font-semibold">
                Region
              </th>
              <th scope="col" className={HEAD}>
                Servers
              </th>
              <th scope="col" className={HEAD}>
                Served
              </th>
              <th scope="col" className={HEAD}>
                Spilled
                <span className={SUB}>in / out</span>
              </th>
              <th scope="col" className={HEAD}>
                Throttled
                <span className={SUB}>/ failed</span>
              </th>
              <th scope="col" className={HEAD}>
                p99 first token
                <span className={SUB}>/ end to end</span>
              </th>
              <th scope="col" className={HEAD}>
                Availability
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className="border-b border-line/60 last:border-0" data-testid="ops-region-row">
                <th scope="row" className="px-1.5 py-1 text-left align-top font-medium text-fg">
                  <span className="block whitespace-nowrap">
                    {r.name}
                    {r.down ? <span className="ml-1.5 rounded bg-danger-soft px-1 text-[11px] font-bold text-danger">DOWN</span> : null}
                  </span>
                  <span className={SUB}>{r.role === 'where the clients call' ? r.role : `${r.role} · ${r.roundTrip} round trip`}</span>
                </th>
                <td className={CELL}>{r.replicas}</td>
                <td className={CELL}>
                  {r.served}
                  <span className={SUB} data-testid="ops-region-routed">
                    {r.routed} routed
                  </span>
                </td>
                <td className={CELL} data-testid="ops-region-spilled">
                  {r.spilledIn} / {r.spilledOut}
                </td>
                <td className={CELL}>
                  {r.throttled} / {r.failed}
                </td>
                <td className={CELL}>{r.p99}</td>
                <td className={`${CELL} ${r.belowCommitment ? 'font-semibold text-danger' : ''}`} data-testid="ops-region-availability">
                  {r.availability}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-[11px] leading-tight text-muted">{REGION_TABLE_NOTE}</p>
    </section>
  );
}
