import { QuotaMeter } from '../../quota/quota-meter.ts';
import { makeSampler, sampleTokens, type Sampler } from '../distributions.ts';
import { AZ_NAMES, FLEET_CHANNELS } from '../fleet/fleet-metrics.ts';
import { FleetSimulation } from '../fleet-simulation.ts';
import type { RegionHooks } from './region-hooks.ts';
import { deepFreeze } from '../mmc-simulation.ts';
import { Monitoring } from '../ops/monitoring.ts';
import { Prng } from '../prng.ts';
import type { FleetScenario } from '../scenario-schema.ts';
import type { FleetEvent, FleetSnapshot, FleetSummary, RegionView, ReplicaView, Simulation } from '../simulation-types.ts';
import { TimeSeries } from '../time-series.ts';
import { parseTraceCsv, type Trace } from '../trace-csv.ts';
import { maxArrivalRate, nextArrival } from '../workload.ts';
import { FloatFifo } from './float-fifo.ts';
import { ProfileBooks } from './profile-books.ts';
import { combineRegionRows } from './profile-series.ts';
import { profileSummary } from './profile-summary.ts';
import { defaultRoundTripSeconds, profileIncludes } from './region-facts.ts';
import { routeProfileRequest, type RegionState } from './region-router.ts';

const MAX_WINDOWS = 1440;
const MAX_EVENTS = 1000;
/** Replica ids in a profile's snapshot: region × this + the server's number in its Region. */
export const REGION_ID_STRIDE = 1_000_000;

/** A per-Region seed: distinct streams, the same for the same scenario. */
function regionSeed(seed: number, region: number): number {
  return (seed + Math.imul(0x9e3779b9, region + 1)) >>> 0;
}

/**
 * Several Regions, each a full FleetSimulation (its own fleet, autoscaler, quotas, metrics, SLA books),
 * in one time order where they meet: the profile's arrivals, requests reaching a Region, answers
 * reaching the client, window ends (process). The client's books are in profile-books.ts, the windows'
 * and the summary's arithmetic in profile-series.ts and profile-summary.ts. Our clients call the source Region (index 0); each request sent through
 * the cross-Region inference profile (workload.crossRegionShare) goes to the least-loaded Region of the
 * profile with room (region-router.ts), travelling half the Region's round trip there and half back.
 * The profile's requests are metered against the source Region's cross-Region quota (the quota binds
 * where the client calls: bedrock-2026-facts.md §1.1, bedrock-api-facts.md §4); in-Region requests use the
 * source Region's in-Region quota. Simplification: an SDK retry goes back to the Region that answered.
 */
