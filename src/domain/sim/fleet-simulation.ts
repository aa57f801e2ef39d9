import { kvCapacityTokens, type Deployment } from '../gpu/deployment.ts';
import { compileDecodeStepTime, compileDecodeStepTimes, compileIterationTime } from '../gpu/roofline.ts';
import { makeSampler, sampleTokens, type Sampler } from './distributions.ts';
import { EventHeap } from './event-heap.ts';
import { Autoscaler } from './fleet/autoscaler.ts';
import { ContinuousBatching } from './fleet/batching.ts';
import { EV } from './fleet/event-kinds.ts';
import { fleetServer, meanOf, tokenCapacity, weightLoadSeconds } from './fleet/fleet-deployment.ts';
import { AZ_NAMES, FleetMetrics } from './fleet/fleet-metrics.ts';
import { fleetQuotaModel } from './fleet/fleet-quota-model.ts';
import { Gateway } from './fleet/gateway.ts';
import { ReplicaFleet } from './fleet/replica-fleet.ts';
import { LoadBalancer } from './load-balancer.ts';
import { deepFreeze } from './mmc-simulation.ts';
import { Prng } from './prng.ts';
import type { Replica } from './replica.ts';
import { KIND_BACKGROUND, KIND_BATCH, KIND_OWN, RequestStore, TIER_FLEX, TIER_PRIORITY, TIER_RESERVED, TIER_STANDARD } from './request-store.ts';
import type { FleetScenario } from './scenario-schema.ts';
import type { FleetEvent, FleetSnapshot, FleetSummary, ReplicaView, Simulation } from './simulation-types.ts';
import type { BatchJobs } from './ops/batch-jobs.ts';
import { Monitoring } from './ops/monitoring.ts';
import { wireBatchJobs, wireRollout } from './ops/ops-wiring.ts';
import type { Rollout } from './ops/rollout.ts';
import type { RegionHooks } from './regions/region-hooks.ts';
import { zoneFaults, type ZoneFault } from './regions/zone-faults.ts';
import { parseTraceCsv, type Trace } from './trace-csv.ts';
import { maxArrivalRate, nextArrival } from './workload.ts';

// Module-level copies: an imported binding read in the hot loop costs a getter call under some loaders.
const { ARRIVAL, BG_ARRIVAL, RETRY, ITERATION, HEALTH_CHECK, AUTOSCALE, PHASE, FAULT_START, FAULT_END, SCHEDULE, SEND, WAIT_SWEEP, TIMEOUT_SWEEP, SETTING, ROLLOUT, BATCH } = EV;
const OWN = KIND_OWN;
const BACKGROUND = KIND_BACKGROUND;
const BATCH_RECORD = KIND_BATCH;
const [RESERVED, PRIORITY, STANDARD, FLEX] = [TIER_RESERVED, TIER_PRIORITY, TIER_STANDARD, TIER_FLEX];


/** The simulator keeps at most this many windows, so per-window percentiles are never merged. */
const MAX_WINDOWS = 1440;

/**
 * The LLM fleet: clients (SDK retries, timeouts) → gateway (reservation quota, tiers, overload) →
 * load balancer → replicas with continuous batching whose iteration time comes from the shared
 * roofline → autoscaler, faults and metrics. This class is the event loop and the wiring; each job
 * lives in its own module under ./fleet/. One event per replica iteration, never per token.
 */
export class FleetSimulation implements Simulation<FleetSnapshot> {
  readonly kind = 'fleet' as const;
  readonly deployment: Deployment;
  readonly kvCapacity: number;
  readonly servingLabel: string;
  private readonly s: FleetScenario;
  private readonly heap = new EventHeap(1024);
  private readonly rng: Prng;
  private readonly store = new RequestStore(4096);
  private readonly fleet: ReplicaFleet;
  private readonly batching: ContinuousBatching;
  private readonly gateway: Gateway;
  private readonly metrics: FleetMetrics;
  private readonly autoscaler: Autoscaler | null;
  private readonly rollout: Rollout | null;
  private readonly batchJobs: BatchJobs | null;
  private readonly monitoring: Monitoring;
  /** The injected regression's share of the new version's responses that fail (0 = none). */
  private readonly regressionErrorRate: number;
  private readonly inputSampler: Sampler;
  private readonly outputSampler: Sampler;
  /** Longest prompt or output a sampler may draw (half the KV capacity). */
  private readonly tokenCap: number;
  /** The max_tokens every request of ours carries (the model's maximum when unset); it may change once. */
  private maxTokens: number;
  private readonly tierCumulative: Float64Array | null;
  private readonly trace: Trace | null;
  private readonly arrivalBound: number;
  private readonly backgroundRate: number;
  private readonly faults: ZoneFault[];
  private readonly hooks: RegionHooks | null;
  private clock = 0;
  private finished = false;
  private eventCount = 0;

