import { erlangComparison } from '../../domain/sim-view/erlang-compare.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import { num, percent, seconds } from './format.ts';
import { TimeChart } from './time-chart.tsx';

/** The validation model: simulated estimates converging on the Erlang C values shown beside them. */
export function MmcPanel({ frame, xMax }: { frame: RunFrame; xMax: number }) {
  const snap = frame.snapshot;
  if (snap.kind !== 'mmc') return null;
  const s = snap.summary;
  const { stable, rows } = erlangComparison(s);
  const fmt = (key: string, v: number) => (key === 'waitProbability' || key === 'utilization' ? num(v, 4) : seconds(v));
  const samples = frame.samples;
  const chart = (key: 'waitProbability' | 'meanWait' | 'meanResponse', title: string, unit: string) => {
    const exact = rows.find((r) => r.key === key)!.exact;
    return (
      <TimeChart
        id={`mmc-${key}`}
        title={title}
        description={`Simulated estimate over time, with the exact Erlang C value as a dashed line.`}
        yLabel={unit}
        xMax={xMax}
        format={(v) => (key === 'waitProbability' ? num(v, 3) : seconds(v))}
        yMaxAtLeast={Number.isFinite(exact) ? exact * 1.25 : 0}
        rules={Number.isFinite(exact) ? [{ value: exact, label: `Erlang C ${key === 'waitProbability' ? num(exact, 4) : seconds(exact)}`, color: 'var(--danger)' }] : []}
        lines={[{ key, label: 'simulated', color: 'var(--chart-1)', times: samples.time, values: samples.values[key] ?? [] }]}
      />
    );
  };
  return (
    <div className="grid gap-3" data-testid="mmc-panel">
      <section className="rounded-xl border border-line bg-surface p-4 shadow-sm" aria-labelledby="erlang-title">
        <h2 id="erlang-title" className="text-lg font-semibold text-fg">
          Simulated vs Erlang C
        </h2>
        <p className="mt-1 text-sm text-muted">
          M/M/{s.servers}: λ = {num(s.arrivalRate, 3)}/s, μ = {num(s.serviceRate, 3)}/s, offered load {num(s.arrivalRate / s.serviceRate, 3)} Erlangs. {num(s.measured, 0)} customers measured
          (the first 5 % are left out as warm-up).
        </p>
        {!stable ? (
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
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-line/60">
                <th scope="row" className="py-1.5 pr-2 text-left font-medium text-fg">
                  {r.label}
                </th>
                <td className="py-1.5 pr-2 text-right text-fg" data-testid={`sim-${r.key}`}>
                  {fmt(r.key, r.simulated)}
                </td>
                <td className="py-1.5 pr-2 text-right font-semibold text-fg" data-testid={`exact-${r.key}`}>
                  {fmt(r.key, r.exact)}
                </td>
                <td className="py-1.5 text-right text-muted">{Number.isFinite(r.relativeError) ? `${r.relativeError >= 0 ? '+' : ''}${percent(r.relativeError, 1)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-muted">
          Little’s law check: time-averaged L = {num(s.meanInSystem, 3)}, λ·W = {num(s.littleLambdaW, 3)}. Formulas and worked cases: docs/queueing.md (Erlang B recursion,
          C = B / (1 − ρ(1 − B)), Wq = C / (cμ − λ)).
        </p>
      </section>
      <div className="grid gap-3 lg:grid-cols-2">
        {chart('waitProbability', 'P(wait): share of customers who queue', 'P')}
        {chart('meanWait', 'Wq: mean wait in queue', 's')}
        {chart('meanResponse', 'W: mean time in system', 's')}
        <TimeChart
          id="mmc-queue"
          title="Queue and busy servers"
          description="Customers waiting and servers busy, time-averaged per bucket."
          yLabel="customers"
          xMax={xMax}
          format={(v) => num(v, 1)}
          lines={[
            { key: 'q', label: 'waiting', color: 'var(--chart-3)', times: snap.series.time, values: snap.series.channels.queueLength ?? [] },
            { key: 'b', label: 'busy servers', color: 'var(--chart-1)', times: snap.series.time, values: snap.series.channels.busyServers ?? [] },
          ]}
        />
      </div>
    </div>
  );
}
