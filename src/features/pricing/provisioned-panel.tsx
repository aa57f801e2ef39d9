import type { CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { formatCompact, formatCount, formatPrice, formatUsd } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { HOURS_PER_MONTH } from '../../domain/pricing/projection.ts';
import { catalogPtRates, provisionedBreakEven, sizeProvisioned, PT_TERMS, type PtTerm } from '../../domain/pricing/provisioned-throughput.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge, Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { MAX_TOKENS } from './pricing-params.ts';

const TERM_LABEL: Record<PtTerm, string> = {
  'no-commit': 'No commitment',
  '1-month': '1-month commitment',
  '6-month': '6-month commitment',
};

export function ProvisionedPanel({
  model,
  term,
  tokensPerMinutePerUnit,
  rateOverride,
  peakToAverage,
  requestsPerDay,
  tokensPerRequest,
  onDemandPerMonth,
  blendedPricePer1M,
  onChange,
}: {
  model: CatalogModel;
  term: PtTerm;
  tokensPerMinutePerUnit: number;
  rateOverride: number | null;
  peakToAverage: number;
  requestsPerDay: number;
  tokensPerRequest: number;
  onDemandPerMonth: number;
  blendedPricePer1M: number;
  onChange: (patch: { term?: PtTerm; muTpm?: number; muRate?: number | null; peak?: number }) => void;
}) {
  const catalogRates = catalogPtRates(model);
  const available = PT_TERMS.filter((t) => catalogRates?.perHour[t] !== undefined);
  const catalogRate = catalogRates?.perHour[term];
  const rate = rateOverride ?? catalogRate;
  const comparison =
    rate !== undefined && tokensPerMinutePerUnit > 0
      ? sizeProvisioned({
          requestsPerDay,
          tokensPerRequest,
          peakToAverage,
          tokensPerMinutePerUnit,
          hourlyRatePerUnit: rate,
          onDemandPerMonth,
        })
      : null;
  // Sustained load at which one unit's monthly bill equals on-demand spend on the same tokens.
  const breakEvenTpm =
    rate !== undefined && blendedPricePer1M > 0
      ? provisionedBreakEven({ modelUnits: 1, ratePerUnitHour: rate, hoursPerMonth: HOURS_PER_MONTH, onDemandPricePer1M: blendedPricePer1M, tokensPerMinutePerUnit: null })
          .breakEvenTokensPerMinute
      : null;

  return (
    <Card title="On-demand vs provisioned throughput">
      {catalogRates ? (
        <p className="text-sm text-muted">
          Hourly model-unit rates for {model.name} ({catalogRates.region}) from the catalog.{' '}
          {catalogRates.source.confidence !== 'confirmed' ? <Badge tone="warn">{catalogRates.source.confidence}</Badge> : null}
        </p>
      ) : (
        <p className="text-sm text-muted">
          No provisioned-throughput rate is published for {model.name}; AWS shows current rates in the Bedrock console.
          Type the rate you were quoted to compare.
        </p>
      )}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {available.length > 0 ? (
          <SelectField
            label="Commitment term"
            value={available.includes(term) ? term : available[0]!}
            options={available.map((t) => ({ value: t, label: `${TERM_LABEL[t]} · ${formatPrice(catalogRates!.perHour[t]!)}/h` }))}
            onChange={(t) => onChange({ term: t as PtTerm, muRate: null })}
          />
        ) : null}
        <NumberField
          label="Hourly rate per model unit"
          unit="USD/h"
          value={rate ?? 0}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ muRate: v === catalogRate ? null : v })}
          hint={rateOverride !== null || catalogRate === undefined ? 'Your rate (console or quote).' : 'Catalog rate.'}
        />
        <NumberField
          label="Tokens per minute per model unit"
          unit="tokens/min"
          value={tokensPerMinutePerUnit}
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
        <NumberField
          label="Peak-to-average load"
          unit="×"
          value={peakToAverage}
          min={1}
          max={100}
          onChange={(v) => onChange({ peak: v })}
          hint="Units are sized for the peak minute."
        />
      </div>

      {breakEvenTpm !== null ? (
        <p className="mt-4 text-[15px] text-fg" data-testid="provisioned-break-even">
          One model unit costs <strong className="tabular">{formatUsd((rate ?? 0) * HOURS_PER_MONTH)}</strong> a month (730 h). It beats
          on-demand at this workload’s blended price of <strong className="tabular">{formatPrice(blendedPricePer1M)}</strong> per 1M
          tokens when it carries more than <strong className="tabular">{formatCompact(breakEvenTpm)} tokens/min</strong> sustained
          {tokensPerMinutePerUnit > 0 ? (
            <>
              {' '}— <strong className="tabular">{formatPercent(breakEvenTpm / tokensPerMinutePerUnit, 0)}</strong> of the unit’s capacity
              {breakEvenTpm > tokensPerMinutePerUnit ? ', more than it can carry: at this price provisioned never pays off' : ''}
            </>
          ) : null}
          .
        </p>
      ) : null}

      {comparison ? (
        <>
          <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <Figure label="Peak load" value={`${formatCount(Math.round(comparison.peakTokensPerMinute))} tokens/min`} />
            <Figure label="Model units needed" value={String(comparison.unitsNeeded)} testId="units-needed" />
            <Figure label="Provisioned / month" value={formatUsd(comparison.provisionedPerMonth)} testId="provisioned-monthly" />
            <Figure label="On-demand / month" value={formatUsd(comparison.onDemandPerMonth)} />
          </dl>
          <p className="mt-3 text-[15px] font-semibold text-fg" data-testid="provisioned-verdict">
            {comparison.savingPerMonth > 0
              ? `Provisioned saves ${formatUsd(comparison.savingPerMonth)} a month at this load (units ${formatPercent(comparison.averageUtilization, 0)} used on average).`
              : `On-demand is cheaper by ${formatUsd(-comparison.savingPerMonth)} a month (units would be ${formatPercent(comparison.averageUtilization, 0)} used on average).`}
          </p>
        </>
      ) : rate !== undefined ? (
        <p className="mt-3 text-sm text-muted">Enter the capacity per model unit to size the units this workload needs.</p>
      ) : null}

      <p className="mt-4 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
        Commitments cannot be cancelled: a 1- or 6-month term bills every hour until it ends, even if you delete the
        provisioned model. No-commitment hourly terms are for custom models and some base models only.
      </p>
      {catalogRates ? (
        <div className="mt-2">
          <Provenance
            source={`${catalogRates.source.source.join(' · ')}. ${catalogRates.source.derivation ?? ''}`}
            asOf={catalogRates.source.asOf}
            uncertain={catalogRates.source.confidence !== 'confirmed'}
          />
        </div>
      ) : null}
    </Card>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-md bg-surface-2 p-2">
      <dt className="text-muted">{label}</dt>
      <dd className="tabular text-base font-semibold text-fg" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