  constructor(scenario: FleetScenario, hooks: RegionHooks | null = null) {
    this.s = scenario;
    this.hooks = hooks;
    this.faults = zoneFaults(scenario.faults, hooks?.region ?? 0, scenario.fleet.availabilityZones);
    const server = fleetServer(scenario);
    this.deployment = server.deployment;
    this.servingLabel = server.label;
    this.kvCapacity = kvCapacityTokens(this.deployment);
    if (this.kvCapacity <= 0)
      throw new RangeError(`${this.deployment.model.name} does not fit on ${this.deployment.tensorParallel}× ${this.deployment.gpu.name} in ${this.deployment.weightPrecision}`);
    const iterationCost = compileIterationTime(this.deployment);
    this.rng = new Prng(scenario.seed);
    const lb = new LoadBalancer(scenario.fleet.loadBalancer, this.rng);
    const g = scenario.gateway;
    const w = scenario.workload;
    const f = scenario.fleet;
    const a = scenario.autoscaler;
    const provisioned = g.mode === 'provisioned';
    const autoscale = !provisioned && a.enabled;
    this.backgroundRate = provisioned ? 0 : g.backgroundArrivalRate;
    this.inputSampler = makeSampler(w.inputTokens);
    this.outputSampler = makeSampler(w.outputTokens);
    this.tokenCap = Math.max(1, Math.floor(this.kvCapacity / 2));
    const quotaModel = fleetQuotaModel(scenario);
    if (w.maxTokens === null && !quotaModel.maxOutputKnown)
      throw new RangeError("workload.maxTokens is unset, so each request reserves the model's maximum output: give it in gateway.quotaModel.maxOutputTokens (the catalog's maxOutputTokens)");
    this.maxTokens = w.maxTokens ?? quotaModel.maxOutputTokens;
    const mix = w.tierMix;
    const shares = [mix.reserved, mix.priority, mix.standard, mix.flex];
    const total = shares.reduce((x, y) => x + y, 0);
    this.tierCumulative = shares.filter((x) => x > 0).length > 1 ? Float64Array.from(shares.map((_, i) => shares.slice(0, i + 1).reduce((x, y) => x + y, 0) / total)) : null;

    if (w.traceCsv !== undefined) {
      const parsed = parseTraceCsv(w.traceCsv, this.tokenCap);
      if (!parsed.ok) throw new RangeError(`trace: ${parsed.errors.join('; ')}`);
      this.trace = parsed.trace;
      this.arrivalBound = 0;
    } else {
      this.trace = null;
      this.arrivalBound = maxArrivalRate(w);
    }

    const meanInput = this.trace ? mean(this.trace.inputTokens) : meanOf(w.inputTokens);
    const meanOutput = Math.min(this.maxTokens, this.trace ? mean(this.trace.outputTokens) : meanOf(w.outputTokens));
    const capacity = tokenCapacity(this.deployment, meanInput * (1 - w.cacheReadShare), meanOutput, f.maxBatch, f.kvPolicy === 'reserve-max' ? this.maxTokens : null);
    const loadSeconds = a.loadSeconds ?? ([1, 1].map(() => weightLoadSeconds(this.deployment, f.weightLoadGBps)) as [number, number]);
    const gpuPricePerSecond = (f.gpuHourlyPrice * this.deployment.tensorParallel) / 3600;
    this.fleet = new ReplicaFleet(
      { availabilityZones: f.availabilityZones, healthCheckSeconds: f.healthCheckSeconds, unhealthyThreshold: f.unhealthyThreshold, bootSeconds: a.bootSeconds, loadSeconds },
      this.heap,
      this.rng,
    );
    this.batching = new ContinuousBatching(this.store, this.kvCapacity, {
        maxBatch: f.maxBatch,
        maxBatchedTokens: f.maxBatchedTokens,
        kvPolicy: f.kvPolicy,
        ...(f.attentionDataParallel && f.adpBalanceTimeoutIters !== undefined ? { adpBalance: { ranks: this.deployment.tensorParallel, timeoutIters: f.adpBalanceTimeoutIters } } : {}),
      }, iterationCost, this.heap, {
      admitted: (r, id, t) => this.admitted(r, id, t),
      complete: (r, id, t) => this.complete(r, id, t),
    });
    this.batching.decodeStep = compileDecodeStepTime(this.deployment);
    this.batching.decodeSteps = compileDecodeStepTimes(this.deployment);
    const resolution = Math.max(scenario.resolutionSeconds, Math.ceil(scenario.durationSeconds / MAX_WINDOWS));
    this.metrics = new FleetMetrics(resolution, f.availabilityZones, scenario.slo, this.fleet, this.batching, gpuPricePerSecond, capacity, this.kvCapacity);
    const unitQuota = provisioned && g.unitTokensPerMinute !== null ? g.modelUnits * g.unitTokensPerMinute : null;
    this.gateway = new Gateway(
      {
        inRegion: provisioned
          ? { tokensPerMinute: unitQuota, tokensPerDay: null, requestsPerMinute: null }
          : { tokensPerMinute: g.tokensPerMinute, tokensPerDay: g.tokensPerDay, requestsPerMinute: g.requestsPerMinute },
        crossRegionTokensPerMinute: provisioned ? null : g.crossRegionTokensPerMinute,
        crossRegionMeter: hooks?.crossRegionQuota ?? null,
        reserved: provisioned ? null : g.reserved,
        quotaModel,
        overload: g.overload,
        sdk: g.sdk,
        clientTimeoutSeconds: w.clientTimeoutSeconds,
      },
      this.store,
      this.rng,
      this.heap,
      this.metrics,
      this.fleet,
      lb,
      this.batching,
    );
    const quota = this.gateway.quota;
    this.metrics.quota = { limit: quota.limits.tokensPerMinute, available: (t) => quota.availablePerMinute(t), outstanding: () => quota.outstanding };
    this.autoscaler = autoscale ? new Autoscaler(a, this.fleet, this.batching, this.heap, capacity) : null;

    this.rollout = scenario.rollout ? wireRollout({ scenario, fleet: this.fleet, heap: this.heap, rng: this.rng, store: this.store, batching: this.batching, gateway: this.gateway, metrics: this.metrics, tokenCap: this.tokenCap }, scenario.rollout) : null;
    this.regressionErrorRate = scenario.rollout?.regression.errorRate ?? 0;
    this.batchJobs = scenario.batchJobs.length > 0 ? wireBatchJobs({ scenario, fleet: this.fleet, heap: this.heap, rng: this.rng, store: this.store, batching: this.batching, gateway: this.gateway, metrics: this.metrics, tokenCap: this.tokenCap }) : null;
    const monitoring = new Monitoring(scenario.monitoring.alarms, scenario.monitoring.slaIntervalSeconds, (t, kind, detail) => this.metrics.log(t, kind, detail));
    this.metrics.onWindowClosed = hooks
      ? (end, read, seconds) => {
          monitoring.onWindow(end, read, seconds);
          hooks.window(end, read, seconds);
        }
      : (end, read, seconds) => monitoring.onWindow(end, read, seconds);
    this.monitoring = monitoring;
    // Decode runs (batching.ts) stop before anything reads the books: a window's end, an autoscaling or feeder look, the run's end.
    const metrics = this.metrics;
    const autoscaler = this.autoscaler;
    const jobs = this.batchJobs;
    const last = scenario.durationSeconds;
    this.batching.horizon = () => {
      let h = metrics.windowEnd < last ? metrics.windowEnd : last;
      if (autoscaler !== null && autoscaler.nextEvaluation < h) h = autoscaler.nextEvaluation;
      if (jobs !== null && jobs.nextTick < h) h = jobs.nextTick;
      return h;
    };
    if (hooks) this.report(hooks);

    const initial = provisioned ? g.modelUnits : (f.initialReplicas ?? (autoscale ? a.minReplicas : Math.max(1, a.minReplicas)));
    this.fleet.floor = provisioned ? g.modelUnits : autoscale ? a.minReplicas : initial;
    for (let i = 0; i < initial; i++) this.fleet.launch(0, true);

    const end = scenario.durationSeconds;
    if (hooks) {
      // A Region of several: the profile's router sends the requests.
    } else if (this.trace) {
      if (this.trace.time[0]! <= end) this.heap.push(this.trace.time[0]!, ARRIVAL, 0);
    } else {
      const t = nextArrival(w, this.arrivalBound, this.rng, 0, end);
      if (t < Infinity) this.heap.push(t, ARRIVAL, 0);
    }
    if (this.backgroundRate > 0) this.heap.push(this.rng.exponential(this.backgroundRate), BG_ARRIVAL, 0);
    this.heap.push(f.healthCheckSeconds, HEALTH_CHECK, 0);
    this.autoscaler?.start();
    this.rollout?.start();
    this.batchJobs?.start();
    if (w.maxTokensChange !== null && w.maxTokensChange.atSeconds <= end) this.heap.push(w.maxTokensChange.atSeconds, SETTING, 0);
    this.faults.forEach((fault, i) => {
      this.heap.push(fault.atSeconds, FAULT_START, i);
      if (fault.durationSeconds !== null) this.heap.push(fault.atSeconds + fault.durationSeconds, FAULT_END, i);
    });
  }

