import { JS_V3_ADAPTIVE as K } from './constants.ts';

/**
 * Adaptive retry mode's client-side rate limiter (AWS SDK for JavaScript v3 DefaultRateLimiter),
 * driven by simulated time in seconds instead of Date.now(). Off until the first throttling
 * response; then every send needs a token from a bucket whose fill rate drops to 0.7× the measured
 * send rate on each throttle and grows back along a cubic curve, capped at 2× the measured rate.
 *
 * The SDK's waiters sleep and re-check, so they are served one after another at the fill rate; here
 * a send is granted at the time its token will exist, computed when it asks (with the rate then).
 */
export class AdaptiveRateLimiter {
  private enabled = false;
  private availableTokens = 0;
  private lastMaxRate = 0;
  private measuredTxRate = 0;
  private requestCount = 0;
  private fillRate: number = K.minFillRate;
  private maxCapacity: number = K.minCapacity;
  private lastThrottleTime: number;
  private lastTimestamp = 0;
  private hasTimestamp = false;
  private lastTxRateBucket: number;
  private timeWindow = 0;

  constructor(start = 0) {
    this.lastThrottleTime = start;
    this.lastTxRateBucket = Math.floor(start);
  }

  get isEnabled(): boolean {
    return this.enabled;
  }
  /** Sends per second the limiter currently allows (meaningful once enabled). */
  get rate(): number {
    return this.fillRate;
  }
  get measuredRate(): number {
    return this.measuredTxRate;
  }

  /** Asks to send at `now`; returns the time the send may go (now, or later while limited). */
  acquire(now: number): number {
    if (!this.enabled) return now;
    this.refill(now);
    this.availableTokens -= 1;
    if (this.availableTokens >= 0) return now;
    return now + -this.availableTokens / this.fillRate;
  }

  /** A response arrived at `now` (throttled or not): updates the measured rate and the allowed rate. */
  update(now: number, throttled: boolean): void {
    this.updateMeasuredRate(now);
    let calculated: number;
    if (throttled) {
      const rateToUse = !this.enabled ? this.measuredTxRate : Math.min(this.measuredTxRate, this.fillRate);
      this.lastMaxRate = rateToUse;
      this.calculateTimeWindow();
      this.lastThrottleTime = now;
      calculated = precise(rateToUse * K.beta);
      this.enabled = true;
    } else {
      this.calculateTimeWindow();
      calculated = precise(K.scaleConstant * Math.pow(now - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
    }
    const newRate = Math.min(calculated, K.maxRateAdjustScale * this.measuredTxRate);
    this.refill(now);
    this.fillRate = Math.max(newRate, K.minFillRate);
    this.maxCapacity = Math.max(newRate, K.minCapacity);
    this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
  }

  private refill(now: number): void {
    if (!this.hasTimestamp) {
      this.hasTimestamp = true;
      this.lastTimestamp = now;
      return;
    }
    if (now <= this.lastTimestamp) return;
    this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + (now - this.lastTimestamp) * this.fillRate);
    this.lastTimestamp = now;
  }

  private calculateTimeWindow(): void {
    this.timeWindow = precise(Math.pow((this.lastMaxRate * (1 - K.beta)) / K.scaleConstant, 1 / 3));
  }

  private updateMeasuredRate(now: number): void {
    const bucket = Math.floor(now / K.rateBucketSeconds) * K.rateBucketSeconds;
    this.requestCount++;
    if (bucket > this.lastTxRateBucket) {
      const current = this.requestCount / (bucket - this.lastTxRateBucket);
      this.measuredTxRate = precise(current * K.smooth + this.measuredTxRate * (1 - K.smooth));
      this.requestCount = 0;
      this.lastTxRateBucket = bucket;
    }
  }
}

/** The SDK rounds every rate to 8 decimals (getPrecise). */
function precise(x: number): number {
  return parseFloat(x.toFixed(8));
}
