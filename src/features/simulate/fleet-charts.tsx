import { memo, type Ref } from 'react';
import { useStore } from 'zustand';
import { useNearViewport } from '../../ui/use-near-viewport.ts';
import { mayHold } from './out-of-sight.ts';
import { simStore } from './sim-store.ts';
import type { ChartView } from './simulate-model.ts';
import { TimeChart } from './time-chart.tsx';

type SlotProps = { chart: ChartView; xMax: number; scenarioSummary: string; hold: boolean; seq: number; turnOffset: number; figureRef: Ref<HTMLElement> };

/** A chart that, while `hold` is set, keeps its last drawing until its turn comes (out-of-sight.ts). */
const HeldChart = memo(
  function HeldChart({ chart, xMax, scenarioSummary, figureRef }: SlotProps) {
    return <TimeChart chart={chart} xMax={xMax} scenarioSummary={scenarioSummary} figureRef={figureRef} />;
  },
  // `prev` is what the chart was last drawn with: React keeps those props while this says "equal".
  (prev, next) =>
    next.hold ? mayHold(prev.seq, next.seq, next.turnOffset) : prev.chart === next.chart && prev.xMax === next.xMax && prev.scenarioSummary === next.scenarioSummary,
);

/** One grid cell: follows every chart frame while near the viewport or once the run stops; out of sight, its turns. */
function ChartSlot(props: Omit<SlotProps, 'hold' | 'figureRef'> & { running: boolean }) {
  const [ref, near] = useNearViewport<HTMLElement>();
  const { running, ...rest } = props;
  return <HeldChart {...rest} hold={running && !near} figureRef={ref} />;
}

/**
 * The charts on one shared time axis; a second run is drawn dashed on the same axes. `seq` numbers
 * the chart frame the charts come from (read through the same deferred render as the charts).
 */
export function FleetCharts({ charts, xMax, scenarioSummary, seq }: { charts: ChartView[]; xMax: number; scenarioSummary: string; seq: number }) {
  const running = useStore(simStore, (s) => s.status === 'running');
  return (
    <div className="grid gap-3 lg:grid-cols-2" data-testid="fleet-charts" data-tour="simulate-charts">
      {charts.map((chart, i) => (
        <ChartSlot key={chart.id} chart={chart} xMax={xMax} scenarioSummary={scenarioSummary} running={running} seq={seq} turnOffset={i} />
      ))}
    </div>
  );
}