  get now(): number {
    return this.clock;
  }
  get endTime(): number {
    return this.s.durationSeconds;
  }
  get done(): boolean {
    return this.finished;
  }
  get events(): number {
    return this.eventCount;
  }

  run(): void {
    while (!this.finished) this.step(1 << 20);
  }

  runUntil(time: number): void {
    const target = Math.min(time, this.s.durationSeconds);
    while (!this.finished && this.heap.peekTime() <= target) this.process(65536, target);
    if (!this.finished && target >= this.clock) {
      // Accumulators are only advanced at event or window times, so slicing never changes the sums.
      this.metrics.closeWindows(target);
      this.clock = target;
      if (target >= this.s.durationSeconds) {
        this.metrics.integrate(target);
        this.finish();
      }
    }
  }

  step(maxEvents: number): number {
    return this.process(maxEvents, Infinity);
  }

  private process(maxEvents: number, until: number): number {
    const heap = this.heap;
    const metrics = this.metrics;
    const gateway = this.gateway;
    const end = this.s.durationSeconds;
    let n = 0;
    while (n < maxEvents && !this.finished) {
      const t = heap.peekTime();
      if (t > until) break;
      if (t > end) {
        metrics.closeWindows(end);
        metrics.integrate(end);
        this.clock = end;
        this.finish();
        break;
      }
      if (t >= metrics.windowEnd) metrics.closeWindows(t);
      heap.pop();
      n++;
      metrics.integrate(t);
      this.clock = t;
      const payload = heap.payload;
      switch (heap.kind) {
        case ITERATION: {
          const r = this.fleet.replicas[payload]!;
          // A run cut short leaves its first event behind.
          if (t !== r.runEndAt) break;
          if (this.batching.endIteration(r, t)) {
            if (r.state === 'draining' && r.outstanding() === 0) this.fleet.retire(r, t);
            else this.batching.startIteration(r, t);
          }
          break;
        }
        case ARRIVAL:
          this.onArrival(t, payload);
          break;
        case BG_ARRIVAL:
          this.onBackgroundArrival(t);
          break;
        case RETRY:
          gateway.send(payload, t);
          break;
        case SEND:
          gateway.attempt(payload, t);
          break;
        case WAIT_SWEEP:
          gateway.onWaitSweep(this.fleet.replicas[payload]!, t);
          break;
        case TIMEOUT_SWEEP:
          gateway.onTimeoutSweep(t);
          break;
        case HEALTH_CHECK:
          this.fleet.onHealthCheck(t, (r) => {
            metrics.log(t, 'failure-detected', `Health checks marked server ${r.id} (zone ${AZ_NAMES[r.az]}) down; its ${r.outstanding()} requests go elsewhere.`);
            gateway.redispatch(this.batching.evacuate(r), t);
          });
          break;
        case AUTOSCALE:
          this.onAutoscale(t);
          break;
        case PHASE:
          this.fleet.onPhase(this.fleet.replicas[payload]!, t);
          break;
        case FAULT_START:
        case FAULT_END: {
          const fault = this.faults[payload]!;
          const down = heap.kind === FAULT_START;
          // Its servers stop at the end of the iteration in progress, not at the end of a planned run.
          if (down) for (const r of this.fleet.replicas) if (r.az === fault.az) this.batching.cutRun(r, t);
          this.fleet.onZone(fault.az, t, down);
          if (fault.regionWide) {
            this.gateway.regionDown = down;
            if (fault.az === 0)
              metrics.log(t, down ? 'region-down' : 'region-up', down ? 'The whole Region failed: every zone\'s servers stopped at once.' : 'The Region is back; new servers may launch in its zones.');
          } else
            metrics.log(t, down ? 'zone-down' : 'zone-up', down ? `Zone ${AZ_NAMES[fault.az]} failed: its servers stopped at once.` : `Zone ${AZ_NAMES[fault.az]} is back; new servers may launch there.`);
          break;
        }
        case SETTING: {
          const change = this.s.workload.maxTokensChange!;
          const was = this.s.workload.maxTokens;
          this.maxTokens = change.maxTokens;
          metrics.log(t, 'setting', `Clients now send max_tokens = ${change.maxTokens.toLocaleString('en-US')} (was ${was === null ? "unset: the model's maximum" : was.toLocaleString('en-US')}).`);
          break;
        }
        case ROLLOUT:
          this.rollout!.onTick(t);
          break;
        case BATCH:
          this.batchJobs!.onEvent(payload, t);
          break;
        case SCHEDULE: {
          const step = this.s.autoscaler.schedule[payload]!;
          this.autoscaler!.onSchedule(payload, t);
          metrics.log(t, 'schedule', `Scheduled scaling: at least ${step.minReplicas} servers from now.`);
          break;
        }
      }
    }
    this.eventCount += n;
    return n;
  }

