/** One grid point's run: its scenarios (two for a comparison link) through the engine, to figures. */
import type { Scenario } from '../domain/sim/scenario-schema.ts';
import { createSimulation } from '../domain/sim/simulation.ts';
import { runFigures, type RunFigures } from './sweep-csv.ts';

export type PointJob<S = Scenario> = { id: number; scenarios: S[] };
export type PointReply = { id: number; ok: true; figures: RunFigures[] } | { id: number; ok: false; message: string };

export function runPoint(scenarios: readonly Scenario[]): RunFigures[] {
  return scenarios.map((scenario) => {
    const sim = createSimulation(scenario);
    sim.run();
    return runFigures(sim.snapshot());
  });
}

/** Runs points one after another in this thread (tests, --jobs 1). */
export async function runInline(jobs: readonly PointJob[], onResult: (id: number, figures: RunFigures[]) => void): Promise<void> {
  for (const job of jobs) onResult(job.id, runPoint(job.scenarios));
}
