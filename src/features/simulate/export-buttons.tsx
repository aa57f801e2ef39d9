import { useStore } from 'zustand';
import { seriesCsv, summaryJson } from '../../domain/sim-view/export-data.ts';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import { Button } from '../../ui/button.tsx';
import { downloadText } from '../../ui/download.ts';
import { simStore } from './sim-store.ts';

/** Time series as CSV; summary and scenario as JSON. Charts export themselves (SVG/PNG on each). */
export function ExportButtons({ values }: { values: SimParams }) {
  const hasFrames = useStore(simStore, (s) => s.frames !== null);
  const exportCsv = () => {
    const { frames, labels } = simStore.getState();
    if (!frames) return;
    downloadText('simulation-series.csv', seriesCsv(frames.map((f, i) => ({ label: labels[i] ?? `run ${i + 1}`, series: f.snapshot.series }))), 'text/csv');
  };
  const exportJson = () => {
    const { frames, labels, scenarios } = simStore.getState();
    if (!frames) return;
    const runs = frames.map((f, i) => ({ label: labels[i] ?? `run ${i + 1}`, snapshot: f.snapshot, marks: f.marks }));
    downloadText('simulation-summary.json', summaryJson({ link: window.location.href, params: values, scenarios, runs }), 'application/json');
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
