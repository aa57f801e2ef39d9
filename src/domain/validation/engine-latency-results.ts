/**
 * The engine's mean latencies at each MLPerf Server and Interactive row's published load, as
 * engineLatencyMeans(VALIDATION_POINTS) gives them (600 s simulated, seed 1; the MLPerf harness's fitted efficiencies). Stored because the
 * runs take seconds of CPU each, too long for the page; engine-latency.test.ts re-runs rows and fails when
 * the engine has moved. Regenerate after a change to the engine or the GPU model:
 *   npx tsx -e "import('./src/domain/validation/engine-latency.ts').then(async (m) => console.log(JSON.stringify(m.engineLatencyMeans((await import('./src/domain/validation/validation-points.ts')).VALIDATION_POINTS))))"
 * and paste the rows here.
 */
import type { StoredEngineRun } from './engine-latency.ts';

export const ENGINE_LATENCY_RESULTS: readonly StoredEngineRun[] = [
  { pointId: 'o1-server', ttftSeconds: 0.22125828132006162, tpotSeconds: 0.12468381635409875, outputTokensPerSecond: 20578.581666666665, completed: 41746 },
  { pointId: 'm2', ttftSeconds: 7.75864982348264, tpotSeconds: 0.14578572554302835, outputTokensPerSecond: 88652.35166666667, completed: 192531 },
  { pointId: 'm3', ttftSeconds: 0.10058481371307441, tpotSeconds: 0.0414200859014697, outputTokensPerSecond: 58376.778333333335, completed: 127887 },
  { pointId: 'm5', ttftSeconds: 0.22574260984152114, tpotSeconds: 0.12180165438953829, outputTokensPerSecond: 123479.12333333334, completed: 506126 },
  { pointId: 'm6', ttftSeconds: 1.2559029206149839, tpotSeconds: 0.06046672206191021, outputTokensPerSecond: 815.46, completed: 733 },
  { pointId: 'm8', ttftSeconds: 1.0429143394393467, tpotSeconds: 0.06342266005741658, outputTokensPerSecond: 8571.283333333333, completed: 7619 },
  { pointId: 'v51-r1-server', ttftSeconds: 0.04749193793573432, tpotSeconds: 0.030483498816104036, outputTokensPerSecond: 14344.773333333333, completed: 2475 },
  { pointId: 'v51-l2-server', ttftSeconds: 8.781118174806737, tpotSeconds: 0.14561200049957634, outputTokensPerSecond: 88821.93333333333, completed: 191729 },
  { pointId: 'v51-l2-interactive', ttftSeconds: 0.10175093417007297, tpotSeconds: 0.04157305110480376, outputTokensPerSecond: 58509.12, completed: 128383 },
  { pointId: 'v51-405-server', ttftSeconds: 2.009216357510327, tpotSeconds: 0.10358183504423853, outputTokensPerSecond: 1154.7733333333333, completed: 1024 },
  { pointId: 'v51-405-interactive', ttftSeconds: 1.291765333194557, tpotSeconds: 0.054725010048919484, outputTokensPerSecond: 723.3933333333333, completed: 647 },
  { pointId: 'v51-8b-server', ttftSeconds: 0.06953787446045662, tpotSeconds: 0.03721253674103709, outputTokensPerSecond: 127872.33333333333, completed: 593157 },
  { pointId: 'v51-8b-interactive', ttftSeconds: 0.05087472215410619, tpotSeconds: 0.026969316170655153, outputTokensPerSecond: 102412.375, completed: 475503 },
];
