import type { Prng } from '../prng.ts';
import { Replica } from '../replica.ts';
import { EV, type Scheduler } from './event-kinds.ts';

export type LifecycleConfig = {
  availabilityZones: number;
  healthCheckSeconds: number;
  unhealthyThreshold: number;
  bootSeconds: readonly [number, number];
  loadSeconds: readonly [number, number];
};

/**
 * Replica lifecycle: launch into the emptiest healthy zone, boot, load weights, serve, drain, retire;
 * zone failures and their detection by health checks. Also the replica-time books (billable and ready
 * replica-seconds), accrued whenever a count changes, from which cost and utilization are read.
 */
export class ReplicaFleet {
  readonly replicas: Replica[] = [];
  /** Ready replicas the load balancer believes healthy (failed ones stay until detected). */
  readonly routable: Replica[] = [];
  /** The routable replicas by rollout group (Replica.group: 0 = current version, 1 = new version, 2 = canary baseline). */
  readonly routableByGroup: [Replica[], Replica[], Replica[]] = [[], [], []];
  /** The group new servers join (the autoscaler's and the floor's launches): 0 or 1, never the baseline. */
  launchGroup = 0;
  readonly azUp: boolean[];
  readyCount = 0;
  billableCount = 0;
  peakBillable = 0;
  /** Replica-seconds since the start: billable (booting included) and ready. */
  billableArea = 0;
  readyArea = 0;
  private lastAccrue = 0;
  /** Servers to keep (healthy) at least: the autoscaler's minimum or a schedule's. */
  floor = 0;

  constructor(
    private readonly config: LifecycleConfig,
    private readonly scheduler: Scheduler,
    private readonly rng: Prng,
  ) {
    this.azUp = Array.from({ length: config.availabilityZones }, () => true);
  }

  /** Brings the replica-time books up to `t`. */
  accrue(t: number): void {
    const dt = t - this.lastAccrue;
    if (dt <= 0) return;
    this.billableArea += this.billableCount * dt;
    this.readyArea += this.readyCount * dt;
    this.lastAccrue = t;
  }

  /** Ready replica-seconds up to `t` without advancing the books (read-only extrapolation). */
  readyAreaAt(t: number): number {
    return this.readyArea + this.readyCount * Math.max(0, t - this.lastAccrue);
  }

  billableAreaAt(t: number): number {
    return this.billableArea + this.billableCount * Math.max(0, t - this.lastAccrue);
  }

  /** Starts a server in the healthy zone with the fewest; `immediately` = ready at once (time 0). */
  launch(t: number, immediately: boolean, group = this.launchGroup): boolean {
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
    r.group = group;
    r.version = group === 1 ? 1 : 0;
    this.replicas.push(r);
    this.billableCount++;
    if (this.billableCount > this.peakBillable) this.peakBillable = this.billableCount;
    if (immediately) {
      r.state = 'ready';
      r.readyAt = t;
      this.readyCount++;
      this.addRoutable(r);
      return true;
    }
    const c = this.config;
    const boot = this.rng.uniform(c.bootSeconds[0], c.bootSeconds[1]);
    const load = this.rng.uniform(c.loadSeconds[0], c.loadSeconds[1]);
    r.readyAt = t + boot + load;
    this.scheduler.push(t + boot, EV.PHASE, r.id);
    return true;
  }

  /** Boot finished → weight load; weight load finished → ready. Returns the replica if it just became ready. */
  onPhase(r: Replica, t: number): Replica | null {
    if (r.state === 'booting') {
      r.state = 'loading';
      this.scheduler.push(r.readyAt, EV.PHASE, r.id);
    } else if (r.state === 'loading') {
      this.accrue(t);
      r.state = 'ready';
      this.readyCount++;
      this.addRoutable(r);
      return r;
    }
    return null;
  }

  /** Healthy = serving or on its way to serving (what the floor counts). */
  healthyCount(): number {
    let n = 0;
    for (const r of this.replicas) if (r.state === 'booting' || r.state === 'loading' || r.state === 'ready') n++;
    return n;
  }

