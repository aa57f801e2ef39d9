import type { QuotaMeter } from '../../quota/quota-meter.ts';

/**
 * When this simulation is one Region of several (./regional-simulation.ts): its
 * index, the source Region's cross-Region quota meter (the quota binds where the client calls), and
 * what it reports to the profile's books. Its requests come from the profile's router (inject), not
 * from its own workload.
 */
export type RegionHooks = {
  region: number;
  crossRegionQuota: QuotaMeter | null;
  completed(t: number, arrival: number, firstToken: number, output: number): void;
  left(t: number, arrival: number): void;
  queueWait(tier: number, seconds: number): void;
  window(end: number, read: (channel: string) => number, seconds: number): void;
};