export class RegionalSimulation implements Simulation<FleetSnapshot> {
  readonly kind = 'fleet' as const;
  readonly regions: FleetSimulation[];
  private readonly s: FleetScenario;
  private readonly names: readonly string[];
  private readonly rtt: number[];
  private readonly inProfile: boolean[];
  private readonly rng: Prng;
  private readonly inputSampler: Sampler;
  private readonly outputSampler: Sampler;
  private readonly tokenCap: number;
  private readonly trace: Trace | null;
  private readonly arrivalBound: number;
  private nextArrivalAt = Infinity;
  private traceIndex = 0;
  /** Requests on their way to a Region (send time + half its round trip; tokens; cross flag) and answers on their way back. */
  private readonly transit: { at: FloatFifo; input: FloatFifo; output: FloatFifo; cross: FloatFifo }[];
  private readonly returns: { at: FloatFifo; sent: FloatFifo }[];
  private readonly states: RegionState[];
  /**
   * Per Region, read by the event loop instead of walking to each queue: its next event's time and the heads of
   * its transit and return queues (Infinity = none). Kept by refresh(k) after anything that may change them:
   * only the profile's own steps and Region k's events (its reports of answers leaving) touch Region k's.
   */
  private readonly nextAt: Float64Array;
  private readonly transitAt: Float64Array;
  private readonly returnAt: Float64Array;
  private clock = 0;
  private finished = false;
  private wrapperEvents = 0;
  private readonly books: ProfileBooks;
  // Per-window aggregation.
  private readonly series: TimeSeries;
  private readonly channels: string[];
  private readonly rows: Float64Array[];
  private readonly row: Float64Array;
  private readonly resolution: number;
  private windowEnd: number;
  private readonly monitoring: Monitoring;
  private readonly log: FleetEvent[] = [];
  constructor(scenario: FleetScenario) {
    this.s = scenario;
    const rg = scenario.regions;
    const n = rg.names.length;
    this.names = rg.names;
    this.rtt = rg.names.map((name, i) => rg.roundTripSeconds?.[i] ?? defaultRoundTripSeconds(rg.names[0]!, name));
    this.inProfile = rg.names.map((name) => profileIncludes(rg.profile, name));
    this.rng = new Prng(scenario.seed);
    const provisioned = scenario.gateway.mode === 'provisioned';
    const crossQuota = provisioned ? null : new QuotaMeter({ tokensPerMinute: scenario.gateway.crossRegionTokensPerMinute, tokensPerDay: null, requestsPerMinute: null });
    this.books = new ProfileBooks(this.rtt, scenario.slo);
    this.resolution = Math.max(scenario.resolutionSeconds, Math.ceil(scenario.durationSeconds / MAX_WINDOWS));
    this.windowEnd = this.resolution;
    const zones = scenario.fleet.availabilityZones;
    const azs = Array.from({ length: zones }, (_, i) => AZ_NAMES[i]!);
    this.channels = [...FLEET_CHANNELS, ...azs.map((a) => `readyAz${a}`), ...azs.map((a) => `bootingAz${a}`)];
    this.series = new TimeSeries(this.channels, this.resolution, MAX_WINDOWS);
    this.rows = rg.names.map(() => new Float64Array(this.channels.length));
    this.row = new Float64Array(this.channels.length);
    this.monitoring = new Monitoring(scenario.monitoring.alarms, scenario.monitoring.slaIntervalSeconds, (t, kind, detail) => this.note(t, kind, `Across the Regions: ${detail}`));

    this.regions = rg.names.map((_, k) => {
      const regional: FleetScenario = {
        ...scenario,
        seed: regionSeed(scenario.seed, k),
        gateway: { ...scenario.gateway, backgroundArrivalRate: rg.backgroundArrivalRate?.[k] ?? scenario.gateway.backgroundArrivalRate },
        // The rollout and the batch jobs run in the source Region.
        rollout: k === 0 ? scenario.rollout : null,
        batchJobs: k === 0 ? scenario.batchJobs : [],
      };
      return new FleetSimulation(regional, this.hooks(k, crossQuota));
    });
    this.states = rg.names.map((_, k) => ({ inProfile: this.inProfile[k]!, routable: 0, outstanding: 0, room: false, roundTripSeconds: this.rtt[k]! }));
    this.transit = rg.names.map(() => ({ at: new FloatFifo(), input: new FloatFifo(), output: new FloatFifo(), cross: new FloatFifo() }));
    this.returns = rg.names.map(() => ({ at: new FloatFifo(), sent: new FloatFifo() }));
    this.nextAt = new Float64Array(n);
    this.transitAt = new Float64Array(n);
    this.returnAt = new Float64Array(n);
    this.refreshAll();

    const w = scenario.workload;
    this.tokenCap = Math.max(1, Math.floor(this.regions[0]!.kvCapacity / 2));
    this.inputSampler = makeSampler(w.inputTokens);
    this.outputSampler = makeSampler(w.outputTokens);
    if (w.traceCsv !== undefined) {
      const parsed = parseTraceCsv(w.traceCsv, this.tokenCap);
      if (!parsed.ok) throw new RangeError(`trace: ${parsed.errors.join('; ')}`);
      this.trace = parsed.trace;
      this.arrivalBound = 0;
      this.nextArrivalAt = this.trace.time.length > 0 ? this.trace.time[0]! : Infinity;
    } else {
      this.trace = null;
      this.arrivalBound = maxArrivalRate(w);
      this.nextArrivalAt = nextArrival(w, this.arrivalBound, this.rng, 0, scenario.durationSeconds);
    }
    if (n < 2) throw new RangeError('RegionalSimulation needs at least two Regions (one Region runs as a FleetSimulation)');
  }

