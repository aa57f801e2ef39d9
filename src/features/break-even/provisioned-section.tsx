import { formatPercent } from '../../domain/format/percent.ts';
import { formatUsd } from '../../domain/format/money.ts';
import type { PtTerm } from '../../domain/pricing/provisioned-throughput.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { Badge, Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import type { BreakEvenValues } from './break-even-params.ts';
import type { ProvisionedView } from './provisioned-view.ts';
import { per1M, tokens, whole } from './format.ts';

type Update = (patch: Partial<BreakEvenValues>) => void;

function rateText(rate: number | undefined): string {
  return rate === undefined ? 'not offered' : formatUsd(rate);
}

export function ProvisionedSection({ p, update }: { p: ProvisionedView; update: Update }) {
  const r = p.result;
  return (
    <section aria-labelledby="pt-heading" className="space-y-4" data-print="omit" data-tour="break-even-provisioned">
      <div>
        <h2 id="pt-heading" className="text-2xl font-bold tracking-tight text-fg">
          On-demand vs provisioned throughput
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          Provisioned throughput rents model units by the hour. It pays off only when your load stays above the break-even around the clock.
        </p>
      </div>
      <div role="note" className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg">
        <strong>A commitment cannot be cancelled.</strong> A 1- or 6-month term bills every hour until it ends, even if you delete the provisioned model
        {p.commitmentTotal !== null ? (
          <>
            {' '}— this one commits you to <strong className="tabular">{formatUsd(p.commitmentTotal)}</strong> over {p.termMonths} month{p.termMonths > 1 ? 's' : ''}
          </>
        ) : null}
        . Base models offer 1- and 6-month terms only; no-commitment hourly is for custom models. The default quota of committed units is 0.
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card title="Model units" headingLevel={3} className="min-w-0">
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField className="sm:col-span-2" label="Model for provisioned throughput" value={p.modelId} options={p.options} onChange={(pt) => update({ pt, ptRate: null })} />
            <SelectField label="Term" value={p.term} options={p.termOptions} onChange={(term) => update({ term: term as PtTerm, ptRate: null })} />
            <NumberField label="Model units" value={p.units} min={1} max={1000} integer onChange={(mu) => update({ mu })} />
            <div className="sm:col-span-2">
              <OverridableNumberField
                label="Model-unit hourly rate"
                unit="$/MU-h"
                derived={p.catalogRate}
                override={p.rateOverride}
                min={0.01}
                max={10_000}
                onOverrideChange={(ptRate) => update({ ptRate })}
                formatDefault={(x) => `${formatUsd(x)} per MU-hour from the catalog`}
                defaultHint={p.rates ? `From the catalog (${p.rates.region}).` : null}
                noDefaultHint="Not published for this model and term: enter the rate your console shows."
              >
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  {p.rates ? (
                    <span className="text-xs text-muted" data-testid="pt-catalog-rates">
                      Catalog, {p.rates.region}: no commitment {rateText(p.rates.perHour['no-commit'])} · 1-month {rateText(p.rates.perHour['1-month'])} · 6-month{' '}
                      {rateText(p.rates.perHour['6-month'])} per MU-hour.
                    </span>
                  ) : null}
                  {p.rates ? <Provenance source={p.rates.source} asOf={p.rates.asOf} uncertain={p.rates.uncertain} note={p.rates.derivation} /> : null}
                </div>
              </OverridableNumberField>
            </div>
            <div className="sm:col-span-2">
              <NumberField
                label="Model-unit capacity (tokens/minute, from your AWS account team)"
                unit="TPM"
                value={p.tokensPerMinutePerUnit ?? 0}
                min={0}
                max={1e9}
                onChange={(tpm) => update({ tpmMu: tpm > 0 ? tpm : null })}
                hint="AWS does not publish what one model unit delivers; ask your account manager. 0 = not known."
              />
              <div className="mt-1">
                <Badge tone="warn">not published</Badge>
              </div>
            </div>
          </div>
        </Card>
        <Card title="Where provisioned becomes cheaper" headingLevel={3} className="min-w-0">
          {r ? (
            <div className="space-y-3" aria-live="polite">
              <p className="text-sm text-muted">
                On-demand {p.modelName}: {per1M(p.onDemandPer1M)} blended at your mix ({p.onDemandLabel}).
              </p>
              <dl className="grid gap-3 sm:grid-cols-2">
                <div data-testid="pt-monthly">
                  <dt className="text-sm font-medium text-muted">Provisioned, per month</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{formatUsd(r.monthlyCost)}</dd>
                  <dd className="font-mono text-xs text-muted">
                    {whole(p.units)} MU × {formatUsd(p.rate ?? 0)} × {whole(p.hoursPerMonth)} h
                  </dd>
                </div>
                <div data-testid="pt-break-even">
                  <dt className="text-sm font-medium text-muted">Break-even sustained load</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{whole(r.breakEvenTokensPerMinute)} tokens/min</dd>
                  <dd className="text-xs text-muted">= {tokens(r.breakEvenTokensPerMonth)}/month, around the clock</dd>
                </div>
                <div data-testid="pt-share">
                  <dt className="text-sm font-medium text-muted">Share of the units’ capacity</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{r.breakEvenShareOfCapacity === null ? 'unknown' : formatPercent(r.breakEvenShareOfCapacity)}</dd>
                  <dd className="text-xs text-muted">
                    {r.breakEvenShareOfCapacity === null
                      ? 'Enter the capacity from your account team.'
                      : r.breakEvenShareOfCapacity > 1
                        ? 'Above 100 %: the units cannot carry enough load to pay off.'
                        : `of ${whole(r.capacityTokensPerMonth ?? 0)} tokens/month`}
                  </dd>
                </div>
                <div data-testid="pt-your-load">
                  <dt className="text-sm font-medium text-muted">Your workload, averaged</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{whole(p.workloadTokensPerMinute)} tokens/min</dd>
                  <dd className={`text-xs font-semibold ${p.workloadAboveBreakEven ? 'text-ok' : 'text-muted'}`}>
                    {p.workloadAboveBreakEven ? 'Above the break-even: provisioned would cost less.' : 'Below the break-even: on-demand costs less.'}
                  </dd>
                </div>
              </dl>
              <p className="rounded-md bg-surface-2 px-3 py-2 text-sm text-fg" data-testid="pt-compare">
                At your load, on-demand {p.modelName} costs <strong className="tabular">{formatUsd(p.onDemandMonthly)}</strong> a month against{' '}
                <strong className="tabular">{formatUsd(r.monthlyCost)}</strong> for {whole(p.units)} model unit{p.units > 1 ? 's' : ''}
                {p.overCapacity ? ', which could not carry all of it' : ''}.
              </p>
              <p className="font-mono text-xs text-muted [overflow-wrap:anywhere]">T*_PT = MU·rate·H / p_blend ; TPM* = T*_PT/(60·H) ; share = TPM*/(MU·TPM_MU)</p>
            </div>
          ) : (
            <p className="text-muted">Enter the model-unit hourly rate to see the break-even.</p>
          )}
        </Card>
      </div>
    </section>
  );
}
