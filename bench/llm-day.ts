/**
 * A simulated 24-hour day at 100 requests/s on average (daily curve ±50 %) on an autoscaled fleet:
 * the "daily" preset, built as the web app builds it. Goal: < 20 s wall and < 300 MB peak memory in
 * Node. Run as its own process so the peak resident memory is this run's alone.
 * Extra arguments are link settings (key=value, as `npm run sim -- --set`), e.g. the gateway's quota,
 * tiers and prompt cache: `tsx bench/llm-day.ts tpm=20000000 pri=20 flex=20 cacheRd=30`.
 */
import { readMaxOutputLookup } from '../src/cli/catalog-file.ts';
import { applySettings } from '../src/cli/link-params.ts';
import { buildScenarios } from '../src/domain/sim-view/build-scenario.ts';
import { findTrainingPreset, presetParams } from '../src/domain/sim-view/training-presets.ts';
import { FleetSimulation } from '../src/domain/sim/fleet-simulation.ts';
import { fleetScenarioSchema } from '../src/domain/sim/scenario-schema.ts';

const settings = applySettings(presetParams(findTrainingPreset('daily')!), process.argv.slice(2));
if (!settings.ok) throw new Error(settings.errors.join('; '));
const built = buildScenarios(settings.values, { maxOutputTokens: readMaxOutputLookup() });
if (!built.ok) throw new Error(JSON.stringify(built.errors));
const sim = new FleetSimulation(fleetScenarioSchema.parse(built.scenarios[0]));
const c0 = process.cpuUsage();
const t0 = performance.now();
// Slices of one simulated hour, as the browser worker would run it, with a snapshot after each.
for (let h = 1; h <= 24; h++) {
  sim.runUntil(h * 3600);
  sim.snapshot();
}
const wallSeconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const s = sim.summary();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    wallSeconds,
    cpuSeconds,
    peakRssMb,
    events: sim.events,
    eventsPerSecond: sim.events / wallSeconds,
    requests: s.arrivals,
    attempts: s.attempts,
    throttleRate: s.throttleRate,
    completed: s.completed,
    meanReplicas: s.meanReplicas,
    peakReplicas: s.peakReplicas,
    scaleOuts: s.scaleOuts,
    scaleIns: s.scaleIns,
    meanUtilization: s.meanUtilization,
    ttftP99: s.ttft.p99,
    tpotP50: s.tpot.p50,
    e2eP99: s.e2e.p99,
    costPerMillionTokens: s.serverCostPerMillionTokensServed,
    cost: s.cost,
  }),
);
