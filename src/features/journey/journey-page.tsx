import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { findModel, inferenceProfileIds, invokeModelId } from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULT_MODEL_ID, type JourneyModel, type Scenario } from '../../domain/journey/scenario.ts';
import { buildTrace } from '../../domain/journey/trace.ts';
import { Button } from '../../ui/button.tsx';
import { CatalogGate } from '../../ui/catalog-gate.tsx';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useUrlState } from '../../ui/use-url-state.ts';
import { AssumptionsTable } from './assumptions-table.tsx';
import { ClientPanel } from './client-panel.tsx';
import { stageDwells } from './client-progress.ts';
import { JOURNEY_PARAMS, scenarioFromParams } from './journey-params.ts';
import { LatencyWaterfall } from './latency-waterfall.tsx';
import { PayloadInspector } from './payload-inspector.tsx';
import { PlaybackBar } from './playback-bar.tsx';
import { createPlaybackStore, stageOf } from './playback-store.ts';
import { ScenarioForm } from './scenario-form.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { StageView } from './stage-view.tsx';
import { useJourneyKeys } from './use-journey-keys.ts';
import { useLlamaTokenizer } from './use-llama-tokenizer.ts';
import { usePlaybackLoop } from './use-playback-loop.ts';
import { useReducedMotion } from '../../ui/use-reduced-motion.ts';

const LEAD = 'Who can read your prompt at each step, what each step checks, and where the time goes.';

export default function JourneyPage() {
  return <CatalogGate>{(catalog) => <Journey catalog={catalog} />}</CatalogGate>;
}

function Journey({ catalog }: { catalog: Catalog }) {
  const { values, update, ignored, dismissIgnored } = useUrlState(JOURNEY_PARAMS);
  const linkModel = findModel(catalog, values.model);
  const catalogModel = linkModel ?? findModel(catalog, DEFAULT_MODEL_ID) ?? catalog.models[0]!;
  const unknownModel = linkModel === undefined;
  const model: JourneyModel = useMemo(
    () => ({
      modelId: invokeModelId(catalogModel),
      provider: catalogModel.provider,
      name: catalogModel.name,
      tokenizer: catalogModel.tokenizer,
      inferenceProfileIds: inferenceProfileIds(catalogModel),
      maxOutputTokens: catalogModel.maxOutputTokens ?? undefined,
    }),
    [catalogModel],
  );
  const encode = useLlamaTokenizer(model.tokenizer === 'llama3');
  const scenarioKey = JSON.stringify(scenarioFromParams(values, model.modelId));
  const scenario = useMemo(() => JSON.parse(scenarioKey) as Scenario, [scenarioKey]);
  const trace = useMemo(() => buildTrace(scenario, model, encode), [scenario, model, encode]);

  const [store] = useState(() => createPlaybackStore(values.step - 1));
  const dwellKey = stageDwells(trace).join(',');
  useEffect(() => {
    store.getState().setStages(dwellKey.split(',').map(Number));
  }, [store, dwellKey]);

  const reducedMotion = useReducedMotion();
  usePlaybackLoop(store, reducedMotion);

  // Keep the stage on screen in the link, so a shared URL opens where the presenter was.
  const stageIndex = useStore(store, (s) => stageOf(s.position, s.stageCount));
  const urlStep = values.step;
  useEffect(() => {
    if (urlStep !== stageIndex + 1) update({ step: stageIndex + 1 });
    // Only the store drives this; the URL follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stageIndex]);

  const presenter = useStore(store, (s) => s.presenter);
  const shortcutsOpen = useStore(store, (s) => s.shortcutsOpen);
  const wentFullscreen = useRef(false);
  const setPresenter = useCallback(
    (on: boolean) => {
      store.getState().setPresenter(on);
      if (on && document.fullscreenEnabled && !document.fullscreenElement) {
        document.documentElement
          .requestFullscreen()
          .then(() => {
            wentFullscreen.current = true;
          })
          .catch(() => {
            // Full screen can be refused (iframe, policy); presenter mode still enlarges the view.
          });
      }
      if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    [store],
  );
  useEffect(() => {
    const onChange = () => {
      // Esc in full screen is swallowed by the browser; leaving full screen leaves presenter mode too.
      if (!document.fullscreenElement && wentFullscreen.current) {
        wentFullscreen.current = false;
        store.getState().setPresenter(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);
  useJourneyKeys(store, setPresenter);

  const maxOutput = Math.max(1, model.maxOutputTokens ?? 8192);
  const notices = [...(unknownModel ? [`The model “${values.model}” is not in the catalog; ${model.name} is shown instead.`] : []), ...trace.notices];

  if (presenter) {
    const stage = trace.stages[stageIndex]!;
    const showClient = ['inference', 'guardrail-output', 'response', 'logging'].includes(stage.id);
    return (
      <div className="fixed inset-0 z-[100] overflow-auto bg-bg p-4 sm:p-6" data-testid="presenter" role="region" aria-label="Presenter view">
        <StageView store={store} trace={trace} reducedMotion={reducedMotion} presenter compact={showClient} />
        {showClient ? (
          <div className="mt-3 rounded-xl border border-line bg-surface px-4 py-2">
            <ClientPanel store={store} trace={trace} reducedMotion={reducedMotion} large />
          </div>
        ) : null}
        <p className="mt-3 text-center text-sm text-muted">→ / PageDown next · ← / PageUp back · Space play · F or Esc to leave</p>
        <ShortcutsDialog open={shortcutsOpen} onClose={() => store.getState().setShortcutsOpen(false)} />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <PageHeader
        title="The prompt’s journey"
        lead={LEAD}
        actions={
          <>
            <Button onClick={() => setPresenter(true)}>Presenter mode (F)</Button>
            <Button onClick={() => store.getState().setShortcutsOpen(true)}>Shortcuts (?)</Button>
            <CopyLinkButton />
          </>
        }
      />
      {notices.length ? (
        <ul className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg" data-testid="journey-notices">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <PlaybackBar store={store} trace={trace} reducedMotion={reducedMotion} />
      <StageView store={store} trace={trace} reducedMotion={reducedMotion} presenter={false} />
      <ScenarioForm catalog={catalog} scenario={scenario} update={update} maxOutput={maxOutput} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <ClientPanel store={store} trace={trace} reducedMotion={reducedMotion} />
        <LatencyWaterfall store={store} trace={trace} />
      </div>
      <PayloadInspector trace={trace} />
      <AssumptionsTable trace={trace} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => store.getState().setShortcutsOpen(false)} />
    </div>
  );
}