  private onAutoscale(t: number): void {
    const a = this.s.autoscaler;
    const healthyBefore = this.fleet.healthyCount();
    const d = this.autoscaler!.onEvaluate(t);
    const pct = `${(100 * d.utilization).toFixed(0)} %`;
    if (d.launched > 0) {
      this.metrics.scaleOuts++;
      this.metrics.log(t, 'scale-out', `+${d.launched} server${d.launched === 1 ? '' : 's'} (${healthyBefore} → ${healthyBefore + d.launched}): utilization ${pct} above ${(100 * a.scaleOutUtilization).toFixed(0)} % for ${a.scaleOutWindowSeconds} s.`);
    }
    if (d.drained) {
      this.metrics.scaleIns++;
      this.metrics.log(t, 'scale-in', `−1 server (draining): utilization ${pct} below ${(100 * a.scaleInUtilization).toFixed(0)} % for ${a.scaleInWindowSeconds} s.`);
    }
  }

  private finish(): void {
    this.fleet.accrue(this.clock);
    this.finished = true;
  }

  // ---- Workload -------------------------------------------------------------------------

  private onArrival(t: number, index: number): void {
    const w = this.s.workload;
    const end = this.s.durationSeconds;
    let input: number;
    let output: number;
    if (this.trace) {
      input = this.trace.inputTokens[index]!;
      output = this.trace.outputTokens[index]!;
      const next = index + 1;
      if (next < this.trace.time.length && this.trace.time[next]! <= end) this.heap.push(this.trace.time[next]!, ARRIVAL, next);
    } else {
      input = sampleTokens(this.inputSampler, this.rng, this.tokenCap);
      output = sampleTokens(this.outputSampler, this.rng, this.tokenCap);
      const next = nextArrival(w, this.arrivalBound, this.rng, t, end);
      if (next < Infinity) this.heap.push(next, ARRIVAL, 0);
    }
    this.accept(t, input, output, -1);
  }

