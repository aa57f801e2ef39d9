import { DEFAULTS, GPU_RENT_OFFERS } from '../../domain/breakeven/defaults.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import type { BreakEvenModel } from './break-even-model.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import type { Derived } from './self-host-side.ts';
import { SourcedNumberField } from './sourced-number-field.tsx';

type Update = (patch: Partial<BreakEvenValues>) => void;

function money(x: number): string {
  return `$${x.toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}

/** A server price or power figure: derived from the accelerator, or the user's own. */
function DerivedField({
  label,
  unit,
  d,
  min,
  max,
  onChange,
  format = money,
}: {
  label: string;
  unit: string;
  d: Derived;
  min: number;
  max: number;
  onChange: (v: number | null) => void;
  format?: (x: number) => string;
}) {
  return (
    <OverridableNumberField
      label={label}
      unit={unit}
      derived={d.derived}
      override={d.override}
      min={min}
      max={max}
      onOverrideChange={onChange}
      formatDefault={(x) => `${format(x)} (${d.basis}, ${d.asOf})`}
      defaultHint={`${d.basis}, as of ${d.asOf}.`}
      noDefaultHint={d.gap}
    >
      {d.derived !== null ? (
        <div className="mt-1">
          <Provenance source={d.source} asOf={d.asOf} assumption={d.assumption} />
        </div>
      ) : null}
    </OverridableNumberField>
  );
}

export function ServerCard({ m, values: v, update }: { m: BreakEvenModel; values: BreakEvenValues; update: Update }) {
  const s = m.selfHost;
  const offer = s.showH100Offers ? GPU_RENT_OFFERS.find((o) => o.perGpuHour === s.prices.gpuPerHour.override) : undefined;
  return (
    <Card title="Your servers" headingLevel={3} className="min-w-0">
      <div className="grid gap-3 sm:grid-cols-2" data-print="terse">
        <SelectField
          className="sm:col-span-2"
          label="Self-hosted open-weight model"
          value={s.modelId}
          options={s.modelOptions}
          onChange={(self) => update({ self })}
          hint={s.modelNote ?? undefined}
        />
        <SelectField
          className="sm:col-span-2"
          label="Accelerator"
          value={s.accelerator.id}
          options={s.acceleratorOptions}
          onChange={(acc) => update({ acc: acc as BreakEvenValues['acc'] })}
          hint="Sets the GPU model’s speed and the server’s sourced price; a model that does not fit is refused, never moved."
        />
        <Segmented
          legend="Rent or buy"
          value={v.mode}
          options={[
            { value: 'rent', label: 'Rent' },
            { value: 'buy', label: 'Buy' },
          ]}
          onChange={(mode) => update({ mode })}
        />
        <SourcedNumberField label="GPUs per server" value={v.gpus} min={1} max={64} integer onChange={(gpus) => update({ gpus })} source={DEFAULTS.gpusPerServer} />
        {v.mode === 'rent' ? (
          <>
            <Segmented
              legend="Rent priced per hour of"
              value={v.basis}
              options={[
                { value: 'gpu', label: 'GPU' },
                { value: 'instance', label: 'Instance' },
              ]}
              onChange={(basis) => update({ basis })}
            />
            {v.basis === 'gpu' ? (
              <DerivedField label="GPU price per hour" unit="$/GPU-h" d={s.prices.gpuPerHour} min={0.01} max={1000} onChange={(gpuH) => update({ gpuH })} />
            ) : (
              <DerivedField label="Instance price per hour" unit="$/h" d={s.prices.instancePerHour} min={0.01} max={10_000} onChange={(instH) => update({ instH })} />
            )}
            {v.basis === 'gpu' && s.showH100Offers ? (
              <SelectField
                className="sm:col-span-2"
                label="Published H100 rental offers"
                value={offer?.id ?? ''}
                options={[
                  { value: '', label: 'The default above, or your own price' },
                  ...GPU_RENT_OFFERS.map((o) => ({ value: o.id, label: `${o.label} — $${o.perGpuHour}/GPU-h (${o.asOf})` })),
                ]}
                onChange={(id) => {
                  const o = GPU_RENT_OFFERS.find((x) => x.id === id);
                  update({ gpuH: o ? o.perGpuHour : null });
                }}
                hint={offer ? `${offer.label}: ${offer.source}, as of ${offer.asOf}.` : 'Picks a price into the field above; many pages still quote AWS’s pre-June-2025 p5 price.'}
              />
            ) : null}
          </>
        ) : (
          <>
            <DerivedField label="Server price" unit="$" d={s.prices.serverPrice} min={1} max={1e8} onChange={(srv) => update({ srv })} />
            <SourcedNumberField label="Amortization" unit="years" value={v.years} min={0.5} max={20} onChange={(years) => update({ years })} source={DEFAULTS.amortizationYears} />
            <DerivedField
              label="Power per server"
              unit="kW"
              d={s.prices.powerKw}
              min={0.01}
              max={200}
              onChange={(kw) => update({ kw })}
              format={(x) => `${x.toLocaleString('en-US', { maximumFractionDigits: 2 })} kW`}
            />
            <SourcedNumberField label="Average draw" unit="% of max" value={v.draw} min={0} max={100} onChange={(draw) => update({ draw })} source={DEFAULTS.powerDrawShare} />
            <SourcedNumberField label="PUE" value={v.pue} min={1} max={3} onChange={(pue) => update({ pue })} source={DEFAULTS.pue} />
            <SourcedNumberField label="Electricity price" unit="$/kWh" value={v.kwh} min={0} max={5} onChange={(kwh) => update({ kwh })} source={DEFAULTS.electricityPerKwh} />
            <SourcedNumberField
              label="Colocation per kW-month"
              unit="$/kW-mo"
              value={v.colo}
              min={0}
              max={5000}
              onChange={(colo) => update({ colo })}
              source={DEFAULTS.coloPerKwMonth}
              note="Colocation bills on the provisioned kW; set it to 0 for your own data centre."
            />
          </>
        )}
      </div>
      <p className="mt-3 rounded-md bg-surface-2 px-3 py-2 text-sm text-fg">
        {Number.isFinite(s.node.total) ? (
          <>
            One server costs <strong className="tabular">{formatUsd(s.node.total)}</strong> a month
            {v.mode === 'buy' ? ` (${formatUsd(s.node.depreciation)} hardware, ${formatUsd(s.node.power)} power, ${formatUsd(s.node.colocation)} colocation)` : ''}, every
            hour of it, busy or idle.
          </>
        ) : (
          'Enter the server’s price to see what it costs a month.'
        )}
      </p>
    </Card>
  );
}
