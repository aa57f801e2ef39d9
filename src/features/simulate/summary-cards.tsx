import type { FleetSummary } from '../../domain/sim/simulation-types.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { num, percent, seconds } from './format.ts';

type Card = { key: string; title: string; value: (s: FleetSummary) => string; note: string };

const CARDS: Card[] = [
  { key: 'ttft', title: 'Time to first token', value: (s) => `${seconds(s.ttft.p50)} · ${seconds(s.ttft.p95)} · ${seconds(s.ttft.p99)}`, note: 'p50 · p95 · p99' },
  { key: 'e2e', title: 'End-to-end latency', value: (s) => `${seconds(s.e2e.p50)} · ${seconds(s.e2e.p95)} · ${seconds(s.e2e.p99)}`, note: 'p50 · p95 · p99' },
  { key: 'throttle', title: 'Throttle rate', value: (s) => percent(s.throttleRate), note: 'requests finally refused with 429' },
  { key: 'slo', title: 'SLO attainment', value: (s) => percent(s.sloAttainment), note: 'TTFT ≤ 2 s and TPOT ≤ 200 ms (MLPerf)' },
  { key: 'cost', title: 'Cost per 1M tokens', value: (s) => formatUsd(s.costPerMillionTokens), note: 'server cost ÷ tokens served' },
  { key: 'servers', title: 'Servers', value: (s) => `${num(s.meanReplicas, 1)} mean · ${s.peakReplicas} peak`, note: `scale-outs and scale-ins below` },
];

/** Headline numbers of the run(s) so far; with two runs, A and B one above the other. */
export function SummaryCards({ frames, labels }: { frames: RunFrame[]; labels: string[] }) {
  const runs = frames.flatMap((f, i) => (f.snapshot.kind === 'fleet' ? [{ label: labels[i] ?? '', s: f.snapshot.summary, i }] : []));
  if (runs.length === 0) return null;
  const two = runs.length > 1;
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6" data-testid="summary-cards">
      {CARDS.map((c) => (
        <section key={c.key} className="min-w-0 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm" aria-label={c.title}>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{c.title}</h3>
          {runs.map((r) => (
            <p key={r.i} className={`tabular font-semibold text-fg ${two ? 'text-sm' : 'text-base'} mt-0.5 leading-snug`} data-testid={`summary-${c.key}-${r.i}`}>
              {two ? <span className="mr-1 inline-block w-4 text-muted">{r.i === 0 ? 'A' : 'B'}</span> : null}
              {c.key === 'servers' ? `${num(r.s.meanReplicas, 1)} mean · ${r.s.peakReplicas} peak` : c.value(r.s)}
            </p>
          ))}
          <p className="mt-0.5 text-[11px] leading-tight text-muted">
            {c.key === 'servers' ? runs.map((r) => `${two ? (r.i === 0 ? 'A ' : 'B ') : ''}${r.s.scaleOuts} out, ${r.s.scaleIns} in`).join(' · ') : c.note}
          </p>
        </section>
      ))}
    </div>
  );
}
