import { contextLimit, invokeModelId } from '../../domain/catalog/catalog-lookup.ts';
import { formatCount } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { MAX_TOKENS, type ServiceTier } from './pricing-params.ts';
import type { PricingValues, PricingView } from './pricing-model.ts';
import { TierControl } from './tier-control.tsx';
import { TokenCounter } from './token-counter.tsx';

type Patch = Partial<PricingValues>;

/** A refusal from the pricing rules, shown beside the field it concerns. */
function Refusal({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <span className="font-medium text-warn" role="status">
      {text} Not applied.
    </span>
  );
}

export function WorkloadInputs({
  view,
  values,
  onChange,
  onPickModel,
}: {
  view: PricingView;
  values: PricingValues;
  onChange: (patch: Patch) => void;
  onPickModel: (modelId: string) => void;
}) {
  const { model, fieldIssues } = view;
  const window = contextLimit(model);
  return (
    <Card title="Workload">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          className="sm:col-span-2"
          label="Model"
          value={model.id}
          options={view.modelOptions}
          onChange={onPickModel}
          hint={
            <span className="font-mono">
              {invokeModelId(model)}
              {model.contextWindow ? ` · ${formatCount(model.contextWindow)} context` : ''}
              {model.contextWindowExtended ? ` (${formatCount(model.contextWindowExtended)} extended)` : ''}
              {model.maxOutputTokens ? ` · ${formatCount(model.maxOutputTokens)} max output` : ''}
            </span>
          }
        />
        <label className="flex items-center gap-2 text-sm text-fg sm:col-span-2">
          <input type="checkbox" checked={values.retired} onChange={(e) => onChange({ retired: e.target.checked })} className="h-4 w-4" />
          Show retired models
        </label>
        <SelectField
          className="sm:col-span-2"
          label="Pricing scope"
          value={view.base.id}
          options={view.scopeOptions}
          onChange={(scope) => onChange({ scope: model.pricePoints.find((p) => p.id === scope)?.default ? '' : scope, tier: 'standard', pin: null, pout: null })}
          hint={
            model.pricePoints.some((p) => p.scope.type === 'global')
              ? 'Global profiles route to any commercial Region; geographic ones stay in their geography.'
              : 'Cross-region (geo) profiles are billed at the source Region’s price.'
          }
        />
        <TierControl value={view.tier} options={view.tierOptions} onChange={(tier: ServiceTier) => onChange({ tier, pin: null, pout: null })} />
        <NumberField
          label="Input tokens per request"
          value={values.in}
          min={0}
          max={MAX_TOKENS}
          maxLabel="10^12 tokens"
          onChange={(v) => onChange({ in: v })}
          hint={window !== null && values.in + values.out > window ? `More than this model's ${formatCount(window)}-token context window.` : 'Prompt, system prompt and any documents, cached or not.'}
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
        <NumberField className="sm:col-span-2" label="Requests per day" value={values.rpd} min={0} max={MAX_TOKENS} maxLabel="10^12" onChange={(v) => onChange({ rpd: v })} />
        <NumberField
          label="Input read from prompt cache"
          unit="%"
          value={values.cacheRead}
          min={0}
          max={100 - values.cacheWrite}
          maxLabel={`${100 - values.cacheWrite} % (read + write ≤ 100 %)`}
          onChange={(v) => onChange({ cacheRead: v })}
          hint={fieldIssues.cacheRead ? <Refusal text={fieldIssues.cacheRead} /> : view.caching ? 'Share of input tokens, on-demand requests.' : 'This model offers no prompt caching.'}
        />
        <NumberField
          label="Input written to prompt cache"
          unit="%"
          value={values.cacheWrite}
          min={0}
          max={100 - values.cacheRead}
          maxLabel={`${100 - values.cacheRead} % (read + write ≤ 100 %)`}
          onChange={(v) => onChange({ cacheWrite: v })}
          hint={fieldIssues.cacheWrite ? <Refusal text={fieldIssues.cacheWrite} /> : 'Share of input tokens, on-demand requests.'}
        />
        <SelectField
          className="sm:col-span-2"
          label="Cache write lifetime"
          value={view.ttl}
          options={view.ttlOptions}
          onChange={(ttl) => onChange({ ttl: ttl as PricingValues['ttl'] })}
          hint={fieldIssues.ttl ? <Refusal text={fieldIssues.ttl} /> : view.caching ? 'The lifetimes this model offers at this scope, each at its own write price.' : 'This model offers no prompt caching.'}
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
            fieldIssues.batch ? (
              <Refusal text={fieldIssues.batch} />
            ) : view.batch.card ? (
              'Batch jobs finish within 24 hours at the batch price; they carry no cache tokens.'
            ) : (
              `No batch price published: ${view.batch.reason}`
            )
          }
        />
      </div>
      <TokenCounter model={model} onUse={(tokens) => onChange({ in: tokens })} />
    </Card>
  );
}
