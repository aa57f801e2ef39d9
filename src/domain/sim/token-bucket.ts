/**
 * A tokens-per-minute quota as a token bucket: it refills continuously at quota/60 per second up
 * to one minute's worth, and a request is admitted only if its whole token cost is available.
 */
export class TokenBucket {
  private level: number;
  private last = 0;
  readonly capacity: number;
  readonly ratePerSecond: number;

  constructor(tokensPerMinute: number, startFull = true) {
    this.capacity = tokensPerMinute;
    this.ratePerSecond = tokensPerMinute / 60;
    this.level = startFull ? tokensPerMinute : 0;
  }

  /** Takes `cost` tokens at time `now` if available; returns whether the request is admitted. */
  tryTake(now: number, cost: number): boolean {
    this.refill(now);
    if (this.level >= cost) {
      this.level -= cost;
      return true;
    }
    return false;
  }

  available(now: number): number {
    this.refill(now);
    return this.level;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.level = Math.min(this.capacity, this.level + (now - this.last) * this.ratePerSecond);
      this.last = now;
    }
  }
}
