import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { autoResolution, buildScenarios, expectedDuration } from '../../domain/sim-view/build-scenario.ts';
import { recallTrace } from './trace-memory.ts';
import { SIM_PARAMS, speedFactor, type SimParams, type Speed } from '../../domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../../domain/sim-view/training-presets.ts';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { useUrlState } from '../../ui/use-url-state.ts';
import { ExportButtons } from './export-buttons.tsx';
import { FleetCharts } from './fleet-charts.tsx';
import { FleetView } from './fleet-view.tsx';
import { MmcPanel } from './mmc-panel.tsx';
import type { ControlProps } from './param-field.tsx';
import { PresetButtons, PresetExplanation } from './preset-picker.tsx';
import { RunBar } from './run-bar.tsx';
import { AutoscaleControls, CompareControls, FaultControls, MmcControls, RunControls } from './scaling-controls.tsx';
import { BalancerControls, HardwareControls, ModeControls } from './serving-controls.tsx';
import { simController } from './sim-controller.ts';
import { simStore } from './sim-store.ts';
import { SummaryCards } from './summary-cards.tsx';
import { useReducedMotion } from '../../ui/use-reduced-motion.ts';
import { WorkloadControls } from './workload-controls.tsx';
import { SelectField } from '../../ui/select-field.tsx';

const RESTART_DELAY_MS = 300;

function sampleEvery(p: SimParams, scenarios: { kind: string }[]): number[] {
  return scenarios.map((s) => (s.kind === 'mmc' ? expectedDuration(s as never) / 300 : autoResolution(p.dur)));
}

