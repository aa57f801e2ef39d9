import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useStore } from 'zustand';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { Button } from '../../ui/button.tsx';
import { CatalogGate } from '../../ui/catalog-gate.tsx';
import { CopyLinkButton } from '../../ui/copy-link-button.tsx';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { VIEW_HEADINGS } from '../../ui/view-headings.tsx';
import { useRegisterStepper } from '../../ui/presentation-stepper.ts';
import { useSharedModelStore } from '../../ui/shared-model-store.ts';
import { useReducedMotion } from '../../ui/use-reduced-motion.ts';
import { useUrlState } from '../../ui/use-url-state.ts';
import { AfterFirstPaint } from '../../ui/after-first-paint.tsx';
import { tokenizerFamilyOf } from '../../domain/tokenizer/tokenizer-family.ts';
import { AssumptionsTable } from './assumptions-table.tsx';
import { ClientPanel } from './client-panel.tsx';
import { BatchInspector } from './batch-inspector.tsx';
import { BatchJobPanel } from './batch-job-panel.tsx';
import { BatchTimeline } from './batch-timeline.tsx';
import { formatMs, modelledTime, stageDwells } from './client-progress.ts';
import { JourneyExportButton } from './journey-export-button.tsx';
import { batchOptionsOf, journeyView, startingModel, walkthroughOf, type JourneyView } from './journey-model.ts';
import { JOURNEY_PARAMS } from './journey-params.ts';
import { LatencyWaterfall } from './latency-waterfall.tsx';
import { PayloadInspector } from './payload-inspector.tsx';
import { PlaybackBar } from './playback-bar.tsx';
import { BASE_DWELL, createPlaybackStore, stageOf } from './playback-store.ts';
import { ScenarioForm } from './scenario-form.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { StageView } from './stage-view.tsx';
import { useJourneyKeys } from './use-journey-keys.ts';
import { usePlaybackLoop } from './use-playback-loop.ts';
import { useTokenizer } from './use-tokenizer.ts';


export default function JourneyPage() {
  return <CatalogGate>{(catalog) => <Journey catalog={catalog} />}</CatalogGate>;
}

/** After the last stage, the story goes on: the price of this request, or the fleet under load. */
function NextStep({ next, large }: { next: { pricing: string; simulate: string }; large: boolean }) {
  const first = useRef<HTMLAnchorElement>(null);
  useEffect(() => first.current?.focus(), []);
  const link = `inline-flex min-h-11 items-center rounded-md px-4 font-semibold ${large ? 'text-xl' : 'text-base'}`;
  return (
    <div
      role="region"
      aria-label="Next step"
      className={`flex flex-wrap items-center gap-3 rounded-xl border-2 border-accent bg-accent-soft p-3 ${large ? 'fixed inset-x-4 bottom-10 z-[110] shadow-xl' : 'mt-3'}`}
      data-testid="next-step"
    >
      <p className={`font-semibold text-fg ${large ? 'text-xl' : 'text-base'}`}>Next in the story:</p>
      <Link ref={first} to={next.pricing} className={`${link} bg-accent text-on-accent`}>
        The pricing of this request →
      </Link>
      <Link to={next.simulate} className={`${link} border border-line bg-surface text-fg`}>
        The simulator: many requests →
      </Link>
      <p className="text-sm text-muted">PageDown again opens the pricing.</p>
    </div>
  );
}

/** The playback clock: modelled time on the request walk, the job's status on the batch walk. */
function clockOf(view: JourneyView): (index: number, frac: number) => { text: string; label: string } {
  if (view.walk === 'batch') {
    const statusAt = view.batch.statusAt;
    return (index) => ({ text: statusAt[index] ?? 'no job yet', label: 'The batch job’s status' });
  }
  const trace = view.trace;
  return (index, frac) => ({ text: `t = ${formatMs(modelledTime(trace, index, frac))}`, label: 'Modelled time since the request was sent' });
}