  private refresh(k: number): void {
    this.nextAt[k] = this.regions[k]!.nextEventTime;
    const tr = this.transit[k]!.at;
    this.transitAt[k] = tr.size > 0 ? tr.head : Infinity;
    const back = this.returns[k]!.at;
    this.returnAt[k] = back.size > 0 ? back.head : Infinity;
  }

  private refreshAll(): void {
    for (let k = 0; k < this.regions.length; k++) this.refresh(k);
  }

  private hooks(k: number, crossQuota: QuotaMeter | null): RegionHooks {
    const books = this.books;
    return {
      region: k,
      crossRegionQuota: crossQuota,
      completed: (t, arrival, firstToken, output) => books.reportCompleted(k, t, arrival, firstToken, output),
      left: (t, arrival) => {
        const half = this.rtt[k]! / 2;
        const back = this.returns[k]!;
        back.at.push(t + half);
        back.sent.push(arrival - half);
      },
      queueWait: (tier, seconds) => books.reportQueueWait(k, this.regions[k]!.now, tier, seconds),
      window: (_end, read) => {
        const row = this.rows[k]!;
        const channels = this.channels;
        for (let c = 0; c < channels.length; c++) row[c] = read(channels[c]!);
      },
    };
  }

  private note(time: number, kind: FleetEvent['kind'], detail: string): void {
    if (this.log.length < MAX_EVENTS) this.log.push({ time, kind, detail });
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
    let n = this.wrapperEvents;
    for (const r of this.regions) n += r.events;
    return n;
  }

  run(): void {
    while (!this.finished) this.process(1 << 20, Infinity);
  }

  step(maxEvents: number): number {
    return this.process(maxEvents, Infinity);
  }

  runUntil(time: number): void {
    const target = Math.min(time, this.s.durationSeconds);
    while (!this.finished && this.nextTime() <= target) this.process(65536, target);
    if (!this.finished && target >= this.clock) {
      this.closeWindows(target);
      this.integrate(target);
      this.clock = target;
      for (const r of this.regions) r.runUntil(target);
      this.refreshAll();
      this.books.flush();
      if (target >= this.s.durationSeconds) this.finished = true;
    }
  }

  private nextTime(): number {
    let t = this.nextArrivalAt;
    for (let k = 0; k < this.regions.length; k++) {
      const a = this.regions[k]!.nextEventTime;
      if (a < t) t = a;
      const tr = this.transit[k]!.at;
      if (tr.size > 0 && tr.head < t) t = tr.head;
      const back = this.returns[k]!.at;
      if (back.size > 0 && back.head < t) t = back.head;
    }
    return t;
  }

  private integrate(t: number): void {
    this.books.integrate(t);
  }

