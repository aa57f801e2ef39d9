import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { CatalogGate } from '../../ui/catalog-gate.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Card } from '../../ui/card.tsx';
import { Button } from '../../ui/button.tsx';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { downloadText } from '../../ui/download.ts';
import { useUrlState } from '../../ui/use-url-state.ts';
import { BREAK_EVEN_PARAMS } from './break-even-params.ts';
import { resolveScenario, type Values } from './resolve-scenario.ts';
import { scenarioCsv, scenarioJson } from './export-scenario.ts';
import { PairingNotice } from './pairing-notice.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import { VerdictTiles } from './verdict-tiles.tsx';
import { WorkloadCard } from './workload-card.tsx';
import { ServerCard } from './server-card.tsx';
import { FleetCard } from './fleet-card.tsx';
import { CostChart } from './cost-chart.tsx';
import { TornadoChart } from './tornado-chart.tsx';
import { FormulaCard } from './formula-card.tsx';
import { OwnVsRentCard } from './own-vs-rent-card.tsx';
import { ProvisionedSection } from './provisioned-section.tsx';

export default function BreakEvenPage() {
  const { values, update, ignored, dismissIgnored } = useUrlState(BREAK_EVEN_PARAMS);
  return (
    <div>
      <PageHeader
        title="Break-even"
        lead="When your own GPUs beat Bedrock’s per-token price, and when provisioned throughput beats on-demand. Every formula and source is shown."
      />
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <CatalogGate>{(catalog) => <BreakEvenView catalog={catalog} values={values} update={update} />}</CatalogGate>
    </div>
  );
}

function BreakEvenView({ catalog, values, update }: { catalog: Catalog; values: Values; update: (patch: Partial<Values>) => void }) {
  const s = resolveScenario(catalog, values);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-8">
      <section aria-labelledby="self-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="self-heading" className="text-2xl font-bold tracking-tight text-fg">
            Bedrock vs self-hosting
          </h2>
          <div className="flex flex-wrap gap-2">
            <CopyLinkButton />
            <Button onClick={() => downloadText(`break-even-${stamp}.csv`, scenarioCsv(values, s, window.location.href), 'text/csv')}>Export CSV</Button>
            <Button onClick={() => downloadText(`break-even-${stamp}.json`, JSON.stringify(scenarioJson(values, s, window.location.href), null, 2), 'application/json')}>
              Export JSON
            </Button>
          </div>
        </div>
        {s.unknownModels.length > 0 ? (
          <p role="status" className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg">
            Not in the model catalog: {s.unknownModels.map((id) => `“${id}”`).join(', ')}. The default model is shown instead.
          </p>
        ) : null}
        <PairingNotice s={s} />
        <VerdictTiles s={s} />
        <Card
          title="Monthly cost against monthly volume"
          headingLevel={3}
          actions={
            <Segmented
              legend="Chart range"
              hideLegend
              value={values.zoom}
              options={[
                { value: 'break-even', label: 'To the break-even' },
                { value: 'volume', label: 'Your volume' },
              ]}
              onChange={(zoom) => update({ zoom })}
            />
          }
        >
          <CostChart s={s} zoom={values.zoom} />
        </Card>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <WorkloadCard catalog={catalog} values={values} update={update} s={s} />
          <ServerCard values={values} update={update} s={s} />
          <FleetCard values={values} update={update} s={s} />
        </div>
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Card title="What moves the break-even" headingLevel={3} className="min-w-0">
            {s.sensitivity ? <TornadoChart base={s.sensitivity.base} rows={s.sensitivity.rows} /> : <p className="text-muted">Enter a throughput per server.</p>}
          </Card>
          <OwnVsRentCard s={s} />
        </div>
        <FormulaCard s={s} />
      </section>
      <ProvisionedSection catalog={catalog} values={values} update={update} s={s} />
    </div>
  );
}
