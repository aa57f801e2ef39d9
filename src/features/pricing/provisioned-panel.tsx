import { formatCompact, formatCount, formatPrice, formatUsd } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { HOURS_PER_MONTH } from '../../domain/pricing/projection.ts';
import { PT_TERM_LABELS, type PtTerm } from '../../domain/pricing/provisioned-throughput.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge, Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { MAX_TOKENS } from './pricing-params.ts';
import type { PricingValues, PricingView } from './pricing-model.ts';

export function ProvisionedPanel({ view, values, onChange }: { view: PricingView; values: PricingValues; onChange: (patch: Partial<PricingValues>) => void }) {
  const p = view.provisioned;
  const { model, blendedPer1M } = view;
  return (
    <Card title="On-demand vs provisioned throughput">
      {p.rates ? (
        <p className="text-sm text-muted">
          Hourly model-unit rates for {model.name} ({p.rates.region}) from the catalog.{' '}
          {p.rates.source.confidence !== 'confirmed' ? <Badge tone="warn">{p.rates.source.confidence}</Badge> : null}
        </p>
      ) : (
        <p className="text-sm text-muted">
          No provisioned-throughput rate is published for {model.name}; AWS shows current rates in the Bedrock console. Type the rate you were quoted to compare.
        </p>
      )}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {p.terms.length > 0 ? (
          <SelectField
            label="Commitment term"
            value={p.term}
            options={p.terms.map((t) => ({ value: t.term, label: `${PT_TERM_LABELS[t.term]} · ${formatPrice(t.perHour)}/h` }))}
            onChange={(t) => onChange({ term: t as PtTerm, muRate: null })}
          />
        ) : null}
        <NumberField
          label="Hourly rate per model unit"
          unit="USD/h"
          value={p.rate ?? 0}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ muRate: v === p.catalogRate ? null : v })}
          hint={values.muRate !== null || p.catalogRate === null ? 'Your rate (console or quote).' : 'Catalog rate.'}
        />
        <NumberField
          label="Tokens per minute per model unit"
          unit="tokens/min"
          value={values.muTpm}
          min={0}
          max={MAX_TOKENS}
          maxLabel="10^12"
          onChange={(v) => onChange({ muTpm: v })}
          hint={
            <>
              <Badge tone="warn">from your AWS account team</Badge> AWS does not publish a model unit’s capacity.
            </>
          }
        />
        <NumberField label="Peak-to-average load" unit="×" value={values.peak} min={1} max={100} onChange={(v) => onChange({ peak: v })} hint="Units are sized for the peak minute." />
      </div>

      {p.breakEvenTpm !== null && p.rate !== null && blendedPer1M !== null ? (
        <p className="mt-4 text-[15px] text-fg" data-testid="provisioned-break-even">
          One model unit costs <strong className="tabular">{formatUsd(p.rate * HOURS_PER_MONTH)}</strong> a month (730 h). It beats on-demand at this workload’s blended price of{' '}
          <strong className="tabular">{formatPrice(blendedPer1M)}</strong> per 1M tokens when it carries more than{' '}
          <strong className="tabular">{formatCompact(p.breakEvenTpm)} tokens/min</strong> sustained
          {values.muTpm > 0 ? (
            <>
              {' '}— <strong className="tabular">{formatPercent(p.breakEvenTpm / values.muTpm, 0)}</strong> of the unit’s capacity
              {p.breakEvenTpm > values.muTpm ? ', more than it can carry: at this price provisioned never pays off' : ''}
            </>
          ) : null}
          .
        </p>
      ) : null}

      {p.sizing ? (
        <>
          <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <Figure label="Peak load" value={`${formatCount(Math.round(p.sizing.peakTokensPerMinute))} tokens/min`} />
            <Figure label="Model units needed" value={String(p.sizing.unitsNeeded)} testId="units-needed" />
            <Figure label="Provisioned / month" value={formatUsd(p.sizing.provisionedPerMonth)} testId="provisioned-monthly" />
            <Figure label="On-demand / month" value={formatUsd(p.sizing.onDemandPerMonth)} />
          </dl>
          <p className="mt-3 text-[15px] font-semibold text-fg" data-testid="provisioned-verdict">
            {p.sizing.savingPerMonth > 0
              ? `Provisioned saves ${formatUsd(p.sizing.savingPerMonth)} a month at this load (units ${formatPercent(p.sizing.averageUtilization, 0)} used on average).`
              : `On-demand is cheaper by ${formatUsd(-p.sizing.savingPerMonth)} a month (units would be ${formatPercent(p.sizing.averageUtilization, 0)} used on average).`}
          </p>
        </>
      ) : p.rate !== null ? (
        <p className="mt-3 text-sm text-muted">Enter the capacity per model unit to size the units this workload needs.</p>
      ) : null}

      <p className="mt-4 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
        Commitments cannot be cancelled: a 1- or 6-month term bills every hour until it ends, even if you delete the provisioned model. No-commitment hourly terms are for custom
        models and some base models only.
      </p>
      {p.rates ? (
        <div className="mt-2">
          <Provenance source={`${p.rates.source.source.join(' · ')}. ${p.rates.source.derivation ?? ''}`} asOf={p.rates.source.asOf} uncertain={p.rates.source.confidence !== 'confirmed'} />
        </div>
      ) : null}
    </Card>
  );
}

export function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-md bg-surface-2 p-2">
      <dt className="text-muted">{label}</dt>
      <dd className="tabular text-base font-semibold text-fg" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