  private process(maxEvents: number, until: number): number {
    const end = this.s.durationSeconds;
    const regions = this.regions;
    const n = regions.length;
    const nextAt = this.nextAt;
    const transitAt = this.transitAt;
    const returnAt = this.returnAt;
    let done = 0;
    while (done < maxEvents && !this.finished) {
      // The earliest of: the next arrival, each Region's transit and return queues, and the Regions' next events.
      let other = this.nextArrivalAt;
      let what = 0; // 0 arrival, 2 transit, 3 return
      let k = -1;
      let bestR = Infinity;
      for (let i = 0; i < n; i++) {
        const a = nextAt[i]!;
        if (a < bestR) bestR = a;
        const tr = transitAt[i]!;
        if (tr < other) {
          other = tr;
          what = 2;
          k = i;
        }
        const back = returnAt[i]!;
        if (back < other) {
          other = back;
          what = 3;
          k = i;
        }
      }
      const t = Math.min(other, bestR);
      if (t > until) break;
      if (t > end) {
        this.closeWindows(end);
        this.integrate(end);
        this.clock = end;
        for (const r of regions) r.runUntil(end);
        this.refreshAll();
        this.books.flush();
        this.finished = true;
        break;
      }
      if (t >= this.windowEnd) this.closeWindows(t);
      if (bestR < other) {
        // A Region's events touch no other Region and none of the profile's state but its books (buffered,
        // merged back in time order) and its return queue: so each Region runs alone up to the profile's next
        // event, the window's end or the slice's end, not event by event in one global order (3× fewer
        // wrapper steps for the same events in the same order within each Region).
        const limit = Math.min(other, this.windowEnd, until, end);
        let latest = this.clock;
        for (let i = 0; i < n; i++) {
          if (nextAt[i]! > limit) continue;
          const r = regions[i]!;
          done += r.advance(Number.MAX_SAFE_INTEGER, limit);
          this.refresh(i);
          if (r.now > latest) latest = r.now;
        }
        this.books.flush();
        this.clock = latest;
        continue;
      }
      this.integrate(t);
      this.clock = t;
      done++;
      if (what === 0) this.onArrival(t);
      else if (what === 2) {
        const q = this.transit[k]!;
        q.at.shift();
        this.books.inTransit--;
        regions[k]!.inject(t, q.input.shift(), q.output.shift(), q.cross.shift() === 1);
        this.refresh(k);
      } else {
        const q = this.returns[k]!;
        q.at.shift();
        this.books.returned(t, q.sent.shift());
        this.refresh(k);
      }
    }
    this.books.flush();
    return done;
  }

  private onArrival(t: number): void {
    const w = this.s.workload;
    const end = this.s.durationSeconds;
    let input: number;
    let output: number;
    if (this.trace) {
      const i = this.traceIndex++;
      input = this.trace.inputTokens[i]!;
      output = this.trace.outputTokens[i]!;
      const next = i + 1;
      this.nextArrivalAt = next < this.trace.time.length && this.trace.time[next]! <= end ? this.trace.time[next]! : Infinity;
    } else {
      input = sampleTokens(this.inputSampler, this.rng, this.tokenCap);
      output = sampleTokens(this.outputSampler, this.rng, this.tokenCap);
      this.nextArrivalAt = nextArrival(w, this.arrivalBound, this.rng, t, end);
    }
    this.wrapperEvents++;
    const books = this.books;
    books.arrivals++;
    books.inSystem++;
    const share = w.crossRegionShare;
    const cross = share > 0 && (share >= 1 || this.rng.next() < share);
    let k = 0;
    if (cross) {
      const states = this.states;
      for (let i = 0; i < this.regions.length; i++) {
        if (!states[i]!.inProfile) continue;
        const st = this.regions[i]!.routingState();
        states[i]!.routable = st.routable;
        states[i]!.outstanding = st.outstanding;
        states[i]!.room = st.room;
      }
      const choice = routeProfileRequest(states);
      k = choice.chosen;
      if (choice.spilled) {
        books.spilledOut[choice.preferred]!++;
        books.spilledIn[k]!++;
      }
    }
    books.routed[k]!++;
    const half = this.rtt[k]! / 2;
    if (half > 0) {
      const q = this.transit[k]!;
      q.at.push(t + half);
      q.input.push(input);
      q.output.push(output);
      q.cross.push(cross ? 1 : 0);
      books.inTransit++;
    } else this.regions[k]!.inject(t, input, output, cross);
    this.refresh(k);
  }

