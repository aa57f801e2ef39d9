import { useMemo, useState } from 'react';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { findModel, pickableModels } from '../../domain/catalog/catalog-lookup.ts';
import { Button } from '../../ui/button.tsx';
import { CatalogGate } from '../../ui/catalog-gate.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useSharedModelStore } from '../../ui/shared-model-store.ts';
import { PLANNER_TIERS } from './quota-planner-params.ts';
import { quotaPlannerModel, type PlannerValues, type QuotaPlannerView } from './quota-planner-model.ts';

const TIER_LABELS: Record<(typeof PLANNER_TIERS)[number], string> = { standard: 'Standard', priority: 'Priority', flex: 'Flex', reserved: 'Reserved' };

type Props = {
  values: PlannerValues;
  update: (patch: Partial<PlannerValues>) => void;
  onSimulate: (workload: Extract<QuotaPlannerView, { ok: true }>['simulate']) => void;
};

function PlannerBody({ catalog, values: v, update, onSimulate }: Props & { catalog: Catalog }) {
  const setShared = useSharedModelStore((s) => s.setModelId);
  const model = findModel(catalog, v.qModel);
  const view = useMemo(() => quotaPlannerModel(v, model), [v, model]);
  const [copied, setCopied] = useState(false);
  const models = pickableModels(catalog, { showRetired: false, keepId: model?.id });
  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <div className="grid grid-cols-2 content-start gap-2">
        <SelectField
          className="col-span-2"
          label="Model"
          value={model?.id ?? v.qModel}
          options={models.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(id) => {
            update({ qModel: id });
            setShared(id);
          }}
          hint={view.ok ? view.burndownNote : undefined}
        />
        <NumberField label="Peak requests per minute" value={v.qRpm} onChange={(x) => update({ qRpm: x })} min={0} max={10_000_000} />
        <SelectField label="Service tier" value={v.qTier} options={PLANNER_TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))} onChange={(t) => update({ qTier: t as PlannerValues['qTier'] })} />
        <NumberField label="Input tokens per request" value={v.qIn} onChange={(x) => update({ qIn: x })} min={0} max={10_000_000} integer />
        <NumberField label="Output tokens per request" value={v.qOut} onChange={(x) => update({ qOut: x })} min={0} max={1_000_000} integer />
        <NumberField label="Max tokens" value={v.qMaxTok} onChange={(x) => update({ qMaxTok: x })} min={0} max={1_000_000} integer hint="0 = unset: the SDK reserves the model’s maximum output" />
        <NumberField label="Current quota" value={v.qQuota} onChange={(x) => update({ qQuota: x })} min={0} max={1e12} unit="TPM" hint="0 = measure against the TPM to request" />
        <NumberField label="Input read from prompt cache" value={v.qRead} onChange={(x) => update({ qRead: x })} min={0} max={100} unit="%" />
        <NumberField label="Input written to prompt cache" value={v.qWrite} onChange={(x) => update({ qWrite: x })} min={0} max={100} unit="%" />
      </div>
      {view.ok ? (
        <div className="min-w-0 space-y-3">
          <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {view.figures.map((f) => (
              <div key={f.key} className="rounded-lg border border-line bg-surface-2 px-3 py-2" data-testid={`planner-${f.key}`}>
                <dt className="text-xs font-semibold uppercase tracking-wide text-muted">{f.label}</dt>
                <dd className="tabular text-xl font-bold text-fg">{f.value}</dd>
                {f.note ? <dd className="text-xs text-muted">{f.note}</dd> : null}
              </div>
            ))}
          </dl>
          <div>
            <h3 className="text-sm font-semibold text-fg">The reservation arithmetic</h3>
            <ol className="mt-1 space-y-0.5 font-mono text-[12px] leading-snug text-fg" data-testid="planner-lines">
              {view.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ol>
          </div>
          <ul className="space-y-1 text-xs text-muted">
            {[...view.assumptions, ...view.warnings].map((a) => (
              <li key={a}>
                <span className="mr-1 inline-block rounded border border-warn bg-warn-soft px-1 text-[10px] font-semibold uppercase tracking-wide text-warn">assumption</span>
                {a}
              </li>
            ))}
          </ul>
          <details className="rounded-lg border border-line">
            <summary className="cursor-pointer px-3 py-1.5 text-sm font-semibold text-fg">Quota-increase request (to paste into a support case)</summary>
            <pre className="overflow-x-auto whitespace-pre-wrap px-3 py-2 text-[12px] text-fg" data-testid="planner-request">
              {view.increaseRequest}
            </pre>
          </details>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() => {
                void navigator.clipboard?.writeText(view.increaseRequest).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {copied ? 'Copied' : 'Copy the request'}
            </Button>
            <Button variant="primary" onClick={() => onSimulate(view.simulate)}>
              Simulate this
            </Button>
          </div>
        </div>
      ) : (
        <p role="alert" className="rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-fg" data-testid="planner-error">
          {view.message}
        </p>
      )}
    </div>
  );
}

/**
 * "What quota do I need?": the TPM to request for a workload, the requests in flight a quota admits,
 * what max_tokens headroom costs, and a quota-increase request. Works without running a simulation;
 * every input is in the link.
 */
export function QuotaPlanner(props: Props) {
  return (
    <details
      open={props.values.qOpen}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open !== props.values.qOpen) props.update({ qOpen: open });
      }}
      className="mb-3 rounded-xl border border-line bg-surface shadow-sm"
      data-tour="simulate-quota-planner"
      data-testid="quota-planner"
      data-print={props.values.qOpen ? undefined : 'omit'}
    >
      <summary className="cursor-pointer select-none px-3 py-2 text-base font-semibold text-fg">What quota do I need?</summary>
      <div className="border-t border-line px-3 pb-3 pt-2">
        <p className="mb-2 text-sm text-muted">
          Bedrock reserves input + cache read + cache write + max_tokens when a request starts and settles to the actual usage (output × the model’s burndown) when it ends.
        </p>
        {props.values.qOpen ? <CatalogGate>{(catalog) => <PlannerBody catalog={catalog} {...props} />}</CatalogGate> : null}
      </div>
    </details>
  );
}
