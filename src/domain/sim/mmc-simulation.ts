import { EventHeap } from './event-heap.ts';
import { FloatQueue } from './float-queue.ts';
import { Prng } from './prng.ts';
import { QuantileSketch } from './quantile-sketch.ts';
import type { MmcSnapshot, Simulation } from './simulation-types.ts';
import { TimeSeries } from './time-series.ts';

export type MmcParams = {
  servers: number;
  arrivalRate: number;
  serviceRate: number;
  customers: number;
  seed: number;
  /** Share of the first customers left out of the statistics (start-up transient). */
  warmupFraction: number;
  /** Time-series bucket width in seconds; 0 picks about 500 buckets for the run. */
  resolution: number;
};

const ARRIVAL = 0;
const DEPARTURE = 1;
export const MMC_CHANNELS = ['arrivals', 'completions', 'queueLength', 'busyServers', 'inSystem'] as const;

/**
 * The validation model: c servers, FIFO queue, Poisson arrivals at λ, exponential service at μ,
 * no batching. Two events per customer (arrival, departure) on the same event core as the fleet.
 */
export class MmcSimulation implements Simulation<MmcSnapshot> {
  readonly kind = 'mmc' as const;
  private heap = new EventHeap(256);
  private queue = new FloatQueue(1024);
  private rng: Prng;
  private waits = new QuantileSketch();
  /** Sum of response times: only the mean is needed, so no second sketch on the hot path. */
  private responseSum = 0;
  private series: TimeSeries;
  private readonly warmup: number;
  private busy = 0;
  private arrived = 0;
  private started = 0;
  private departed = 0;
  private waitedCount = 0;
  private clock = 0;
  private eventCount = 0;
  private measureStart = NaN;
  private areaInSystem = 0;
  private areaBusy = 0;
  private arrivalsMeasured = 0;
  // Per-bucket accumulators for the time series.
  private bucketEnd: number;
  private bucketArrivals = 0;
  private bucketCompletions = 0;
  private bucketAreaQueue = 0;
  private bucketAreaBusy = 0;
  private lastT = 0;
  private readonly row = new Float64Array(MMC_CHANNELS.length);

  constructor(readonly params: MmcParams) {
    const { servers, arrivalRate, serviceRate, customers } = params;
    if (!Number.isInteger(servers) || servers < 1) throw new RangeError('servers must be an integer ≥ 1');
    if (!(arrivalRate > 0) || !(serviceRate > 0)) throw new RangeError('rates must be > 0');
    if (!Number.isInteger(customers) || customers < 1) throw new RangeError('customers must be an integer ≥ 1');
    this.rng = new Prng(params.seed);
    this.warmup = Math.floor(customers * params.warmupFraction);
    const resolution = params.resolution > 0 ? params.resolution : customers / arrivalRate / 500;
    this.series = new TimeSeries(MMC_CHANNELS, resolution, 1000);
    this.bucketEnd = resolution;
    if (this.warmup === 0) this.measureStart = 0;
    this.heap.push(this.rng.exponential(arrivalRate), ARRIVAL, 0);
  }

  get now(): number {
    return this.clock;
  }
  get endTime(): number {
    return this.done ? this.clock : Infinity;
  }
  get done(): boolean {
    return this.heap.size === 0;
  }
  get events(): number {
    return this.eventCount;
  }

  runUntil(time: number): void {
    while (this.heap.size > 0 && this.heap.peekTime() <= time) this.process(65536, time);
    if (this.heap.size > 0 && time > this.clock) {
      this.advance(time);
      // Like the fleet model, the clock reaches the target even when no event falls on it.
      this.clock = time;
    }
  }

  run(): void {
    while (this.heap.size > 0) this.step(1 << 20);
  }

  step(maxEvents: number): number {
    return this.process(maxEvents, Infinity);
  }

