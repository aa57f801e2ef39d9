import { useMemo, useState } from 'react';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { isKnownModel } from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { useUrlState } from '../../ui/use-url-state.ts';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { VIEW_HEADINGS } from '../../ui/view-headings.tsx';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { startingModelId, useSharedModelStore } from '../../ui/shared-model-store.ts';
import { PRICING_PARAMS } from './pricing-params.ts';
import { buildPricingView } from './pricing-model.ts';
import { WorkloadInputs } from './workload-inputs.tsx';
import { PriceInputs } from './price-inputs.tsx';
import { CostSummary } from './cost-summary.tsx';
import { PricingNotices } from './pricing-notices.tsx';
import { ModelComparison } from './model-comparison.tsx';
import { CompareTable } from './compare-table.tsx';
import { ProvisionedPanel } from './provisioned-panel.tsx';
import { ReservedPanel } from './reserved-panel.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { PriceSpeedSection } from './price-speed-section.tsx';
import { AfterFirstPaint } from '../../ui/after-first-paint.tsx';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function PricingCalculator({ catalog }: { catalog: Catalog }) {
  const { values, update, ignored, dismissIgnored } = useUrlState(PRICING_PARAMS);
  const sharedModelId = useSharedModelStore((s) => s.modelId);
  const setSharedModelId = useSharedModelStore((s) => s.setModelId);
  const [today] = useState(todayIso);
  const start = startingModelId({ linkModelId: null, sharedModelId, defaultModelId: DEFAULT_MODEL_ID, isKnown: (id) => isKnownModel(catalog, id) });
  const view = useMemo(() => buildPricingView(catalog, values, { startingModelId: start, today }), [catalog, values, start, today]);
  const providers = useMemo(() => [...new Set(catalog.models.map((m) => m.provider))].sort(), [catalog]);
  const [modelNoticeDismissed, setModelNoticeDismissed] = useState(false);

  const pickModel = (modelId: string) => {
    setSharedModelId(modelId);
    update({ model: modelId, scope: '', tier: 'standard', ttl: '5m', pin: null, pout: null });
  };
  const allIgnored = useMemo(() => {
    const seen = new Set(ignored.map((i) => i.key));
    return [...ignored, ...(modelNoticeDismissed ? [] : view.ignored.filter((i) => !seen.has(i.key)))];
  }, [ignored, view.ignored, modelNoticeDismissed]);

  return (
    <div>
      <PageHeader
        {...VIEW_HEADINGS['/pricing']}
        actions={
          <>
            <CopyLinkButton />
            <ExportButtons view={view} />
          </>
        }
      />
      <IgnoredParamsNotice
        ignored={allIgnored}
        onDismiss={() => {
          dismissIgnored();
          setModelNoticeDismissed(true);
        }}
      />
      <PricingNotices notices={view.notices} />
      {/* On a phone the result follows the workload directly; the column wrappers dissolve there. */}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
        <div className="contents lg:block lg:space-y-5">
          <div className="order-1 lg:order-none">
            <WorkloadInputs view={view} values={values} onChange={update} onPickModel={pickModel} />
          </div>
          <div className="order-3 lg:order-none">
            <PriceInputs view={view} onChange={update} />
          </div>
        </div>
        <div className="contents lg:block lg:space-y-5">
          <div className="order-2 lg:order-none">
            <CostSummary view={view} />
          </div>
          <div
            className="order-4 space-y-5 lg:order-none"
            data-tour="pricing-provisioned"
            data-print={values.muTpm === 0 && values.muRate === null && values.rRateIn === null && values.rRateOut === null ? 'omit' : undefined}
          >
            <ProvisionedPanel view={view} values={values} onChange={update} />
            <ReservedPanel view={view} values={values} onChange={update} />
          </div>
        </div>
      </div>
      {/* Below the fold at 1024×768 and on a phone: drawn after the first paint, a part per task. */}
      <AfterFirstPaint minHeight="50rem">
        <ModelComparison view={view} values={values} providers={providers} onChange={update} onPick={pickModel} />
      </AfterFirstPaint>
      <AfterFirstPaint minHeight="10rem">
        <CompareTable view={view} onChange={(cmp) => update({ cmp })} />
      </AfterFirstPaint>
      <AfterFirstPaint minHeight="35rem">
        <PriceSpeedSection view={view} catalog={catalog} onPick={pickModel} />
      </AfterFirstPaint>
    </div>
  );
}
