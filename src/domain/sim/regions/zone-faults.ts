import type { FaultSpec } from '../scenario-schema.ts';

/** A zone going down in one Region's fleet; `regionWide` when it is part of a whole Region's outage. */
export type ZoneFault = { az: number; atSeconds: number; durationSeconds: number | null; regionWide: boolean };

/**
 * The scenario's faults as one Region's fleet sees them: its own zone outages, and a Region outage as
 * every one of its zones failing at the same instant (kept in the scenario's order, so a one-Region
 * run with only zone outages schedules exactly the events it always did).
 */
export function zoneFaults(faults: readonly FaultSpec[], region: number, zones: number): ZoneFault[] {
  const out: ZoneFault[] = [];
  for (const f of faults) {
    if (f.region !== region) continue;
    if (f.kind === 'az-outage') out.push({ az: f.az, atSeconds: f.atSeconds, durationSeconds: f.durationSeconds, regionWide: false });
    else for (let az = 0; az < zones; az++) out.push({ az, atSeconds: f.atSeconds, durationSeconds: f.durationSeconds, regionWide: true });
  }
  return out;
}
