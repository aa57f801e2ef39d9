/** The stored engine runs (engine-latency-results.ts) as latency rows with their errors, for the page. */
import { latencyRow, type EngineLatency } from './engine-latency.ts';
import { ENGINE_LATENCY_RESULTS } from './engine-latency-results.ts';
import { VALIDATION_POINTS } from './validation-points.ts';

export function storedEngineLatency(): EngineLatency[] {
  return ENGINE_LATENCY_RESULTS.flatMap((s) => {
    const p = VALIDATION_POINTS.find((x) => x.id === s.pointId);
    return p ? [latencyRow(p, s)] : [];
  });
}
