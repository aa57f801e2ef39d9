import { memo, useMemo, type Ref } from 'react';
import { useStore } from 'zustand';
import { opsView, type OpsView } from '../../domain/sim-view/ops-view.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import type { RegionView } from '../../domain/sim/simulation-types.ts';
import { useNearViewport } from '../../ui/use-near-viewport.ts';
import { mayHold, OUT_OF_SIGHT_EVERY } from './out-of-sight.ts';
import { RegionTable } from './region-table.tsx';
import { simStore } from './sim-store.ts';

const CARD = 'min-w-0 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm';
const HEADING = 'text-xs font-semibold uppercase tracking-wide text-muted';

function AvailabilityCard({ a, label }: { a: OpsView['availability']; label: string }) {
  return (
    <section className={CARD} aria-label={`Availability against the SLA${label}`} data-testid="ops-availability">
      <h3 className={HEADING}>Availability vs the SLA{label}</h3>
      <p className={`tabular mt-0.5 text-2xl font-semibold ${a.failing ? 'text-danger' : 'text-fg'}`} data-testid="ops-uptime">
        {a.uptime}
      </p>
      <p className="text-sm font-medium text-fg">{a.verdict}</p>
      <p className={`text-sm ${a.failing ? 'font-semibold text-danger' : 'text-muted'}`} data-testid="ops-credit">
        {a.credit}
      </p>
      <p className="mt-1 text-[11px] leading-tight text-muted">{a.tiers}</p>
      <p className="mt-0.5 text-[11px] leading-tight text-muted">{a.method}</p>
    </section>
  );
}

