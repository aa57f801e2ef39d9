/**
 * M/M/8, λ=7, μ=1, 10⁶ customers: our engine against SimPy 3 on the identical model, in one run.
 * Goal: ≥ 25× SimPy's customers per second and ≥ 5 M events/s.
 */
import { spawnSync } from 'node:child_process';
import { mmc } from '../src/domain/queueing/erlang.ts';
import { MmcSimulation } from '../src/domain/sim/mmc-simulation.ts';
import { mmcScenarioSchema, type MmcScenario } from '../src/domain/sim/scenario-schema.ts';

const C = 8;
const LAMBDA = 7;
const MU = 1;
const N = 1_000_000;
const RUNS = 5;

function mmcPreset(servers: number, arrivalRate: number, serviceRate: number, customers: number, seed: number): MmcScenario {
  return mmcScenarioSchema.parse({ kind: 'mmc', servers, arrivalRate, serviceRate, customers, seed });
}

export type MmcBenchResult = {
  ours: { wallSeconds: number; cpuSeconds: number; customersPerSecond: number; eventsPerSecond: number; waitProbability: number; meanWait: number; p99Wait: number };
  simpy: { wallSeconds: number; cpuSeconds: number; customersPerSecond: number; waitProbability: number; meanWait: number; p99Wait: number } | null;
  /** Customers per second, ours ÷ SimPy's, on wall time and on CPU time (robust when the machine is shared). */
  ratio: number;
  cpuRatio: number;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchMmc(log: (line: string) => void = console.log): MmcBenchResult {
  const theory = mmc(C, LAMBDA, MU);
  log(`M/M/${C}, λ=${LAMBDA}, μ=${MU}, ${N.toLocaleString('en-US')} customers. Erlang C: P(wait) ${theory.waitProbability.toFixed(4)}, Wq ${theory.meanWait.toFixed(4)}`);
  // One short warm-up run so the JIT has compiled the hot loop, as a long-running worker would.
  new MmcSimulation(mmcPreset(C, LAMBDA, MU, 100_000, 99)).run();
  const walls: number[] = [];
  const cpus: number[] = [];
  let last: MmcSimulation | null = null;
  for (let i = 0; i < RUNS; i++) {
    const sim = new MmcSimulation(mmcPreset(C, LAMBDA, MU, N, i + 1));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sim.run();
    walls.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e6);
    last = sim;
  }
  const wall = median(walls);
  const cpu = median(cpus);
  const s = last!.snapshot().summary;
  const ours = {
    wallSeconds: wall,
    cpuSeconds: cpu,
    customersPerSecond: N / wall,
    eventsPerSecond: last!.events / wall,
    waitProbability: s.waitProbability,
    meanWait: s.meanWait,
    p99Wait: s.p99Wait,
  };
  log(`  ours  (median of ${RUNS}): ${wall.toFixed(3)} s wall, ${cpu.toFixed(3)} s CPU, ${(ours.customersPerSecond / 1e6).toFixed(2)} M customers/s, ${(ours.eventsPerSecond / 1e6).toFixed(2)} M events/s; P(wait) ${s.waitProbability.toFixed(4)}, Wq ${s.meanWait.toFixed(4)}, p99 wait ${s.p99Wait.toFixed(3)}`);
  const py = spawnSync('/usr/bin/python3', ['bench/mmc_simpy3.py', String(C), String(LAMBDA), String(MU), String(N), '1'], { encoding: 'utf8' });
  if (py.status !== 0) {
    log(`  SimPy: could not run (${py.stderr.trim() || py.error?.message}); install Debian python3-simpy3`);
    return { ours, simpy: null, ratio: NaN, cpuRatio: NaN };
  }
  const simpy = JSON.parse(py.stdout) as NonNullable<MmcBenchResult['simpy']>;
  log(`  SimPy 3.0.11: ${simpy.wallSeconds.toFixed(2)} s wall, ${simpy.cpuSeconds.toFixed(2)} s CPU, ${(simpy.customersPerSecond / 1e3).toFixed(0)} k customers/s; P(wait) ${simpy.waitProbability.toFixed(4)}, Wq ${simpy.meanWait.toFixed(4)}, p99 wait ${simpy.p99Wait.toFixed(3)}`);
  const ratio = ours.customersPerSecond / simpy.customersPerSecond;
  const cpuRatio = simpy.cpuSeconds / ours.cpuSeconds;
  log(`  ratio: ${ratio.toFixed(1)}× SimPy's customers per second on wall time, ${cpuRatio.toFixed(1)}× on CPU time (goal ≥ 25×)`);
  log(`  events: ${(ours.eventsPerSecond / 1e6).toFixed(2)} M/s on wall time, ${(last!.events / cpu / 1e6).toFixed(2)} M/s on CPU time (goal ≥ 5)`);
  return { ours, simpy, ratio, cpuRatio };
}

if (import.meta.url === `file://${process.argv[1]}`) benchMmc();
