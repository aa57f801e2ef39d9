import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { MAX_TOKENS, type PRICING_PARAMS } from './pricing-params.ts';
import { TokenCounter } from './token-counter.tsx';

type Values = ParamValues<typeof PRICING_PARAMS>;

const SCOPE_GROUP: Record<PricePoint['scope'], string> = {
  'in-region': 'In-Region',
  geo: 'Geographic cross-region profile',
  global: 'Global cross-region profile',
  'latency-optimized': 'Latency-optimized',
  gov: 'AWS GovCloud',
};

export function WorkloadInputs({
  catalog,
  model,
  point,
  values,
  onChange,
}: {
  catalog: Catalog;
  model: CatalogModel;
  point: PricePoint;
  values: Values;
  onChange: (patch: Partial<Values>) => void;
}) {
  const contextNote =
    model.contextWindow && values.in + values.out > model.contextWindow
      ? `More than this model's ${model.contextWindow.toLocaleString('en-US')}-token context window.`
      : null;
  return (
    <Card title="Workload">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          className="sm:col-span-2"
          label="Model"
          value={model.modelId}
          options={catalog.models.map((m) => ({
            value: m.modelId,
            label: `${m.name}${m.uncertain ? ' (price uncertain)' : ''}`,
            group: m.provider,
          }))}
          onChange={(modelId) => onChange({ model: modelId, scope: '', pin: null, pout: null })}
          hint={
            <span className="font-mono">
              {model.modelId}
              {model.contextWindow ? ` · ${model.contextWindow.toLocaleString('en-US')} context` : ''}
              {model.maxOutputTokens ? ` · ${model.maxOutputTokens.toLocaleString('en-US')} max output` : ''}
            </span>
          }
        />
        <SelectField
          className="sm:col-span-2"
          label="Pricing scope"
          value={point.id}
          options={model.prices.map((p) => ({
            value: p.id,
            label: `${p.label}${p.expired ? ' (expired)' : ''}${p.uncertain ? ' (uncertain)' : ''}`,
            group: SCOPE_GROUP[p.scope],
          }))}
          onChange={(scope) => onChange({ scope: scope === model.prices[0]!.id ? '' : scope, pin: null, pout: null })}
          hint={
            model.prices.some((p) => p.scope === 'global')
              ? 'Global profiles route to any commercial Region; geographic ones stay in their geography.'
              : 'Cross-region (geo) profiles are billed at the source Region’s price.'
          }
        />
        <NumberField
          label="Input tokens per request"
          value={values.in}
          min={0}
          max={MAX_TOKENS}
          maxLabel="10^12 tokens"
          onChange={(v) => onChange({ in: v })}
          hint={contextNote ?? 'Prompt, system prompt and any documents.'}
        />
        <NumberField
          label="Output tokens per request"
          value={values.out}
          min={0}
          max={MAX_TOKENS}
          maxLabel="10^12 tokens"
          onChange={(v) => onChange({ out: v })}
          hint="Generated tokens."
        />
        <NumberField
          className="sm:col-span-2"
          label="Requests per day"
          value={values.rpd}
          min={0}
          max={MAX_TOKENS}
          maxLabel="10^12"
          onChange={(v) => onChange({ rpd: v })}
        />
        <NumberField
          label="Input read from prompt cache"
          unit="%"
          value={values.cacheRead}
          min={0}
          max={100 - values.cacheWrite}
          maxLabel={`${100 - values.cacheWrite} % (read + write ≤ 100 %)`}
          onChange={(v) => onChange({ cacheRead: v })}
          hint={point.cacheReadPer1M === undefined ? 'No cache-read price for this scope.' : 'Share of input tokens.'}
        />
        <NumberField
          label="Input written to prompt cache"
          unit="%"
          value={values.cacheWrite}
          min={0}
          max={100 - values.cacheRead}
          maxLabel={`${100 - values.cacheRead} % (read + write ≤ 100 %)`}
          onChange={(v) => onChange({ cacheWrite: v })}
          hint={point.cacheWritePer1M === undefined ? 'No cache-write price for this scope.' : '5-minute TTL price.'}
        />
        <NumberField
          className="sm:col-span-2"
          label="Requests sent as batch"
          unit="%"
          value={values.batch}
          min={0}
          max={100}
          onChange={(v) => onChange({ batch: v })}
          hint={
            point.batchInputPer1M === undefined
              ? 'No batch price is published for this model and scope.'
              : 'Batch jobs finish within 24 hours at the batch price.'
          }
        />
      </div>
      <TokenCounter model={model} onUse={(tokens) => onChange({ in: tokens })} />
    </Card>
  );
}
