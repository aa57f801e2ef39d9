import type { FleetSummary } from '../../domain/sim/simulation-types.ts';
import type { QuantileSummary } from '../../domain/sim/quantile-sketch.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { num, percent, seconds } from './format.ts';

type Card = { key: string; title: string; value: (s: FleetSummary) => string; note: string };

const CARDS: Card[] = [
  { key: 'ttft', title: 'Time to first token', value: () => '', note: '' },
  { key: 'e2e', title: 'End-to-end latency', value: () => '', note: '' },
  { key: 'throttle', title: 'Throttle rate', value: (s) => percent(s.throttleRate), note: 'requests finally refused with 429' },
  { key: 'slo', title: 'SLO attainment', value: (s) => percent(s.sloAttainment), note: 'TTFT ≤ 2 s and TPOT ≤ 200 ms (MLPerf)' },
  { key: 'cost', title: 'Cost per 1M tokens', value: (s) => formatUsd(s.costPerMillionTokens), note: 'server cost ÷ tokens served' },
  { key: 'servers', title: 'Servers', value: (s) => `${num(s.meanReplicas, 1)} mean · ${s.peakReplicas} peak`, note: `scale-outs and scale-ins below` },
];

/** p50, p95 and p99 in three columns, so they never wrap mid-number on a projector. */
function Percentiles({ runs, pick, id }: { runs: { s: FleetSummary; i: number }[]; pick: (s: FleetSummary) => QuantileSummary; id: string }) {
  const two = runs.length > 1;
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
        {runs.map((r) => {
          const q = pick(r.s);
          return (
            <tr key={r.i} className={`font-semibold ${two ? 'text-sm' : 'text-[15px]'}`} data-testid={`summary-${id}-${r.i}`}>
              {two ? (
                <th scope="row" className="text-left font-normal text-muted">
                  {r.i === 0 ? 'A' : 'B'}
                </th>
              ) : null}
              <td className="whitespace-nowrap pr-1">{seconds(q.p50)}</td>
              <td className="whitespace-nowrap pr-1">{seconds(q.p95)}</td>
              <td className="whitespace-nowrap">{seconds(q.p99)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Headline numbers of the run(s) so far; with two runs, A and B one above the other. */
export function SummaryCards({ frames, labels }: { frames: RunFrame[]; labels: string[] }) {
  const runs = frames.flatMap((f, i) => (f.snapshot.kind === 'fleet' ? [{ label: labels[i] ?? '', s: f.snapshot.summary, i }] : []));
  if (runs.length === 0) return null;
  const two = runs.length > 1;
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="summary-cards">
      {CARDS.map((c) => (
        <section key={c.key} className={`min-w-0 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm ${c.key === 'ttft' || c.key === 'e2e' ? 'col-span-2 sm:col-span-1' : ''}`} aria-label={c.title}>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{c.title}</h3>
          {c.key === 'ttft' || c.key === 'e2e' ? (
            <Percentiles runs={runs} pick={(s) => (c.key === 'ttft' ? s.ttft : s.e2e)} id={c.key} />
          ) : runs.map((r) => (
            <p key={r.i} className={`tabular font-semibold text-fg ${two ? 'text-sm' : 'text-base'} mt-0.5 leading-snug`} data-testid={`summary-${c.key}-${r.i}`}>
              {two ? <span className="mr-1 inline-block w-4 text-muted">{r.i === 0 ? 'A' : 'B'}</span> : null}
              {c.key === 'servers' ? `${num(r.s.meanReplicas, 1)} mean · ${r.s.peakReplicas} peak` : c.value(r.s)}
            </p>
          ))}
          <p className="mt-0.5 text-[11px] leading-tight text-muted">
            {c.key === 'ttft' || c.key === 'e2e' ? null : c.key === 'servers' ? runs.map((r) => `${two ? (r.i === 0 ? 'A ' : 'B ') : ''}${r.s.scaleOuts} out, ${r.s.scaleIns} in`).join(' · ') : c.note}
          </p>
        </section>
      ))}
    </div>
  );
}
