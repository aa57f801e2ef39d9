/**
 * The quota as a meter at the gateway: a request is admitted only if every bucket can cover its
 * reservation (tokens per minute, tokens per day, and — only as a historical knob — requests per
 * minute); when it ends the reservation is settled to what it used. Pure and clock-driven: the
 * caller passes simulated time in seconds.
 *
 * Each bucket refills continuously (a minute's worth per minute, a day's worth per day) up to its
 * capacity — the usual token-bucket reading of a per-minute quota. How AWS meters the window
 * exactly is not documented; the daily bucket is metered the same way (assumption).
 */
export class RefillingBucket {
  private level: number;
  private last = 0;
  readonly ratePerSecond: number;

  constructor(
    readonly capacity: number,
    readonly periodSeconds: number,
    startFull = true,
  ) {
    this.ratePerSecond = capacity / periodSeconds;
    this.level = startFull ? capacity : 0;
  }

  available(now: number): number {
    this.refill(now);
    return this.level;
  }

  /** Takes `n` if available; returns whether it did. */
  tryTake(now: number, n: number): boolean {
    this.refill(now);
    if (this.level < n) return false;
    this.level -= n;
    return true;
  }

  /**
   * Adjusts the level by `delta` (positive: hand back, capped at capacity; negative: take more, which
   * may overdraw the bucket so that later requests wait for the refill).
   */
  adjust(now: number, delta: number): void {
    this.refill(now);
    this.level = Math.min(this.capacity, this.level + delta);
  }

  private refill(now: number): void {
    if (now > this.last) {
      const next = this.level + (now - this.last) * this.ratePerSecond;
      this.level = next < this.capacity ? next : this.capacity;
      this.last = now;
    }
  }
}

export type QuotaLimits = {
  /** Tokens per minute; null = no quota. */
  tokensPerMinute: number | null;
  /** Tokens per day; null = none (AWS's default is the per-minute quota × 1,440, which never binds alone). */
  tokensPerDay: number | null;
  /** Requests per minute: removed in 2026 per AWS docs; null (the default) = not enforced. */
  requestsPerMinute: number | null;
};

/** Why the meter refused a request (all three answer ThrottlingException, HTTP 429). */
export type QuotaRefusal = 'tokens-per-minute' | 'tokens-per-day' | 'requests-per-minute';

export class QuotaMeter {
  private readonly tpm: RefillingBucket | null;
  private readonly tpd: RefillingBucket | null;
  private readonly rpm: RefillingBucket | null;
  /** Reservations made and not yet settled, tokens. */
  outstanding = 0;
  /** Running totals, tokens: every reservation made, and every settlement. */
  reservedTotal = 0;
  settledTotal = 0;

  constructor(readonly limits: QuotaLimits) {
    this.tpm = limits.tokensPerMinute === null ? null : new RefillingBucket(limits.tokensPerMinute, 60);
    this.tpd = limits.tokensPerDay === null ? null : new RefillingBucket(limits.tokensPerDay, 86_400);
    this.rpm = limits.requestsPerMinute === null ? null : new RefillingBucket(limits.requestsPerMinute, 60);
  }

  get unlimited(): boolean {
    return this.tpm === null && this.tpd === null && this.rpm === null;
  }

  /** Reserves `tokens` at `now`, or returns which limit refused (nothing is taken then). */
  reserve(now: number, tokens: number): QuotaRefusal | null {
    if (this.tpm !== null && this.tpm.available(now) < tokens) return 'tokens-per-minute';
    if (this.tpd !== null && this.tpd.available(now) < tokens) return 'tokens-per-day';
    if (this.rpm !== null && this.rpm.available(now) < 1) return 'requests-per-minute';
    this.tpm?.tryTake(now, tokens);
    this.tpd?.tryTake(now, tokens);
    this.rpm?.tryTake(now, 1);
    this.outstanding += tokens;
    this.reservedTotal += tokens;
    return null;
  }

  /** Ends a reservation: the buckets get back `reserved − settled` (or lose the difference). */
  settle(now: number, reserved: number, settled: number): void {
    const delta = reserved - settled;
    this.tpm?.adjust(now, delta);
    this.tpd?.adjust(now, delta);
    this.outstanding -= reserved;
    this.settledTotal += settled;
  }

  /** Tokens the per-minute bucket holds now (Infinity without a quota). */
  availablePerMinute(now: number): number {
    return this.tpm === null ? Infinity : this.tpm.available(now);
  }
}
