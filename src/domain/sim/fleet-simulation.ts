import { kvCapacityTokens, makeDeployment, defaultDeployment, type Deployment } from '../gpu/roofline.ts';
import { compileIterationCost, type IterationCost } from './iteration-cost.ts';
import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';
import { makeSampler, sampleTokens, type Sampler } from './distributions.ts';
import { EventHeap } from './event-heap.ts';
import { LoadBalancer } from './load-balancer.ts';
import { deepFreeze } from './mmc-simulation.ts';
import { Prng } from './prng.ts';
import { QuantileSketch } from './quantile-sketch.ts';
import { Replica } from './replica.ts';
import { RequestStore } from './request-store.ts';
import type { FleetScenario } from './scenario-schema.ts';
import type { FleetSnapshot, FleetSummary, ReplicaView, Simulation } from './simulation-types.ts';
import { TimeSeries } from './time-series.ts';
import { TokenBucket } from './token-bucket.ts';
import { parseTraceCsv, type Trace } from './trace-csv.ts';
import { maxArrivalRate, nextArrival } from './workload.ts';

const ARRIVAL = 0;
const BG_ARRIVAL = 1;
const RETRY = 2;
const ITERATION = 3;
const HEALTH_CHECK = 4;
const AUTOSCALE = 5;
const PHASE = 6;
const FAULT_START = 7;
const FAULT_END = 8;
const SCHEDULE = 9;

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

/** Resolves the scenario's server: model, GPUs and precision, through the shared roofline model. */
export function fleetDeployment(s: FleetScenario): Deployment {
  const model = MODEL_ARCHITECTURES.find((m) => m.id === s.fleet.model);
  if (!model) throw new RangeError(`unknown model ${s.fleet.model}`);
  const base = defaultDeployment(model);
  const overrides = s.fleet.cpuOverheadSeconds === undefined ? {} : { cpuOverheadSeconds: s.fleet.cpuOverheadSeconds };
  return makeDeployment(model, s.fleet.tensorParallel ?? base.tensorParallel, s.fleet.precision ?? base.weightPrecision, overrides);
}

/**
 * The LLM fleet: workload → gateway (token bucket, client retries) → load balancer → replicas with
 * continuous batching whose iteration time comes from the shared roofline → autoscaler, faults and
 * metrics. One event per replica iteration, never per token.
 */
export class FleetSimulation implements Simulation<FleetSnapshot> {
  readonly kind = 'fleet' as const;
  readonly deployment: Deployment;
  readonly kvCapacity: number;
  private readonly s: FleetScenario;
  private readonly heap = new EventHeap(1024);
  private readonly rng: Prng;
  private readonly store = new RequestStore(4096);
  private readonly replicas: Replica[] = [];
  private readonly routable: Replica[] = [];
  private readonly lb: LoadBalancer;
  private readonly bucket: TokenBucket | null;
  private readonly inputSampler: Sampler;
  private readonly outputSampler: Sampler;
  private readonly maxTokens: number;
  private readonly trace: Trace | null;
  private readonly arrivalBound: number;
  private readonly backgroundRate: number;
  private readonly autoscale: boolean;
  private readonly azUp: boolean[];
  private readonly iterationCost: IterationCost;
  private readonly series: TimeSeries;
  private readonly row: Float64Array;
  private readonly gpuPricePerSecond: number;
  private floor: number;
  private clock = 0;
  private finished = false;
  private eventCount = 0;

  // Counters.
  private arrivals = 0;
  private attempts = 0;
  private admitted = 0;
  private throttledAttempts = 0;
  private throttledFinal = 0;
  private failedFinal = 0;
  private completed = 0;
  private retries = 0;
  private redispatched = 0;
  private backgroundCompleted = 0;
  private ownInSystem = 0;
  private finishedCount = 0;
  private sojournSum = 0;
  private areaInSystem = 0;
  private decodeArea = 0;
  private lastT = 0;
  private inputTokens = 0;
  private outputTokens = 0;
  private generatedTokens = 0;
  private sloMet = 0;
  private scaleOuts = 0;
  private scaleIns = 0;
  private readonly ttft = new QuantileSketch();
  private readonly tpot = new QuantileSketch();
  private readonly e2e = new QuantileSketch();

