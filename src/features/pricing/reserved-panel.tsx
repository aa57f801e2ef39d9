import { formatCount, formatUsd } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { RESERVED_MIN_INPUT_TPM, RESERVED_MIN_OUTPUT_TPM } from '../../domain/pricing/reserved-tier.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { MAX_TOKENS } from './pricing-params.ts';
import type { PricingValues, PricingView } from './pricing-model.ts';
import { Figure } from './provisioned-panel.tsx';

/** Reserved tier: reserved TPM at the user's (unpublished) rates, overflow at Standard. */
export function ReservedPanel({ view, values, onChange }: { view: PricingView; values: PricingValues; onChange: (patch: Partial<PricingValues>) => void }) {
  const r = view.reserved;
  return (
    <Card title="Reserved tier">
      <p className="text-sm text-muted">
        A fixed monthly price per 1,000 tokens per minute (TPM) reserved, for 1 or 3 months. Input tokens and cache writes count against the input reservation; traffic
        above it overflows to Standard at standard rates. AWS publishes no per-model Reserved price.
      </p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Reserved input tokens per minute"
          unit="TPM"
          value={values.rIn}
          min={RESERVED_MIN_INPUT_TPM}
          max={MAX_TOKENS}
          maxLabel="10^12"
          onChange={(v) => onChange({ rIn: v })}
          hint={`Minimum ${formatCount(RESERVED_MIN_INPUT_TPM)}. Your load: ${formatCount(Math.round(r.demandInputTpm))} TPM (input + cache writes).`}
        />
        <NumberField
          label="Reserved output tokens per minute"
          unit="TPM"
          value={values.rOut}
          min={RESERVED_MIN_OUTPUT_TPM}
          max={MAX_TOKENS}
          maxLabel="10^12"
          onChange={(v) => onChange({ rOut: v })}
          hint={`Minimum ${formatCount(RESERVED_MIN_OUTPUT_TPM)}. Your load: ${formatCount(Math.round(r.demandOutputTpm))} TPM.`}
        />
        <NumberField
          label="Input rate per 1,000 TPM per month"
          unit="USD"
          value={values.rRateIn ?? 0}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ rRateIn: v })}
          hint={
            <>
              <Badge tone="warn">unpublished</Badge> Your rate from your AWS account team.
            </>
          }
        />
        <NumberField
          label="Output rate per 1,000 TPM per month"
          unit="USD"
          value={values.rRateOut ?? 0}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ rRateOut: v })}
          hint={
            <>
              <Badge tone="warn">unpublished</Badge> Your rate from your AWS account team.
            </>
          }
        />
        <SelectField
          label="Reserved term"
          value={values.rTerm}
          options={[
            { value: '1', label: '1 month' },
            { value: '3', label: '3 months' },
          ]}
          onChange={(t) => onChange({ rTerm: t as PricingValues['rTerm'] })}
        />
      </div>
      {r.result && r.standardMonthly !== null ? (
        <>
          <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <Figure label="Reservation / month" value={formatUsd(r.result.fixedMonthly)} testId="reserved-fixed" />
            <Figure label="Overflow at Standard / month" value={formatUsd(r.result.overflowMonthly)} />
            <Figure label="Reserved total / month" value={formatUsd(r.result.totalMonthly)} testId="reserved-total" />
            <Figure label="All Standard / month" value={formatUsd(r.standardMonthly)} />
          </dl>
          <p className="mt-3 text-sm text-fg" data-testid="reserved-verdict">
            {r.result.totalMonthly < r.standardMonthly
              ? `Reserved saves ${formatUsd(r.standardMonthly - r.result.totalMonthly)} a month`
              : `Standard is cheaper by ${formatUsd(r.result.totalMonthly - r.standardMonthly)} a month`}{' '}
            (input reservation {formatPercent(r.result.inputUtilization, 0)} used, {formatPercent(r.result.overflowInputShare, 0)} of input overflows). The {values.rTerm}-month
            term commits {formatUsd(r.result.commitment)}.
          </p>
        </>
      ) : (
        <p className="mt-3 text-sm text-muted">{r.missing}</p>
      )}
      <p className="mt-2 text-xs text-muted">
        Assumptions: the load is flat at its daily average; cache reads (which do not count against the reservation) bill at the Standard cache-read rate. Source: AWS user
        guide “Service tiers” (terms, minimums, what counts), via the project’s pricing rules §7.
      </p>
    </Card>
  );
}
