import { Card } from '../../ui/card.tsx';
import type { ValidationView } from './validation-model.ts';

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

export function SummaryCard({ view }: { view: ValidationView }) {
  const s = view.summary;
  const stats = [
    { label: 'Median error', value: pct(s.medianAbsError), note: `over ${s.scored} scored points` },
    { label: 'Worst error', value: pct(s.worstAbsError), note: s.worstLabel },
    { label: `Within ±${Math.round(view.band * 100)} %`, value: `${s.within} of ${s.scored}`, note: `${s.notScored} more listed, not scored` },
  ];
  return (
    <Card>
      <dl className="grid gap-4 sm:grid-cols-3" data-testid="validation-summary">
        {stats.map((st) => (
          <div key={st.label}>
            <dt className="text-sm font-medium text-muted">{st.label}</dt>
            <dd className="text-3xl font-bold tabular-nums text-fg">{st.value}</dd>
            <dd className="text-sm text-muted">{st.note}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">
        Throughput is output tokens per second of the whole published system. The efficiency factors are fitted to these points per regime (below), so this measures how well
        one model spans four accelerators, two precisions, dense and mixture-of-experts — not a prediction for unseen set-ups. MLPerf rows are listed but not scored: the
        reference gives no input length per sample, and both throughput and latency depend on it.
      </p>
    </Card>
  );
}

export function FactorsCard({ view }: { view: ValidationView }) {
  return (
    <Card className="mt-5" title="Fitted factors">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-2 pr-4 font-medium">
                Factor
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Value
              </th>
              <th scope="col" className="py-2 font-medium">
                Fitted to
              </th>
            </tr>
          </thead>
          <tbody>
            {view.factors.map((f) => (
              <tr key={f.name} className="border-b border-line last:border-0">
                <td className="py-1.5 pr-4 text-fg">{f.name}</td>
                <td className="py-1.5 pr-4 tabular-nums text-fg">{f.value}</td>
                <td className="py-1.5 text-muted">{f.fittedTo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">
        Memory bandwidth efficiency (82 / 80 / 71 / 61 % at 1 / 2 / 4 / 8 GPUs) and collectives come from Vidur’s measured H100 profiles. Accelerators without a point (A100,
        L40S, L4, Trainium2, Inferentia2) reuse the Hopper factors, and their speeds say “estimate”.
      </p>
    </Card>
  );
}