  /** Our request enters the gateway at `t`; `cross` 1/0 = sent through the profile or not, -1 = draw by the workload's share. */
  private accept(t: number, input: number, output: number, cross: number): void {
    const w = this.s.workload;
    // The response stops at max_tokens.
    if (output > this.maxTokens) output = this.maxTokens;
    const store = this.store;
    const id = store.alloc(t, input, output, OWN);
    store.maxTokens[id] = this.maxTokens;
    if (w.cacheReadShare > 0 || w.cacheWriteShare > 0) {
      const read = Math.round(input * w.cacheReadShare);
      store.cacheRead[id] = read;
      store.cacheWrite[id] = Math.min(input - read, Math.round(input * w.cacheWriteShare));
      store.prefillLeft[id] = input - read;
    }
    if (this.tierCumulative !== null) {
      const u = this.rng.next();
      const c = this.tierCumulative;
      store.tier[id] = u < c[0]! ? RESERVED : u < c[1]! ? PRIORITY : u < c[2]! ? STANDARD : FLEX;
    } else store.tier[id] = w.tierMix.reserved > 0 ? RESERVED : w.tierMix.priority > 0 ? PRIORITY : w.tierMix.flex > 0 ? FLEX : STANDARD;
    if (cross >= 0) store.crossRegion[id] = cross;
    else if (w.crossRegionShare > 0) store.crossRegion[id] = w.crossRegionShare >= 1 || this.rng.next() < w.crossRegionShare ? 1 : 0;
    this.metrics.onArrival();
    this.gateway.arrive(id, t);
  }

