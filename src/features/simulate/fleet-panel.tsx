import { memo, useState } from 'react';
import { useStore } from 'zustand';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { FleetView } from './fleet-view.tsx';
import { simStore } from './sim-store.ts';
import type { RunView } from './simulate-model.ts';

/**
 * The fleet picture and its run switch. The only part of the page that follows every simulation
 * frame (about 10 a second); charts and cards follow the slower chart frames, so the page's thread
 * is not re-rendering the whole view many times a second.
 */
export const FleetPanel = memo(function FleetPanel({ runs, maxBatch, reducedMotion, placeholder, tiered }: { runs: RunView[]; maxBatch: number; reducedMotion: boolean; placeholder: string; tiered: boolean }) {
  const live = useStore(simStore, (s) => s.live);
  // Measured while the panel still shows its placeholder, so the fleet picture's first drawing (with
  // the first frame) is at its final width; drawn at a guess, it was drawn again once measured.
  const [panelRef, panelWidth] = useElementWidth<HTMLElement>(720);
  const [shownRun, setShownRun] = useState(0);
  const runCount = live?.length ?? 0;
  const fleetIndex = Math.min(shownRun, Math.max(0, runCount - 1));
  const shown = runs[fleetIndex];
  return (
    <section ref={panelRef} className="near-screen rounded-xl border border-line bg-surface p-3 shadow-sm [contain-intrinsic-block-size:auto_20rem]" aria-labelledby="fleet-title" data-tour="simulate-fleet">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="fleet-title" className="text-lg font-semibold text-fg">
          {live?.[0]?.kind === 'mmc' ? 'Servers and queue' : 'The fleet, live'}
        </h2>
        {runCount > 1 ? (
          <div role="group" aria-label="Fleet shown" className="flex gap-1">
            {runs.slice(0, runCount).map((r) => (
              <button
                key={r.index}
                type="button"
                aria-pressed={fleetIndex === r.index}
                onClick={() => setShownRun(r.index)}
                className={`rounded-md border px-2 py-1 text-xs font-semibold ${fleetIndex === r.index ? 'border-accent bg-accent-soft text-fg' : 'border-line text-muted hover:bg-surface-2'}`}
              >
                {r.letter ?? ''}: {r.label.replace(/^[AB]: /, '')}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {live && live[fleetIndex] ? (
        <FleetView
          snap={live[fleetIndex]!}
          runIndex={fleetIndex}
          maxBatch={maxBatch}
          balancer={shown?.balancer ?? ''}
          quota={shown?.quota ?? ''}
          reducedMotion={reducedMotion}
          label={shown?.label ?? ''}
          tiered={tiered}
          initialWidth={panelWidth}
        />
      ) : (
        <p className="py-10 text-center text-muted" data-testid="fleet-placeholder">
          {placeholder}
        </p>
      )}
    </section>
  );
});
