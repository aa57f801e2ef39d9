import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { invokeModelId, pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import type { UnitPrices } from '../../domain/pricing/token-cost.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { MAX_TOKENS, type PRICING_PARAMS } from './pricing-params.ts';
import { TokenCounter } from './token-counter.tsx';

type Values = ParamValues<typeof PRICING_PARAMS>;

const SCOPE_GROUP: Record<PricePoint['scope']['type'], string> = {
  'in-region': 'In-Region',
  geo: 'Geographic cross-region profile',
  global: 'Global cross-region profile',
  mantle: 'Mantle endpoint',
  'unknown-region': 'Region not stated by the source',
  'unknown-regional': 'Region not stated by the source',
};

const LIFECYCLE_SUFFIX: Record<CatalogModel['lifecycle']['status'], string> = {
  active: '',
  legacy: ' (legacy)',
  'end-of-life': ' (retired)',
  preview: ' (preview)',
  'availability-unconfirmed': ' (availability unconfirmed)',
};

export function WorkloadInputs({
  catalog,
  model,
  point,
  prices,
  values,
  onChange,
  onPickModel,
}: {
  catalog: Catalog;
  model: CatalogModel;
  point: PricePoint;
  prices: UnitPrices;
  values: Values;
  onChange: (patch: Partial<Values>) => void;
  onPickModel: (modelId: string) => void;
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
          value={model.id}
          options={catalog.models.map((m) => ({
            value: m.id,
            label: `${m.name}${LIFECYCLE_SUFFIX[m.lifecycle.status]}`,
            group: m.provider,
          }))}
          onChange={onPickModel}
          hint={
            <span className="font-mono">
              {invokeModelId(model)}
              {model.contextWindow ? ` · ${model.contextWindow.toLocaleString('en-US')} context` : ''}
              {model.maxOutputTokens ? ` · ${model.maxOutputTokens.toLocaleString('en-US')} max output` : ''}
            </span>
          }
        />
        <SelectField
          className="sm:col-span-2"
          label="Pricing scope"
          value={point.id}
          options={model.pricePoints
            .filter((p) => p.tier !== 'batch')
            .map((p) => ({
              value: p.id,
              label: `${pricePointLabel(p)}${p.validity?.kind === 'promotion' ? ' (promotion)' : ''}${p.confidence === 'conflicting' ? ' (sources conflict)' : ''}`,
              group: SCOPE_GROUP[p.scope.type],
            }))}
          onChange={(scope) => onChange({ scope: model.pricePoints.find((p) => p.id === scope)?.default ? '' : scope, pin: null, pout: null })}
          hint={
            model.pricePoints.some((p) => p.scope.type === 'global')
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
          hint={prices.cacheReadPer1M === undefined ? 'No cache-read price for this scope.' : 'Share of input tokens.'}
        />
        <NumberField
          label="Input written to prompt cache"
          unit="%"
          value={values.cacheWrite}
          min={0}
          max={100 - values.cacheRead}
          maxLabel={`${100 - values.cacheRead} % (read + write ≤ 100 %)`}
          onChange={(v) => onChange({ cacheWrite: v })}
          hint={prices.cacheWritePer1M === undefined ? 'No cache-write price for this scope.' : 'Share of input tokens.'}
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
            prices.batchInputPer1M === undefined
              ? 'No batch price is published for this model and scope.'
              : 'Batch jobs finish within 24 hours at the batch price.'
          }
        />
      </div>
      <TokenCounter model={model} onUse={(tokens) => onChange({ in: tokens })} />
    </Card>
  );
}
