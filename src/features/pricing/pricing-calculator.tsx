import { useMemo } from 'react';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { isKnownModel } from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { blendedPricePer1M, costPerRequest, type TokenWorkload, type UnitPrices } from '../../domain/pricing/token-cost.ts';
import { unitPricesFor } from '../../domain/pricing/unit-prices.ts';
import { project } from '../../domain/pricing/projection.ts';
import { startingModelId, useSharedModelStore } from '../../ui/shared-model-store.ts';
import { useUrlState } from '../../ui/use-url-state.ts';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { PRICING_PARAMS } from './pricing-params.ts';
import { resolveModelAndScope } from './resolve-scenario.ts';
import { WorkloadInputs } from './workload-inputs.tsx';
import { PriceInputs } from './price-inputs.tsx';
import { CostSummary } from './cost-summary.tsx';
import { ModelComparison } from './model-comparison.tsx';
import { ProvisionedPanel } from './provisioned-panel.tsx';
import { ExportButtons } from './export-buttons.tsx';

export function PricingCalculator({ catalog }: { catalog: Catalog }) {
  const { values, update, ignored, dismissIgnored } = useUrlState(PRICING_PARAMS);
  const sharedModelId = useSharedModelStore((s) => s.modelId);
  const setSharedModelId = useSharedModelStore((s) => s.setModelId);
  const start = startingModelId({
    linkModelId: null,
    sharedModelId,
    defaultModelId: DEFAULT_MODEL_ID,
    isKnown: (id) => isKnownModel(catalog, id),
  });
  const { model, point, ignored: catalogIgnored } = resolveModelAndScope(catalog, values.model, values.scope, start);
  const pickModel = (modelId: string) => {
    setSharedModelId(modelId);
    update({ model: modelId, scope: '', pin: null, pout: null });
  };

  const workload: TokenWorkload = {
    inputTokens: values.in,
    outputTokens: values.out,
    cacheReadShare: values.cacheRead / 100,
    cacheWriteShare: values.cacheWrite / 100,
    batchShare: values.batch / 100,
  };
  const catalogPrices = unitPricesFor(model, point);
  const prices: UnitPrices = {
    ...catalogPrices,
    inputPer1M: values.pin ?? catalogPrices.inputPer1M,
    outputPer1M: values.pout ?? catalogPrices.outputPer1M,
  };
  const requestCost = costPerRequest(prices, workload);
  const projection = project(requestCost.total, values.rpd);

  const allIgnored = useMemo(() => [...ignored, ...catalogIgnored], [ignored, catalogIgnored]);

  return (
    <div>
      <PageHeader
        title="Token pricing calculator"
        lead="What a workload costs on Amazon Bedrock per request, day, month and year — with batch, prompt caching, cross-region profiles and provisioned throughput."
        actions={
          <>
            <CopyLinkButton />
            <ExportButtons
              catalog={catalog}
              model={model}
              point={point}
              workload={workload}
              requestsPerDay={values.rpd}
              prices={prices}
              overridden={{ input: values.pin !== null, output: values.pout !== null }}
              requestCost={requestCost}
              projection={projection}
            />
          </>
        }
      />
      <IgnoredParamsNotice ignored={allIgnored} onDismiss={dismissIgnored} />
      {/* On a phone the result follows the workload directly; the column wrappers dissolve there. */}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
        <div className="contents lg:block lg:space-y-5">
          <div className="order-1 lg:order-none">
            <WorkloadInputs catalog={catalog} model={model} point={point} prices={catalogPrices} values={values} onChange={update} onPickModel={pickModel} />
          </div>
          <div className="order-3 lg:order-none">
            <PriceInputs point={point} model={model} prices={catalogPrices} pin={values.pin} pout={values.pout} onChange={update} />
          </div>
        </div>
        <div className="contents lg:block lg:space-y-5">
          <div className="order-2 lg:order-none">
            <CostSummary
              requestCost={requestCost}
              projection={projection}
              requestsPerDay={values.rpd}
              model={model}
              point={point}
            />
          </div>
          <div className="order-4 lg:order-none">
            <ProvisionedPanel
              model={model}
              term={values.term}
              tokensPerMinutePerUnit={values.muTpm}
              rateOverride={values.muRate}
              peakToAverage={values.peak}
              requestsPerDay={values.rpd}
              tokensPerRequest={values.in + values.out}
              onDemandPerMonth={projection.perMonth}
              blendedPricePer1M={blendedPricePer1M(prices, workload)}
              onChange={update}
            />
          </div>
        </div>
      </div>
      <ModelComparison
        catalog={catalog}
        selectedModelId={model.id}
        selectedMonthly={projection.perMonth}
        workload={workload}
        requestsPerDay={values.rpd}
        provider={values.provider}
        onProviderChange={(provider) => update({ provider })}
        onPick={pickModel}
      />
    </div>
  );
}
