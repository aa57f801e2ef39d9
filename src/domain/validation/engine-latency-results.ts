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
  { pointId: 'o1-server', ttftSeconds: 0.21352162092873045, tpotSeconds: 0.11935965524342051, outputTokensPerSecond: 20615.461666666666, completed: 41835 },
  { pointId: 'm2', ttftSeconds: 10.529689427535603, tpotSeconds: 0.14871193608780525, outputTokensPerSecond: 87401.20166666666, completed: 189793 },
  { pointId: 'm3', ttftSeconds: 0.09267647955302126, tpotSeconds: 0.039500383253235245, outputTokensPerSecond: 58419.63333333333, completed: 127983 },
  { pointId: 'm5', ttftSeconds: 0.13906271847051846, tpotSeconds: 0.07462722369648973, outputTokensPerSecond: 124697.71666666666, completed: 512455 },
  { pointId: 'm6', ttftSeconds: 1.215425656103465, tpotSeconds: 0.07197566554369625, outputTokensPerSecond: 810.2, completed: 727 },
  { pointId: 'm8', ttftSeconds: 1.0648967593243772, tpotSeconds: 0.07557484498925562, outputTokensPerSecond: 8507.645, completed: 7508 },
  { pointId: 'v51-r1-server', ttftSeconds: 0.09461221689488764, tpotSeconds: 0.05776938474619943, outputTokensPerSecond: 11619.33, completed: 2014 },
  { pointId: 'v51-l2-server', ttftSeconds: 11.560125390774804, tpotSeconds: 0.14849626818760275, outputTokensPerSecond: 87582.085, completed: 188981 },
  { pointId: 'v51-l2-interactive', ttftSeconds: 0.09412968930242444, tpotSeconds: 0.03965361597638996, outputTokensPerSecond: 58551.363333333335, completed: 128510 },
  { pointId: 'v51-405-server', ttftSeconds: 1.9358425752041353, tpotSeconds: 0.10892742875459353, outputTokensPerSecond: 1149.0383333333334, completed: 1018 },
  { pointId: 'v51-405-interactive', ttftSeconds: 1.2297222582273164, tpotSeconds: 0.06557603765099071, outputTokensPerSecond: 718.5883333333334, completed: 641 },
  { pointId: 'v51-8b-server', ttftSeconds: 0.0621883574554166, tpotSeconds: 0.03239811410520703, outputTokensPerSecond: 127954.48, completed: 593795 },
  { pointId: 'v51-8b-interactive', ttftSeconds: 0.038336529175992076, tpotSeconds: 0.01932824233855465, outputTokensPerSecond: 102512.43833333334, completed: 476299 },
];