  /** Closes every window ending by `t` in every Region, then the profile's own (from the Regions' rows). */
  private closeWindows(t: number): void {
    const res = this.resolution;
    while (t >= this.windowEnd) {
      const end = this.windowEnd;
      for (const r of this.regions) r.syncWindows(end);
      this.refreshAll();
      this.books.flush();
      this.integrate(end);
      this.aggregateRow(res);
      this.series.push(this.row);
      const row = this.row;
      const index = new Map(this.channels.map((c, i) => [c, i]));
      this.monitoring.onWindow(end, (c) => row[index.get(c)!]!, res);
      this.windowEnd += res;
    }
  }

  private aggregateRow(res: number): void {
    const row = this.row;
    const channels = this.channels;
    combineRegionRows(this.rows, channels, row);
    // As the client sees it: round trips included.
    this.books.closeWindow((name, value) => {
      row[channels.indexOf(name)] = value;
    }, res);
  }

  /** Whether Region `k` is inside a Region outage at `t`. */
  private regionDown(k: number, t: number): boolean {
    return this.s.faults.some((f) => f.kind === 'region-outage' && f.region === k && f.atSeconds <= t && (f.durationSeconds === null || t < f.atSeconds + f.durationSeconds));
  }

  regionViews(parts: readonly FleetSummary[]): RegionView[] {
    return this.regions.map((r, k) => {
      const fs = r.fleetState();
      const sum = parts[k]!;
      return {
        index: k,
        name: this.names[k]!,
        source: k === 0,
        inProfile: this.inProfile[k]!,
        roundTripSeconds: this.rtt[k]!,
        up: !this.regionDown(k, this.clock),
        replicasReady: fs.ready,
        replicasBooting: fs.booting,
        meanReplicas: sum.meanReplicas,
        routed: this.books.routed[k]!,
        completed: sum.completed,
        spilledIn: this.books.spilledIn[k]!,
        spilledOut: this.books.spilledOut[k]!,
        throttled: sum.throttled,
        failed: sum.failed,
        ttftP99: this.books.regionTtft[k]!.quantile(0.99),
        e2eP99: this.books.regionE2e[k]!.quantile(0.99),
        availability: r.monitoringView().availability,
        cost: sum.cost,
      };
    });
  }

  summary(): FleetSummary {
    return this.summaryOf(this.regions.map((r) => r.summary()));
  }

  private summaryOf(parts: readonly FleetSummary[]): FleetSummary {
    return profileSummary(
      parts,
      this.regions.map((r) => r.fleetState()),
      this.books,
      this.clock,
    );
  }

  replicaViews(): ReplicaView[] {
    return this.regions.flatMap((r, k) => r.replicaViews().map((v) => ({ ...v, id: k * REGION_ID_STRIDE + v.id })));
  }

  snapshot(): FleetSnapshot {
    const parts = this.regions.map((r) => r.summary());
    const log: FleetEvent[] = [...this.log];
    this.regions.forEach((r, k) => {
      for (const e of r.eventLogView()) log.push({ time: e.time, kind: e.kind, detail: `${this.names[k]}: ${e.detail}` });
    });
    log.sort((a, b) => a.time - b.time);
    return deepFreeze({
      kind: 'fleet' as const,
      time: this.clock,
      endTime: this.s.durationSeconds,
      events: this.events,
      done: this.finished,
      series: this.series.snapshot(),
      summary: this.summaryOf(parts),
      replicas: this.replicaViews(),
      availabilityZones: this.regions.flatMap((r, k) => r.zonesUp().map((up, id) => ({ id, name: `${this.names[k]}${AZ_NAMES[id]}`, up, region: k }))),
      eventLog: log.slice(0, MAX_EVENTS),
      rollout: this.regions[0]!.rolloutView(),
      batchJobs: this.regions[0]!.batchJobViews(),
      monitoring: this.monitoring.view(),
      regions: this.regionViews(parts),
    });
  }
}
