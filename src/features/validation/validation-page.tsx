import { Link } from 'react-router';
import { Button } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import { AfterFirstPaint } from '../../ui/after-first-paint.tsx';
import { downloadText } from '../../ui/download.ts';
import { currentExportContext } from '../../ui/export-context.ts';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { VIEW_HEADINGS } from '../../ui/view-headings.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import { useUrlState } from '../../ui/use-url-state.ts';
import { PART_LABELS } from './validation-model.ts';
import { useValidationView } from './use-validation-view.ts';
import { PART_FILTERS, VALIDATION_PARAMS } from './validation-params.ts';
import { VALIDATION_NOTES, validationCsv, validationJson } from './validation-export.ts';
import { ValidationScatter } from './validation-scatter.tsx';
import { ValidationTable } from './validation-table.tsx';
import { SummaryCard, FactorsCard } from './validation-summary.tsx';

export default function ValidationPage() {
  const { values, update, ignored, dismissIgnored } = useUrlState(VALIDATION_PARAMS);
  const view = useValidationView(values.part);
  const context = () => currentExportContext([], VALIDATION_NOTES);
  return (
    <div>
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <PageHeader
        {...VIEW_HEADINGS['/validation']}
        actions={
          <>
            <Button disabled={!view} onClick={() => view && downloadText('validation.csv', validationCsv(view, context()), 'text/csv')}>
              Export CSV
            </Button>
            <Button disabled={!view} onClick={() => view && downloadText('validation.json', validationJson(view, context()), 'application/json')}>
              Export JSON
            </Button>
          </>
        }
      />
      {/* The figures take a few hundred milliseconds of a slow laptop's CPU: computed in short tasks after
          the first paint, in the place they will fill (nothing in view moves when they arrive). */}
      {view ? (
        <>
          <SummaryCard view={view} />
          <div className="mt-5">
            <Segmented
              legend="Accelerator"
              value={values.part}
              options={PART_FILTERS.map((p) => ({ value: p, label: PART_LABELS[p] }))}
              onChange={(part) => update({ part })}
            />
          </div>
          {/* Below the summary: the chart, the table and the factors are drawn in the tasks after it, a part per task. */}
          <AfterFirstPaint minHeight="36rem">
            <Card className="mt-4" title="Modelled against published">
              <ValidationScatter view={view} />
            </Card>
          </AfterFirstPaint>
          <AfterFirstPaint minHeight="100rem">
            <Card className="mt-5" print="omit" title={`Every point (${view.rows.length}${view.part === 'all' ? '' : `, ${view.partLabel}`})`}>
              <ValidationTable view={view} />
            </Card>
          </AfterFirstPaint>
          <AfterFirstPaint minHeight="30rem">
            <FactorsCard view={view} />
          </AfterFirstPaint>
        </>
      ) : (
        <div style={{ minHeight: '100rem' }} aria-busy="true" data-testid="validation-computing">
          <p role="status" className="sr-only">
            Computing the scorecard…
          </p>
        </div>
      )}
      {/* Links to the other views: navigation, which a handout leaves out. */}
      <p className="mt-5 text-sm text-muted print:hidden">
        Where the model is used: the <Link to="/journey" className="text-accent-strong underline">journey</Link>’s GPU times, the{' '}
        <Link to="/simulate" className="text-accent-strong underline">simulator</Link>’s iterations and the{' '}
        <Link to="/break-even" className="text-accent-strong underline">break-even</Link>’s throughput per server.
      </p>
    </div>
  );
}
