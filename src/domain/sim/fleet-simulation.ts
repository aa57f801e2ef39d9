import { kvCapacityTokens, makeDeployment, defaultDeployment, type Deployment } from '../gpu/roofline.ts';
import { compileIterationCost } from './iteration-cost.ts';
import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';
import { makeSampler, sampleTokens, type Sampler } from './distributions.ts';
import { EventHeap } from './event-heap.ts';
import { Autoscaler } from './fleet/autoscaler.ts';
import { ContinuousBatching } from './fleet/batching.ts';
import { EV } from './fleet/event-kinds.ts';
import { AZ_NAMES, FleetMetrics } from './fleet/fleet-metrics.ts';
import { Gateway } from './fleet/gateway.ts';
import { ReplicaFleet } from './fleet/replica-fleet.ts';
import { LoadBalancer } from './load-balancer.ts';
import { deepFreeze } from './mmc-simulation.ts';
import { Prng } from './prng.ts';
import type { Replica } from './replica.ts';
import { RequestStore } from './request-store.ts';
import type { FleetScenario } from './scenario-schema.ts';
import type { FleetSnapshot, FleetSummary, ReplicaView, Simulation } from './simulation-types.ts';
import { TokenBucket } from './token-bucket.ts';
import { parseTraceCsv, type Trace } from './trace-csv.ts';
import { maxArrivalRate, nextArrival } from './workload.ts';

export { AZ_NAMES };

/** Resolves the scenario's server: model, GPUs and precision, through the shared roofline model. */
export function fleetDeployment(s: FleetScenario): Deployment {
  const model = MODEL_ARCHITECTURES.find((m) => m.id === s.fleet.model);
  if (!model) throw new RangeError(`unknown model ${s.fleet.model}`);
  const base = defaultDeployment(model);
  const overrides = s.fleet.cpuOverheadSeconds === undefined ? {} : { cpuOverheadSeconds: s.fleet.cpuOverheadSeconds };
  return makeDeployment(model, s.fleet.tensorParallel ?? base.tensorParallel, s.fleet.precision ?? base.weightPrecision, overrides);
}

/**
 * The LLM fleet: workload → gateway (quota, client retries) → load balancer → replicas with
 * continuous batching whose iteration time comes from the shared roofline → autoscaler, faults and
 * metrics. This class is the event loop and the wiring; each job lives in its own module under
 * ./fleet/: batching, gateway, replica lifecycle, autoscaler, metrics. One event per replica
 * iteration, never per token.
 */
export class FleetSimulation implements Simulation<FleetSnapshot> {
  readonly kind = 'fleet' as const;
  readonly deployment: Deployment;
  readonly kvCapacity: number;
  private readonly s: FleetScenario;
  private readonly heap = new EventHeap(1024);
  private readonly rng: Prng;
  private readonly store = new RequestStore(4096);
  private readonly fleet: ReplicaFleet;
  private readonly batching: ContinuousBatching;
  private readonly gateway: Gateway;
  private readonly metrics: FleetMetrics;
  private readonly autoscaler: Autoscaler | null;
  private readonly inputSampler: Sampler;
  private readonly outputSampler: Sampler;
  private readonly maxTokens: number;
  private readonly trace: Trace | null;
  private readonly arrivalBound: number;
  private readonly backgroundRate: number;
  private clock = 0;
  private finished = false;
  private eventCount = 0;

