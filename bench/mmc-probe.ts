/**
 * Events per second of the M/M/c engine alone (M/M/8, λ=7, μ=1, 10⁶ customers, median of 3 after a
 * warm-up), as one JSON line. Kept to imports that exist unchanged since before the engine split, so
 * bench/engine-split.ts runs this same file against older commits.
 */
import { MmcSimulation } from '../src/domain/sim/mmc-simulation.ts';
import { mmcScenarioSchema } from '../src/domain/sim/scenario-schema.ts';

const N = 1_000_000;
const scenario = (customers: number, seed: number) => mmcScenarioSchema.parse({ kind: 'mmc', servers: 8, arrivalRate: 7, serviceRate: 1, customers, seed });
new MmcSimulation(scenario(100_000, 99)).run();
const runs: { wall: number; cpu: number; events: number }[] = [];
for (let i = 0; i < 3; i++) {
  const sim = new MmcSimulation(scenario(N, i + 1));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  sim.run();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  runs.push({ wall, cpu: (c.user + c.system) / 1e6, events: sim.events });
}
runs.sort((a, b) => a.cpu - b.cpu);
const mid = runs[1]!;
console.log(JSON.stringify({ events: mid.events, wallSeconds: mid.wall, cpuSeconds: mid.cpu }));
