import { useStore } from 'zustand';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { JourneyDiagram } from './journey-diagram.tsx';
import { NarrationPanel } from './narration-panel.tsx';
import { stageOf, type PlaybackStore } from './playback-store.ts';
import { VisibilityBadge } from './visibility-badge.tsx';

/** The diagram at the playback position, with the active stage's narration. */
export function StageView({
  store,
  trace,
  reducedMotion,
  presenter,
  compact = false,
}: {
  store: PlaybackStore;
  trace: Trace;
  reducedMotion: boolean;
  presenter: boolean;
  /** Presenter mode with the client panel below: a shorter diagram leaves it room. */
  compact?: boolean;
}) {
  const position = useStore(store, (s) => s.position);
  const index = stageOf(position, trace.stages.length);
  const frac = reducedMotion ? 1 : Math.min(1, position - index);
  const stage = trace.stages[index]!;
  if (presenter) {
    return (
      <div className="space-y-3">
        <figure className="m-0 flex justify-center rounded-xl border border-line bg-surface p-1">
          {/* Height-limited so the narration fits below it on a 1024×768 projector. */}
          <div className={`aspect-[50/27] max-w-full ${compact ? 'h-[42vh]' : 'h-[52vh]'}`}>
            <JourneyDiagram trace={trace} stageIndex={index} frac={frac} />
          </div>
        </figure>
        <NarrationPanel trace={trace} stage={stage} presenter compact={compact} />
      </div>
    );
  }
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)]">
      <figure className="m-0 min-w-0 space-y-2 rounded-xl border border-line bg-surface p-2 sm:p-3">
        <VisibilityBadge visibility={stage.visibility} />
        <JourneyDiagram trace={trace} stageIndex={index} frac={frac} />
        <figcaption className="sr-only">Architecture of the request path; the highlighted box is the active stage.</figcaption>
      </figure>
      <div className="min-w-0 rounded-xl border border-line bg-surface p-4">
        <NarrationPanel trace={trace} stage={stage} />
      </div>
    </div>
  );
}
