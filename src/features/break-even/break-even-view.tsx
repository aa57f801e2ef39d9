import { Card } from '../../ui/card.tsx';
import { Button } from '../../ui/button.tsx';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { downloadText } from '../../ui/download.ts';
import { currentExportContext } from '../../ui/export-context.ts';
import { Segmented } from '../../ui/segmented-control.tsx';
import type { BreakEvenModel } from './break-even-model.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import { breakEvenCsv, breakEvenJson, exportNotes } from './break-even-export.ts';
import { VerdictCard } from './verdict-card.tsx';
import { CostChart } from './cost-chart.tsx';
import { WorkloadCard } from './workload-card.tsx';
import { ServerCard } from './server-card.tsx';
import { FleetCard } from './fleet-card.tsx';
import { TornadoChart } from './tornado-chart.tsx';
import { OwnVsRentCard } from './own-vs-rent-card.tsx';
import { FormulaCard } from './formula-card.tsx';
import { ServeCostSection } from './serve-cost-section.tsx';
import { ProvisionedSection } from './provisioned-section.tsx';
import { AfterFirstPaint } from '../../ui/after-first-paint.tsx';

type Update = (patch: Partial<BreakEvenValues>) => void;

export function BreakEvenView({ m, values, update, pickModel }: { m: BreakEvenModel; values: BreakEvenValues; update: Update; pickModel: (id: string) => void }) {
  const stamp = new Date().toISOString().slice(0, 10);
  const context = () => currentExportContext(m.priceSources, exportNotes(m));
  return (
    <div className="space-y-8">
      <section aria-labelledby="self-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="self-heading" className="text-2xl font-bold tracking-tight text-fg">
            Bedrock vs self-hosting
          </h2>
          <div className="flex flex-wrap gap-2">
            <CopyLinkButton />
            <Button onClick={() => downloadText(`break-even-${stamp}.csv`, breakEvenCsv(values, m, context()), 'text/csv')}>Export CSV</Button>
            <Button onClick={() => downloadText(`break-even-${stamp}.json`, JSON.stringify(breakEvenJson(values, m, context()), null, 2), 'application/json')}>
              Export JSON
            </Button>
          </div>
        </div>
        {m.unknownModels.length > 0 ? (
          <p role="status" className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg">
            Not in the model catalog: {m.unknownModels.map((id) => `“${id}”`).join(', ')}. The starting model is shown instead.
          </p>
        ) : null}
        <VerdictCard m={m} />
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
          <div data-tour="break-even-chart" data-print="keep">
            <CostChart m={m} context={context} />
          </div>
        </Card>
        {/* Below the fold at 1024×768 and on a phone: drawn after the first paint, a part per task. */}
        <AfterFirstPaint minHeight="40rem">
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
            <WorkloadCard m={m} values={values} update={update} pickModel={pickModel} />
            <ServerCard m={m} values={values} update={update} />
            <FleetCard m={m} values={values} update={update} />
          </div>
        </AfterFirstPaint>
        <AfterFirstPaint minHeight="30rem">
          <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <Card title="What moves the break-even" headingLevel={3} className="min-w-0" print="omit">
              <div data-tour="break-even-tornado">
                {m.tornado ? <TornadoChart base={m.tornado.base} rows={m.tornado.rows} /> : <p className="text-muted">Enter a throughput per server and the server’s cost.</p>}
              </div>
            </Card>
            <OwnVsRentCard o={m.ownVsRent} />
          </div>
          {m.formulas.length > 0 ? <FormulaCard lines={m.formulas} /> : null}
        </AfterFirstPaint>
      </section>
      <AfterFirstPaint minHeight="50rem">
        <ServeCostSection m={m} update={update} />
      </AfterFirstPaint>
      <AfterFirstPaint minHeight="35rem">
        <ProvisionedSection p={m.provisioned} update={update} />
      </AfterFirstPaint>
    </div>
  );
}
