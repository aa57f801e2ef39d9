import { Link } from 'react-router';
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { PUBLISHED_THROUGHPUT } from '../../domain/breakeven/published-throughput.ts';
import { formatDuration } from '../../domain/format/duration.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { Provenance } from '../../ui/provenance.tsx';
import type { BreakEvenModel } from './break-even-model.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import { SourcedNumberField } from './sourced-number-field.tsx';
import { whole } from './format.ts';

type Update = (patch: Partial<BreakEvenValues>) => void;

export function FleetCard({ m, values: v, update }: { m: BreakEvenModel; values: BreakEvenValues; update: Update }) {
  const s = m.selfHost;
  const t = s.throughput;
  const server = t.server;
  const r = server.perReplica;
  const objective = server.objective;
  return (
    <Card title="Throughput, load and operations" headingLevel={3} className="min-w-0 md:col-span-2 xl:col-span-1">
      <div className="rounded-lg border border-line bg-surface-2 p-3">
        <div className="grid gap-3 sm:grid-cols-2" data-print="grid-4">
          <OverridableNumberField
            label="TTFT objective"
            unit="s"
            derived={s.ttftSeconds.derived}
            override={s.ttftSeconds.override}
            min={0.01}
            max={600}
            onOverrideChange={(ttft) => update({ ttft })}
            formatDefault={(x) => `${formatDuration(x)}, MLPerf ${objective.benchmark}`}
            defaultHint={`MLPerf server limit (${objective.benchmark}).`}
          />
          <OverridableNumberField
            label="TPOT objective"
            unit="ms"
            derived={s.tpotMs.derived}
            override={s.tpotMs.override}
            min={1}
            max={10_000}
            onOverrideChange={(tpot) => update({ tpot })}
            formatDefault={(x) => `${whole(x)} ms, MLPerf ${objective.benchmark}`}
            defaultHint={`MLPerf server limit (${objective.benchmark}).`}
          />
          <OverridableNumberField
            label="Tensor parallel GPUs"
            derived={s.tensorParallel.derived}
            override={s.tensorParallel.override}
            min={1}
            max={64}
            integer
            onOverrideChange={(tp) => update({ tp })}
            formatDefault={(x) => `${whole(x)}, the smallest that leaves room for the KV cache`}
            defaultHint={`GPUs per replica: the smallest that holds the weights with room for the KV cache (${server.precision.toUpperCase()}).`}
          />
          <NumberField
            label="Max sequences per batch"
            value={v.seqs}
            min={1}
            max={100_000}
            integer
            onChange={(seqs) => update({ seqs })}
            hint={`${DEFAULTS.maxConcurrentSequences.source}`}
          />
        </div>
        <p className="mt-1 text-xs text-muted">{objective.mapping}.</p>
        <OverridableNumberField
          className="mt-3"
          label="Throughput per server (tokens/s)"
          unit="tok/s"
          derived={t.derived}
          override={t.override}
          min={1}
          max={1e8}
          onOverrideChange={(tps) => update({ tps })}
          roundDefault={(x) => Math.round(x)}
          formatDefault={(x) => `${whole(x)} tok/s from the GPU model`}
          defaultHint={
            r ? (
              <>
                From the GPU model at the objective: {whole(server.replicas)} × {s.modelName} on {server.tensorParallel} × {s.acceleratorName} ({server.precision.toUpperCase()}),
                batch {whole(r.batch)} (limited by {r.limitedBy}): TPOT {whole(r.tpotSeconds * 1000)} ms, TTFT {formatDuration(r.ttftSeconds)};{' '}
                {whole(server.outputTokensPerSecond ?? 0)} output tok/s. Input + output at this request mix
                {server.unconstrainedTotalTokensPerSecond !== null && server.unconstrainedTotalTokensPerSecond > (server.totalTokensPerSecond ?? 0) * 1.005
                  ? `; ${whole(server.unconstrainedTotalTokensPerSecond)} with no latency limit`
                  : ''}
                .{' '}
                <Link to="/validation" className="underline" data-testid="throughput-validation">
                  Speed {t.validation}
                </Link>
                .
              </>
            ) : null
          }
          noDefaultHint={<span className="font-medium text-danger">{t.gap}</span>}
        >
          {r ? (
            <div className="mt-1">
              <Provenance source={t.source} asOf={t.asOf} assumption={t.assumption} note="Measure your own stack at your latency target and type it in: throughput decides the answer." />
            </div>
          ) : null}
        </OverridableNumberField>
        <details className="mt-2 text-xs text-muted" data-print="omit">
          <summary className="cursor-pointer font-medium text-fg">Published measurements (output tokens/s)</summary>
          <ul className="mt-1 space-y-1">
            {PUBLISHED_THROUGHPUT.map((p) => (
              <li key={p.label}>
                <span className="tabular font-semibold text-fg">{p.outputTokensPerSecond.toLocaleString('en-US')}</span> ({whole(p.outputTokensPerSecond / p.gpus)} per GPU) —{' '}
                {p.label}. {p.source}, {p.asOf}.
              </li>
            ))}
          </ul>
          <p className="mt-1">MLPerf counts output tokens only, with very large batches; real chat serving with latency limits lands between the vLLM and MLPerf rows.</p>
        </details>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 md:grid-cols-4 xl:grid-cols-2" data-print="grid-4">
        <SourcedNumberField label="Max load" unit="%" value={v.load} min={1} max={100} onChange={(load) => update({ load })} source={DEFAULTS.maxLoad} />
        <SourcedNumberField label="Peak-to-average ratio" unit="×" value={v.peak} min={1} max={50} onChange={(peak) => update({ peak })} source={DEFAULTS.peakToAverage} />
        <SourcedNumberField label="Redundant servers" value={v.spare} min={0} max={100} integer onChange={(spare) => update({ spare })} source={DEFAULTS.redundantServers} />
        <SourcedNumberField label="Ops staff" unit="FTE" value={v.fte} min={0} max={100} onChange={(fte) => update({ fte })} source={DEFAULTS.staffFte} />
        <SourcedNumberField label="Cost per FTE" unit="$/year" value={v.fteCost} min={0} max={5e6} onChange={(fteCost) => update({ fteCost })} source={DEFAULTS.costPerFtePerYear} />
        <SourcedNumberField label="Other monthly costs" unit="$/month" value={v.other} min={0} max={1e8} onChange={(other) => update({ other })} source={DEFAULTS.otherMonthly} />
        <SourcedNumberField label="Hours per month" unit="h" value={v.hours} min={1} max={744} onChange={(hours) => update({ hours })} source={DEFAULTS.hoursPerMonth} />
      </div>
    </Card>
  );
}