export default function SimulatePage() {
  const { values, update: writeUrl, ignored, dismissIgnored } = useUrlState(SIM_PARAMS);
  // Two edits before the next render (a preset, then the speed) must not drop the first: the router's
  // functional update sees the query of the last render, so unrendered patches travel with each write.
  const pending = useRef<Partial<SimParams>>({});
  useEffect(() => {
    pending.current = {};
  }, [values]);
  const update = useCallback(
    (patch: Partial<SimParams>) => {
      pending.current = { ...pending.current, ...patch };
      writeUrl(pending.current);
    },
    [writeUrl],
  );
  const reducedMotion = useReducedMotion();
  const built = useMemo(() => buildScenarios(values, { traceCsv: recallTrace(values.trace) }), [values]);
  const errors = built.ok ? {} : built.errors;
  const runKey = built.ok ? JSON.stringify(built.scenarios) : null;
  const frames = useStore(simStore, (s) => s.frames);
  const chartFrames = useStore(simStore, (s) => s.chartFrames);
  const labels = useStore(simStore, (s) => s.labels);
  const endTime = useStore(simStore, (s) => s.endTime);
  const error = useStore(simStore, (s) => s.error);
  const [shownRun, setShownRun] = useState(0);

  // Speed changes live, without restarting; a run that starts later must still use the latest speed.
  const speedRef = useRef(values.speed);
  useEffect(() => {
    speedRef.current = values.speed;
    simController.setSpeed(speedFactor(values.speed));
  }, [values.speed]);

  const start = useCallback(
    (paused = false) => {
      if (!built.ok) return;
      simController.start(built.scenarios, built.labels, speedFactor(speedRef.current), sampleEvery(values, built.scenarios), paused);
    },
    // The run depends on the scenario only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runKey],
  );

  // Any change of scenario restarts the run after a short pause in typing; the last results stay meanwhile.
  useEffect(() => {
    if (runKey === null) return;
    simController.supersede();
    const timer = window.setTimeout(() => start(false), RESTART_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [runKey, start]);

  useEffect(() => () => simController.dispose(), []);

  const controls: ControlProps = { values, update, errors };
  const pick = (id: string) => {
    const preset = findTrainingPreset(id);
    if (preset) update(presetParams(preset));
  };
  const runCount = frames?.length ?? 0;
  const fleetIndex = Math.min(shownRun, Math.max(0, runCount - 1));
  const xMax = Math.max(endTime, 1);
  const quota = values.mode === 'provisioned' ? `${values.units} MU` : values.tpm > 0 ? `${(values.tpm / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 })}M TPM` : 'no quota';

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-96">
          <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">Simulate the serving fleet</h1>
          <p className="mt-1 text-base text-muted">Requests meet the quota, the load balancer, batched GPU servers and the autoscaler, live. Every setting is in the link.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <CopyLinkButton />
          <ExportButtons values={values} />
        </div>
      </div>
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <PresetButtons current={values.preset} onPick={pick} />
      <PresetExplanation current={values.preset} className="mb-3 lg:hidden" />
      <RunBar
        speed={values.speed}
        onSpeed={(s: Speed) => update({ speed: s })}
        onPause={() => simController.pause()}
        onResume={() => simController.resume()}
        onReset={() => start(true)}
        onCancel={() => simController.cancel()}
        canRun={built.ok}
      />
      {!built.ok ? (
        <p role="status" className="mb-3 rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-fg" data-testid="settings-invalid">
          Some settings can’t work together; see the message beside the field. The results below are from the last valid settings.
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="mb-3 flex items-start gap-3 rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-fg" data-testid="worker-error">
          <p className="flex-1">
            <span className="font-semibold">The simulation could not run: </span>
            {error}
            {frames ? ' The results below are from the previous run.' : ''}
          </p>
          <button type="button" className="rounded px-2 py-1 font-medium underline" onClick={() => simStore.setState({ error: null })}>
            Dismiss
          </button>
        </div>
      ) : null}
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
              <HardwareControls p={controls} />
              <BalancerControls p={controls} />
              <AutoscaleControls p={controls} />
              <FaultControls p={controls} />
              <CompareControls p={controls} />
            </>
          )}
          <RunControls p={controls} />
        </aside>
        <div className="order-1 min-w-0 space-y-4 lg:order-2">
          <section className="rounded-xl border border-line bg-surface p-3 shadow-sm" aria-labelledby="fleet-title">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h2 id="fleet-title" className="text-lg font-semibold text-fg">
                {frames?.[0]?.snapshot.kind === 'mmc' ? 'Servers and queue' : 'The fleet, live'}
              </h2>
              {runCount > 1 ? (
                <div role="group" aria-label="Fleet shown" className="flex gap-1">
                  {labels.map((l, i) => (
                    <button
                      key={l}
                      type="button"
                      aria-pressed={fleetIndex === i}
                      onClick={() => setShownRun(i)}
                      className={`rounded-md border px-2 py-1 text-xs font-semibold ${fleetIndex === i ? 'border-accent bg-accent-soft text-fg' : 'border-line text-muted hover:bg-surface-2'}`}
                    >
                      {i === 0 ? 'A' : 'B'}: {l.replace(/^[AB]: /, '')}
                    </button>
                  ))}
                </div>
              ) : null}
            </div>
            {frames && frames[fleetIndex] ? (
              <FleetView
                frame={frames[fleetIndex]!}
                runIndex={fleetIndex}
                maxBatch={values.maxBatch}
                balancer={(fleetIndex === 1 ? values.bLb : values.lb).replace(/-/g, ' ')}
                quota={fleetIndex === 1 ? (values.bMode === 'provisioned' ? `${values.bUnits} MU` : values.bTpm > 0 ? `${(values.bTpm / 1e6).toLocaleString('en-US')}M TPM` : 'no quota') : quota}
                reducedMotion={reducedMotion}
                label={labels[fleetIndex] ?? ''}
              />
            ) : (
              <p className="py-10 text-center text-muted">Starting the simulation…</p>
            )}
          </section>
          {chartFrames ? (
            chartFrames[0]?.snapshot.kind === 'mmc' ? (
              <MmcPanel frame={chartFrames[0]} xMax={xMax} />
            ) : (
              <>
                <SummaryCards frames={chartFrames} labels={labels} />
                <FleetCharts frames={chartFrames} labels={labels} params={values} xMax={xMax} />
              </>
            )
          ) : null}
        </div>
      </div>
    </div>
  );
}
