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
  { pointId: 'o1-server', ttftSeconds: 0.22153121914305374, tpotSeconds: 0.12459167911200966, outputTokensPerSecond: 20579.65166666667, completed: 41750 },
  { pointId: 'm2', ttftSeconds: 8.444537359696042, tpotSeconds: 0.14659284099713016, outputTokensPerSecond: 88343.24666666667, completed: 191865 },
  { pointId: 'm3', ttftSeconds: 0.10132678783475381, tpotSeconds: 0.04150451291474578, outputTokensPerSecond: 58375.10833333333, completed: 127878 },
  { pointId: 'm5', ttftSeconds: 0.23202041462001818, tpotSeconds: 0.12464761950662828, outputTokensPerSecond: 123391.99833333334, completed: 505688 },
  { pointId: 'm6', ttftSeconds: 1.2766826802865232, tpotSeconds: 0.06054467287046133, outputTokensPerSecond: 816.3916666666667, completed: 735 },
  { pointId: 'm8', ttftSeconds: 1.0748902788303825, tpotSeconds: 0.06349777853155804, outputTokensPerSecond: 8568.878333333334, completed: 7610 },
  { pointId: 'v51-r1-server', ttftSeconds: 0.037085496158322115, tpotSeconds: 0.019386824373742215, outputTokensPerSecond: 15680.635, completed: 2665 },
  { pointId: 'v51-l2-server', ttftSeconds: 9.477644668487427, tpotSeconds: 0.14640356669849647, outputTokensPerSecond: 88526.13666666667, completed: 191046 },
  { pointId: 'v51-l2-interactive', ttftSeconds: 0.10274164903436589, tpotSeconds: 0.0416581283572156, outputTokensPerSecond: 58506.78333333333, completed: 128378 },
  { pointId: 'v51-405-server', ttftSeconds: 2.0099418019269932, tpotSeconds: 0.10458771900043935, outputTokensPerSecond: 1153.5783333333334, completed: 1025 },
  { pointId: 'v51-405-interactive', ttftSeconds: 1.2838064610580529, tpotSeconds: 0.05470120582373608, outputTokensPerSecond: 723.4866666666667, completed: 646 },
  { pointId: 'v51-8b-server', ttftSeconds: 0.06959862954878922, tpotSeconds: 0.0372292339798152, outputTokensPerSecond: 127870.60166666667, completed: 593141 },
  { pointId: 'v51-8b-interactive', ttftSeconds: 0.05074184041152665, tpotSeconds: 0.026886047271136356, outputTokensPerSecond: 102413.49166666667, completed: 475521 },
];