  // Replica-time accounting (accrued whenever a count changes).
  private readyCount = 0;
  private billableCount = 0;
  private peakBillable = 0;
  private lastAccrue = 0;
  private billableArea = 0;
  private readyArea = 0;
  private occupancyArea = 0;
  private autoReadyArea = 0;
  private autoOccupancyArea = 0;
  private aboveSince = NaN;
  private belowSince = NaN;

  // Per-bucket accumulators.
  private bucketEnd: number;
  private bArrivals = 0;
  private bAttempts = 0;
  private bAdmitted = 0;
  private bThrottled = 0;
  private bCompleted = 0;
  private bFailed = 0;
  private bTokens = 0;
  private bTtftSum = 0;
  private bReadyArea = 0;
  private bOccupancyArea = 0;

  constructor(scenario: FleetScenario) {
    this.s = scenario;
    this.deployment = fleetDeployment(scenario);
    this.kvCapacity = kvCapacityTokens(this.deployment);
    this.iterationCost = compileIterationCost(this.deployment);
    if (this.kvCapacity <= 0)
      throw new RangeError(`${this.deployment.model.name} does not fit on ${this.deployment.tensorParallel}× ${this.deployment.gpu.name} in ${this.deployment.weightPrecision}`);
    this.rng = new Prng(scenario.seed);
    this.lb = new LoadBalancer(scenario.fleet.loadBalancer, this.rng);
    const g = scenario.gateway;
    const provisioned = g.mode === 'provisioned';
    const quota = provisioned && g.unitTokensPerMinute !== null ? g.modelUnits * g.unitTokensPerMinute : g.tokensPerMinute;
    this.bucket = quota === null ? null : new TokenBucket(quota);
    this.autoscale = !provisioned && scenario.autoscaler.enabled;
    this.backgroundRate = provisioned ? 0 : g.backgroundArrivalRate;
    this.inputSampler = makeSampler(scenario.workload.inputTokens);
    this.outputSampler = makeSampler(scenario.workload.outputTokens);
    this.maxTokens = Math.max(1, Math.floor(this.kvCapacity / 2));
    this.gpuPricePerSecond = (scenario.fleet.gpuHourlyPrice * this.deployment.tensorParallel) / 3600;
    this.azUp = Array.from({ length: scenario.fleet.availabilityZones }, () => true);
    const channels = [...BASE_CHANNELS, ...this.azUp.map((_, i) => `readyAz${AZ_NAMES[i]}`), ...this.azUp.map((_, i) => `bootingAz${AZ_NAMES[i]}`)];
    this.series = new TimeSeries(channels, scenario.resolutionSeconds, 1440);
    this.row = new Float64Array(channels.length);
    this.bucketEnd = scenario.resolutionSeconds;

    if (scenario.workload.traceCsv !== undefined) {
      const parsed = parseTraceCsv(scenario.workload.traceCsv, this.maxTokens);
      if (!parsed.ok) throw new RangeError(`trace: ${parsed.errors.join('; ')}`);
      this.trace = parsed.trace;
      this.arrivalBound = 0;
    } else {
      this.trace = null;
      this.arrivalBound = maxArrivalRate(scenario.workload);
    }

    const a = scenario.autoscaler;
    const initial = provisioned ? g.modelUnits : (scenario.fleet.initialReplicas ?? (this.autoscale ? a.minReplicas : Math.max(1, a.minReplicas)));
    this.floor = provisioned ? g.modelUnits : this.autoscale ? a.minReplicas : initial;
    for (let i = 0; i < initial; i++) this.launch(0, true);

    const end = scenario.durationSeconds;
    if (this.trace) {
      if (this.trace.time[0]! <= end) this.heap.push(this.trace.time[0]!, ARRIVAL, 0);
    } else {
      const t = nextArrival(scenario.workload, this.arrivalBound, this.rng, 0, end);
      if (t < Infinity) this.heap.push(t, ARRIVAL, 0);
    }
    if (this.backgroundRate > 0) this.heap.push(this.rng.exponential(this.backgroundRate), BG_ARRIVAL, 0);
    this.heap.push(scenario.fleet.healthCheckSeconds, HEALTH_CHECK, 0);
    if (this.autoscale) {
      this.heap.push(a.evaluationSeconds, AUTOSCALE, 0);
      a.schedule.forEach((e, i) => this.heap.push(e.atSeconds, SCHEDULE, i));
    }
    scenario.faults.forEach((f, i) => {
      this.heap.push(f.atSeconds, FAULT_START, i);
      if (f.durationSeconds !== null) this.heap.push(f.atSeconds + f.durationSeconds, FAULT_END, i);
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
      // Accumulators are only advanced at event or bucket times, so slicing never changes the sums.
      this.closeBuckets(target);
      this.clock = target;
      if (target >= this.s.durationSeconds) {
        this.integrate(target);
        this.finish();
      }
    }
  }

  step(maxEvents: number): number {
    return this.process(maxEvents, Infinity);
  }

  private process(maxEvents: number, until: number): number {
    const heap = this.heap;
    const end = this.s.durationSeconds;
    let n = 0;
    while (n < maxEvents && !this.finished) {
      const t = heap.peekTime();
      if (t > until) break;
      if (t > end) {
        this.closeBuckets(end);
        this.integrate(end);
        this.clock = end;
        this.finish();
        break;
      }
      if (t >= this.bucketEnd) this.closeBuckets(t);
      heap.pop();
      n++;
      this.integrate(t);
      this.clock = t;
      const payload = heap.payload;
      switch (heap.kind) {
        case ITERATION:
          this.endIteration(this.replicas[payload]!, t);
          break;
        case ARRIVAL:
          this.onArrival(t, payload);
          break;
        case BG_ARRIVAL:
          this.onBackgroundArrival(t);
          break;
        case RETRY:
          this.attemptGateway(payload, t);
          break;
        case HEALTH_CHECK:
          this.onHealthCheck(t);
          break;
        case AUTOSCALE:
          this.onAutoscale(t);
          break;
        case PHASE:
          this.onPhase(this.replicas[payload]!, t);
          break;
        case FAULT_START:
          this.onFault(payload, t, true);
          break;
        case FAULT_END:
          this.onFault(payload, t, false);
          break;
        case SCHEDULE:
          this.floor = Math.min(this.s.autoscaler.maxReplicas, this.s.autoscaler.schedule[payload]!.minReplicas);
          this.enforceFloor(t);
          break;
      }
    }
    this.eventCount += n;
    return n;
  }

  private finish(): void {
    this.accrue(this.clock);
    this.finished = true;
  }

  private integrate(t: number): void {
    this.areaInSystem += this.ownInSystem * (t - this.lastT);
    this.lastT = t;
  }

  // ---- Workload and gateway -------------------------------------------------------------

  private onArrival(t: number, index: number): void {
    const end = this.s.durationSeconds;
    let input: number;
    let output: number;
    if (this.trace) {
      input = this.trace.inputTokens[index]!;
      output = this.trace.outputTokens[index]!;
      const next = index + 1;
      if (next < this.trace.time.length && this.trace.time[next]! <= end) this.heap.push(this.trace.time[next]!, ARRIVAL, next);
    } else {
      input = sampleTokens(this.inputSampler, this.rng, this.maxTokens);
      output = sampleTokens(this.outputSampler, this.rng, this.maxTokens);
      const next = nextArrival(this.s.workload, this.arrivalBound, this.rng, t, end);
      if (next < Infinity) this.heap.push(next, ARRIVAL, 0);
    }
    const id = this.store.alloc(t, input, output, false);
    this.arrivals++;
    this.bArrivals++;
    this.ownInSystem++;
    this.attemptGateway(id, t);
  }

  private onBackgroundArrival(t: number): void {
    this.heap.push(t + this.rng.exponential(this.backgroundRate), BG_ARRIVAL, 0);
    const input = sampleTokens(this.inputSampler, this.rng, this.maxTokens);
    const output = sampleTokens(this.outputSampler, this.rng, this.maxTokens);
    this.dispatch(this.store.alloc(t, input, output, true), t);
  }

  private attemptGateway(id: number, t: number): void {
    this.attempts++;
    this.bAttempts++;
    const cost = this.store.inputTokens[id]! + this.store.outputTokens[id]!;
    if (this.bucket !== null && !this.bucket.tryTake(t, cost)) {
      this.throttledAttempts++;
      this.bThrottled++;
      this.retryOrGiveUp(id, t, true);
      return;
    }
    this.admitted++;
    this.bAdmitted++;
    this.dispatch(id, t);
  }

  /** After a 429 (throttled) or a 5xx: the client backs off exponentially with full jitter, or gives up. */
  private retryOrGiveUp(id: number, t: number, throttled: boolean): void {
    const store = this.store;
    if (store.background[id] === 1) {
      store.release(id);
      return;
    }
    const attempt = ++store.attempt[id]!;
    const r = this.s.gateway.retries;
    if (r.enabled && attempt <= r.maxRetries) {
      this.retries++;
      const delay = this.rng.next() * Math.min(r.capSeconds, r.baseSeconds * 2 ** (attempt - 1));
      this.heap.push(t + delay, RETRY, id);
      return;
    }
    if (throttled) this.throttledFinal++;
    else {
      this.failedFinal++;
      this.bFailed++;
    }
    this.leave(id, t);
  }

  /** An own request leaves the system (completed, throttled or failed). */
  private leave(id: number, t: number): void {
    this.ownInSystem--;
    this.finishedCount++;
    this.sojournSum += t - this.store.arrival[id]!;
    this.store.release(id);
  }

  private dispatch(id: number, t: number): void {
    const i = this.lb.pick(this.routable);
    if (i < 0) {
      this.retryOrGiveUp(id, t, false);
      return;
    }
    const r = this.routable[i]!;
    this.store.replica[id] = r.id;
    r.waiting.push(id);
    if (!r.busy && r.state === 'ready') this.startIteration(r, t);
  }

  // ---- Replicas: continuous batching ----------------------------------------------------

  private startIteration(r: Replica, t: number): void {
    const store = this.store;
    const s = this.s.fleet;
    const cap = this.kvCapacity;
    while (r.waiting.size > 0 && r.prefill.size + r.decoding.size < s.maxBatch) {
      const id = r.waiting.peek();
      const need = store.inputTokens[id]! + store.outputTokens[id]!;
      if (r.kvReserved + need > cap) break;
      r.waiting.shift();
      r.kvReserved += need;
      r.prefill.push(id);
    }
    const decode = r.decoding.size;
    let budget = s.maxBatchedTokens - decode;
    let prefill = 0;
    let seqs = 0;
    let cached = 0;
    for (let j = 0; j < r.prefill.size && budget > 0; j++) {
      const id = r.prefill.at(j);
      const left = store.prefillLeft[id]!;
      const take = left < budget ? left : budget;
      prefill += take;
      budget -= take;
      seqs++;
      cached += store.inputTokens[id]! - left;
    }
    if (decode === 0 && prefill === 0) {
      r.busy = false;
      return;
    }
    const dt = this.iterationCost(decode, r.contextSum, prefill, seqs > 0 ? cached / seqs : 0, seqs > 0 ? seqs : 1);
    let occupancy = r.waiting.size > 0 ? 1 : (r.prefill.size + decode) / s.maxBatch;
    const kvShare = r.kvReserved / cap;
    if (kvShare > occupancy) occupancy = kvShare;
    const area = occupancy * dt;
    this.occupancyArea += area;
    this.autoOccupancyArea += area;
    this.bOccupancyArea += area;
    this.decodeArea += decode * dt;
    r.iterDecode = decode;
    r.iterPrefill = prefill;
    r.iterStart = t;
    r.busy = true;
    this.heap.push(t + dt, ITERATION, r.id);
  }

  private endIteration(r: Replica, t: number): void {
    r.busy = false;
    if (r.state === 'failed' || r.state === 'retired') return;
    const store = this.store;
    r.iterations++;
    const step = ++r.step;
    const decode = r.iterDecode;
    r.contextSum += decode;
    let tokens = decode;
    const decoding = r.decoding;
    while (decoding.size > 0 && decoding.peekKey() <= step) {
      const id = decoding.pop();
      r.contextSum -= store.inputTokens[id]! + store.outputTokens[id]!;
      this.complete(r, id, t);
    }
    let prefill = r.iterPrefill;
    while (prefill > 0 && r.prefill.size > 0) {
      const id = r.prefill.peek();
      const left = store.prefillLeft[id]!;
      if (left > prefill) {
        store.prefillLeft[id] = left - prefill;
        break;
      }
      prefill -= left;
      store.prefillLeft[id] = 0;
      r.prefill.shift();
      // The pass that finishes the prompt emits the first output token.
      store.firstToken[id] = t;
      tokens++;
      const out = store.outputTokens[id]!;
      if (out <= 1) this.complete(r, id, t);
      else {
        decoding.push(step + out - 1, id);
        r.contextSum += store.inputTokens[id]! + 1;
      }
    }
    this.generatedTokens += tokens;
    this.bTokens += tokens;
    if (r.state === 'draining' && r.outstanding() === 0) this.retire(r, t);
    else this.startIteration(r, t);
  }

  private complete(r: Replica, id: number, t: number): void {
    const store = this.store;
    const input = store.inputTokens[id]!;
    const output = store.outputTokens[id]!;
    r.kvReserved -= input + output;
    if (store.background[id] === 1) {
      this.backgroundCompleted++;
      store.release(id);
      return;
    }
    const arrival = store.arrival[id]!;
    const first = store.firstToken[id]!;
    const ttft = first - arrival;
    this.ttft.add(ttft);
    this.e2e.add(t - arrival);
    let met = ttft <= this.s.slo.ttftSeconds;
    if (output > 1) {
      const tpot = (t - first) / (output - 1);
      this.tpot.add(tpot);
      met = met && tpot <= this.s.slo.tpotSeconds;
    }
    if (met) this.sloMet++;
    this.completed++;
    this.bCompleted++;
    this.bTtftSum += ttft;
    this.inputTokens += input;
    this.outputTokens += output;
    this.leave(id, t);
  }

  // ---- Fleet: launch, readiness, failure, retirement ------------------------------------

  private accrue(t: number): void {
    const dt = t - this.lastAccrue;
    if (dt <= 0) return;
    this.billableArea += this.billableCount * dt;
    const ready = this.readyCount * dt;
    this.readyArea += ready;
    this.autoReadyArea += ready;
    this.bReadyArea += ready;
    this.lastAccrue = t;
  }

  private launch(t: number, immediately: boolean): boolean {
    let az = -1;
    let fewest = Infinity;
    const counts = this.azUp.map(() => 0);
    for (const r of this.replicas) if (r.state !== 'retired' && r.state !== 'failed') counts[r.az]!++;
    for (let i = 0; i < this.azUp.length; i++) {
      if (this.azUp[i] && counts[i]! < fewest) {
        fewest = counts[i]!;
        az = i;
      }
    }
    if (az < 0) return false;
    this.accrue(t);
    const r = new Replica(this.replicas.length, az);
    this.replicas.push(r);
    this.billableCount++;
    if (this.billableCount > this.peakBillable) this.peakBillable = this.billableCount;
    if (immediately) {
      r.state = 'ready';
      r.readyAt = t;
      this.readyCount++;
      this.routable.push(r);
      return true;
    }
    const a = this.s.autoscaler;
    const boot = this.rng.uniform(a.bootSeconds[0], a.bootSeconds[1]);
    const load = this.rng.uniform(a.loadSeconds[0], a.loadSeconds[1]);
    r.readyAt = t + boot + load;
    this.heap.push(t + boot, PHASE, r.id);
    return true;
  }

  private onPhase(r: Replica, t: number): void {
    if (r.state === 'booting') {
      r.state = 'loading';
      this.heap.push(r.readyAt, PHASE, r.id);
    } else if (r.state === 'loading') {
      this.accrue(t);
      r.state = 'ready';
      this.readyCount++;
      this.routable.push(r);
    }
  }

  /** Healthy = serving or on its way to serving (what the floor counts). */
  private healthyCount(): number {
    let n = 0;
    for (const r of this.replicas) if (r.state === 'booting' || r.state === 'loading' || r.state === 'ready') n++;
    return n;
  }

  private enforceFloor(t: number): void {
    let missing = this.floor - this.healthyCount();
    while (missing-- > 0) if (!this.launch(t, false)) break;
  }

  private removeRoutable(r: Replica): void {
    const i = this.routable.indexOf(r);
    if (i >= 0) this.routable.splice(i, 1);
  }

  private retire(r: Replica, t: number): void {
    this.accrue(t);
    if (r.state === 'ready' || r.state === 'draining') this.readyCount--;
    if (r.state !== 'failed') this.billableCount--;
    this.removeRoutable(r);
    r.state = 'retired';
  }

  private onFault(index: number, t: number, start: boolean): void {
    const az = this.s.faults[index]!.az;
    this.azUp[az] = !start;
    if (!start) {
      this.enforceFloor(t);
      return;
    }
    this.accrue(t);
    for (const r of this.replicas) {
      if (r.az !== az) continue;
      if (r.state === 'booting' || r.state === 'loading') this.retire(r, t);
      else if (r.state === 'ready' || r.state === 'draining') {
        // The servers are gone at once; the balancer only learns it from failed health checks.
        this.readyCount--;
        this.billableCount--;
        if (r.state === 'draining') this.removeRoutable(r);
        r.state = 'failed';
        r.failedChecks = 0;
      }
    }
  }

  private onHealthCheck(t: number): void {
    this.heap.push(t + this.s.fleet.healthCheckSeconds, HEALTH_CHECK, 0);
    let detected = false;
    for (const r of this.replicas) {
      if (r.state !== 'failed') continue;
      if (++r.failedChecks < this.s.fleet.unhealthyThreshold) continue;
      detected = true;
      this.removeRoutable(r);
      r.state = 'retired';
      this.redispatchAll(r, t);
    }
    if (detected) this.enforceFloor(t);
  }

  /** A failed server's requests start over elsewhere (their prompt is processed again). */
  private redispatchAll(r: Replica, t: number): void {
    const ids: number[] = [];
    while (r.waiting.size > 0) ids.push(r.waiting.shift());
    while (r.prefill.size > 0) ids.push(r.prefill.shift());
    while (r.decoding.size > 0) ids.push(r.decoding.pop());
    r.kvReserved = 0;
    r.contextSum = 0;
    const store = this.store;
    for (const id of ids) {
      store.prefillLeft[id] = store.inputTokens[id]!;
      store.firstToken[id] = NaN;
      this.redispatched++;
      this.dispatch(id, t);
    }
  }

  // ---- Autoscaler -----------------------------------------------------------------------

  private onAutoscale(t: number): void {
    const a = this.s.autoscaler;
    this.heap.push(t + a.evaluationSeconds, AUTOSCALE, 0);
    this.accrue(t);
    const utilization = this.autoReadyArea > 0 ? this.autoOccupancyArea / this.autoReadyArea : 0;
    this.autoReadyArea = 0;
    this.autoOccupancyArea = 0;
    const healthy = this.healthyCount();
    if (utilization > a.scaleOutUtilization) {
      if (Number.isNaN(this.aboveSince)) this.aboveSince = t - a.evaluationSeconds;
      if (t - this.aboveSince >= a.scaleOutWindowSeconds - 1e-9) {
        // Enough servers to bring utilization back to the threshold, at least one more.
        const desired = Math.ceil((this.readyCount * utilization) / a.scaleOutUtilization);
        const add = Math.min(Math.max(1, desired - healthy), a.maxReplicas - healthy);
        let launched = 0;
        for (let i = 0; i < add; i++) if (this.launch(t, false)) launched++;
        if (launched > 0) this.scaleOuts++;
        this.aboveSince = NaN;
      }
    } else this.aboveSince = NaN;
    if (utilization < a.scaleInUtilization) {
      if (Number.isNaN(this.belowSince)) this.belowSince = t - a.evaluationSeconds;
      if (t - this.belowSince >= a.scaleInWindowSeconds - 1e-9 && healthy > this.floor) {
        this.drainOne(t);
        this.scaleIns++;
        this.belowSince = NaN;
      }
    } else this.belowSince = NaN;
    this.enforceFloor(t);
  }

  private drainOne(t: number): void {
    let pick: Replica | null = null;
    for (const r of this.routable) if (r.state === 'ready' && (pick === null || r.outstanding() <= pick.outstanding())) pick = r;
    if (pick === null) return;
    this.removeRoutable(pick);
    pick.state = 'draining';
    if (pick.outstanding() === 0) this.retire(pick, t);
  }

  // ---- Metrics --------------------------------------------------------------------------

  private closeBuckets(t: number): void {
    const res = this.series.baseResolution;
    while (t >= this.bucketEnd) {
      this.integrate(this.bucketEnd);
      this.accrue(this.bucketEnd);
      let waiting = 0;
      let running = 0;
      let booting = 0;
      const azReady = this.azUp.map(() => 0);
      const azBooting = this.azUp.map(() => 0);
      for (const r of this.replicas) {
        if (r.state === 'retired') continue;
        if (r.state === 'booting' || r.state === 'loading') {
          booting++;
          azBooting[r.az]!++;
        }
        if (r.state === 'ready') azReady[r.az]!++;
        waiting += r.waiting.size;
        running += r.running;
      }
      const row = this.row;
      row[0] = this.bArrivals / res;
      row[1] = this.bAttempts / res;
      row[2] = this.bAdmitted / res;
      row[3] = this.bThrottled / res;
      row[4] = this.bCompleted / res;
      row[5] = this.bFailed / res;
      row[6] = waiting;
      row[7] = running;
      row[8] = this.ownInSystem;
      row[9] = booting;
      row[10] = this.readyCount;
      row[11] = this.bReadyArea > 0 ? Math.min(1, this.bOccupancyArea / this.bReadyArea) : 0;
      row[12] = this.bTokens / res;
      row[13] = this.billableCount * this.gpuPricePerSecond * 3600;
      row[14] = this.bCompleted > 0 ? this.bTtftSum / this.bCompleted : NaN;
      for (let i = 0; i < azReady.length; i++) {
        row[BASE_CHANNELS.length + i] = azReady[i]!;
        row[BASE_CHANNELS.length + azReady.length + i] = azBooting[i]!;
      }
      this.series.push(row);
      this.bArrivals = this.bAttempts = this.bAdmitted = this.bThrottled = this.bCompleted = this.bFailed = this.bTokens = 0;
      this.bTtftSum = this.bReadyArea = this.bOccupancyArea = 0;
      this.bucketEnd += res;
    }
  }

  /** Read-only: extrapolates the running integrals to `now` without advancing them. */
  summary(): FleetSummary {
    const T = this.clock;
    const sinceAccrue = Math.max(0, T - this.lastAccrue);
    const billableArea = this.billableArea + this.billableCount * sinceAccrue;
    const readyArea = this.readyArea + this.readyCount * sinceAccrue;
    const areaInSystem = this.areaInSystem + this.ownInSystem * Math.max(0, T - this.lastT);
    const cost = billableArea * this.gpuPricePerSecond;
    const tokens = this.inputTokens + this.outputTokens;
    const meanSojourn = this.finishedCount > 0 ? this.sojournSum / this.finishedCount : NaN;
    return {
      arrivals: this.arrivals,
      completed: this.completed,
      throttled: this.throttledFinal,
      failed: this.failedFinal,
      inSystem: this.ownInSystem,
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
      meanReplicas: T > 0 ? billableArea / T : this.billableCount,
      peakReplicas: this.peakBillable,
      meanUtilization: readyArea > 0 ? this.occupancyArea / readyArea : 0,
      outputTokensPerSecond: T > 0 ? this.generatedTokens / T : 0,
      meanInSystem: T > 0 ? areaInSystem / T : 0,
      littleLambdaW: T > 0 ? (this.arrivals / T) * meanSojourn : 0,
      meanDecoding: T > 0 ? this.decodeArea / T : 0,
      scaleOuts: this.scaleOuts,
      scaleIns: this.scaleIns,
    };
  }

  replicaViews(): ReplicaView[] {
    return this.replicas
      .filter((r) => r.state !== 'retired')
      .map((r) => ({
        id: r.id,
        az: r.az,
        state: r.state,
        running: r.running,
        waiting: r.waiting.size,
        kvUsedTokens: r.kvReserved,
        kvCapacityTokens: this.kvCapacity,
        readyAt: r.readyAt,
        iterations: r.iterations,
      }));
  }

  snapshot(): FleetSnapshot {
    return deepFreeze({
      kind: 'fleet' as const,
      time: this.clock,
      endTime: this.s.durationSeconds,
      events: this.eventCount,
      done: this.finished,
      series: this.series.snapshot(),
      summary: this.summary(),
      replicas: this.replicaViews(),
      availabilityZones: this.azUp.map((up, id) => ({ id, name: AZ_NAMES[id]!, up })),
    });
  }
}
