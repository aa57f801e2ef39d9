/**
 * The engine's mean latencies at each MLPerf Server and Interactive row's published load, as
 * engineLatencyMeans(VALIDATION_POINTS) gives them (600 s simulated, seed 1; the MLPerf harness's fitted efficiencies), each with
 * the diagnostic run at the published operating point (engine-latency.ts operatingPointScale). Stored because the
 * runs take seconds of CPU each, too long for the page; engine-latency.test.ts re-runs rows and fails when
 * the engine has moved. Regenerate after a change to the engine or the GPU model:
 *   npx tsx -e "import('./src/domain/validation/engine-latency.ts').then(async (m) => console.log(JSON.stringify(m.engineLatencyMeans((await import('./src/domain/validation/validation-points.ts')).VALIDATION_POINTS))))"
 * and paste the rows here.
 */
import type { StoredEngineRun } from './engine-latency.ts';

export const ENGINE_LATENCY_RESULTS: readonly StoredEngineRun[] = [
  { pointId: 'o1-server', ttftSeconds: 0.21215749082863147, tpotSeconds: 0.11846812557640198, outputTokensPerSecond: 20623.91, completed: 41861, atOperatingPoint: { loadScale: 1.056538462900469, ttftSeconds: 0.6335055083311499, tpotSeconds: 0.14420743893901994 } },
  { pointId: 'm2', ttftSeconds: 12.373273838896964, tpotSeconds: 0.150794789906063, outputTokensPerSecond: 86625.92166666666, completed: 188037, atOperatingPoint: { loadScale: 0.928964310802825, ttftSeconds: 0.5434645252781938, tpotSeconds: 0.1387617304193311 } },
  { pointId: 'm3', ttftSeconds: 0.09446522454678198, tpotSeconds: 0.039755750403252965, outputTokensPerSecond: 58413.595, completed: 127968, atOperatingPoint: { loadScale: 0.9460497843432731, ttftSeconds: 0.08184218818239873, tpotSeconds: 0.03690981761875334 } },
  { pointId: 'm5', ttftSeconds: 0.14177279755933087, tpotSeconds: 0.07603812124571738, outputTokensPerSecond: 124642.06666666667, completed: 512166, atOperatingPoint: { loadScale: 1.036447516613978, ttftSeconds: 0.20607499888831726, tpotSeconds: 0.11098497390342794 } },
  { pointId: 'm6', ttftSeconds: 1.1768052092945342, tpotSeconds: 0.07152614039249323, outputTokensPerSecond: 810.925, completed: 727, atOperatingPoint: { loadScale: 1.342905979088974, ttftSeconds: 1.5299790983015868, tpotSeconds: 0.09363999241234523 } },
  { pointId: 'm8', ttftSeconds: 1.029380317924185, tpotSeconds: 0.07500513217724317, outputTokensPerSecond: 8509.98, completed: 7504, atOperatingPoint: { loadScale: 1.4243089018504036, ttftSeconds: 1.6429283243272228, tpotSeconds: 0.11590823442260306 } },
  { pointId: 'v51-r1-server', ttftSeconds: 0.5746063828058932, tpotSeconds: 0.05776445648994904, outputTokensPerSecond: 11605.521666666667, completed: 2013, atOperatingPoint: { loadScale: 1.0001308360772818, ttftSeconds: 0.5749386671155339, tpotSeconds: 0.057765872789665974 } },
  { pointId: 'v51-l2-server', ttftSeconds: 13.414533929136894, tpotSeconds: 0.15054253627024292, outputTokensPerSecond: 86830.285, completed: 187246, atOperatingPoint: { loadScale: 0.9000315381221744, ttftSeconds: 0.22441407282666664, tpotSeconds: 0.12169682271283468 } },
  { pointId: 'v51-l2-interactive', ttftSeconds: 0.09524288577394219, tpotSeconds: 0.03991352262354427, outputTokensPerSecond: 58545.565, completed: 128488, atOperatingPoint: { loadScale: 0.900024600954347, ttftSeconds: 0.07509816086416693, tpotSeconds: 0.034908001161243374 } },
  { pointId: 'v51-405-server', ttftSeconds: 1.7122492339890747, tpotSeconds: 0.1052442940331945, outputTokensPerSecond: 1151.1616666666666, completed: 1016, atOperatingPoint: { loadScale: 0.9977765780294123, ttftSeconds: 1.7483647042610424, tpotSeconds: 0.104980999351943 } },
  { pointId: 'v51-405-interactive', ttftSeconds: 1.2170946454644977, tpotSeconds: 0.06556499258075095, outputTokensPerSecond: 718.8266666666667, completed: 642, atOperatingPoint: { loadScale: 1.1112798361062046, ttftSeconds: 1.3336461714768848, tpotSeconds: 0.07023173124597523 } },
  { pointId: 'v51-8b-server', ttftSeconds: 0.06895421621568783, tpotSeconds: 0.03584424418648646, outputTokensPerSecond: 127906.13833333334, completed: 593418, atOperatingPoint: { loadScale: 0.9466777566480599, ttftSeconds: 0.05590110706950781, tpotSeconds: 0.028610687036134324 } },
  { pointId: 'v51-8b-interactive', ttftSeconds: 0.03708692092645099, tpotSeconds: 0.018317872225796634, outputTokensPerSecond: 102524.89666666667, completed: 476407, atOperatingPoint: { loadScale: 1.1112736601276172, ttftSeconds: 0.04653714276260734, tpotSeconds: 0.02346329463775341 } },
];
