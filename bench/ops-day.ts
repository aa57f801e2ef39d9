/**
 * An operator's day: the "Batch fills the night" preset (24 h, daily curve, 500,000-record batch job at
 * midnight) in three Regions behind the us. cross-Region inference profile (half the requests through
 * it), plus a canary rollout of a new model version at 10:00 and the default alarms, built as the web
 * app builds it. Goal: < 30 s wall and < 400 MB peak memory in Node. Peer in the same process: the same
 * day in one Region with neither the rollout nor the batch job, so the ratio shows what Regions and
 * operations cost. Run as its own process (npx tsx bench/ops-day.ts) so the peak resident memory is this
 * run's alone.
 */
import { readMaxOutputLookup } from '../src/cli/catalog-file.ts';
import { buildScenarios } from '../src/domain/sim-view/build-scenario.ts';
import type { SimParams } from '../src/domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../src/domain/sim-view/training-presets.ts';
import { fleetScenarioSchema } from '../src/domain/sim/scenario-schema.ts';
import { createSimulation } from '../src/domain/sim/simulation.ts';
import type { FleetSnapshot, Simulation } from '../src/domain/sim/simulation-types.ts';
import { readBatchPriceLookup } from '../src/cli/catalog-file.ts';

const maxOutputTokens = readMaxOutputLookup();
const batchPricePer1M = readBatchPriceLookup();
const base = presetParams(findTrainingPreset('batch-fills-the-night')!);
const ops: SimParams = { ...base, ro: 'canary', roAt: 10 * 3600, roSteps: '5-25-50-100', roWin: 900, rg: 'us-east-1,us-east-2,us-west-2', prof: 'us', xr: 50 };
const peer: SimParams = { ...base, bj: false };

function day(p: SimParams): { wallSeconds: number; sim: Simulation<FleetSnapshot> } {
  const built = buildScenarios(p, { maxOutputTokens, batchPricePer1M });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const sim = createSimulation(fleetScenarioSchema.parse(built.scenarios[0])) as Simulation<FleetSnapshot>;
  const t0 = performance.now();
  // Slices of one simulated hour, as the browser worker would run it, with a snapshot after each.
  for (let h = 1; h <= 24; h++) {
    sim.runUntil(h * 3600);
    sim.snapshot();
  }
  return { wallSeconds: (performance.now() - t0) / 1000, sim };
}

const c0 = process.cpuUsage();
const withOps = day(ops);
const cpu = process.cpuUsage(c0);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const plain = day(peer);
const snap = withOps.sim.snapshot();
const s = snap.summary;
const job = snap.batchJobs[0]!;
console.log(
  JSON.stringify({
    wallSeconds: withOps.wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb,
    peerWallSeconds: plain.wallSeconds,
    wallRatioToPeer: withOps.wallSeconds / plain.wallSeconds,
    events: withOps.sim.events,
    peerEvents: plain.sim.events,
    requests: s.arrivals,
    completed: s.completed,
    rollout: snap.rollout && { phase: snap.rollout.phase, marks: snap.rollout.marks.map((m) => `${(m.time / 3600).toFixed(2)} h ${m.kind}`) },
    batch: { done: job.done, records: job.records, status: job.status, completedAtHours: job.completedAt === null ? null : job.completedAt / 3600, price: job.priceNote },
    regions: snap.regions?.map((r) => ({ name: r.name, served: r.completed, spilledIn: r.spilledIn, spilledOut: r.spilledOut, peakServersNow: r.replicasReady, availability: r.availability.uptimePercent })),
    availability: snap.monitoring.availability.uptimePercent,
    alarmsFired: snap.monitoring.alarms.reduce((n, a) => n + a.episodes.length, 0),
    peakReplicas: s.peakReplicas,
    cost: s.cost,
    peerCost: plain.sim.snapshot().summary.cost,
  }),
);