function AlarmList({ alarms, label }: { alarms: OpsView['alarms']; label: string }) {
  return (
    <section className={CARD} aria-label={`Alarms${label}`} data-testid="ops-alarms">
      <h3 className={HEADING}>Alarms{label}</h3>
      <ul className="mt-1 space-y-1.5">
        {alarms.map((a) => (
          <li key={a.name} className="text-sm" data-testid="ops-alarm">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className={`rounded px-1.5 text-[11px] font-bold ${a.state === 'ALARM' ? 'bg-danger-soft text-danger' : 'bg-surface-2 text-muted'}`}>{a.state}</span>
              <span className="font-medium text-fg">{a.name}</span>
            </div>
            <p className="text-[12px] text-muted">
              {a.rule}
              {a.documented ? '' : ' (not an AWS-published metric: the simulator’s own)'}
            </p>
            {a.episodes.length === 0 ? (
              <p className="text-[12px] text-muted">Never fired.</p>
            ) : (
              <ul className="tabular text-[12px] text-fg">
                {a.episodes.slice(0, 6).map((e) => (
                  <li key={e.fired}>
                    Fired {e.fired} · {e.cleared === 'still firing' ? 'still firing' : `cleared ${e.cleared}`}
                  </li>
                ))}
                {a.episodes.length > 6 ? <li className="text-muted">… and {a.episodes.length - 6} more</li> : null}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RolloutCard({ r, label }: { r: NonNullable<OpsView['rollout']>; label: string }) {
  return (
    <section className={CARD} aria-label={`${r.title}${label}`} data-testid="ops-rollout">
      <h3 className={HEADING}>
        {r.title}
        {label}
      </h3>
      <p className="mt-0.5 text-sm font-semibold text-fg" data-testid="ops-rollout-phase">
        {r.phase}
      </p>
      <ol className="mt-1 space-y-0.5 text-[12px] text-fg">
        {r.marks.map((m) => (
          <li key={`${m.time}-${m.kind}`} className={m.kind === 'rollback' ? 'font-semibold text-danger' : ''}>
            <span className="tabular mr-1 text-muted">{m.time}</span>
            {m.text}
          </li>
        ))}
      </ol>
      <p className="mt-1 text-[11px] leading-tight text-muted">{r.note}</p>
    </section>
  );
}

function BatchCard({ b, label, priceNote }: { b: OpsView['batch'][number]; label: string; priceNote: string | null }) {
  return (
    <section className={CARD} aria-label={`${b.title}${label}`} data-testid="ops-batch">
      <h3 className={HEADING}>
        {b.title}
        {label}
      </h3>
      <div className="mt-1 h-2 w-full overflow-hidden rounded bg-surface-2" role="progressbar" aria-label={`${b.title} progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.floor(100 * b.progress)}>
        <div className={`h-full ${b.late ? 'bg-danger' : 'bg-accent'}`} style={{ width: `${Math.min(100, 100 * b.progress)}%` }} />
      </div>
      <p className="tabular mt-1 text-sm text-fg">{b.progressText}</p>
      <p className={`text-sm ${b.late ? 'font-semibold text-danger' : 'text-muted'}`} data-testid="ops-batch-status">
        {b.status}
      </p>
      {b.cost ? <p className="text-[12px] text-muted">{b.cost}</p> : null}
      {priceNote ? (
        <p className="text-[11px] leading-tight text-muted" data-testid="ops-batch-price">
          {priceNote}
        </p>
      ) : null}
    </section>
  );
}

type BodyProps = { frames: RunFrame[] | null; labels: string[]; hold: boolean; seq: number; rootRef: Ref<HTMLDivElement> };

// The charts take offsets 0, 1, 2…; the panels take their turn half-way between.
const TURN_OFFSET = OUT_OF_SIGHT_EVERY / 2;

/**
 * The operator's side of a run: its availability against Bedrock's SLA and the credit tier, the alarms
 * with when they fired and cleared, and — when the scenario has them — the model-update rollout and the
 * batch jobs. Renders only; src/domain/sim-view/ops-view.ts computes everything. While a run plays and
 * the panels are out of sight they redraw only on their turns (out-of-sight.ts), like the charts.
 * `seq` numbers the chart frame `frames` is.
 */
export function OpsPanels({ frames, labels, seq }: { frames: RunFrame[] | null; labels: string[]; seq: number }) {
  const running = useStore(simStore, (s) => s.status === 'running');
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return <OpsPanelsBody frames={frames} labels={labels} hold={running && !near} seq={seq} rootRef={ref} />;
}

const OpsPanelsBody = memo(function OpsPanelsBody({ frames, labels, rootRef }: BodyProps) {
  const views = useMemo(
    () =>
      (frames ?? []).flatMap((f, i) =>
        f.snapshot.kind === 'fleet' && f.snapshot.monitoring
          ? [
              {
                view: opsView({ ...f.snapshot, regions: f.snapshot.regions ?? null }),
                label: frames!.length > 1 ? ` — ${labels[i] ?? `run ${i + 1}`}` : '',
                regions: (f.snapshot.regions ?? null) as RegionView[] | null,
                priceNotes: f.snapshot.batchJobs.map((j) => j.priceNote ?? null),
              },
            ]
          : [],
      ),
    [frames, labels],
  );
  if (views.length === 0) return null;
  return (
    <div ref={rootRef} className="space-y-2" data-testid="ops-panels" data-tour="simulate-ops">
      <h2 className="text-sm font-semibold text-fg">Operations: monitoring, SLA, Regions, rollouts and batch</h2>
      {views.map(({ view, label, regions, priceNotes }) => (
        <div key={label} className="near-screen grid grid-cols-1 gap-2 md:grid-cols-2 [contain-intrinsic-block-size:auto_20rem]">
          {regions ? <RegionTable regions={regions} label={label} /> : null}
          <AvailabilityCard a={view.availability} label={regions ? ` across the Regions${label}` : label} />
          <AlarmList alarms={view.alarms} label={label} />
          {view.rollout ? <RolloutCard r={view.rollout} label={label} /> : null}
          {view.batch.map((b, j) => (
            <BatchCard key={b.title} b={b} label={label} priceNote={priceNotes[j] ?? null} />
          ))}
        </div>
      ))}
    </div>
  );
}, (prev, next) => (next.hold && hasPanels(prev.frames) && mayHold(prev.seq, next.seq, TURN_OFFSET)) || (prev.frames === next.frames && prev.labels === next.labels));

/** Whether the panels show anything (until they do, there is nothing on the page to watch or hold). */
function hasPanels(frames: RunFrame[] | null): boolean {
  return (frames ?? []).some((f) => f.snapshot.kind === 'fleet' && Boolean(f.snapshot.monitoring));
}
