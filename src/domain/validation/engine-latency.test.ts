import { describe, expect, it } from 'vitest';
import { engineLatency, engineScenario, hasPublishedLatency, operatingPointScale, summariseLatency } from './engine-latency.ts';
import { ENGINE_LATENCY_RESULTS } from './engine-latency-results.ts';
import { storedEngineLatency } from './stored-engine-latency.ts';
import { LATENCY_BAND, scorePoint, validationDeployment } from './scorecard.ts';
import { fleetServer } from '../sim/fleet/fleet-deployment.ts';
import { kvCapacityTokens } from '../gpu/deployment.ts';
import { compileIterationTime } from '../gpu/roofline.ts';
import { VALIDATION_POINTS } from './validation-points.ts';
import type { FleetScenario } from '../sim/scenario-schema.ts';
import { createSimulation } from '../sim/simulation.ts';
import type { FleetSnapshot } from '../sim/simulation-types.ts';
import { KNOWN_TPOT_MISSES, KNOWN_TTFT_MISSES, TPOT_MISS_CAUSES, TTFT_MISS_CAUSES } from './known-misses.ts';

const point = (id: string) => VALIDATION_POINTS.find((p) => p.id === id)!;

function engineTtft(s: FleetScenario): number {
  const sim = createSimulation(s);
  sim.run();
  return (sim.snapshot() as FleetSnapshot).summary.ttft.mean;
}

