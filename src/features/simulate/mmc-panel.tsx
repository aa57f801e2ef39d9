import type { ChartView, MmcView } from './simulate-model.ts';
import { TimeChart } from './time-chart.tsx';

/** The validation model: simulated estimates converging on the Erlang C values shown beside them. */
export function MmcPanel({ view, charts, xMax, scenarioSummary }: { view: MmcView; charts: ChartView[]; xMax: number; scenarioSummary: string }) {
  return (
    <div className="grid gap-3" data-testid="mmc-panel">
      <section className="rounded-xl border border-line bg-surface p-4 shadow-sm" aria-labelledby="erlang-title" data-tour="simulate-summary">
        <h2 id="erlang-title" className="text-lg font-semibold text-fg">
          Simulated vs Erlang C
        </h2>
        <p className="mt-1 text-sm text-muted">{view.intro}</p>
        {!view.stable ? (
          <p role="status" className="mt-2 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
            λ ≥ c·μ: the queue grows without bound and Erlang C has no steady state. The simulation still runs.
          </p>
        ) : null}
        <table className="mt-3 w-full text-sm tabular" data-testid="erlang-table">
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-1 pr-2 font-medium">
                Quantity
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                Simulated
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                Erlang C (exact)
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.key} className="border-b border-line/60">
                <th scope="row" className="py-1.5 pr-2 text-left font-medium text-fg">
                  {r.label}
                </th>
                <td className="py-1.5 pr-2 text-right text-fg" data-testid={`sim-${r.key}`}>
                  {r.simulated}
                </td>
                <td className="py-1.5 pr-2 text-right font-semibold text-fg" data-testid={`exact-${r.key}`}>
                  {r.exact}
                </td>
                <td className="py-1.5 text-right text-muted">{r.difference}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-muted">
          {view.little} Formulas and worked cases: docs/queueing.md (Erlang B recursion, C = B / (1 − ρ(1 − B)), Wq = C / (cμ − λ)).
        </p>
      </section>
      <div className="grid gap-3 lg:grid-cols-2" data-tour="simulate-charts">
        {charts.map((chart) => (
          <TimeChart key={chart.id} chart={chart} xMax={xMax} scenarioSummary={scenarioSummary} />
        ))}
      </div>
    </div>
  );
}
