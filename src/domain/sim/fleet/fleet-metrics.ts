import type { QuotaRefusal } from '../../quota/quota-meter.ts';
import { SIMULATED_ERRORS, type SimulatedError } from '../../retry/bedrock-errors.ts';
import { QuantileSketch, type QuantileSummary } from '../quantile-sketch.ts';
import { TIER_NAMES, type TierName } from '../request-store.ts';
import type { FleetEvent, FleetEventKind, FleetSummary } from '../simulation-types.ts';
import { TimeSeries } from '../time-series.ts';
import { WindowQuantiles } from '../window-quantiles.ts';
import type { ContinuousBatching } from './batching.ts';
import type { ReplicaFleet } from './replica-fleet.ts';

export const AZ_NAMES = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Per-window series. Rates are per second; levels are at the window's end; percentiles are of the window's requests. */
export const FLEET_CHANNELS = [
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
  /** Share of the ready servers' token capacity in use (0–1): what the autoscaler acts on. Same as `utilization`. */
  'gpuUtilization',
  'utilization',
  /** The old measure: batch slots or KV reserved, whichever is fuller (0–1). */
  'batchOccupancy',
  'outputTokensPerSecond',
  'costPerHour',
  'meanTtft',
  'ttftP50',
  'ttftP95',
  'ttftP99',
  'tpotP50',
  'tpotP95',
  'tpotP99',
  'e2eP50',
  'e2eP95',
  'e2eP99',
  /** Completed requests per second that met the latency objective. */
  'goodput',
  'retries',
  'errThrottling',
  'errNotReady',
  'errUnavailable',
  'errInternal',
  'errModelTimeout',
  'errClientTimeout',
  /** Quota tokens reserved and settled, per minute; outstanding reservations and the bucket's level at the window's end. */
  'quotaReserved',
  'quotaSettled',
  'quotaOutstanding',
  'quotaAvailable',
  'quotaLimit',
  'waitingReserved',
  'waitingPriority',
  'waitingStandard',
  'waitingFlex',
  'preemptions',
  /** KV cache in use across ready servers (0–1) at the window's end. */
  'kvUsedShare',
  /** Model-update rollout: ready servers of the new version, and the share of requests sent to it, at the window's end. */
  'readyNewVersion',
  'newVersionShare',
  /** Batch jobs: records finished per second, their tokens per second, and records held by servers at the window's end. */
  'batchRecordsPerSecond',
  'batchTokensPerSecond',
  'batchInFlight',
  /** For the CloudWatch-shaped metrics: p90s, and our completed requests' input and output tokens per second. */
  'ttftP90',
  'e2eP90',
  'ownInputTokensPerSecond',
  'ownOutputTokensPerSecond',
] as const;

const ERROR_CHANNEL: Readonly<Record<SimulatedError, string>> = {
  ThrottlingException: 'errThrottling',
  ModelNotReadyException: 'errNotReady',
  ServiceUnavailableException: 'errUnavailable',
  InternalServerException: 'errInternal',
  ModelTimeoutException: 'errModelTimeout',
  TimeoutError: 'errClientTimeout',
};

export type SloConfig = { ttftSeconds: number; tpotSeconds: number };

/** What the metrics read from the gateway's quota meter at a window's end. */
export type QuotaProbe = { limit: number | null; available(t: number): number; outstanding(): number };

const MAX_EVENTS = 1000;

function zeroErrors(): Record<SimulatedError, number> {
  const out = {} as Record<SimulatedError, number>;
  for (const e of SIMULATED_ERRORS) out[e] = 0;
  return out;
}

/**
 * Everything the run reports: request counters (failures by exception name), latency sketches,
 * Little's-law integrals, per-window series with per-window percentiles, and the event log.
 * Reads the fleet's and the batcher's running integrals and differences them per window.
 */
