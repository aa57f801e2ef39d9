import { DEFAULTS, GPU_RENT_OFFERS } from '../../domain/breakeven/defaults.ts';
import { SELF_HOST_MODELS } from '../../domain/breakeven/self-host-models.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import { SourcedNumberField } from './sourced-number-field.tsx';
import type { Scenario, Values } from './resolve-scenario.ts';

type Update = (patch: Partial<Values>) => void;

export function ServerCard({ values: v, update, s }: { values: Values; update: Update; s: Scenario }) {
  const offer = GPU_RENT_OFFERS.find((o) => o.perGpuHour === v.gpuH);
  return (
    <Card title="Your servers" headingLevel={3} className="min-w-0">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          className="sm:col-span-2"
          label="Self-hosted open-weight model"
          value={v.self}
          options={SELF_HOST_MODELS.map((m) => ({ value: m.id, label: `${m.name} on H100 SXM` }))}
          onChange={(self) => update({ self })}
          hint={s.selfModel.note}
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
        <SourcedNumberField
          label="GPUs per server"
          value={v.gpus}
          min={1}
          max={64}
          integer
          onChange={(gpus) => update({ gpus })}
          source={DEFAULTS.gpusPerServer}
        />
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
              <SourcedNumberField
                label="GPU price per hour"
                unit="$/GPU-h"
                value={v.gpuH}
                min={0.01}
                max={1000}
                onChange={(gpuH) => update({ gpuH })}
                source={offer ? { value: offer.perGpuHour, source: `${offer.label}: ${offer.source}`, asOf: offer.asOf } : DEFAULTS.gpuPricePerHour}
              />
            ) : (
              <SourcedNumberField
                label="Instance price per hour"
                unit="$/h"
                value={v.instH}
                min={0.01}
                max={10_000}
                onChange={(instH) => update({ instH })}
                source={DEFAULTS.instancePricePerHour}
              />
            )}
            {v.basis === 'gpu' ? (
              <SelectField
                className="sm:col-span-2"
                label="Published H100 rental offers"
                value={offer?.id ?? ''}
                options={[
                  { value: '', label: 'Your own price' },
                  ...GPU_RENT_OFFERS.map((o) => ({ value: o.id, label: `${o.label} — $${o.perGpuHour}/GPU-h (${o.asOf})` })),
                ]}
                onChange={(id) => {
                  const o = GPU_RENT_OFFERS.find((x) => x.id === id);
                  if (o) update({ gpuH: o.perGpuHour });
                }}
                hint="Picks a price into the field above; many pages still quote AWS's pre-June-2025 p5 price."
              />
            ) : null}
          </>
        ) : (
          <>
            <SourcedNumberField label="Server price" unit="$" value={v.srv} min={1} max={1e8} onChange={(srv) => update({ srv })} source={DEFAULTS.serverPrice} />
            <SourcedNumberField
              label="Amortization"
              unit="years"
              value={v.years}
              min={0.5}
              max={20}
              onChange={(years) => update({ years })}
              source={DEFAULTS.amortizationYears}
            />
            <SourcedNumberField label="Power per server" unit="kW" value={v.kw} min={0} max={200} onChange={(kw) => update({ kw })} source={DEFAULTS.powerKw} />
            <SourcedNumberField
              label="Average draw"
              unit="% of max"
              value={v.draw}
              min={0}
              max={100}
              onChange={(draw) => update({ draw })}
              source={DEFAULTS.powerDrawShare}
            />
            <SourcedNumberField label="PUE" value={v.pue} min={1} max={3} onChange={(pue) => update({ pue })} source={DEFAULTS.pue} />
            <SourcedNumberField
              label="Electricity price"
              unit="$/kWh"
              value={v.kwh}
              min={0}
              max={5}
              onChange={(kwh) => update({ kwh })}
              source={DEFAULTS.electricityPerKwh}
            />
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
        One server costs <strong className="tabular">{formatUsd(s.node.total)}</strong> a month
        {v.mode === 'buy'
          ? ` (${formatUsd(s.node.depreciation)} hardware, ${formatUsd(s.node.power)} power, ${formatUsd(s.node.colocation)} colocation)`
          : ''}
        , every hour of it, busy or idle.
      </p>
    </Card>
  );
}
