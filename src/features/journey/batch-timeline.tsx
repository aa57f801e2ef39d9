import { useStore } from 'zustand';
import type { JobStatus } from '../../domain/journey/batch-facts.ts';
import type { BatchTrace } from '../../domain/journey/batch-trace.ts';
import { stageOf, type PlaybackStore } from './playback-store.ts';

const BAD: ReadonlySet<JobStatus> = new Set<JobStatus>(['Failed', 'Expired', 'PartiallyCompleted']);

/**
 * The batch walk's timeline: the job's window from submission to its timeout, with the states it
 * passes through in order. How long each state lasts is not published, so the states are drawn as
 * equal steps (order, not duration) and only the window's two ends carry times.
 */
export function BatchTimeline({ store, batch }: { store: PlaybackStore; batch: BatchTrace }) {
  const position = useStore(store, (s) => s.position);
  const index = stageOf(position, batch.stages.length);
  const now = batch.statusAt[index] ?? null;
  const reached = now ? batch.jobPath.indexOf(now) : -1;
  const hours = batch.options.timeoutHours;
  const expiry = batch.job.expirationTime;
  return (
    <section aria-labelledby="batch-timeline-title" className="rounded-xl border border-line bg-surface p-4" data-testid="batch-timeline" data-tour="journey-waterfall">
      <h2 id="batch-timeline-title" className="text-lg font-semibold text-fg">
        The job’s window
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {[
          ['Timeout', `${hours} h`],
          ['Status now', now ?? 'no job yet'],
          ['Ends as', batch.outcome.finalStatus],
        ].map(([k, v]) => (
          <div key={k} className="rounded-md bg-surface-2 px-2 py-1.5">
            <dt className="text-xs font-medium text-muted">{k}</dt>
            <dd className="tabular text-lg font-bold text-fg">{v}</dd>
          </div>
        ))}
      </dl>
      <ol className="mt-3 flex flex-wrap gap-1" aria-label="Job states, in order">
        {batch.jobPath.map((st, i) => (
          <li
            key={st}
            aria-current={i === reached ? 'step' : undefined}
            className={`min-w-[6.5rem] flex-1 rounded-md border px-1 py-1.5 text-center text-xs font-semibold [overflow-wrap:anywhere] ${
              i === reached
                ? BAD.has(st)
                  ? 'border-danger bg-danger text-surface'
                  : 'border-accent bg-accent text-on-accent'
                : i < reached
                  ? 'border-accent bg-accent-soft text-fg'
                  : 'border-line bg-surface-2 text-muted'
            }`}
          >
            {st}
          </li>
        ))}
      </ol>
      <div className="mt-1 flex justify-between text-xs text-muted tabular">
        <span>submitted: 0 h</span>
        <span>{`timeout: ${hours} h`}</span>
      </div>
      <p className="mt-2 text-xs text-muted">
        The states are drawn in order, not to scale: how long a job waits or runs is not published. A job not started within timeoutDurationInHours
        (24–168) ends Expired; one that runs out of time part-way ends PartiallyCompleted. jobExpirationTime {expiry} is shown as submit time + timeout
        (an assumption).
      </p>
    </section>
  );
}