  constructor(scenario: FleetScenario) {
    this.s = scenario;
    this.deployment = fleetDeployment(scenario);
    this.kvCapacity = kvCapacityTokens(this.deployment);
    const iterationCost = compileIterationCost(this.deployment);
    if (this.kvCapacity <= 0)
      throw new RangeError(`${this.deployment.model.name} does not fit on ${this.deployment.tensorParallel}× ${this.deployment.gpu.name} in ${this.deployment.weightPrecision}`);
    this.rng = new Prng(scenario.seed);
    const lb = new LoadBalancer(scenario.fleet.loadBalancer, this.rng);
    const g = scenario.gateway;
    const provisioned = g.mode === 'provisioned';
    const quota = provisioned && g.unitTokensPerMinute !== null ? g.modelUnits * g.unitTokensPerMinute : g.tokensPerMinute;
    const bucket = quota === null ? null : new TokenBucket(quota);
    const autoscale = !provisioned && scenario.autoscaler.enabled;
    this.backgroundRate = provisioned ? 0 : g.backgroundArrivalRate;
    this.inputSampler = makeSampler(scenario.workload.inputTokens);
    this.outputSampler = makeSampler(scenario.workload.outputTokens);
    this.maxTokens = Math.max(1, Math.floor(this.kvCapacity / 2));
    const gpuPricePerSecond = (scenario.fleet.gpuHourlyPrice * this.deployment.tensorParallel) / 3600;
    const a = scenario.autoscaler;
    const f = scenario.fleet;
    this.fleet = new ReplicaFleet(
      { availabilityZones: f.availabilityZones, healthCheckSeconds: f.healthCheckSeconds, unhealthyThreshold: f.unhealthyThreshold, bootSeconds: a.bootSeconds, loadSeconds: a.loadSeconds },
      this.heap,
      this.rng,
    );
    this.batching = new ContinuousBatching(this.store, this.kvCapacity, { maxBatch: f.maxBatch, maxBatchedTokens: f.maxBatchedTokens }, iterationCost, this.heap, {
      complete: (r, id, t) => this.complete(r, id, t),
    });
    this.metrics = new FleetMetrics(scenario.resolutionSeconds, f.availabilityZones, scenario.slo, this.fleet, this.batching, gpuPricePerSecond);
    this.gateway = new Gateway(this.store, bucket, g.retries, this.rng, this.heap, this.metrics, this.fleet, lb, this.batching);
    this.autoscaler = autoscale ? new Autoscaler(a, this.fleet, this.batching, this.heap) : null;

    if (scenario.workload.traceCsv !== undefined) {
      const parsed = parseTraceCsv(scenario.workload.traceCsv, this.maxTokens);
      if (!parsed.ok) throw new RangeError(`trace: ${parsed.errors.join('; ')}`);
      this.trace = parsed.trace;
      this.arrivalBound = 0;
    } else {
      this.trace = null;
      this.arrivalBound = maxArrivalRate(scenario.workload);
    }

    const initial = provisioned ? g.modelUnits : (f.initialReplicas ?? (autoscale ? a.minReplicas : Math.max(1, a.minReplicas)));
    this.fleet.floor = provisioned ? g.modelUnits : autoscale ? a.minReplicas : initial;
    for (let i = 0; i < initial; i++) this.fleet.launch(0, true);

    const end = scenario.durationSeconds;
    if (this.trace) {
      if (this.trace.time[0]! <= end) this.heap.push(this.trace.time[0]!, EV.ARRIVAL, 0);
    } else {
      const t = nextArrival(scenario.workload, this.arrivalBound, this.rng, 0, end);
      if (t < Infinity) this.heap.push(t, EV.ARRIVAL, 0);
    }
    if (this.backgroundRate > 0) this.heap.push(this.rng.exponential(this.backgroundRate), EV.BG_ARRIVAL, 0);
    this.heap.push(f.healthCheckSeconds, EV.HEALTH_CHECK, 0);
    this.autoscaler?.start();
    scenario.faults.forEach((fault, i) => {
      this.heap.push(fault.atSeconds, EV.FAULT_START, i);
      if (fault.durationSeconds !== null) this.heap.push(fault.atSeconds + fault.durationSeconds, EV.FAULT_END, i);
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
        case EV.ITERATION: {
          const r = this.fleet.replicas[payload]!;
          if (this.batching.endIteration(r, t)) {
            if (r.state === 'draining' && r.outstanding() === 0) this.fleet.retire(r, t);
            else this.batching.startIteration(r, t);
          }
          break;
        }
        case EV.ARRIVAL:
          this.onArrival(t, payload);
          break;
        case EV.BG_ARRIVAL:
          this.onBackgroundArrival(t);
          break;
        case EV.RETRY:
          this.gateway.attempt(payload, t);
          break;
        case EV.HEALTH_CHECK:
          this.fleet.onHealthCheck(t, (r) => this.redispatchAll(r, t));
          break;
        case EV.AUTOSCALE: {
          const d = this.autoscaler!.onEvaluate(t);
          if (d.launched > 0) metrics.scaleOuts++;
          if (d.drained) metrics.scaleIns++;
          break;
        }
        case EV.PHASE:
          this.fleet.onPhase(this.fleet.replicas[payload]!, t);
          break;
        case EV.FAULT_START:
          this.fleet.onZone(this.s.faults[payload]!.az, t, true);
          break;
        case EV.FAULT_END:
          this.fleet.onZone(this.s.faults[payload]!.az, t, false);
          break;
        case EV.SCHEDULE:
          this.autoscaler!.onSchedule(payload, t);
          break;
      }
    }
    this.eventCount += n;
    return n;
  }