  private process(maxEvents: number, until: number): number {
    const heap = this.heap;
    const rng = this.rng;
    const { servers, arrivalRate, customers } = this.params;
    let n = 0;
    while (n < maxEvents && heap.size > 0) {
      const t = heap.peekTime();
      if (t > until) break;
      if (t > this.bucketEnd) this.advance(t);
      heap.pop();
      n++;
      // Integrate the state over the interval that ends at this event.
      const dt = t - this.lastT;
      const inSystem = this.busy + this.queue.size;
      if (this.measureStart === this.measureStart) {
        this.areaInSystem += inSystem * dt;
        this.areaBusy += this.busy * dt;
      }
      this.bucketAreaQueue += this.queue.size * dt;
      this.bucketAreaBusy += this.busy * dt;
      this.lastT = t;
      this.clock = t;
      if (heap.kind === ARRIVAL) {
        this.arrived++;
        this.bucketArrivals++;
        if (this.arrived === this.warmup + 1 && this.warmup > 0) this.measureStart = t;
        if (this.arrived > this.warmup) this.arrivalsMeasured++;
        if (this.arrived < customers) heap.push(t + rng.exponential(arrivalRate), ARRIVAL, 0);
        if (this.busy < servers) {
          this.busy++;
          this.startService(t, 0);
        } else {
          this.queue.push(t);
        }
      } else {
        this.departed++;
        this.bucketCompletions++;
        if (this.queue.size > 0) this.startService(t, t - this.queue.shift());
        else this.busy--;
      }
    }
    this.eventCount += n;
    if (heap.size === 0) this.advance(this.clock);
    return n;
  }

  private startService(t: number, wait: number): void {
    const service = this.rng.exponential(this.params.serviceRate);
    this.heap.push(t + service, DEPARTURE, 0);
    if (this.started++ >= this.warmup) {
      if (wait > 0) this.waitedCount++;
      this.waits.add(wait);
      this.responseSum += wait + service;
    }
  }

  /** Closes the time-series buckets that end before `t` (state is constant between events). */
  private advance(t: number): void {
    const res = this.series.baseResolution;
    while (this.bucketEnd < t || (this.heap.size === 0 && this.bucketEnd - res < t)) {
      const dt = this.bucketEnd - this.lastT;
      this.bucketAreaQueue += this.queue.size * dt;
      this.bucketAreaBusy += this.busy * dt;
      if (this.measureStart === this.measureStart) {
        this.areaInSystem += (this.busy + this.queue.size) * dt;
        this.areaBusy += this.busy * dt;
      }
      this.lastT = this.bucketEnd;
      const row = this.row;
      row[0] = this.bucketArrivals / res;
      row[1] = this.bucketCompletions / res;
      row[2] = this.bucketAreaQueue / res;
      row[3] = this.bucketAreaBusy / res;
      row[4] = row[2] + row[3];
      this.series.push(row);
      this.bucketArrivals = 0;
      this.bucketCompletions = 0;
      this.bucketAreaQueue = 0;
      this.bucketAreaBusy = 0;
      this.bucketEnd += res;
      if (this.heap.size === 0) break;
    }
  }

  snapshot(): MmcSnapshot {
    const p = this.params;
    const measured = this.waits.count;
    const span = this.lastT - (this.measureStart === this.measureStart ? this.measureStart : this.lastT);
    const lambdaHat = span > 0 ? this.arrivalsMeasured / span : NaN;
    const summary = {
      servers: p.servers,
      arrivalRate: p.arrivalRate,
      serviceRate: p.serviceRate,
      customers: this.departed,
      measured,
      waitProbability: measured > 0 ? this.waitedCount / measured : NaN,
      meanWait: this.waits.mean,
      meanResponse: measured > 0 ? this.responseSum / measured : NaN,
      p50Wait: this.waits.quantile(0.5),
      p95Wait: this.waits.quantile(0.95),
      p99Wait: this.waits.quantile(0.99),
      utilization: span > 0 ? this.areaBusy / (span * p.servers) : NaN,
      meanInSystem: span > 0 ? this.areaInSystem / span : NaN,
      littleLambdaW: lambdaHat * (measured > 0 ? this.responseSum / measured : NaN),
      queueLength: this.queue.size,
      busyServers: this.busy,
    };
    return deepFreeze({ kind: 'mmc', time: this.clock, events: this.eventCount, done: this.done, series: this.series.snapshot(), summary });
  }
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