function Journey({ catalog }: { catalog: Catalog }) {
  const { values, update, ignored, dismissIgnored } = useUrlState(JOURNEY_PARAMS);
  const sharedModelId = useSharedModelStore((s) => s.modelId);
  const setSharedModel = useSharedModelStore((s) => s.setModelId);
  const navigate = useNavigate();
  const start = startingModel(catalog, values.model, sharedModelId).model;
  const encode = useTokenizer(tokenizerFamilyOf(start));
  const view = useMemo(() => journeyView(catalog, values, sharedModelId, encode), [catalog, values, sharedModelId, encode]);
  const { stages } = walkthroughOf(view);
  const dwells = view.walk === 'batch' ? stages.map(() => BASE_DWELL) : stageDwells(view.trace);

  // Created with this walk's stages, so the first render already shows the linked stage.
  const [store] = useState(() => {
    const created = createPlaybackStore(values.step - 1);
    created.getState().setStages(dwells);
    return created;
  });
  const dwellKey = dwells.join(',');
  // Before the browser takes the next key: End pressed right after a scenario change goes to the new last stage.
  useLayoutEffect(() => {
    store.getState().setStages(dwellKey.split(',').map(Number));
  }, [store, dwellKey]);

  // A new walk starts at its first stage; a link that opens a walk keeps its step.
  const walkShown = useRef(view.walk);
  useEffect(() => {
    if (walkShown.current !== view.walk) store.getState().first();
    walkShown.current = view.walk;
  }, [store, view.walk]);

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

  // The guided session drives the stages with its clicker; at either end it moves to its next chapter.
  useRegisterStepper({
    next: () => {
      const s = store.getState();
      if (stageOf(s.position, s.stageCount) >= s.stageCount - 1) return false;
      s.next();
      return true;
    },
    prev: () => {
      const s = store.getState();
      if (stageOf(s.position, s.stageCount) <= 0) return false;
      s.prev();
      return true;
    },
    jumpTo: (where) => (where === 'start' ? store.getState().first() : store.getState().last()),
    edges: () => {
      const s = store.getState();
      const stage = stageOf(s.position, s.stageCount);
      return { atStart: stage <= 0, atEnd: stage >= s.stageCount - 1 };
    },
  }, stageIndex);

  // The offer stands while the last stage is on screen; stepping back withdraws it.
  const [offeredAt, setOfferedAt] = useState<number | null>(null);
  const offerNext = offeredAt === stageIndex && stageIndex === stages.length - 1;
  const onPastEnd = useCallback(() => {
    if (offerNext) void navigate(view.next.pricing);
    else setOfferedAt(stageIndex);
  }, [offerNext, navigate, view.next.pricing, stageIndex]);

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
  useJourneyKeys(store, setPresenter, onPastEnd);

  const pickModel = useCallback(
    (id: string) => {
      update({ model: id });
      setSharedModel(id);
    },
    [update, setSharedModel],
  );

  const maxOutput = Math.max(1, view.model.maxOutputTokens ?? 8192);

  if (presenter) {
    return (
      <div className="fixed inset-0 z-[100] flex flex-col bg-bg px-3 pb-2 pt-2" data-testid="presenter" role="region" aria-label="Presenter view" tabIndex={-1}>
        <StageView store={store} view={view} reducedMotion={reducedMotion} presenter />
        {offerNext ? <NextStep next={view.next} large /> : null}
        <ShortcutsDialog open={shortcutsOpen} onClose={() => store.getState().setShortcutsOpen(false)} />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <PageHeader
        {...VIEW_HEADINGS['/journey']}
        actions={
          <>
            <Button onClick={() => setPresenter(true)}>Presenter mode (F)</Button>
            <Button onClick={() => store.getState().setShortcutsOpen(true)}>Shortcuts (?)</Button>
            <JourneyExportButton view={view} />
            <CopyLinkButton />
          </>
        }
      />
      {view.notices.length ? (
        <ul className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg" data-testid="journey-notices">
          {view.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <PlaybackBar store={store} stages={stages} reducedMotion={reducedMotion} clock={clockOf(view)} />
      <StageView store={store} view={view} reducedMotion={reducedMotion} presenter={false} />
      {offerNext ? <NextStep next={view.next} large={false} /> : null}
      <ScenarioForm
        catalog={catalog}
        scenario={view.scenario}
        walk={values.walk}
        batch={view.walk === 'batch' ? view.batch.options : batchOptionsOf(values)}
        catalogId={view.catalogModel.id}
        update={update}
        onModel={pickModel}
        maxOutput={maxOutput}
      />
      {/* Below the fold at 1024×768 and on a phone: drawn after the first paint, a part per task. */}
      {view.walk === 'batch' ? (
        <>
          <AfterFirstPaint minHeight="20rem">
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              <BatchJobPanel store={store} batch={view.batch} />
              <BatchTimeline store={store} batch={view.batch} />
            </div>
          </AfterFirstPaint>
          <AfterFirstPaint minHeight="30rem">
            <BatchInspector batch={view.batch} stage={stages[stageIndex] ?? stages[0]!} />
          </AfterFirstPaint>
        </>
      ) : (
        <>
          <AfterFirstPaint minHeight="20rem">
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              <ClientPanel store={store} trace={view.trace} reducedMotion={reducedMotion} />
              <LatencyWaterfall store={store} trace={view.trace} />
            </div>
          </AfterFirstPaint>
          <AfterFirstPaint minHeight="30rem">
            <PayloadInspector trace={view.trace} />
          </AfterFirstPaint>
          <AfterFirstPaint minHeight="30rem">
            <AssumptionsTable trace={view.trace} />
          </AfterFirstPaint>
        </>
      )}
      <ShortcutsDialog open={shortcutsOpen} onClose={() => store.getState().setShortcutsOpen(false)} />
    </div>
  );
}