export class FleetMetrics {
  arrivals = 0;
  attempts = 0;
  admitted = 0;
  completed = 0;
  retries = 0;
  redispatched = 0;
  backgroundCompleted = 0;
  backgroundFailed = 0;
  backgroundTokens = 0;
  batchRecords = 0;
  batchTokens = 0;
  inputTokens = 0;
  outputTokens = 0;
  sloMet = 0;
  scaleOuts = 0;
  scaleIns = 0;
  reservedOverflow = 0;
  retryQuotaExhausted = 0;
  clientTimeouts = 0;
  orphaned = 0;
  clientDelaySeconds = 0;
  reservedTokens = 0;
  settledTokens = 0;
  readonly refusals: Record<QuotaRefusal, number> = { 'tokens-per-minute': 0, 'tokens-per-day': 0, 'requests-per-minute': 0 };
  /** Answers per exception, every attempt; and requests that ended with each (after the SDK gave up). */
  readonly errors = zeroErrors();
  readonly failures = zeroErrors();
  /** Our requests in the system now, and the Little's-law books. */
  inSystem = 0;
  private finishedCount = 0;
  private sojournSum = 0;
  private areaInSystem = 0;
  private lastT = 0;
  readonly ttft = new QuantileSketch();
  readonly tpot = new QuantileSketch();
  readonly e2e = new QuantileSketch();
  /**
   * False in a Region of several: the run's latency sketches above and the queue waits by tier stay empty,
   * because the profile keeps the run's (as the client sees it, round trips included: regions/profile-books.ts)
   * and nothing reads a Region's; its windows' percentiles are still kept (its alarms read them).
   */
  runSketches = true;
  /** Time from joining a server's queue to entering its batch, by tier. */
  readonly waitByTier = TIER_NAMES.map(() => new WindowQuantiles());
  readonly eventLog: FleetEvent[] = [];
  eventsDropped = 0;

  readonly series: TimeSeries;
  private readonly channel: Record<string, number>;
  private readonly row: Float64Array;
  private readonly zones: number;
  private readonly base = FLEET_CHANNELS.length;
  /** End of the open window, seconds. */
  windowEnd: number;
  private readonly w = {
    arrivals: 0,
    attempts: 0,
    admitted: 0,
    completed: 0,
    failed: 0,
    ttftSum: 0,
    goodput: 0,
    retries: 0,
    reserved: 0,
    settled: 0,
    throttled: 0,
    shed: 0,
    batchDone: 0,
    batchTokens: 0,
    inputTokens: 0,
    outputTokens: 0,
  };
  private readonly wErrors = zeroErrors();
  private readonly wTtft = new WindowQuantiles();
  private readonly wTpot = new WindowQuantiles();
  private readonly wE2e = new WindowQuantiles();
  private lastReadyArea = 0;
  private lastOccupancyArea = 0;
  private lastProcessed = 0;
  private lastGenerated = 0;
  private lastPreemptions = 0;
  private throttlingSince = NaN;
  private throttledInBurst = 0;
  private sheddingSince = NaN;
  private shedInBurst = 0;
  private lastThrottled = 0;
  private lastShed = 0;
  quota: QuotaProbe | null = null;
  /** The share of requests the rollout sends to the new version (null = no rollout). */
  rolloutShare: (() => number) | null = null;
  /** Batch records held by servers now (null = no batch jobs). */
  batchInFlight: (() => number) | null = null;
  /** Called with each closed base window (its end, a reader of its channels, its length). */
  onWindowClosed: ((end: number, read: (channel: string) => number, seconds: number) => void) | null = null;

