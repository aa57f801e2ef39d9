import type { Trace } from '../../domain/journey/trace-types.ts';
import { Badge } from '../../ui/provenance.tsx';

export function AssumptionsTable({ trace }: { trace: Trace }) {
  return (
    <section aria-labelledby="assumptions-title" className="rounded-xl border border-line bg-surface p-4" data-testid="assumptions" data-print="omit">
      <h2 id="assumptions-title" className="text-lg font-semibold text-fg">
        Latency model: every figure and where it comes from
      </h2>
      <table className="mt-2 w-full text-left text-sm [overflow-wrap:anywhere]">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-3 font-semibold text-fg">
              Input
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold text-fg">
              Value
            </th>
            <th scope="col" className="py-1 font-semibold text-fg">
              Basis
            </th>
          </tr>
        </thead>
        <tbody>
          {trace.latency.assumptions.map((a) => (
            <tr key={a.id} className="border-b border-line align-top">
              <td className="py-1 pr-3 text-fg">{a.label}</td>
              <td className="tabular py-1 pr-3 font-medium text-fg">{a.value}</td>
              <td className="py-1 text-muted">
                <Badge tone={a.kind === 'assumption' ? 'warn' : a.kind === 'computed' ? 'accent' : 'ok'}>{a.kind}</Badge>
                {a.source ?? 'Teaching assumption; no public figure exists.'}
              </td>
            </tr>
          ))}
          <tr className="align-top">
            <td className="py-1 pr-3 text-fg">Tokens</td>
            <td className="py-1 pr-3 font-medium text-fg">{`${trace.input.tokens.length} in`}</td>
            <td className="py-1 text-muted">
              <Badge tone={trace.input.exact ? 'ok' : 'warn'}>{trace.input.exact ? 'exact' : 'estimate'}</Badge>
              {trace.input.method}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">Equations and sources: docs/journey-model.md in the project repository.</p>
    </section>
  );
}