  enforceFloor(t: number): void {
    let missing = this.floor - this.healthyCount();
    while (missing-- > 0) if (!this.launch(t, false)) break;
  }

  /** Healthy (booting, loading or ready) and ready servers of one rollout group. */
  countOf(group: number): { healthy: number; ready: number } {
    let healthy = 0;
    let ready = 0;
    for (const r of this.replicas) {
      if (r.group !== group) continue;
      if (r.state === 'ready') ready++;
      if (r.state === 'booting' || r.state === 'loading' || r.state === 'ready') healthy++;
    }
    return { healthy, ready };
  }

  private addRoutable(r: Replica): void {
    this.routable.push(r);
    this.routableByGroup[r.group]!.push(r);
  }

  removeRoutable(r: Replica): void {
    const i = this.routable.indexOf(r);
    if (i >= 0) this.routable.splice(i, 1);
    const list = this.routableByGroup[r.group]!;
    const j = list.indexOf(r);
    if (j >= 0) list.splice(j, 1);
  }

  /**
   * Takes the servers of `group` beyond the first `keep` healthy ones out of service: ready ones drain
   * (retire once empty), starting ones stop. Returns how many.
   */
  drainGroup(group: number, t: number, keep = 0): number {
    let n = 0;
    let kept = 0;
    for (const r of this.replicas) {
      if (r.group !== group) continue;
      if ((r.state === 'booting' || r.state === 'loading' || r.state === 'ready') && kept < keep) {
        kept++;
        continue;
      }
      if (r.state === 'booting' || r.state === 'loading') {
        this.retire(r, t);
        n++;
      } else if (r.state === 'ready') {
        this.removeRoutable(r);
        r.state = 'draining';
        if (r.outstanding() === 0) this.retire(r, t);
        n++;
      }
    }
    return n;
  }

  retire(r: Replica, t: number): void {
    this.accrue(t);
    if (r.state === 'ready' || r.state === 'draining') this.readyCount--;
    if (r.state !== 'failed') this.billableCount--;
    this.removeRoutable(r);
    r.state = 'retired';
  }

  /** A zone goes down (its servers fail at once; the balancer learns it from health checks) or comes back. */
  onZone(az: number, t: number, down: boolean): void {
    this.azUp[az] = !down;
    if (!down) {
      this.enforceFloor(t);
      return;
    }
    this.accrue(t);
    for (const r of this.replicas) {
      if (r.az !== az) continue;
      if (r.state === 'booting' || r.state === 'loading') this.retire(r, t);
      else if (r.state === 'ready' || r.state === 'draining') {
        this.readyCount--;
        this.billableCount--;
        if (r.state === 'draining') this.removeRoutable(r);
        r.state = 'failed';
        r.failedChecks = 0;
      }
    }
  }

  /**
   * One health-check round: each failed replica detected now leaves routing and is retired, and
   * `onDetected` re-dispatches its requests at once (before the next one is checked). Then the floor
   * is restored. Returns whether any was detected.
   */
  onHealthCheck(t: number, onDetected: (r: Replica) => void): boolean {
    this.scheduler.push(t + this.config.healthCheckSeconds, EV.HEALTH_CHECK, 0);
    let detected = false;
    for (const r of this.replicas) {
      if (r.state !== 'failed') continue;
      if (++r.failedChecks < this.config.unhealthyThreshold) continue;
      detected = true;
      this.removeRoutable(r);
      r.state = 'retired';
      onDetected(r);
    }
    if (detected) this.enforceFloor(t);
    return detected;
  }

  /** Takes the least-loaded ready replica of the launch group out of routing; it retires once empty. */
  drainOne(t: number): void {
    let pick: Replica | null = null;
    for (const r of this.routable) if (r.state === 'ready' && r.group === this.launchGroup && (pick === null || r.outstanding() <= pick.outstanding())) pick = r;
    if (pick === null) return;
    this.removeRoutable(pick);
    pick.state = 'draining';
    if (pick.outstanding() === 0) this.retire(pick, t);
  }
}