  constructor(
    resolutionSeconds: number,
    zones: number,
    private readonly slo: SloConfig,
    private readonly fleet: ReplicaFleet,
    private readonly batching: ContinuousBatching,
    private readonly gpuPricePerSecond: number,
    /** One ready server's token capacity (input + output tokens per second at saturation). */
    readonly tokenCapacityPerReplica: number,
    private readonly kvCapacity: number,
  ) {
    this.zones = zones;
    const azs = Array.from({ length: zones }, (_, i) => AZ_NAMES[i]!);
    const channels = [...FLEET_CHANNELS, ...azs.map((a) => `readyAz${a}`), ...azs.map((a) => `bootingAz${a}`)];
    this.series = new TimeSeries(channels, resolutionSeconds, 1440);
    this.row = new Float64Array(channels.length);
    this.channel = Object.create(null) as Record<string, number>;
    channels.forEach((c, i) => (this.channel[c] = i));
    this.windowEnd = resolutionSeconds;
  }

  /** Advances the time-in-system integral to `t` (called before every event). */
  integrate(t: number): void {
    this.areaInSystem += this.inSystem * (t - this.lastT);
    this.lastT = t;
  }

  log(time: number, kind: FleetEventKind, detail: string): void {
    if (this.eventLog.length >= MAX_EVENTS) {
      this.eventsDropped++;
      return;
    }
    this.eventLog.push({ time, kind, detail });
  }

  onArrival(): void {
    this.arrivals++;
    this.w.arrivals++;
    this.inSystem++;
  }

  onAttempt(_tier: number): void {
    this.attempts++;
    this.w.attempts++;
  }

  onAdmitted(): void {
    this.admitted++;
    this.w.admitted++;
  }

  onReserved(tokens: number): void {
    this.reservedTokens += tokens;
    this.w.reserved += tokens;
  }

  onSettled(tokens: number): void {
    this.settledTokens += tokens;
    this.w.settled += tokens;
  }

  onQuotaRefusal(r: QuotaRefusal): void {
    this.refusals[r]++;
  }

  onClientDelayed(seconds: number): void {
    this.clientDelaySeconds += seconds;
  }

  /** An answer with an error to one of our attempts. */
  onError(error: SimulatedError, _tier: number): void {
    this.errors[error]++;
    this.wErrors[error]++;
    if (error === 'ThrottlingException') this.w.throttled++;
    else if (error === 'ServiceUnavailableException' || error === 'ModelTimeoutException' || error === 'ModelNotReadyException') this.w.shed++;
  }

  onBackgroundFailed(_error: SimulatedError): void {
    this.backgroundFailed++;
  }

  onRetry(): void {
    this.retries++;
    this.w.retries++;
  }

  /** A client timed out; its server's copy `orphan` runs on and the request continues as `next`. */
  onOrphaned(_next: number, _orphan: number): void {
    this.clientTimeouts++;
    this.orphaned++;
  }

  /** Our request ended with this error (the SDK gave up or does not retry it). */
  onFinalFailure(error: SimulatedError): void {
    this.failures[error]++;
    if (error !== 'ThrottlingException') this.w.failed++;
  }

  /** Our request left the system at `t` having arrived at `arrival`. */
  onLeave(t: number, arrival: number): void {
    this.inSystem--;
    this.finishedCount++;
    this.sojournSum += t - arrival;
  }

  onQueueWait(tier: number, seconds: number): void {
    if (this.runSketches) this.waitByTier[tier]!.add(seconds);
  }

  onCompleted(t: number, arrival: number, firstToken: number, input: number, output: number): void {
    const ttft = firstToken - arrival;
    const e2e = t - arrival;
    const run = this.runSketches;
    if (run) {
      this.ttft.add(ttft);
      this.e2e.add(e2e);
    }
    this.wTtft.add(ttft);
    this.wE2e.add(e2e);
    let met = ttft <= this.slo.ttftSeconds;
    if (output > 1) {
      const tpot = (t - firstToken) / (output - 1);
      if (run) this.tpot.add(tpot);
      this.wTpot.add(tpot);
      met = met && tpot <= this.slo.tpotSeconds;
    }
    if (met) {
      this.sloMet++;
      this.w.goodput++;
    }
    this.completed++;
    this.w.completed++;
    this.w.ttftSum += ttft;
    this.w.inputTokens += input;
    this.w.outputTokens += output;
    this.inputTokens += input;
    this.outputTokens += output;
  }

