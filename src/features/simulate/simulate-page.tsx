import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useStore } from 'zustand';
import { autoResolution, buildScenarios, expectedDuration, type ScenarioInput } from '../../domain/sim-view/build-scenario.ts';
import { resolvePresetLink } from '../../domain/sim-view/preset-link.ts';
import { findModel } from '../../domain/catalog/catalog-lookup.ts';
import { simBatchPrice } from '../../domain/sim/ops/batch-price.ts';
import { useCatalog } from '../../ui/use-catalog.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { VIEW_HEADINGS } from '../../ui/view-headings.tsx';
import { recallTrace, useStoredTrace } from './trace-memory.ts';
import { servingChoice } from '../../domain/sim-view/serving-choice.ts';
import { SIM_PARAMS, speedFactor, type SimParams, type Speed } from '../../domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../../domain/sim-view/training-presets.ts';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { useReducedMotion } from '../../ui/use-reduced-motion.ts';
import { useUrlState } from '../../ui/use-url-state.ts';
import { useSharedModelStore } from '../../ui/shared-model-store.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';
import { QuotaPlanner } from './quota-planner.tsx';
import { PLANNER_PARAMS } from './quota-planner-params.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { FleetCharts } from './fleet-charts.tsx';
import { FleetPanel } from './fleet-panel.tsx';
import { OpsPanels } from './ops-panels.tsx';
import { InvalidSettings } from './invalid-settings.tsx';
import { MmcPanel } from './mmc-panel.tsx';
import { focusParam, type ControlProps } from './param-field.tsx';
import { PresetButtons, PresetExplanation } from './preset-picker.tsx';
import { RunBar } from './run-bar.tsx';
import { AutoscaleControls, CompareControls, FaultControls, MmcControls, RunControls } from './scaling-controls.tsx';
import { BalancerControls, HardwareControls, ModeControls } from './serving-controls.tsx';
import { simController, type RunPlan } from './sim-controller.ts';
import { simStore } from './sim-store.ts';
import { invalidFields, simulateModel } from './simulate-model.ts';
import type { CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { modelPickerOptions, withStartingModel } from './starting-model.ts';
import { SummaryCards } from './summary-cards.tsx';
import { WorkloadControls } from './workload-controls.tsx';

/** The simulator's link parameters and the quota planner's, parsed together so neither is "unknown". */
const VIEW_PARAMS = { ...SIM_PARAMS, ...PLANNER_PARAMS };
type ViewValues = ParamValues<typeof VIEW_PARAMS>;

function sampleEvery(p: SimParams, scenarios: ScenarioInput[]): number[] {
  return scenarios.map((s) => (s.kind === 'mmc' ? expectedDuration(s) / 300 : autoResolution(p.dur)));
}

export default function SimulatePage() {
  const { values: linkValues, update: writeUrl, ignored: ignoredParams, dismissIgnored } = useUrlState(VIEW_PARAMS);
  const [searchParams] = useSearchParams();
  // A link naming a preset runs that preset; its own keys win (src/domain/sim-view/preset-link.ts).
  const resolved = useMemo(() => resolvePresetLink(linkValues, new Set(searchParams.keys())), [linkValues, searchParams]);
  // The catalog gives the models to pick, and each model's maximum output (what an unset max_tokens reserves); until it loads, unset is refused with a message.
  const catalog = useCatalog().data;
  const sharedModel = useSharedModelStore((st) => st.modelId);
  const setSharedModel = useSharedModelStore((st) => st.setModelId);
  // The served model: the link's, else (no preset running) the model picked last in any view, else the default.
  const values = useMemo(
    () => withStartingModel(resolved.values, { linkNamesModel: searchParams.has('model') || resolved.values.preset !== '', sharedModel, catalog }),
    [resolved.values, searchParams, sharedModel, catalog],
  );
  const [presetNotice, setPresetNotice] = useState(() => resolved.ignored);
  const ignored = presetNotice ? [...ignoredParams, presetNotice] : ignoredParams;
  // Two edits before the next render (a preset, then the speed) must not drop the first: the router's
  // functional update sees the query of the last render, so unrendered patches travel with each write.
  const pending = useRef<Partial<ViewValues>>({});
  useEffect(() => {
    pending.current = {};
  }, [linkValues]);
  const update = useCallback(
    (patch: Partial<ViewValues>) => {
      pending.current = { ...pending.current, ...patch };
      writeUrl(pending.current);
    },
    [writeUrl],
  );
  // Once, on arrival: a preset link is written out in full, so a later edit keeps the preset's other settings.
  useEffect(() => {
    if (resolved.values !== linkValues) writeUrl(resolved.values);
    // Only the link the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The planner's model: the link's, else the model picked last in any view, else the default.
  const plannerValues = useMemo(
    () => (searchParams.has('qModel') || sharedModel === null ? linkValues : { ...linkValues, qModel: sharedModel }),
    [linkValues, searchParams, sharedModel],
  );
  const reducedMotion = useReducedMotion();
  const maxOutputTokens = useMemo(() => (catalog ? (id: string) => catalog.models.find((m) => m.id === id)?.maxOutputTokens ?? undefined : undefined), [catalog]);
  // A batch job is priced from the catalog's batch card, or says why it is not (regions, issue 15).
  const batchPricePer1M = useMemo(() => (catalog ? (id: string) => { const m = findModel(catalog, id); return m ? simBatchPrice(m) : undefined; } : undefined), [catalog]);
  // A trace named by the link comes back from this browser's storage (or the page asks for the file).
  const storedTrace = useStoredTrace(values.pattern === 'trace' ? values.trace : '');
  const built = useMemo(
    () => buildScenarios(values, { traceCsv: recallTrace(values.trace), maxOutputTokens, batchPricePer1M }),
    // The stored trace arriving changes what recallTrace returns.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values, storedTrace.status, maxOutputTokens, batchPricePer1M],
  );
  const serving = useMemo(
    () => servingChoice({ model: values.model, accel: values.accel, gpus: values.gpus, precision: values.precision }),
    [values.model, values.accel, values.gpus, values.precision],
  );
  const modelOptions = useMemo(() => modelPickerOptions(catalog, serving.catalogId), [catalog, serving.catalogId]);
  // A model that does not fit its server is refused beside the accelerator, and nothing runs.
  const runnable = built.ok && (values.kind === 'mmc' || serving.fits);
  const errors = useMemo(() => ({ ...(built.ok ? {} : built.errors), ...(values.kind === 'fleet' && !serving.fits ? { accel: serving.refusal } : {}) }), [built, serving, values.kind]);
  const invalid = useMemo(() => invalidFields(errors), [errors]);
  // Memoised: with an uploaded trace the scenarios carry its text (megabytes), and the page renders on every edit.
  const runKey = useMemo(() => (runnable && built.ok ? JSON.stringify(built.scenarios) : null), [runnable, built]);
  // The run's state is read by the parts that show it (RunError, InvalidSettings, SimResults): a run
  // starting or ending re-renders those, not the page and its controls in one long task.

  // Speed changes live, without restarting.
  useEffect(() => {
    simController.setSpeed(speedFactor(values.speed));
  }, [values.speed]);

  // Any change of scenario starts a new run after a short pause in typing; the last results stay meanwhile.
  useEffect(() => {
    if (!runnable || !built.ok) {
      simController.setPlan(null);
      return;
    }
    const plan: RunPlan = {
      scenarios: built.scenarios,
      labels: built.labels,
      sampleEvery: sampleEvery(values, built.scenarios),
      endTime: Math.max(...built.scenarios.map(expectedDuration)),
    };
    simController.scenarioChanged(plan);
    // The run depends on the scenario only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey]);

  useEffect(() => () => simController.dispose(), []);

  // A link that cannot run says which setting is wrong, opens its section and puts the cursor there.
  useEffect(() => {
    if (invalid[0]) focusParam(invalid[0].key);
    // Only on arrival; later the message sits beside the field being edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const catalogModel = useMemo(() => (catalog ? (findModel(catalog, serving.catalogId) ?? null) : undefined), [catalog, serving.catalogId]);
  const controls: ControlProps = { values, update, errors };
  const pick = (id: string) => {
    const preset = findTrainingPreset(id);
    if (preset) update(presetParams(preset));
  };

  return (
    <div>
      <PageHeader
        {...VIEW_HEADINGS['/simulate']}
        actions={
          <>
            <CopyLinkButton />
            <ExportButtons values={values} modelName={catalogModel?.name} />
          </>
        }
      />
      <IgnoredParamsNotice
        ignored={ignored}
        onDismiss={() => {
          dismissIgnored();
          setPresetNotice(null);
        }}
      />
      <PresetButtons current={values.preset} onPick={pick} />
      <PresetExplanation current={values.preset} className="mb-3 lg:hidden" />
      <QuotaPlanner
        values={plannerValues}
        update={update}
        onSimulate={(w) => update({ rate: w.rate, inTok: w.inTok, outTok: w.outTok, tpm: w.tpm, pattern: 'flat', mode: 'on-demand', kind: 'fleet', preset: '', qOpen: false })}
      />
      <RunBar speed={values.speed} onSpeed={(s: Speed) => update({ speed: s })} canRun={runnable} />
      {invalid.length > 0 ? <InvalidSettings fields={invalid} onShow={focusParam} /> : null}
      <RunError />
      <div className="grid gap-4 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <aside aria-label="Settings" className="order-2 space-y-2 lg:sticky lg:top-16 lg:order-1 lg:max-h-[calc(100vh-5rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
          <PresetExplanation current={values.preset} className="hidden lg:block" />
          <div className="rounded-lg border border-line bg-surface px-3 py-2">
            <SelectField
              label="System to simulate"
              value={values.kind}
              options={[
                { value: 'fleet', label: 'LLM serving fleet' },
                { value: 'mmc', label: 'M/M/c queue (validation)' },
              ]}
              onChange={(v) => update({ kind: v as SimParams['kind'], preset: '' })}
            />
          </div>
          {values.kind === 'mmc' ? (
            <MmcControls p={controls} />
          ) : (
            <>
              <WorkloadControls p={controls} />
              <ModeControls p={controls} />
              <HardwareControls
                p={controls}
                models={modelOptions}
                serving={serving}
                onPickModel={(id) => {
                  update({ model: id, preset: '' });
                  setSharedModel(id);
                }}
              />
              <BalancerControls p={controls} />
              <AutoscaleControls p={controls} />
              <FaultControls p={controls} />
              <CompareControls p={controls} />
            </>
          )}
          <RunControls p={controls} />
        </aside>
        <div className="order-1 min-w-0 space-y-4 lg:order-2">
          <SimResults
            values={values}
            catalogModel={catalogModel}
            reducedMotion={reducedMotion}
            placeholder={invalid.length > 0 ? 'Nothing to run until the settings listed above are fixed.' : 'Starting the simulation…'}
          />
        </div>
      </div>
    </div>
  );
}

function RunError() {
  const error = useStore(simStore, (s) => s.error);
  const hasResults = useStore(simStore, (s) => s.frames !== null);
  if (!error) return null;
  return (
    <div role="alert" className="mb-3 flex items-start gap-3 rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-fg" data-testid="worker-error">
      <p className="flex-1">
        <span className="font-semibold">The simulation could not run: </span>
        {error}
        {hasResults ? ' The results below are from the previous run.' : ''}
      </p>
      <button type="button" className="rounded px-2 py-1 font-medium underline" onClick={() => simStore.setState({ error: null })}>
        Dismiss
      </button>
    </div>
  );
}

type ResultsProps = { values: SimParams; catalogModel: CatalogModel | null | undefined; reducedMotion: boolean; placeholder: string };

/**
 * The fleet picture, cards, charts and panels. Only this part follows the chart frames (a few a second
 * while a run plays): the page and its controls do not re-render for them, and the frames are read
 * through useDeferredValue, so React renders the charts in small interruptible slices instead of one
 * long task that would hold up typing and scrolling. The element tree is memoised on the deferred
 * frames, so the urgent pass that precedes each deferred one does no work.
 */
function SimResults({ values, catalogModel, reducedMotion, placeholder }: ResultsProps) {
  const chartFrames = useDeferredValue(useStore(simStore, (s) => s.frames));
  // A new run's labels and length arrive with its plan; deferred like the frames, so they are drawn
  // in the same interruptible pass.
  const labels = useDeferredValue(useStore(simStore, (s) => s.labels));
  const xMax = Math.max(useDeferredValue(useStore(simStore, (s) => s.endTime)), 1);
  // Set with the frames, so the deferred render that draws a frame also knows its number.
  const chartSeq = useDeferredValue(useStore(simStore, (s) => s.chartSeq));
  const model = useMemo(() => simulateModel({ params: values, frames: chartFrames, labels, catalogModel }), [values, chartFrames, labels, catalogModel]);
  return useMemo(
    () => (
      <>
        {/* Which frame the results below were drawn from (they follow the frames deferred): the run bar
            carries the newest frame's number, so a script knows when a finished run's figures are final. */}
        <span hidden data-testid="sim-results-seq" data-seq={chartSeq} />
        <FleetPanel runs={model.runs} maxBatch={values.maxBatch} tiered={values.pri + values.flex + values.rsv > 0} reducedMotion={reducedMotion} placeholder={placeholder} />
        {model.mmc ? (
          <MmcPanel view={model.mmc} charts={model.charts} xMax={xMax} scenarioSummary={model.scenarioSummary} />
        ) : model.charts.length > 0 ? (
          <>
            <SummaryCards cards={model.cards} />
            <FleetCharts charts={model.charts} xMax={xMax} scenarioSummary={model.scenarioSummary} seq={chartSeq} />
            <OpsPanels frames={chartFrames} labels={labels} seq={chartSeq} />
          </>
        ) : null}
      </>
    ),
    [model, chartFrames, chartSeq, labels, values.maxBatch, values.pri, values.flex, values.rsv, reducedMotion, placeholder, xMax],
  );
}