  private finish(): void {
    this.fleet.accrue(this.clock);
    this.finished = true;
  }

  // ---- Workload -------------------------------------------------------------------------

  private onArrival(t: number, index: number): void {
    const end = this.s.durationSeconds;
    let input: number;
    let output: number;
    if (this.trace) {
      input = this.trace.inputTokens[index]!;
      output = this.trace.outputTokens[index]!;
      const next = index + 1;
      if (next < this.trace.time.length && this.trace.time[next]! <= end) this.heap.push(this.trace.time[next]!, EV.ARRIVAL, next);
    } else {
      input = sampleTokens(this.inputSampler, this.rng, this.maxTokens);
      output = sampleTokens(this.outputSampler, this.rng, this.maxTokens);
      const next = nextArrival(this.s.workload, this.arrivalBound, this.rng, t, end);
      if (next < Infinity) this.heap.push(next, EV.ARRIVAL, 0);
    }
    const id = this.store.alloc(t, input, output, false);
    this.metrics.onArrival();
    this.gateway.attempt(id, t);
  }

  private onBackgroundArrival(t: number): void {
    this.heap.push(t + this.rng.exponential(this.backgroundRate), EV.BG_ARRIVAL, 0);
    const input = sampleTokens(this.inputSampler, this.rng, this.maxTokens);
    const output = sampleTokens(this.outputSampler, this.rng, this.maxTokens);
    this.gateway.dispatch(this.store.alloc(t, input, output, true), t);
  }

  /** The batcher finished a request. */
  private complete(_r: Replica, id: number, t: number): void {
    const store = this.store;
    if (store.background[id] === 1) {
      this.metrics.backgroundCompleted++;
      store.release(id);
      return;
    }
    this.metrics.onCompleted(t, store.arrival[id]!, store.firstToken[id]!, store.inputTokens[id]!, store.outputTokens[id]!);
    this.gateway.leave(id, t);
  }

  /** A failed server's requests start over elsewhere (their prompt is processed again). */
  private redispatchAll(r: Replica, t: number): void {
    const store = this.store;
    for (const id of this.batching.evacuate(r)) {
      store.prefillLeft[id] = store.inputTokens[id]!;
      store.firstToken[id] = NaN;
      this.metrics.redispatched++;
      this.gateway.dispatch(id, t);
    }
  }

  // ---- Read-outs ------------------------------------------------------------------------

  summary(): FleetSummary {
    return this.metrics.summary(this.clock);
  }

  replicaViews(): ReplicaView[] {
    return this.fleet.replicas
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
      series: this.metrics.series.snapshot(),
      summary: this.summary(),
      replicas: this.replicaViews(),
      availabilityZones: this.fleet.azUp.map((up, id) => ({ id, name: AZ_NAMES[id]!, up })),
    });
  }
}