  onBatchDone(tokens: number): void {
    this.batchRecords++;
    this.batchTokens += tokens;
    this.w.batchDone++;
    this.w.batchTokens += tokens;
  }

  onBackgroundCompleted(input: number, output: number): void {
    this.backgroundCompleted++;
    this.backgroundTokens += input + output;
  }

  private set(row: Float64Array, name: string, value: number): void {
    row[this.channel[name]!] = value;
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
      let kvUsed = 0;
      let kvTotal = 0;
      let readyNew = 0;
      const tierWaiting = [0, 0, 0, 0];
      const row = this.row;
      const base = this.base;
      for (let i = 0; i < 2 * this.zones; i++) row[base + i] = 0;
      for (const r of fleet.replicas) {
        if (r.state === 'retired') continue;
        if (r.state === 'booting' || r.state === 'loading') {
          booting++;
          row[base + this.zones + r.az]!++;
        }
        if (r.state === 'ready') {
          row[base + r.az]!++;
          if (r.version !== 0) readyNew++;
          kvUsed += r.kvUsed;
          kvTotal += this.kvCapacity;
        }
        waiting += r.waitingCount + r.resume.size;
        for (let k = 0; k < 4; k++) tierWaiting[k]! += r.waiting[k]!.size;
        running += r.running;
      }
      const readyArea = fleet.readyArea - this.lastReadyArea;
      const occupancyArea = this.batching.occupancyArea - this.lastOccupancyArea;
      const processed = this.batching.processedTokens - this.lastProcessed;
      const generated = this.batching.generatedTokens - this.lastGenerated;
      const utilization = readyArea > 0 ? Math.min(1, processed / (readyArea * this.tokenCapacityPerReplica)) : 0;
      const w = this.w;
      this.set(row, 'arrivals', w.arrivals / res);
      this.set(row, 'attempts', w.attempts / res);
      this.set(row, 'admitted', w.admitted / res);
      this.set(row, 'throttled', this.wErrors.ThrottlingException / res);
      this.set(row, 'completed', w.completed / res);
      this.set(row, 'failed', w.failed / res);
      this.set(row, 'queueLength', waiting);
      this.set(row, 'inFlight', running);
      this.set(row, 'inSystem', this.inSystem);
      this.set(row, 'replicasBooting', booting);
      this.set(row, 'replicasReady', fleet.readyCount);
      this.set(row, 'gpuUtilization', utilization);
      this.set(row, 'utilization', utilization);
      this.set(row, 'batchOccupancy', readyArea > 0 ? Math.min(1, occupancyArea / readyArea) : 0);
      this.set(row, 'outputTokensPerSecond', generated / res);
      this.set(row, 'costPerHour', fleet.billableCount * this.gpuPricePerSecond * 3600);
      this.set(row, 'meanTtft', w.completed > 0 ? w.ttftSum / w.completed : NaN);
      for (const [name, q] of [
        ['ttft', this.wTtft],
        ['tpot', this.wTpot],
        ['e2e', this.wE2e],
      ] as const) {
        this.set(row, `${name}P50`, q.quantile(0.5));
        if (name !== 'tpot') this.set(row, `${name}P90`, q.quantile(0.9));
        this.set(row, `${name}P95`, q.quantile(0.95));
        this.set(row, `${name}P99`, q.quantile(0.99));
        q.reset();
      }
      this.set(row, 'goodput', w.goodput / res);
      this.set(row, 'retries', w.retries / res);
      for (const e of SIMULATED_ERRORS) this.set(row, ERROR_CHANNEL[e], this.wErrors[e] / res);
      this.set(row, 'quotaReserved', (w.reserved / res) * 60);
      this.set(row, 'quotaSettled', (w.settled / res) * 60);
      const q = this.quota;
      this.set(row, 'quotaOutstanding', q ? q.outstanding() : 0);
      this.set(row, 'quotaAvailable', q && q.limit !== null ? q.available(end) : NaN);
      this.set(row, 'quotaLimit', q && q.limit !== null ? q.limit : NaN);
      TIER_NAMES.forEach((name, k) => this.set(row, `waiting${name[0]!.toUpperCase()}${name.slice(1)}`, tierWaiting[k]!));
      this.set(row, 'preemptions', (this.batching.preemptions - this.lastPreemptions) / res);
      this.set(row, 'kvUsedShare', kvTotal > 0 ? kvUsed / kvTotal : 0);
      this.set(row, 'readyNewVersion', readyNew);
      this.set(row, 'newVersionShare', this.rolloutShare ? this.rolloutShare() : 0);
      this.set(row, 'batchRecordsPerSecond', w.batchDone / res);
      this.set(row, 'batchTokensPerSecond', w.batchTokens / res);
      this.set(row, 'batchInFlight', this.batchInFlight ? this.batchInFlight() : 0);
      this.set(row, 'ownInputTokensPerSecond', w.inputTokens / res);
      this.set(row, 'ownOutputTokensPerSecond', w.outputTokens / res);
      this.series.push(row);
      if (this.onWindowClosed !== null) this.onWindowClosed(end, (c) => row[this.channel[c]!]!, res);
      this.detectBursts(end, res);
      for (const k of Object.keys(w) as (keyof typeof w)[]) w[k] = 0;
      for (const e of SIMULATED_ERRORS) this.wErrors[e] = 0;
      this.lastReadyArea = fleet.readyArea;
      this.lastOccupancyArea = this.batching.occupancyArea;
      this.lastProcessed = this.batching.processedTokens;
      this.lastGenerated = this.batching.generatedTokens;
      this.lastPreemptions = this.batching.preemptions;
      this.windowEnd += res;
    }
  }

  /**
   * Throttling and shedding bursts become events when they start and when they end; a burst ends
   * only after a quiet minute (at least one whole window), so intermittent 429s read as one burst.
   */
  private detectBursts(end: number, res: number): void {
    const start = end - res;
    const quiet = Math.max(60, res);
    const throttled = this.w.throttled;
    if (throttled > 0) {
      if (Number.isNaN(this.throttlingSince)) {
        this.throttlingSince = start;
        this.throttledInBurst = 0;
        this.log(start, 'throttling-start', `429 ThrottlingException began: ${(throttled / res).toFixed(1)} per second in this window (quota exhausted).`);
      }
      this.throttledInBurst += throttled;
      this.lastThrottled = end;
    } else if (!Number.isNaN(this.throttlingSince) && end - this.lastThrottled >= quiet) {
      this.log(this.lastThrottled, 'throttling-end', `429s ended after ${Math.round(this.lastThrottled - this.throttlingSince)} s: ${this.throttledInBurst.toLocaleString('en-US')} attempts answered 429.`);
      this.throttlingSince = NaN;
    }
    const shed = this.w.shed;
    if (shed > 0) {
      if (Number.isNaN(this.sheddingSince)) {
        this.sheddingSince = start;
        this.shedInBurst = 0;
        this.log(start, 'shedding-start', `The service began refusing work (503 / 408 / 429 not ready): ${(shed / res).toFixed(1)} per second in this window.`);
      }
      this.shedInBurst += shed;
      this.lastShed = end;
    } else if (!Number.isNaN(this.sheddingSince) && end - this.lastShed >= quiet) {
      this.log(this.lastShed, 'shedding-end', `Shedding ended after ${Math.round(this.lastShed - this.sheddingSince)} s: ${this.shedInBurst.toLocaleString('en-US')} attempts refused.`);
      this.sheddingSince = NaN;
    }
  }

  /** Token-capacity utilization over an interval, given the ready replica-seconds and tokens processed in it. */
  utilizationOf(readyArea: number, processedTokens: number): number {
    return readyArea > 0 ? processedTokens / (readyArea * this.tokenCapacityPerReplica) : 0;
  }

  /** Read-only: extrapolates the running integrals to `now` without advancing them. */
  summary(now: number, servingLabel: string): FleetSummary {
    const T = now;
    const fleet = this.fleet;
    const billableArea = fleet.billableAreaAt(T);
    const readyArea = fleet.readyAreaAt(T);
    const areaInSystem = this.areaInSystem + this.inSystem * Math.max(0, T - this.lastT);
    const cost = billableArea * this.gpuPricePerSecond;
    const tokens = this.inputTokens + this.outputTokens;
    const served = tokens + this.backgroundTokens + this.batchTokens;
    const successes = this.completed + this.backgroundCompleted + this.batchRecords;
    const meanSojourn = this.finishedCount > 0 ? this.sojournSum / this.finishedCount : NaN;
    const throttled = this.failures.ThrottlingException;
    let failed = 0;
    for (const e of SIMULATED_ERRORS) if (e !== 'ThrottlingException') failed += this.failures[e];
    const waitByTier = {} as Record<TierName, QuantileSummary>;
    TIER_NAMES.forEach((name, k) => (waitByTier[name] = this.waitByTier[k]!.summary()));
    return {
      arrivals: this.arrivals,
      completed: this.completed,
      throttled,
      failed,
      inSystem: this.inSystem,
      failures: { ...this.failures },
      errors: { ...this.errors },
      attempts: this.attempts,
      throttledAttempts: this.errors.ThrottlingException,
      retries: this.retries,
      retryQuotaExhausted: this.retryQuotaExhausted,
      clientTimeouts: this.clientTimeouts,
      abandonedServerRequests: this.orphaned,
      clientDelaySeconds: this.clientDelaySeconds,
      redispatched: this.redispatched,
      preemptions: this.batching.preemptions,
      backgroundCompleted: this.backgroundCompleted,
      throttleRate: this.arrivals > 0 ? throttled / this.arrivals : 0,
      failureRate: this.arrivals > 0 ? failed / this.arrivals : 0,
      ttft: this.ttft.summary(),
      tpot: this.tpot.summary(),
      e2e: this.e2e.summary(),
      waitByTier,
      sloAttainment: this.completed > 0 ? this.sloMet / this.completed : NaN,
      goodputPerSecond: T > 0 ? this.sloMet / T : 0,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      quota: {
        reservedTokens: this.reservedTokens,
        settledTokens: this.settledTokens,
        refusals: { ...this.refusals },
        reservedTierOverflow: this.reservedOverflow,
      },
      cost,
      costPerMillionTokens: tokens > 0 ? cost / (tokens / 1e6) : NaN,
      serverCostPerMillionTokensServed: served > 0 ? cost / (served / 1e6) : NaN,
      serverCostPerSuccessfulRequest: successes > 0 ? cost / successes : NaN,
      tokensServed: served,
      meanReplicas: T > 0 ? billableArea / T : fleet.billableCount,
      peakReplicas: fleet.peakBillable,
      meanUtilization: this.utilizationOf(readyArea, this.batching.processedTokens),
      meanBatchOccupancy: readyArea > 0 ? this.batching.occupancyArea / readyArea : 0,
      tokenCapacityPerReplica: this.tokenCapacityPerReplica,
      outputTokensPerSecond: T > 0 ? this.batching.generatedTokens / T : 0,
      meanInSystem: T > 0 ? areaInSystem / T : 0,
      littleLambdaW: T > 0 ? (this.arrivals / T) * meanSojourn : 0,
      meanDecoding: T > 0 ? this.batching.decodeArea / T : 0,
      scaleOuts: this.scaleOuts,
      scaleIns: this.scaleIns,
      servingLabel,
      eventsDropped: this.eventsDropped,
    };
  }
}
