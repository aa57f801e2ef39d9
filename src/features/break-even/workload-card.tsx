import { Link } from 'react-router';
import { formatPrice } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { Provenance } from '../../ui/provenance.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import type { BreakEvenModel } from './break-even-model.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import { tokens, whole } from './format.ts';

type Update = (patch: Partial<BreakEvenValues>) => void;

export function WorkloadCard({ m, values: v, update, pickModel }: { m: BreakEvenModel; values: BreakEvenValues; update: Update; pickModel: (id: string) => void }) {
  const q = m.bedrock.quote;
  return (
    <Card title="Workload and Bedrock price" headingLevel={3} className="min-w-0">
      <div className="grid gap-3 sm:grid-cols-2" data-print="terse">
        <SelectField className="sm:col-span-2" label="Bedrock model" value={m.bedrock.model.id} options={m.bedrock.modelOptions} onChange={pickModel} />
        <NumberField label="Requests per day" value={v.rpd} min={0} max={1e9} onChange={(rpd) => update({ rpd })} hint="An example workload: enter your own." />
        <div className="self-end pb-2 text-sm text-muted">
          = <span className="tabular font-semibold text-fg">{tokens(m.workload.tokensPerMonth)}</span>/month
        </div>
        <NumberField label="Input tokens per request" value={v.in} min={0} max={2e6} integer onChange={(x) => update({ in: x })} />
        <NumberField label="Output tokens per request" value={v.out} min={1} max={2e5} integer onChange={(out) => update({ out })} />
        <NumberField label="Cache-read share of input" unit="%" value={v.cacheRead} min={0} max={100} onChange={(cacheRead) => update({ cacheRead })} />
        <NumberField label="Cache-write share of input" unit="%" value={v.cacheWrite} min={0} max={100} onChange={(cacheWrite) => update({ cacheWrite })} />
        <NumberField label="Batch share of requests" unit="%" value={v.batch} min={0} max={100} onChange={(batch) => update({ batch })} />
        <SelectField
          label="Service tier"
          value={v.tier}
          options={m.bedrock.tierOptions.map((t) => ({ value: t.value, label: t.label }))}
          onChange={(tier) => update({ tier: tier as BreakEvenValues['tier'], price: null })}
          hint={
            <>
              On-demand requests at this tier; batch requests at the batch price. Reserved (a monthly price per 1,000 tokens a minute, rates not published) is
              priced on <Link to="/pricing" className="underline">Pricing</Link>: its cost is not a per-token line, so it is not compared here.
            </>
          }
        />
      </div>
      <div className="mt-4 rounded-lg border border-line bg-surface-2 p-3">
        <OverridableNumberField
          label="Blended price per 1M tokens"
          unit="$ / 1M"
          derived={m.bedrock.price.derived}
          override={m.bedrock.price.override}
          min={0}
          max={1000}
          onOverrideChange={(price) => update({ price })}
          roundDefault={(x) => Number(x.toFixed(4))}
          formatDefault={(x) => `${formatPrice(x)} per 1M from the catalog`}
          defaultHint={`From the catalog: ${formatPrice(q.price.inputPer1M)} in / ${formatPrice(q.price.outputPer1M)} out per 1M (${q.price.label}), at your input:output mix, cache and batch shares.`}
        >
          <div className="mt-1">
            <Provenance source={q.price.source} asOf={q.price.asOf} uncertain={q.price.uncertain} note={q.price.note} />
          </div>
        </OverridableNumberField>
        {q.warnings.map((w) => (
          <p key={w} className="mt-2 text-xs text-warn">
            {w}
          </p>
        ))}
        <p className="mt-2 text-xs text-muted" data-print="omit">
          {whole(v.in)} in + {whole(v.out)} out = {whole(m.workload.tokensPerRequest)} tokens a request; a month is {whole(v.hours)} h ÷ 24 ={' '}
          {m.workload.daysPerMonth.toLocaleString('en-US', { maximumFractionDigits: 2 })} days.
        </p>
      </div>
    </Card>
  );
}
