import { FleetSimulation } from './fleet-simulation.ts';
import { fleetScenarioSchema, mmcScenarioSchema, type FleetScenarioInput, type MmcScenario } from './scenario-schema.ts';

/** Builds and runs a fleet scenario (test helper). */
export function runFleet(input: Omit<FleetScenarioInput, 'kind'>): FleetSimulation {
  const sim = new FleetSimulation(fleetScenarioSchema.parse({ kind: 'fleet', ...input }));
  sim.run();
  return sim;
}

/** A short, stable fingerprint (FNV-1a over JSON) to compare runs. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** An M/M/c scenario (test helper). */
export function mmcPreset(servers: number, arrivalRate: number, serviceRate: number, customers: number, seed = 1): MmcScenario {
  return mmcScenarioSchema.parse({ kind: 'mmc', servers, arrivalRate, serviceRate, customers, seed });
}
