import { useStore } from 'zustand';
import { BatchDiagram } from './batch-diagram.tsx';
import { revealedTokens } from './client-progress.ts';
import { JourneyDiagram } from './journey-diagram.tsx';
import { walkthroughOf, type JourneyView } from './journey-model.ts';
import { NarrationPanel } from './narration-panel.tsx';
import { stageOf, type PlaybackStore } from './playback-store.ts';
import { PrivacyPanel } from './privacy-panel.tsx';
import { VisibilityBadge } from './visibility-badge.tsx';

/** The walk's diagram: the request path, or the batch job's. */
function Diagram({ view, index, frac, fill = false }: { view: JourneyView; index: number; frac: number; fill?: boolean }) {
  if (view.walk === 'batch') return <BatchDiagram batch={view.batch} stageIndex={index} frac={frac} fill={fill} />;
  const trace = view.trace;
  const id = trace.stages[index]!.id;
  // Presenter mode draws the answer as it arrives in the customer column.
  const answer = fill && ['inference', 'guardrail-output', 'response', 'logging'].includes(id) ? revealedTokens(trace, index, frac) : null;
  return <JourneyDiagram trace={trace} stageIndex={index} frac={frac} fill={fill} answerTokens={fill ? answer : null} />;
}

/** The diagram at the playback position, with the active stage's narration. */
export function StageView({ store, view, reducedMotion, presenter }: { store: PlaybackStore; view: JourneyView; reducedMotion: boolean; presenter: boolean }) {
  const { stages, privacy } = walkthroughOf(view);
  const position = useStore(store, (s) => s.position);
  const index = stageOf(position, stages.length);
  const frac = reducedMotion ? 1 : Math.min(1, position - index);
  const stage = stages[index]!;
  const what = view.walk === 'batch' ? 'the batch job' : 'the request path';
  if (presenter) {
    // The diagram takes every pixel the narration strip leaves; its labels stay ≥ 16 px at 1024×768.
    return (
      <>
        <figure className="m-0 flex shrink-0 justify-center" data-tour="journey-diagram">
          {/* A fixed share of the screen: about 1,000 px wide at 1024×768, so labels stay ≥ 16 px. */}
          <div className="aspect-[50/27] max-w-full" style={{ height: 'min(calc(100vh - 252px), calc((100vw - 24px) * 0.54))' }}>
            <Diagram view={view} index={index} frac={frac} fill />
          </div>
        </figure>
        <div className="min-h-0 flex-1 overflow-y-auto pt-1" tabIndex={0} role="region" aria-label="Narration">
          <NarrationPanel count={stages.length} stage={stage} presenter />
        </div>
      </>
    );
  }
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)]">
      <div className="min-w-0 space-y-4">
        <figure className="m-0 min-w-0 space-y-2 rounded-xl border border-line bg-surface p-2 sm:p-3" data-tour="journey-diagram">
          <VisibilityBadge visibility={stage.visibility} />
          <Diagram view={view} index={index} frac={frac} />
          <figcaption className="sr-only">{`Architecture of ${what}; the highlighted box is the active stage.`}</figcaption>
        </figure>
        <PrivacyPanel privacy={privacy} stage={stage} />
      </div>
      <div className="min-w-0 rounded-xl border border-line bg-surface p-4" data-tour="journey-narration">
        <NarrationPanel count={stages.length} stage={stage} />
      </div>
    </div>
  );
}
