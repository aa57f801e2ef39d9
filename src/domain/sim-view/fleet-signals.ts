import type { LiveRun } from './frame-stream.ts';

/** One service-tier lane at the gateway: requests of that tier waiting at the servers now. */
export type LaneView = { tier: 'reserved' | 'priority' | 'standard' | 'flex'; label: string; short: string; waiting: number };

const LANES: readonly Omit<LaneView, 'waiting'>[] = [
  { tier: 'reserved', label: 'Reserved', short: 'R' },
  { tier: 'priority', label: 'Priority', short: 'P' },
  { tier: 'standard', label: 'Standard', short: 'S' },
  { tier: 'flex', label: 'Flex', short: 'F' },
];

/**
 * The tier lanes, in the order every server serves them (Reserved, Priority, Standard, Flex), with
 * the requests of each waiting across the fleet (the engine's waitingByTier). Null for M/M/c.
 */
export function tierLanes(s: LiveRun): LaneView[] | null {
  if (s.kind !== 'fleet') return null;
  const totals = [0, 0, 0, 0];
  for (const r of s.replicas) for (let i = 0; i < 4; i++) totals[i]! += r.waitingByTier[i] ?? 0;
  return LANES.map((l, i) => ({ ...l, waiting: totals[i]! }));
}

/**
 * How the fleet picture tells refusals apart: 429s where the gateway's quota refuses (red circle),
 * 503s where the servers' queues are full (orange square), 408s where a request waited past its time
 * (purple diamond), and the client's own timeouts. Counts are attempts so far, retries included.
 */
export type RefusalBadge = { key: '429' | '503' | '408' | 'client'; label: string; shape: 'circle' | 'square' | 'diamond' | 'ring'; color: string; count: number; at: 'gateway' | 'servers' };

export function refusalBadges(s: LiveRun): RefusalBadge[] {
  if (s.kind !== 'fleet') return [];
  const e = s.summary.errors;
  return [
    { key: '429', label: '429 throttled', shape: 'circle', color: 'var(--danger)', count: (e.ThrottlingException ?? 0) + (e.ModelNotReadyException ?? 0), at: 'gateway' },
    { key: '503', label: '503 unavailable', shape: 'square', color: 'var(--chart-3)', count: e.ServiceUnavailableException ?? 0, at: 'servers' },
    { key: '408', label: '408 model timeout', shape: 'diamond', color: 'var(--chart-2)', count: e.ModelTimeoutException ?? 0, at: 'servers' },
    { key: 'client', label: 'client timeout', shape: 'ring', color: 'var(--chart-4)', count: e.TimeoutError ?? 0, at: 'servers' },
  ];
}
