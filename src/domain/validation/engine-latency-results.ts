/**
 * The engine's mean latencies at each MLPerf Server and Interactive row's published load, as
 * engineLatencyMeans(VALIDATION_POINTS) gives them (600 s simulated, seed 1). Stored because the
 * runs take seconds of CPU each, too long for the page; engine-latency.test.ts re-runs rows and fails when
 * the engine has moved. Regenerate after a change to the engine or the GPU model:
 *   npx tsx -e "import('./src/domain/validation/engine-latency.ts').then(async (m) => console.log(JSON.stringify(m.engineLatencyMeans((await import('./src/domain/validation/validation-points.ts')).VALIDATION_POINTS))))"
 * and paste the rows here.
 */
import type { StoredEngineRun } from './engine-latency.ts';

export const ENGINE_LATENCY_RESULTS: readonly StoredEngineRun[] = [
  { pointId: 'o1-server', ttftSeconds: 0.10573671162107665, tpotSeconds: 0.05349402763805718, outputTokensPerSecond: 21263.45, completed: 43486 },
  { pointId: 'm2', ttftSeconds: 49.03567113088869, tpotSeconds: 0.17288274576687615, outputTokensPerSecond: 72268.17833333333, completed: 156531 },
  { pointId: 'm3', ttftSeconds: 0.02985713985219192, tpotSeconds: 0.01061573548833108, outputTokensPerSecond: 59042.695, completed: 129677 },
  { pointId: 'm5', ttftSeconds: 152.69762655188904, tpotSeconds: 0.4007538706561974, outputTokensPerSecond: 48955.08833333333, completed: 197772 },
  { pointId: 'm6', ttftSeconds: 1.7035131545832123, tpotSeconds: 0.050264199986090795, outputTokensPerSecond: 819.7866666666666, completed: 743 },
  { pointId: 'm8', ttftSeconds: 1.307206699949768, tpotSeconds: 0.054432456018868945, outputTokensPerSecond: 8631.468333333334, completed: 7722 },
  { pointId: 'v51-r1-server', ttftSeconds: 0.04185255548698038, tpotSeconds: 0.021397555927510917, outputTokensPerSecond: 15392.831666666667, completed: 2617 },
  { pointId: 'v51-l2-server', ttftSeconds: 49.94446562155101, tpotSeconds: 0.17220961071697807, outputTokensPerSecond: 72417.57, completed: 155895 },
  { pointId: 'v51-l2-interactive', ttftSeconds: 0.029962734564383305, tpotSeconds: 0.010655361951604068, outputTokensPerSecond: 59177.75666666667, completed: 130243 },
  { pointId: 'v51-405-server', ttftSeconds: 8.155593472440001, tpotSeconds: 0.19922817579411664, outputTokensPerSecond: 1051.355, completed: 855 },
  { pointId: 'v51-405-interactive', ttftSeconds: 1.5872589737860172, tpotSeconds: 0.04099564044228038, outputTokensPerSecond: 727.1433333333333, completed: 655 },
  { pointId: 'v51-8b-server', ttftSeconds: 0.015477198123314698, tpotSeconds: 0.005131522901143626, outputTokensPerSecond: 128370.65666666666, completed: 597217 },
  { pointId: 'v51-8b-interactive', ttftSeconds: 0.010121474522005356, tpotSeconds: 0.0025558961829803507, outputTokensPerSecond: 102734.51, completed: 478079 },
];
