import { useStore } from 'zustand';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import { Button } from '../../ui/button.tsx';
import { downloadText } from '../../ui/download.ts';
import { currentExportContext } from '../../ui/export-context.ts';
import { seriesCsv, summaryJson } from './simulate-export.ts';
import { describeScenario } from './simulate-model.ts';
import { simStore } from './sim-store.ts';

/** Time series as CSV; summary and scenario as JSON. Charts export themselves (SVG/PNG on each). */
export function ExportButtons({ values, modelName }: { values: SimParams; modelName: string | undefined }) {
  const hasFrames = useStore(simStore, (s) => s.frames !== null);
  const context = () =>
    currentExportContext([], [`scenario: ${describeScenario(values, simStore.getState().labels, modelName)}`, 'costs are what the simulated GPU servers cost, not Bedrock prices']);
  const exportCsv = () => {
    const { frames, labels } = simStore.getState();
    if (!frames) return;
    const runs = frames.map((f, i) => ({ label: labels[i] ?? `run ${i + 1}`, series: f.snapshot.series }));
    downloadText('simulation-series.csv', seriesCsv(context(), runs), 'text/csv');
  };
  const exportJson = () => {
    const { frames, labels, scenarios } = simStore.getState();
    if (!frames) return;
    const runs = frames.map((f, i) => ({ label: labels[i] ?? `run ${i + 1}`, snapshot: f.snapshot, marks: f.marks }));
    downloadText('simulation-summary.json', summaryJson(context(), { params: values, scenarios, runs }), 'application/json');
  };
  return (
    <>
      <Button onClick={exportCsv} disabled={!hasFrames}>
        Export CSV
      </Button>
      <Button onClick={exportJson} disabled={!hasFrames}>
        Export JSON
      </Button>
    </>
  );
}
