/**
 * A simulated 24-hour day at 100 requests/s on average (daily curve ±50 %) on an autoscaled fleet of
 * Llama 3.1 70B servers (8×H100, FP8). Goal: < 20 s wall and < 300 MB peak memory in Node.
 * Run as its own process so the peak resident memory is this run's alone.
 */
import { FleetSimulation } from '../src/domain/sim/fleet-simulation.ts';
import { BENCH_DAY } from '../src/domain/sim/presets.ts';

const sim = new FleetSimulation(BENCH_DAY);
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
    completed: s.completed,
    meanReplicas: s.meanReplicas,
    peakReplicas: s.peakReplicas,
    ttftP99: s.ttft.p99,
    tpotP50: s.tpot.p50,
    e2eP99: s.e2e.p99,
    costPerMillionTokens: s.costPerMillionTokens,
    cost: s.cost,
  }),
);
