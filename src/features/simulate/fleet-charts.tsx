import type { ChartView } from './simulate-model.ts';
import { TimeChart } from './time-chart.tsx';

/** The charts on one shared time axis; a second run is drawn dashed on the same axes. */
export function FleetCharts({ charts, xMax, scenarioSummary }: { charts: ChartView[]; xMax: number; scenarioSummary: string }) {
  return (
    <div className="grid gap-3 lg:grid-cols-2" data-testid="fleet-charts" data-tour="simulate-charts">
      {charts.map((chart) => (
        <TimeChart key={chart.id} chart={chart} xMax={xMax} scenarioSummary={scenarioSummary} />
      ))}
    </div>
  );
}
