import { FleetSimulation } from './fleet-simulation.ts';
import { MmcSimulation } from './mmc-simulation.ts';
import { RegionalSimulation } from './regions/regional-simulation.ts';
import { parseScenario, type Scenario } from './scenario-schema.ts';
import type { Simulation } from './simulation-types.ts';

/** Builds the simulation for a validated scenario (throws RangeError for impossible set-ups). */
export function createSimulation(scenario: Scenario): Simulation {
  if (scenario.kind === 'mmc') return new MmcSimulation(scenario);
  // One Region runs exactly as it always did; several run as one FleetSimulation per Region.
  return scenario.regions.names.length > 1 ? new RegionalSimulation(scenario) : new FleetSimulation(scenario);
}

export type CreateResult = { ok: true; simulation: Simulation } | { ok: false; errors: string[] };

/** Validates unknown input and builds the simulation; never throws (for workers and the CLI). */
export function tryCreateSimulation(input: unknown): CreateResult {
  const parsed = parseScenario(input);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, simulation: createSimulation(parsed.scenario) };
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
}
