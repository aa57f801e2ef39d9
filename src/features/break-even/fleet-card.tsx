import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { PUBLISHED_THROUGHPUT } from '../../domain/breakeven/self-host-models.ts';
import { Card } from '../../ui/card.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { Provenance } from '../../ui/provenance.tsx';
import { EFFICIENCY_SOURCE } from '../../domain/gpu/hardware.ts';
import { SourcedNumberField } from './sourced-number-field.tsx';
import type { Scenario, Values } from './resolve-scenario.ts';
import { num } from './format.ts';

type Update = (patch: Partial<Values>) => void;

export function FleetCard({ values: v, update, s }: { values: Values; update: Update; s: Scenario }) {
  const r = s.roofline;
  return (
    <Card title="Throughput, load and operations" headingLevel={3} className="min-w-0 md:col-span-2 xl:col-span-1">
      <div className="rounded-lg border border-line bg-surface-2 p-3">
        <OverridableNumberField
          label="Throughput per server (tokens/s)"
          unit="tok/s"
          derived={r ? r.totalTokensPerSecond : null}
          override={v.tps}
          min={1}
          max={1e8}
          onOverrideChange={(tps) => update({ tps })}
          roundDefault={(x) => Math.round(x)}
          formatDefault={(x) => `${num(x)} tok/s from the roofline model`}
          defaultHint={
            r ? (
              <>
                From the roofline model: {num(r.replicas)} × {s.selfModel.name} ({r.precision}, {r.gpusPerReplica} GPU{r.gpusPerReplica > 1 ? 's' : ''} each),{' '}
                {num(r.outputTokensPerSecond)} output tok/s at {num(DEFAULTS.maxConcurrentSequences.value)} concurrent sequences (
                {num(r.perSequenceTokensPerSecond, 1)} tok/s per user). Input + output tokens a second one server sustains at this request mix.
              </>
            ) : null
          }
          noDefaultHint={
            <span className="font-medium text-danger">
              The model does not fit on {v.gpus} H100 GPU{v.gpus > 1 ? 's' : ''}: type a throughput, or add GPUs per server.
            </span>
          }
        >
          {r ? (
            <div className="mt-1">
              <Provenance
                source={`The app's shared GPU roofline model (src/domain/gpu, docs/gpu-roofline.md): ${s.selfModel.architecture.source}; ${EFFICIENCY_SOURCE}. Concurrency: ${DEFAULTS.maxConcurrentSequences.source}`}
                asOf={DEFAULTS.maxConcurrentSequences.asOf}
                note="A saturated server with no latency limit: measure your own stack at your latency target and type it in."
              />
            </div>
          ) : null}
        </OverridableNumberField>
        <details className="mt-2 text-xs text-muted">
          <summary className="cursor-pointer font-medium text-fg">Published measurements (output tokens/s)</summary>
          <ul className="mt-1 space-y-1">
            {PUBLISHED_THROUGHPUT.map((p) => (
              <li key={p.label}>
                <span className="tabular font-semibold text-fg">{num(p.outputTokensPerSecond, 1)}</span> ({num(p.outputTokensPerSecond / p.gpus)} per GPU) —{' '}
                {p.label}. {p.source}, {p.asOf}.
              </li>
            ))}
            {r ? (
              <li>
                <span className="tabular font-semibold text-fg">{num(r.outputTokensPerSecond)}</span> ({num(r.outputTokensPerSecond / v.gpus)} per GPU) — this
                app’s roofline model at your request mix.
              </li>
            ) : null}
          </ul>
          <p className="mt-1">MLPerf counts output tokens only, with very large batches; real chat serving with latency limits lands between the vLLM and MLPerf rows.</p>
        </details>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 md:grid-cols-4 xl:grid-cols-2">
        <SourcedNumberField label="Max load" unit="%" value={v.load} min={1} max={100} onChange={(load) => update({ load })} source={DEFAULTS.maxLoad} />
        <SourcedNumberField
          label="Peak-to-average ratio"
          unit="×"
          value={v.peak}
          min={1}
          max={50}
          onChange={(peak) => update({ peak })}
          source={DEFAULTS.peakToAverage}
        />
        <SourcedNumberField
          label="Redundant servers"
          value={v.spare}
          min={0}
          max={100}
          integer
          onChange={(spare) => update({ spare })}
          source={DEFAULTS.redundantServers}
        />
        <SourcedNumberField label="Ops staff" unit="FTE" value={v.fte} min={0} max={100} onChange={(fte) => update({ fte })} source={DEFAULTS.staffFte} />
        <SourcedNumberField
          label="Cost per FTE"
          unit="$/year"
          value={v.fteCost}
          min={0}
          max={5e6}
          onChange={(fteCost) => update({ fteCost })}
          source={DEFAULTS.costPerFtePerYear}
        />
        <SourcedNumberField
          label="Other monthly costs"
          unit="$/month"
          value={v.other}
          min={0}
          max={1e8}
          onChange={(other) => update({ other })}
          source={DEFAULTS.otherMonthly}
        />
        <SourcedNumberField label="Hours per month" unit="h" value={v.hours} min={1} max={744} onChange={(hours) => update({ hours })} source={DEFAULTS.hoursPerMonth} />
      </div>
    </Card>
  );
}
