import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { defaultPricePoint, invokeModelId, pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import { catalogPtRates } from '../../domain/pricing/provisioned-throughput.ts';
import { PT_TERM_LABELS, PT_TERM_MONTHS, commitmentTotal, type PtTerm } from '../../domain/breakeven/provisioned.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { Button } from '../../ui/button.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge, Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import type { Scenario, Values } from './resolve-scenario.ts';
import { num, pct, per1M, tokens } from './format.ts';

type Update = (patch: Partial<Values>) => void;

function rateText(rate: number | undefined): string {
  return rate === undefined ? 'not offered' : formatUsd(rate);
}

export function ProvisionedSection({ catalog, values: v, update, s }: { catalog: Catalog; values: Values; update: Update; s: Scenario }) {
  const p = s.provisioned;
  const model = p.model;
  const withRates = catalog.models.filter((m) => m.provisionedThroughput);
  const options = [
    ...withRates.map((m) => ({ value: invokeModelId(m), label: `${m.name} — hourly rates known`, group: 'Rates in the catalog' })),
    ...catalog.models.filter((m) => !m.provisionedThroughput).map((m) => ({ value: invokeModelId(m), label: m.name, group: 'Enter the rate from the console' })),
  ];
  const rates = catalogPtRates(model);
  const r = p.result;
  const current = p.workloadTokensPerMinute;
  const above = r ? current > r.breakEvenTokensPerMinute : false;
  return (
    <section aria-labelledby="pt-heading" className="space-y-4">
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
        {r && v.term !== 'no-commit' ? (
          <>
            {' '}— this one commits you to <strong className="tabular">{formatUsd(commitmentTotal(v.term, r.monthlyCost))}</strong> over{' '}
            {PT_TERM_MONTHS[v.term]} month{PT_TERM_MONTHS[v.term] > 1 ? 's' : ''}
          </>
        ) : null}
        . Base models offer 1- and 6-month terms only; no-commitment hourly is for custom models. The default quota of committed units is 0.
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card title="Model units" headingLevel={3} className="min-w-0">
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField className="sm:col-span-2" label="Model for provisioned throughput" value={model ? invokeModelId(model) : v.pt} options={options} onChange={(pt) => update({ pt, ptRate: null })} />
            <SelectField
              label="Term"
              value={v.term}
              options={(Object.keys(PT_TERM_LABELS) as PtTerm[]).map((t) => ({ value: t, label: PT_TERM_LABELS[t] }))}
              onChange={(term) => update({ term: term as PtTerm, ptRate: null })}
            />
            <NumberField label="Model units" value={v.mu} min={1} max={1000} integer onChange={(mu) => update({ mu })} />
            <div className="sm:col-span-2">
              <NumberField
                label="Model-unit hourly rate"
                unit="$/MU-h"
                value={p.rate ?? 0}
                min={0.01}
                max={10_000}
                onChange={(ptRate) => update({ ptRate })}
                hint={
                  v.ptRate !== null
                    ? 'Your rate.'
                    : p.catalogRate !== undefined
                      ? `From the catalog (${rates?.region}).`
                      : 'Not published for this model and term: enter the rate your console shows.'
                }
              />
              <div className="mt-1 flex flex-wrap items-center gap-2">
                {v.ptRate !== null && p.catalogRate !== undefined ? (
                  <Button variant="ghost" className="min-h-8 px-2 py-1 text-xs" onClick={() => update({ ptRate: null })}>
                    Reset to the catalog rate
                  </Button>
                ) : null}
                {rates ? (
                  <span className="text-xs text-muted" data-testid="pt-catalog-rates">
                    Catalog, {rates.region}: no commitment {rateText(rates.perHour['no-commit'])} · 1-month{' '}
                    {rateText(rates.perHour['1-month'])} · 6-month {rateText(rates.perHour['6-month'])} per MU-hour.
                  </span>
                ) : null}
                {rates ? (
                  <Provenance source={rates.source.source.join(' · ')} asOf={rates.source.asOf} uncertain={rates.source.confidence !== 'confirmed'} note={rates.source.derivation} />
                ) : null}
              </div>
            </div>
            <div className="sm:col-span-2">
              <NumberField
                label="Model-unit capacity (tokens/minute, from your AWS account team)"
                unit="TPM"
                value={v.tpmMu ?? 0}
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
          {r && model ? (
            <div className="space-y-3" aria-live="polite">
              <p className="text-sm text-muted">
                On-demand {model.name}: {per1M(p.blend)} blended at your mix ({pricePointLabel(defaultPricePoint(model))}).
              </p>
              <dl className="grid gap-3 sm:grid-cols-2">
                <div data-testid="pt-monthly">
                  <dt className="text-sm font-medium text-muted">Provisioned, per month</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{formatUsd(r.monthlyCost)}</dd>
                  <dd className="font-mono text-xs text-muted">
                    {num(v.mu)} MU × {formatUsd(p.rate ?? 0)} × {num(v.hours)} h
                  </dd>
                </div>
                <div data-testid="pt-break-even">
                  <dt className="text-sm font-medium text-muted">Break-even sustained load</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{num(r.breakEvenTokensPerMinute)} tokens/min</dd>
                  <dd className="text-xs text-muted">
                    = {tokens(r.breakEvenTokensPerMonth)}/month, around the clock
                  </dd>
                </div>
                <div data-testid="pt-share">
                  <dt className="text-sm font-medium text-muted">Share of the units’ capacity</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{r.breakEvenShareOfCapacity === null ? 'unknown' : pct(r.breakEvenShareOfCapacity)}</dd>
                  <dd className="text-xs text-muted">
                    {r.breakEvenShareOfCapacity === null
                      ? 'Enter the capacity from your account team.'
                      : r.breakEvenShareOfCapacity > 1
                        ? 'Above 100 %: the units cannot carry enough load to pay off.'
                        : `of ${num(r.capacityTokensPerMonth ?? 0)} tokens/month`}
                  </dd>
                </div>
                <div data-testid="pt-your-load">
                  <dt className="text-sm font-medium text-muted">Your workload, averaged</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{num(current)} tokens/min</dd>
                  <dd className={`text-xs font-semibold ${above ? 'text-ok' : 'text-muted'}`}>
                    {above ? 'Above the break-even: provisioned would cost less.' : 'Below the break-even: on-demand costs less.'}
                  </dd>
                </div>
              </dl>
              <p className="rounded-md bg-surface-2 px-3 py-2 text-sm text-fg" data-testid="pt-compare">
                At your load, on-demand {model.name} costs <strong className="tabular">{formatUsd((p.blend * s.volume) / 1e6)}</strong> a month against{' '}
                <strong className="tabular">{formatUsd(r.monthlyCost)}</strong> for {num(v.mu)} model unit{v.mu > 1 ? 's' : ''}
                {r.capacityTokensPerMonth !== null && s.volume > r.capacityTokensPerMonth ? ', which could not carry all of it' : ''}.
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
