import { QuantileSketch } from '../quantile-sketch.ts';
import type { FleetSummary } from '../simulation-types.ts';
import { TimeSeries } from '../time-series.ts';
import type { ContinuousBatching } from './batching.ts';
import type { ReplicaFleet } from './replica-fleet.ts';

export const AZ_NAMES = ['a', 'b', 'c', 'd', 'e', 'f'];

const BASE_CHANNELS = [
  'arrivals',
  'attempts',
  'admitted',
  'throttled',
  'completed',
  'failed',
  'queueLength',
  'inFlight',
  'inSystem',
  'replicasBooting',
  'replicasReady',
  'gpuUtilization',
  'outputTokensPerSecond',
  'costPerHour',
  'meanTtft',
] as const;

export type SloConfig = { ttftSeconds: number; tpotSeconds: number };

/**
 * Everything the run reports: request counters, latency sketches, Little's-law integrals, and the
 * per-window time series (one row per window, closed as simulated time passes a window's end).
 * Reads the fleet's and the batcher's running integrals and differences them per window.
 */
export class FleetMetrics {
  arrivals = 0;
  attempts = 0;
  admitted = 0;
  throttledAttempts = 0;
  throttledFinal = 0;
  failedFinal = 0;
  completed = 0;
  retries = 0;
  redispatched = 0;
  backgroundCompleted = 0;
  inputTokens = 0;
  outputTokens = 0;
  sloMet = 0;
  scaleOuts = 0;
  scaleIns = 0;
  /** Our requests in the system now, and the Little's-law books. */
  inSystem = 0;
  private finishedCount = 0;
  private sojournSum = 0;
  private areaInSystem = 0;
  private lastT = 0;
  readonly ttft = new QuantileSketch();
  readonly tpot = new QuantileSketch();
  readonly e2e = new QuantileSketch();

  readonly series: TimeSeries;
  private readonly row: Float64Array;
  private readonly zones: number;
  /** End of the open window, seconds. */
  windowEnd: number;
  private wArrivals = 0;
  private wAttempts = 0;
  private wAdmitted = 0;
  private wThrottled = 0;
  private wCompleted = 0;
  private wFailed = 0;
  private wTtftSum = 0;
  private lastReadyArea = 0;
  private lastOccupancyArea = 0;
  private lastGenerated = 0;

  constructor(
    resolutionSeconds: number,
    zones: number,
    private readonly slo: SloConfig,
    private readonly fleet: ReplicaFleet,
    private readonly batching: ContinuousBatching,
    private readonly gpuPricePerSecond: number,
  ) {
    this.zones = zones;
    const azs = Array.from({ length: zones }, (_, i) => AZ_NAMES[i]!);
    const channels = [...BASE_CHANNELS, ...azs.map((a) => `readyAz${a}`), ...azs.map((a) => `bootingAz${a}`)];
    this.series = new TimeSeries(channels, resolutionSeconds, 1440);
    this.row = new Float64Array(channels.length);
    this.windowEnd = resolutionSeconds;
  }

  /** Advances the time-in-system integral to `t` (called before every event). */
  integrate(t: number): void {
    this.areaInSystem += this.inSystem * (t - this.lastT);
    this.lastT = t;
  }

  onArrival(): void {
    this.arrivals++;
    this.wArrivals++;
    this.inSystem++;
  }

  onAttempt(): void {
    this.attempts++;
    this.wAttempts++;
  }

  onThrottled(): void {
    this.throttledAttempts++;
    this.wThrottled++;
  }

  onAdmitted(): void {
    this.admitted++;
    this.wAdmitted++;
  }

  /** Our request gave up: after 429s (throttled) or other failures. */
  onGaveUp(throttled: boolean): void {
    if (throttled) this.throttledFinal++;
    else {
      this.failedFinal++;
      this.wFailed++;
    }
  }

  /** Our request left the system at `t` having arrived at `arrival`. */
  onLeave(t: number, arrival: number): void {
    this.inSystem--;
    this.finishedCount++;
    this.sojournSum += t - arrival;
  }

  onCompleted(t: number, arrival: number, firstToken: number, input: number, output: number): void {
    const ttft = firstToken - arrival;
    this.ttft.add(ttft);
    this.e2e.add(t - arrival);
    let met = ttft <= this.slo.ttftSeconds;
    if (output > 1) {
      const tpot = (t - firstToken) / (output - 1);
      this.tpot.add(tpot);
      met = met && tpot <= this.slo.tpotSeconds;
    }
    if (met) this.sloMet++;
    this.completed++;
    this.wCompleted++;
    this.wTtftSum += ttft;
    this.inputTokens += input;
    this.outputTokens += output;
  }

