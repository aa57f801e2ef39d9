import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { formatPrice } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { selfHostModelForBedrock } from '../../domain/breakeven/self-host-models.ts';
import type { Scenario, Values } from './resolve-scenario.ts';
import { num, tokens } from './format.ts';

type Update = (patch: Partial<Values>) => void;

export function WorkloadCard({ catalog, values: v, update, s }: { catalog: Catalog; values: Values; update: Update; s: Scenario }) {
  const options = catalog.models.map((m) => ({ value: m.modelId, label: m.name, group: m.provider }));
  const p = s.pricePoint;
  return (
    <Card title="Workload and Bedrock price" headingLevel={3} className="min-w-0">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          className="sm:col-span-2"
          label="Bedrock model"
          value={s.bedrockModel.modelId}
          options={options}
          onChange={(model) => {
            // Pair with the same open weights when they exist, so the default comparison is like-for-like.
            const same = selfHostModelForBedrock(model);
            update(same ? { model, self: same.id, price: null } : { model, price: null });
          }}
        />
        <NumberField label="Requests per day" value={v.rpd} min={0} max={1e9} onChange={(rpd) => update({ rpd })} hint="An example workload: enter your own." />
        <div className="self-end pb-2 text-sm text-muted">
          = <span className="tabular font-semibold text-fg">{tokens(s.volume)}</span>/month
        </div>
        <NumberField label="Input tokens per request" value={v.in} min={0} max={2e6} integer onChange={(x) => update({ in: x })} />
        <NumberField label="Output tokens per request" value={v.out} min={1} max={2e5} integer onChange={(out) => update({ out })} />
        <NumberField label="Cache-read share of input" unit="%" value={v.cacheRead} min={0} max={100} onChange={(cacheRead) => update({ cacheRead })} />
        <NumberField label="Cache-write share of input" unit="%" value={v.cacheWrite} min={0} max={100} onChange={(cacheWrite) => update({ cacheWrite })} />
        <NumberField label="Batch share of requests" unit="%" value={v.batch} min={0} max={100} onChange={(batch) => update({ batch })} />
      </div>
      <div className="mt-4 rounded-lg border border-line bg-surface-2 p-3">
        <OverridableNumberField
          label="Blended price per 1M tokens"
          unit="$ / 1M"
          derived={s.catalogBlend}
          override={v.price}
          min={0}
          max={1000}
          onOverrideChange={(price) => update({ price })}
          roundDefault={(x) => Number(x.toFixed(4))}
          formatDefault={(x) => `${formatPrice(x)} per 1M from the catalog`}
          defaultHint={`From the catalog: ${formatPrice(p.inputPer1M)} in / ${formatPrice(p.outputPer1M)} out per 1M (${p.label}), at your input:output mix, cache and batch shares.`}
        />
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Provenance source={p.source} asOf={p.asOf} uncertain={p.uncertain} note={p.note} />
        </div>
        {s.priceWarnings.map((w) => (
          <p key={w} className="mt-2 text-xs text-warn">
            {w}
          </p>
        ))}
        <p className="mt-2 text-xs text-muted">
          {num(v.in)} in + {num(v.out)} out = {num(s.tokensPerRequest)} tokens a request; a month is {num(v.hours)} h ÷ 24 ={' '}
          {num(v.hours / 24, 2)} days.
        </p>
      </div>
    </Card>
  );
}