describe('latency at the published load (the engine against MLPerf Server and Interactive means)', () => {
  it('stores a run for every row that publishes TTFT and TPOT', () => {
    const ids = VALIDATION_POINTS.filter(hasPublishedLatency).map((p) => p.id);
    expect(ENGINE_LATENCY_RESULTS.map((r) => r.pointId)).toEqual(ids);
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it('builds the published configuration: replicas, parallelism, batch cap, paged KV, arrival rate, sourced lengths', () => {
    const s = engineScenario(point('o1-server'))!;
    expect(s.fleet.initialReplicas).toBe(4);
    expect(s.fleet.tensorParallel).toBe(2);
    expect(s.fleet.maxBatch).toBe(1024);
    expect(s.fleet.kvPolicy).toBe('paged');
    expect(s.workload.arrivalRate).toBe(74.42);
    expect(s.workload.inputTokens).toMatchObject({ kind: 'lognormal', mean: 222.33 });
    expect(engineScenario(point('o1-offline'))).toBeNull();
  });

  it.each([['o1-server'], ['v51-405-interactive']])('the stored run of %s is what the engine gives now (regenerate the file when the engine moves)', (id) => {
    const fresh = engineLatency(point(id))!;
    const stored = ENGINE_LATENCY_RESULTS.find((r) => r.pointId === id)!;
    expect(fresh.completed).toBe(stored.completed);
    expect(fresh.ttftSeconds).toBeCloseTo(stored.ttftSeconds, 9);
    expect(fresh.tpotSeconds).toBeCloseTo(stored.tpotSeconds, 9);
    expect(fresh.operatingPoint.loadScale).toBeCloseTo(stored.atOperatingPoint.loadScale, 12);
    expect(fresh.operatingPoint.ttftSeconds).toBeCloseTo(stored.atOperatingPoint.ttftSeconds, 9);
    expect(fresh.operatingPoint.tpotSeconds).toBeCloseTo(stored.atOperatingPoint.tpotSeconds, 9);
  });

  it('the operating point scales the published load by the throughput row’s own modelled ÷ published figure (nothing fitted)', () => {
    for (const r of ENGINE_LATENCY_RESULTS) {
      const p = point(r.pointId);
      expect(r.atOperatingPoint.loadScale).toBeCloseTo(scorePoint(p).modelled! / p.outputTokensPerSecond, 12);
      expect(engineScenario(p, undefined, r.atOperatingPoint.loadScale)!.workload.arrivalRate).toBeCloseTo(p.samplesPerSecond! * operatingPointScale(p), 9);
    }
  });

  it('at the operating point the engine holds the published TPOT within ±25 % on every row (the inversion it is built on works in the engine too)', () => {
    for (const r of storedEngineLatency()) expect(Math.abs(r.operatingPoint.tpotError), r.pointId).toBeLessThanOrEqual(LATENCY_BAND);
  });

  it('reports errors as computed against the published means, with the ±25 % band stated (misses are reported, not hidden)', () => {
    const rows = storedEngineLatency();
    for (const r of rows) {
      const p = point(r.pointId);
      expect(r.ttftError).toBeCloseTo(r.ttftSeconds / p.ttftSeconds! - 1, 12);
      expect(r.tpotError).toBeCloseTo(r.tpotSeconds / p.tpotSeconds! - 1, 12);
      expect(r.tpotWithinBand).toBe(Math.abs(r.tpotError) <= LATENCY_BAND);
    }
    const s = summariseLatency(rows);
    expect(s.rows).toBe(rows.length);
    expect(s.tpotWorstAbsError).toBe(Math.max(...rows.map((r) => Math.abs(r.tpotError))));
  });

  const stored = storedEngineLatency();
  it.each(stored.filter((r) => !(r.pointId in KNOWN_TPOT_MISSES)).map((r) => [r.pointId, r] as const))('%s: engine mean TPOT within ±25 % of the published mean', (_id, r) => {
    expect(Math.abs(r.tpotError)).toBeLessThanOrEqual(LATENCY_BAND);
  });
  it.each(stored.filter((r) => !(r.pointId in KNOWN_TTFT_MISSES)).map((r) => [r.pointId, r] as const))('%s: engine mean TTFT within ±25 % of the published mean', (_id, r) => {
    expect(Math.abs(r.ttftError)).toBeLessThanOrEqual(LATENCY_BAND);
  });
  // Named misses must still miss (a fix removes them from known-misses.ts) and name a row with published latency.
  it.each(Object.keys(KNOWN_TPOT_MISSES).map((id) => [id] as const))('%s: a named TPOT miss — still outside ±25 %', (id) => {
    expect(Math.abs(stored.find((r) => r.pointId === id)!.tpotError)).toBeGreaterThan(LATENCY_BAND);
  });
  it.each(Object.keys(KNOWN_TTFT_MISSES).map((id) => [id] as const))('%s: a named TTFT miss — still outside ±25 %', (id) => {
    expect(Math.abs(stored.find((r) => r.pointId === id)!.ttftError)).toBeGreaterThan(LATENCY_BAND);
  });

  // Each named miss has a measured cause, and the stored runs show it.
  it('every named TTFT and TPOT miss has a cause, and only named misses have one', () => {
    expect(Object.keys(TTFT_MISS_CAUSES).sort()).toEqual(Object.keys(KNOWN_TTFT_MISSES).sort());
    expect(Object.keys(TPOT_MISS_CAUSES).sort()).toEqual(Object.keys(KNOWN_TPOT_MISSES).sort());
  });
  it.each(Object.entries(TTFT_MISS_CAUSES))('%s: TTFT miss caused by %s, as the stored runs show', (id, cause) => {
    const o = stored.find((r) => r.pointId === id)!.operatingPoint;
    if (cause === 'capacity') {
      if (Math.abs(o.ttftError) <= LATENCY_BAND) return;
      // Out of the band at the operating point itself: 1 % less load and 1 % more put the engine's mean below and above the published one.
      const p = point(id);
      const ttftAt = (f: number) => engineTtft(engineScenario(p, undefined, o.loadScale * f)!);
      expect(ttftAt(0.99)).toBeLessThan(p.ttftSeconds!);
      expect(ttftAt(1.01)).toBeGreaterThan(p.ttftSeconds!);
    } else {
      // At the operating point the engine's iteration is the run's (TPOT in the band) but its first token comes early,
      // and the run's takes at least two iterations more than the engine's: a wait, not the rounding to an iteration boundary.
      expect(o.ttftError).toBeLessThan(-LATENCY_BAND);
      expect(Math.abs(o.tpotError)).toBeLessThanOrEqual(LATENCY_BAND);
      expect(o.publishedTtftIterations).toBeGreaterThan(o.ttftIterations + 2);
    }
  });
  it.each(Object.entries(TPOT_MISS_CAUSES))('%s: TPOT miss caused by %s, as the stored runs show', (id, cause) => {
    expect(cause).toBe('capacity');
    expect(Math.abs(stored.find((r) => r.pointId === id)!.operatingPoint.tpotError)).toBeLessThanOrEqual(LATENCY_BAND);
  });

  it.each([['m5'], ['m2'], ['v51-r1-server']])('%s: the engine serves the same replica as the throughput row (mixed checkpoint, attention layout, memory rule)', (id) => {
    const p = point(id);
    const engine = fleetServer(engineScenario(p)!).deployment;
    const roofline = validationDeployment(p)!;
    expect(engine.fp4Share).toBe(roofline.fp4Share);
    expect(engine.attentionDataParallel).toBe(roofline.attentionDataParallel);
    expect(engine.memoryFraction).toBeCloseTo(roofline.memoryFraction, 12);
    expect(kvCapacityTokens(engine)).toBe(kvCapacityTokens(roofline));
    expect(compileIterationTime(engine)(512, 512 * 600, 1000, 0, 4)).toBeCloseTo(compileIterationTime(roofline)(512, 512 * 600, 1000, 0, 4), 12);
  });

  it('Mixtral’s mixed FP4/FP8 checkpoint reaches the engine (18.75 % of the weights in FP4)', () => {
    expect(fleetServer(engineScenario(point('m5'))!).deployment.fp4Share).toBeCloseTo(0.1875, 12);
  });

  it('DeepSeek-R1 Server runs with its attention-DP balance (timeout_iters 9 from the configuration); no other row sets it', () => {
    for (const r of ENGINE_LATENCY_RESULTS) expect(engineScenario(point(r.pointId))!.fleet.adpBalanceTimeoutIters).toBe(r.pointId === 'v51-r1-server' ? 9 : undefined);
    // The hold is what brings its first token to the run's: about 10 iterations, as the run's 10.9.
    const o = storedEngineLatency().find((r) => r.pointId === 'v51-r1-server')!.operatingPoint;
    expect(o.ttftIterations).toBeGreaterThan(9);
    expect(o.ttftIterations).toBeLessThan(o.publishedTtftIterations);
  });

  it('the engine runs the MLPerf rows with the MLPerf harness’s efficiencies', () => {
    expect(engineScenario(point('o1-server'))!.fleet.servingStack).toBe('mlperf-trt');
  });
});
