/**
 * Availability as Bedrock's SLA frames it (aws.amazon.com/bedrock/sla, updated 2023-10-04): a Monthly
 * Uptime Percentage per AWS Region, committed at 99.9 %, with service credits of 10 % below 99.9 %,
 * 25 % below 99.0 % and 100 % below 95.0 % of that Region's Bedrock charges for the month.
 *
 * How the SLA computes the uptime percentage from requests is not in our sources. The simulator uses
 * the form AWS's request-based SLAs commonly take — 100 % minus the average, over fixed intervals, of
 * the share of valid requests answered with a server error (5xx) — with the interval as a knob
 * (default 5 minutes, an assumption). Throttled requests (429) are not errors here; intervals with no
 * request count as 0 % error. A run shorter than a month is treated as if it were the month.
 */
export const SLA_COMMITMENT = 99.9;
export const SLA_CREDIT_TIERS: readonly { below: number; credit: number }[] = [
  { below: 95.0, credit: 100 },
  { below: 99.0, credit: 25 },
  { below: 99.9, credit: 10 },
];
export const DEFAULT_SLA_INTERVAL_SECONDS = 300;

/** The service credit (percent of the Region's charges) an uptime percentage earns. */
export function slaCredit(uptimePercent: number): number {
  for (const tier of SLA_CREDIT_TIERS) if (uptimePercent < tier.below) return tier.credit;
  return 0;
}

export type AvailabilityResult = {
  uptimePercent: number;
  /** Service credit the uptime would earn, percent (0, 10, 25 or 100). */
  creditPercent: number;
  meetsCommitment: boolean;
  intervals: number;
  /** Intervals with at least one server error. */
  intervalsWithErrors: number;
  intervalSeconds: number;
};

/** Uptime from per-interval counts of valid requests and server errors. */
export function availabilityFrom(intervals: readonly { valid: number; serverErrors: number }[], intervalSeconds: number): AvailabilityResult {
  let sum = 0;
  let withErrors = 0;
  for (const x of intervals) {
    const rate = x.valid > 0 ? Math.min(1, x.serverErrors / x.valid) : 0;
    sum += rate;
    if (x.serverErrors > 0) withErrors++;
  }
  const uptimePercent = intervals.length > 0 ? 100 * (1 - sum / intervals.length) : 100;
  return { uptimePercent, creditPercent: slaCredit(uptimePercent), meetsCommitment: uptimePercent >= SLA_COMMITMENT, intervals: intervals.length, intervalsWithErrors: withErrors, intervalSeconds };
}

/** Collects valid requests and server errors into SLA intervals as the run's windows close. */
export class AvailabilityBooks {
  private readonly closed: { valid: number; serverErrors: number }[] = [];
  private open = { valid: 0, serverErrors: 0 };
  private openEnd: number;

  constructor(readonly intervalSeconds: number) {
    this.openEnd = intervalSeconds;
  }

  /** A window that ended at `end` had these counts (windows never straddle an interval: the interval is a multiple of them, or the window is longer). */
  add(end: number, valid: number, serverErrors: number): void {
    while (end > this.openEnd + 1e-9) this.rollover();
    this.open.valid += valid;
    this.open.serverErrors += serverErrors;
    if (end >= this.openEnd - 1e-9) this.rollover();
  }

  private rollover(): void {
    this.closed.push(this.open);
    this.open = { valid: 0, serverErrors: 0 };
    this.openEnd += this.intervalSeconds;
  }

  /** Closed intervals, plus the open one if it holds requests (a run ending mid-interval). */
  result(): AvailabilityResult {
    const all = this.open.valid > 0 ? [...this.closed, this.open] : this.closed;
    return availabilityFrom(all, this.intervalSeconds);
  }
}
