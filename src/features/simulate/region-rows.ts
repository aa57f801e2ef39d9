import { formatDuration } from '../../domain/format/duration.ts';
import type { RegionView } from '../../domain/sim/simulation-types.ts';

/** One line of the per-Region table, as text. */
export type RegionRow = {
  name: string;
  /** "where the clients call", "via the profile", "outside the profile". */
  role: string;
  down: boolean;
  replicas: string;
  routed: string;
  served: string;
  spilledIn: string;
  spilledOut: string;
  throttled: string;
  failed: string;
  p99: string;
  availability: string;
  /** Availability under the SLA's 99.9 % commitment. */
  belowCommitment: boolean;
  roundTrip: string;
};

const count = (n: number): string => n.toLocaleString('en-US');

/** The per-Region table's rows: what each Region served, spilled, refused, and its own SLA availability. */
export function regionRows(regions: readonly RegionView[]): RegionRow[] {
  return regions.map((r) => ({
    name: r.name,
    role: r.source ? 'where the clients call' : r.inProfile ? 'in the profile' : 'outside the profile',
    down: !r.up,
    replicas: r.replicasBooting > 0 ? `${r.replicasReady} + ${r.replicasBooting} starting` : String(r.replicasReady),
    routed: count(r.routed),
    served: count(r.completed),
    spilledIn: count(r.spilledIn),
    spilledOut: count(r.spilledOut),
    throttled: count(r.throttled),
    failed: count(r.failed),
    p99: r.completed > 0 ? `${formatDuration(r.ttftP99)} / ${formatDuration(r.e2eP99)}` : '—',
    availability: `${r.availability.uptimePercent.toFixed(3)} %`,
    belowCommitment: !r.availability.meetsCommitment,
    roundTrip: formatDuration(r.roundTripSeconds),
  }));
}

export const REGION_TABLE_NOTE =
  'Spilled: sent elsewhere because the least-loaded Region of the profile was full (every server’s queue at its bound) or failing. p99s are as the client sees them, the Region’s round trip included (round trips are assumptions). Availability is each Region’s own, as the SLA counts it (per Region, 99.9 % committed); the run is treated as if it were the month.';
