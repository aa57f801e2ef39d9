import { useStore } from 'zustand';
import { formatUsd } from '../../domain/format/money.ts';
import type { BatchTrace } from '../../domain/journey/batch-trace.ts';
import { stageOf, type PlaybackStore } from './playback-store.ts';

/** What you see of a batch job: no answer on the wire, only the job's status when you poll, then files. */
export function BatchJobPanel({ store, batch }: { store: PlaybackStore; batch: BatchTrace }) {
  const position = useStore(store, (s) => s.position);
  const index = stageOf(position, batch.stages.length);
  const status = batch.statusAt[index] ?? null;
  const m = batch.files.manifest;
  const p = batch.pricing;
  const n = (x: number) => x.toLocaleString('en-US');
  const finished = index === batch.stages.length - 1 || batch.stages[index]!.id === 'batch-output';
  return (
    <section aria-labelledby="batch-job-title" className="rounded-xl border border-line bg-surface p-4" data-testid="batch-job-panel">
      <h2 id="batch-job-title" className="text-lg font-semibold text-fg">
        What you see
      </h2>
      <p className="mt-2 text-sm text-fg">
        A batch job sends no answer back on the wire: CreateModelInvocationJob returns a jobArn, and your code (or the console) polls
        GetModelInvocationJob for its status, then reads the results from S3.
      </p>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
        <dt className="font-semibold text-muted">Job</dt>
        <dd className="font-mono text-xs text-fg">{status ? batch.job.jobArn : 'not created yet'}</dd>
        <dt className="font-semibold text-muted">Status</dt>
        <dd className="font-semibold text-fg" data-testid="batch-status">
          {status ?? '—'}
        </dd>
        <dt className="font-semibold text-muted">Records</dt>
        <dd className="tabular text-fg">
          {finished && m
            ? `${n(m.totalRecordCount)} total · ${n(m.processedRecordCount)} processed · ${n(m.successRecordCount)} succeeded · ${n(m.errorRecordCount)} failed`
            : finished
              ? `${n(batch.options.records)} in the file · none processed`
              : `${n(batch.options.records)} in the file`}
        </dd>
        <dt className="font-semibold text-muted">Tokens per record</dt>
        <dd className="tabular text-fg">{`${n(batch.inputTokensPerRecord)} in${batch.input.exact ? '' : ' (estimated)'} · ${n(batch.outputTokensPerRecord)} out · 0 cache`}</dd>
        <dt className="font-semibold text-muted">Batch price</dt>
        <dd className="tabular text-fg" data-testid="batch-cost">
          {!p
            ? '—'
            : p.batch.ok
              ? `${formatUsd(p.batch.totalUsd)} for ${n(p.records)} records${p.onDemand.ok ? ` · on-demand ${formatUsd(p.onDemand.totalUsd)}` : ''}${
                  p.batchShareOfOnDemand !== null ? ` (${Math.round(p.batchShareOfOnDemand * 100)} %)` : ''
                }`
              : p.batch.reason}
        </dd>
      </dl>
    </section>
  );
}
