import { useStore } from 'zustand';
import type { Trace } from '../../domain/journey/trace.ts';
import { JourneyDiagram } from './journey-diagram.tsx';
import { NarrationPanel } from './narration-panel.tsx';
import { stageOf, type PlaybackStore } from './playback-store.ts';
import { VisibilityBadge } from './visibility-badge.tsx';

/** The diagram at the playback position, with the active stage's narration. */
export function StageView({ store, trace, reducedMotion, presenter }: { store: PlaybackStore; trace: Trace; reducedMotion: boolean; presenter: boolean }) {
  const position = useStore(store, (s) => s.position);
  const index = stageOf(position, trace.stages.length);
  const frac = reducedMotion ? 1 : Math.min(1, position - index);
  const stage = trace.stages[index]!;
  if (presenter) {
    return (
      <div className="space-y-3">
        <figure className="m-0 flex justify-center rounded-xl border border-line bg-surface p-1">
          {/* Height-limited so the narration fits below it on a 1024×768 projector. */}
          <div className="aspect-[5/3] h-[52vh] max-w-full">
            <JourneyDiagram trace={trace} stageIndex={index} frac={frac} />
          </div>
        </figure>
        <NarrationPanel trace={trace} stage={stage} presenter />
      </div>
    );
  }
  return (
    <div className="grid items-start gap-4 md:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)]">
      <figure className="m-0 space-y-2 rounded-xl border border-line bg-surface p-2 sm:p-3">
        <VisibilityBadge visibility={stage.visibility} />
        <JourneyDiagram trace={trace} stageIndex={index} frac={frac} />
        <figcaption className="sr-only">Architecture of the request path; the highlighted box is the active stage.</figcaption>
      </figure>
      <div className="rounded-xl border border-line bg-surface p-4">
        <NarrationPanel trace={trace} stage={stage} />
      </div>
    </div>
  );
}