  /** Closes every window that ends at or before `t`. */
  closeWindows(t: number): void {
    const res = this.series.baseResolution;
    const fleet = this.fleet;
    while (t >= this.windowEnd) {
      const end = this.windowEnd;
      this.integrate(end);
      fleet.accrue(end);
      let waiting = 0;
      let running = 0;
      let booting = 0;
      const row = this.row;
      const base = BASE_CHANNELS.length;
      for (let i = 0; i < 2 * this.zones; i++) row[base + i] = 0;
      for (const r of fleet.replicas) {
        if (r.state === 'retired') continue;
        if (r.state === 'booting' || r.state === 'loading') {
          booting++;
          row[base + this.zones + r.az]!++;
        }
        if (r.state === 'ready') row[base + r.az]!++;
        waiting += r.waiting.size;
        running += r.running;
      }
      const readyArea = fleet.readyArea - this.lastReadyArea;
      const occupancyArea = this.batching.occupancyArea - this.lastOccupancyArea;
      const tokens = this.batching.generatedTokens - this.lastGenerated;
      row[0] = this.wArrivals / res;
      row[1] = this.wAttempts / res;
      row[2] = this.wAdmitted / res;
      row[3] = this.wThrottled / res;
      row[4] = this.wCompleted / res;
      row[5] = this.wFailed / res;
      row[6] = waiting;
      row[7] = running;
      row[8] = this.inSystem;
      row[9] = booting;
      row[10] = fleet.readyCount;
      row[11] = readyArea > 0 ? Math.min(1, occupancyArea / readyArea) : 0;
      row[12] = tokens / res;
      row[13] = fleet.billableCount * this.gpuPricePerSecond * 3600;
      row[14] = this.wCompleted > 0 ? this.wTtftSum / this.wCompleted : NaN;
      this.series.push(row);
      this.wArrivals = this.wAttempts = this.wAdmitted = this.wThrottled = this.wCompleted = this.wFailed = 0;
      this.wTtftSum = 0;
      this.lastReadyArea = fleet.readyArea;
      this.lastOccupancyArea = this.batching.occupancyArea;
      this.lastGenerated = this.batching.generatedTokens;
      this.windowEnd += res;
    }
  }

  /** Read-only: extrapolates the running integrals to `now` without advancing them. */
  summary(now: number): FleetSummary {
    const T = now;
    const fleet = this.fleet;
    const billableArea = fleet.billableAreaAt(T);
    const readyArea = fleet.readyAreaAt(T);
    const areaInSystem = this.areaInSystem + this.inSystem * Math.max(0, T - this.lastT);
    const cost = billableArea * this.gpuPricePerSecond;
    const tokens = this.inputTokens + this.outputTokens;
    const meanSojourn = this.finishedCount > 0 ? this.sojournSum / this.finishedCount : NaN;
    return {
      arrivals: this.arrivals,
      completed: this.completed,
      throttled: this.throttledFinal,
      failed: this.failedFinal,
      inSystem: this.inSystem,
      attempts: this.attempts,
      throttledAttempts: this.throttledAttempts,
      retries: this.retries,
      redispatched: this.redispatched,
      backgroundCompleted: this.backgroundCompleted,
      throttleRate: this.arrivals > 0 ? this.throttledFinal / this.arrivals : 0,
      ttft: this.ttft.summary(),
      tpot: this.tpot.summary(),
      e2e: this.e2e.summary(),
      sloAttainment: this.completed > 0 ? this.sloMet / this.completed : NaN,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      cost,
      costPerMillionTokens: tokens > 0 ? cost / (tokens / 1e6) : NaN,
      meanReplicas: T > 0 ? billableArea / T : fleet.billableCount,
      peakReplicas: fleet.peakBillable,
      meanUtilization: readyArea > 0 ? this.batching.occupancyArea / readyArea : 0,
      outputTokensPerSecond: T > 0 ? this.batching.generatedTokens / T : 0,
      meanInSystem: T > 0 ? areaInSystem / T : 0,
      littleLambdaW: T > 0 ? (this.arrivals / T) * meanSojourn : 0,
      meanDecoding: T > 0 ? this.batching.decodeArea / T : 0,
      scaleOuts: this.scaleOuts,
      scaleIns: this.scaleIns,
    };
  }
}
