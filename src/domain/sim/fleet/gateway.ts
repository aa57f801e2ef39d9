import type { LoadBalancer } from '../load-balancer.ts';
import type { Prng } from '../prng.ts';
import type { RequestStore } from '../request-store.ts';
import type { TokenBucket } from '../token-bucket.ts';
import type { ContinuousBatching } from './batching.ts';
import { EV, type Scheduler } from './event-kinds.ts';
import type { FleetMetrics } from './fleet-metrics.ts';
import type { ReplicaFleet } from './replica-fleet.ts';

export type RetryConfig = { enabled: boolean; maxRetries: number; baseSeconds: number; capSeconds: number };

/**
 * The managed service's front door: the token quota, the clients' retries, and routing to a server.
 * A request that passes the quota goes to the server the balancer picks (and starts an iteration
 * there if it was idle); one that does not, or finds no server, is retried by its client or given up.
 */
export class Gateway {
  constructor(
    private readonly store: RequestStore,
    private readonly bucket: TokenBucket | null,
    private readonly retries: RetryConfig,
    private readonly rng: Prng,
    private readonly scheduler: Scheduler,
    private readonly metrics: FleetMetrics,
    private readonly fleet: ReplicaFleet,
    private readonly lb: LoadBalancer,
    private readonly batching: ContinuousBatching,
  ) {}

  /** One attempt of our request `id` at the gateway at `t`. */
  attempt(id: number, t: number): void {
    this.metrics.onAttempt();
    const cost = this.store.inputTokens[id]! + this.store.outputTokens[id]!;
    if (this.bucket !== null && !this.bucket.tryTake(t, cost)) {
      this.metrics.onThrottled();
      this.retryOrGiveUp(id, t, true);
      return;
    }
    this.metrics.onAdmitted();
    this.dispatch(id, t);
  }

  /** Sends `id` to a server (our requests after the quota; other tenants' directly). */
  dispatch(id: number, t: number): void {
    const fleet = this.fleet;
    const i = this.lb.pick(fleet.routable);
    if (i < 0) {
      this.retryOrGiveUp(id, t, false);
      return;
    }
    const r = fleet.routable[i]!;
    this.store.replica[id] = r.id;
    r.waiting.push(id);
    if (!r.busy && r.state === 'ready') this.batching.startIteration(r, t);
  }

  /** After a 429 (throttled) or a 5xx: the client backs off exponentially with full jitter, or gives up. */
  private retryOrGiveUp(id: number, t: number, throttled: boolean): void {
    const store = this.store;
    if (store.background[id] === 1) {
      store.release(id);
      return;
    }
    const attempt = ++store.attempt[id]!;
    const r = this.retries;
    if (r.enabled && attempt <= r.maxRetries) {
      this.metrics.retries++;
      const delay = this.rng.next() * Math.min(r.capSeconds, r.baseSeconds * 2 ** (attempt - 1));
      this.scheduler.push(t + delay, EV.RETRY, id);
      return;
    }
    this.metrics.onGaveUp(throttled);
    this.leave(id, t);
  }

  /** Our request leaves the system (completed, throttled or failed). */
  leave(id: number, t: number): void {
    this.metrics.onLeave(t, this.store.arrival[id]!);
    this.store.release(id);
  }
}