  // ---- One Region of several ------------------------------------------------------------

  /** The next event's time on this Region's list (Infinity = none). */
  get nextEventTime(): number {
    return this.heap.peekTime();
  }

  /** Processes this Region's events due by `until` (at most `maxEvents`); the profile calls it between its own events. */
  advance(maxEvents: number, until: number): number {
    return this.process(maxEvents, until);
  }

  /** The router sends one of our requests here at `t` (no event of this Region is due before `t`). */
  inject(t: number, input: number, output: number, cross: boolean): void {
    this.syncWindows(t);
    this.metrics.integrate(t);
    this.clock = t;
    this.eventCount++;
    this.accept(t, input, output, cross ? 1 : 0);
  }

  /** Closes this Region's metric windows that end by `t` (no event of this Region is due before `t`). */
  syncWindows(t: number): void {
    if (t >= this.metrics.windowEnd) this.metrics.closeWindows(t);
  }

  /** What the router reads: servers it may route to, requests they hold, and whether any has room in its queue. */
  routingState(): { routable: number; outstanding: number; room: boolean } {
    const bound = this.s.gateway.overload.maxQueuePerReplica;
    let outstanding = 0;
    let room = false;
    for (const r of this.fleet.routable) {
      outstanding += r.outstanding();
      if (r.waitingCount < bound) room = true;
    }
    return { routable: this.fleet.routable.length, outstanding, room };
  }

  /** Replica counts and the books utilization is computed from (ready replica-seconds, tokens processed). */
  fleetState(): { ready: number; booting: number; readyArea: number; processedTokens: number; peakBillable: number } {
    const booting = this.fleet.replicas.reduce((n, r) => n + (r.state === 'booting' || r.state === 'loading' ? 1 : 0), 0);
    return { ready: this.fleet.readyCount, booting, readyArea: this.fleet.readyAreaAt(this.clock), processedTokens: this.batching.processedTokens, peakBillable: this.fleet.peakBillable };
  }

  /** Zones up or down, the rollout and the batch jobs (cheap parts of a snapshot, for the profile's snapshot). */
  zonesUp(): boolean[] {
    return this.fleet.azUp.slice();
  }
  rolloutView(): FleetSnapshot['rollout'] {
    return this.rollout ? this.rollout.view() : null;
  }
  batchJobViews(): FleetSnapshot['batchJobs'] {
    return this.batchJobs ? this.batchJobs.views(this.clock) : [];
  }

  monitoringView(): ReturnType<Monitoring['view']> {
    return this.monitoring.view();
  }

  eventLogView(): readonly FleetEvent[] {
    return this.metrics.eventLog;
  }

  /** Reports completions, departures and queue waits to the profile's books (Regions only; the one-Region path never pays for it). */
  private report(hooks: RegionHooks): void {
    const m = this.metrics;
    m.runSketches = false;
    const completed = m.onCompleted.bind(m);
    const leave = m.onLeave.bind(m);
    const wait = m.onQueueWait.bind(m);
    m.onCompleted = (t, arrival, firstToken, input, output) => {
      completed(t, arrival, firstToken, input, output);
      hooks.completed(t, arrival, firstToken, output);
    };
    m.onLeave = (t, arrival) => {
      leave(t, arrival);
      hooks.left(t, arrival);
    };
    m.onQueueWait = (tier, seconds) => {
      wait(tier, seconds);
      hooks.queueWait(tier, seconds);
    };
  }

