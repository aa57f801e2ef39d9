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
  { pointId: 'o1-server', ttftSeconds: 0.2112533882679346, tpotSeconds: 0.1178904251846229, outputTokensPerSecond: 20688.495, completed: 41907, atOperatingPoint: { loadScale: 1.056538462900469, ttftSeconds: 0.33435246001468677, tpotSeconds: 0.1457419237165421 } },
  { pointId: 'm2', ttftSeconds: 11.974513065653971, tpotSeconds: 0.15374229896735636, outputTokensPerSecond: 87148.94666666667, completed: 188372, atOperatingPoint: { loadScale: 0.928964310802825, ttftSeconds: 0.32708954300950566, tpotSeconds: 0.14005829301639935 } },
  { pointId: 'm3', ttftSeconds: 0.09341810152333496, tpotSeconds: 0.03953772298766131, outputTokensPerSecond: 58455.77166666667, completed: 127981, atOperatingPoint: { loadScale: 0.9460497843432731, ttftSeconds: 0.08137056694975062, tpotSeconds: 0.03672941939874952 } },
  { pointId: 'm5', ttftSeconds: 0.14157135541259583, tpotSeconds: 0.07595016903904561, outputTokensPerSecond: 124669.45666666667, completed: 512173, atOperatingPoint: { loadScale: 1.036447516613978, ttftSeconds: 0.20593480440167536, tpotSeconds: 0.11086980568502276 } },
  { pointId: 'm6', ttftSeconds: 1.163867898290046, tpotSeconds: 0.07152117704063778, outputTokensPerSecond: 811.27, completed: 725, atOperatingPoint: { loadScale: 1.342905979088974, ttftSeconds: 1.5096095314467428, tpotSeconds: 0.09360868873384762 } },
  { pointId: 'm8', ttftSeconds: 1.0312261702106578, tpotSeconds: 0.07494206813181271, outputTokensPerSecond: 8508.476666666667, completed: 7507, atOperatingPoint: { loadScale: 1.4243089018504036, ttftSeconds: 1.6676550712031495, tpotSeconds: 0.11590038096068705 } },
  { pointId: 'v51-r1-server', ttftSeconds: 0.5749546785723136, tpotSeconds: 0.05809406059530701, outputTokensPerSecond: 11840.918333333333, completed: 1969, atOperatingPoint: { loadScale: 1.0001308360772818, ttftSeconds: 0.5759970974245546, tpotSeconds: 0.05809585931801574 } },
  { pointId: 'v51-l2-server', ttftSeconds: 13.021413190319308, tpotSeconds: 0.1535234591109871, outputTokensPerSecond: 87354.47333333333, completed: 187594, atOperatingPoint: { loadScale: 0.9000315381221744, ttftSeconds: 0.2228591048310378, tpotSeconds: 0.12109791140666441 } },
  { pointId: 'v51-l2-interactive', ttftSeconds: 0.09419004027213604, tpotSeconds: 0.039700306490910275, outputTokensPerSecond: 58587.056666666664, completed: 128496, atOperatingPoint: { loadScale: 0.900024600954347, ttftSeconds: 0.07459044195595464, tpotSeconds: 0.03475406282512622 } },
  { pointId: 'v51-405-server', ttftSeconds: 1.7132303241211062, tpotSeconds: 0.10543630850337418, outputTokensPerSecond: 1150.73, completed: 1020, atOperatingPoint: { loadScale: 0.9977765780294123, ttftSeconds: 1.7713794691723075, tpotSeconds: 0.10493608301330341 } },
  { pointId: 'v51-405-interactive', ttftSeconds: 1.2167886922939035, tpotSeconds: 0.06556647303088041, outputTokensPerSecond: 718.9133333333333, completed: 642, atOperatingPoint: { loadScale: 1.1112798361062046, ttftSeconds: 1.3382881186886975, tpotSeconds: 0.07030108874708452 } },
  { pointId: 'v51-8b-server', ttftSeconds: 0.07804051091269783, tpotSeconds: 0.035390604727009695, outputTokensPerSecond: 127993.16, completed: 592974, atOperatingPoint: { loadScale: 0.9466777566480599, ttftSeconds: 0.06657230470904983, tpotSeconds: 0.02819383684745171 } },
  { pointId: 'v51-8b-interactive', ttftSeconds: 0.044766670268086436, tpotSeconds: 0.018182769690113492, outputTokensPerSecond: 102693.80333333333, completed: 476649, atOperatingPoint: { loadScale: 1.1112736601276172, ttftSeconds: 0.057339201192868644, tpotSeconds: 0.023178189997158313 } },
];
