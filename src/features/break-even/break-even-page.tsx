import { useMemo } from 'react';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { CatalogGate } from '../../ui/catalog-gate.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { VIEW_HEADINGS } from '../../ui/view-headings.tsx';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { useSharedModelStore } from '../../ui/shared-model-store.ts';
import { useUrlState } from '../../ui/use-url-state.ts';
import { BREAK_EVEN_PARAMS, type BreakEvenValues } from './break-even-params.ts';
import { buildBreakEvenModel, patchForModelPick } from './break-even-model.ts';
import { BreakEvenView } from './break-even-view.tsx';

export default function BreakEvenPage() {
  const { values, update, ignored, dismissIgnored } = useUrlState(BREAK_EVEN_PARAMS);
  return (
    <div>
      <PageHeader {...VIEW_HEADINGS['/break-even']} />
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <CatalogGate>{(catalog) => <BreakEvenWithCatalog catalog={catalog} values={values} update={update} />}</CatalogGate>
    </div>
  );
}

function BreakEvenWithCatalog({ catalog, values, update }: { catalog: Catalog; values: BreakEvenValues; update: (patch: Partial<BreakEvenValues>) => void }) {
  const sharedModelId = useSharedModelStore((s) => s.modelId);
  const setSharedModelId = useSharedModelStore((s) => s.setModelId);
  const model = useMemo(() => buildBreakEvenModel(values, catalog, sharedModelId), [values, catalog, sharedModelId]);
  const pickModel = (id: string) => {
    update(patchForModelPick(catalog, id));
    setSharedModelId(id);
  };
  return <BreakEvenView m={model} values={values} update={update} pickModel={pickModel} />;
}