  private onBackgroundArrival(t: number): void {
    this.heap.push(t + this.rng.exponential(this.backgroundRate), BG_ARRIVAL, 0);
    const input = sampleTokens(this.inputSampler, this.rng, this.tokenCap);
    const output = sampleTokens(this.outputSampler, this.rng, this.tokenCap);
    this.gateway.dispatchBackground(this.store.alloc(t, input, output, BACKGROUND), t);
  }

  /** A request left a queue for a batch. */
  private admitted(_r: Replica, id: number, t: number): void {
    const store = this.store;
    if (store.kind[id] === OWN) this.metrics.onQueueWait(store.tier[id]!, t - store.enqueuedAt[id]!);
  }

  /** The batcher finished a request. */
  private complete(r: Replica, id: number, t: number): void {
    const store = this.store;
    const kind = store.kind[id]!;
    if (this.rollout !== null) {
      // The injected regression: a share of the new version's responses fail with a server error (500).
      if (r.version !== 0 && this.regressionErrorRate > 0 && this.rng.next() < this.regressionErrorRate) {
        this.rollout.onServerError(r.group);
        this.gateway.fail(id, 'InternalServerException', t);
        return;
      }
      const out = store.outputTokens[id]!;
      this.rollout.onServed(r.group, out > 1 ? (t - store.firstToken[id]!) / (out - 1) : NaN);
    }
    if (this.gateway.complete(id, t)) {
      this.metrics.onCompleted(t, store.arrival[id]!, store.firstToken[id]!, store.inputTokens[id]!, store.outputTokens[id]!);
      this.gateway.leave(id, t);
      return;
    }
    if (kind === BACKGROUND) this.metrics.onBackgroundCompleted(store.inputTokens[id]!, store.outputTokens[id]!);
    else if (kind === BATCH_RECORD) {
      this.batchJobs!.onDone(id, r.id, t);
      this.metrics.onBatchDone(store.inputTokens[id]! + store.outputTokens[id]!);
    }
    store.release(id);
  }

  // ---- Read-outs ------------------------------------------------------------------------

  summary(): FleetSummary {
    return this.metrics.summary(this.clock, this.servingLabel);
  }

  replicaViews(): ReplicaView[] {
    const reserve = this.s.fleet.kvPolicy === 'reserve-max';
    return this.fleet.replicas
      .filter((r) => r.state !== 'retired')
      .map((r) => ({
        id: r.id,
        region: this.hooks?.region ?? 0,
        az: r.az,
        state: r.state,
        running: r.running,
        waiting: r.waitingCount + r.resume.size,
        waitingByTier: [r.waiting[0]!.size, r.waiting[1]!.size, r.waiting[2]!.size, r.waiting[3]!.size] as [number, number, number, number],
        kvUsedTokens: reserve ? r.kvReserved : r.kvUsed,
        kvCapacityTokens: this.kvCapacity,
        readyAt: r.readyAt,
        iterations: r.iterations,
        version: r.version,
        batch: this.batchJobs ? this.batchJobs.heldOn(r.id) : 0,
      }));
  }

  snapshot(): FleetSnapshot {
    return deepFreeze({
      kind: 'fleet' as const,
      time: this.clock,
      endTime: this.s.durationSeconds,
      events: this.eventCount,
      done: this.finished,
      series: this.metrics.series.snapshot(),
      summary: this.summary(),
      replicas: this.replicaViews(),
      availabilityZones: this.fleet.azUp.map((up, id) => ({ id, name: AZ_NAMES[id]!, up })),
      eventLog: this.metrics.eventLog.slice().sort((a, b) => a.time - b.time),
      rollout: this.rollout ? this.rollout.view() : null,
      batchJobs: this.batchJobs ? this.batchJobs.views(this.clock) : [],
      monitoring: this.monitoring.view(),
      regions: null,
    });
  }
}

function mean(xs: Int32Array): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return xs.length > 0 ? s / xs.length : 1;
}
