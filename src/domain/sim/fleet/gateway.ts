import { QuotaMeter, RefillingBucket } from '../../quota/quota-meter.ts';
import { reservationTokens, settlementTokens, type QuotaModel } from '../../quota/reservation.ts';
import { AdaptiveRateLimiter } from '../../retry/adaptive-rate-limiter.ts';
import { BEDROCK_ERRORS, type SimulatedError } from '../../retry/bedrock-errors.ts';
import { StandardRetry } from '../../retry/standard-retry.ts';
import type { LoadBalancer } from '../load-balancer.ts';
import type { Prng } from '../prng.ts';
import type { Replica } from '../replica.ts';
import {
  KIND_BACKGROUND,
  KIND_BATCH,
  KIND_ORPHAN,
  KIND_OWN,
  SCOPE_CROSS_REGION,
  SCOPE_IN_REGION,
  SCOPE_NONE,
  SCOPE_RESERVED,
  TIER_RESERVED,
  TIER_STANDARD,
  type RequestStore,
} from '../request-store.ts';
import type { SdkConfig } from '../scenario-schema.ts';
import type { ContinuousBatching } from './batching.ts';
import { ClientTimeouts } from './client-timeouts.ts';
import { EV, type Scheduler } from './event-kinds.ts';
import type { FleetMetrics } from './fleet-metrics.ts';
import type { ReplicaFleet } from './replica-fleet.ts';

export type GatewayConfig = {
  /** In-Region on-demand quota (or, in provisioned mode, the model units' quota). */
  inRegion: { tokensPerMinute: number | null; tokensPerDay: number | null; requestsPerMinute: number | null };
  crossRegionTokensPerMinute: number | null;
  /** Several Regions: the source Region's cross-Region meter, shared by every Region's gateway; null = its own. */
  crossRegionMeter?: QuotaMeter | null;
  reserved: { inputTokensPerMinute: number; outputTokensPerMinute: number } | null;
  quotaModel: QuotaModel;
  overload: { maxQueuePerReplica: number; maxWaitSeconds: number };
  sdk: SdkConfig;
  clientTimeoutSeconds: number | null;
};

// Module-level copies: an imported binding read in the hot path costs a getter call under some loaders.
const KIND_BACKGROUND_ = KIND_BACKGROUND;
const KIND_BATCH_ = KIND_BATCH;
const KIND_ORPHAN_ = KIND_ORPHAN;
const KIND_OWN_ = KIND_OWN;
const SCOPE_CROSS_REGION_ = SCOPE_CROSS_REGION;
const SCOPE_IN_REGION_ = SCOPE_IN_REGION;
const SCOPE_NONE_ = SCOPE_NONE;
const SCOPE_RESERVED_ = SCOPE_RESERVED;
const TIER_RESERVED_ = TIER_RESERVED;
const TIER_STANDARD_ = TIER_STANDARD;
const SEND_ = EV.SEND;
const RETRY_ = EV.RETRY;
const WAIT_SWEEP_ = EV.WAIT_SWEEP;
const TIMEOUT_SWEEP_ = EV.TIMEOUT_SWEEP;

/**
 * The managed service's front door and the clients in front of it.
 *
 * Client side: each of `sdk.clients` SDK instances has its own retry quota (standard mode) and, in
 * adaptive mode, its own rate limiter; a client gives up on an attempt after its timeout.
 * Service side: the quota reserves at admission and settles at completion (src/domain/quota);
 * Reserved-tier requests use their own lane and overflow to Standard; the balancer picks a server,
 * whose waiting is bounded in length (503 ServiceUnavailableException) and in time (408
 * ModelTimeoutException); with no server ready the answer is 429 ModelNotReadyException.
 */
export class Gateway {
  private readonly inRegion: QuotaMeter;
  private readonly crossRegion: QuotaMeter;
  private readonly reservedInput: RefillingBucket | null;
  private readonly reservedOutput: RefillingBucket | null;
  private readonly retry: StandardRetry[];
  private readonly limiters: AdaptiveRateLimiter[] | null;
  private readonly timeouts = new ClientTimeouts();
  private timeoutSweepAt = Infinity;
  private nextClient = 0;
  /** During a model-update rollout: which rollout group (ReplicaFleet.routableByGroup) the next request goes to (null = no rollout). */
  groupPicker: (() => number) | null = null;
  /** The whole Region is down: with no server to route to the service answers 503, not 429 not-ready. */
  regionDown = false;
  /** A batch record came back unserved (id, the server that held it): its job queues it again. */
  batchReturned: ((id: number, replicaId: number) => void) | null = null;

  constructor(
    private readonly config: GatewayConfig,
    private readonly store: RequestStore,
    private readonly rng: Prng,
    private readonly scheduler: Scheduler,
    private readonly metrics: FleetMetrics,
    private readonly fleet: ReplicaFleet,
    private readonly lb: LoadBalancer,
    private readonly batching: ContinuousBatching,
  ) {
    this.inRegion = new QuotaMeter(config.inRegion);
    this.crossRegion = config.crossRegionMeter ?? new QuotaMeter({ tokensPerMinute: config.crossRegionTokensPerMinute, tokensPerDay: null, requestsPerMinute: null });
    this.reservedInput = config.reserved ? new RefillingBucket(config.reserved.inputTokensPerMinute, 60) : null;
    this.reservedOutput = config.reserved ? new RefillingBucket(config.reserved.outputTokensPerMinute, 60) : null;
    const sdk = config.sdk;
    this.retry = Array.from({ length: sdk.clients }, () => new StandardRetry(sdk.sdk, sdk.maxAttempts));
    this.limiters = sdk.mode === 'adaptive' ? Array.from({ length: sdk.clients }, () => new AdaptiveRateLimiter(0)) : null;
  }

  /** The meters, for the quota chart. */
  get quota(): QuotaMeter {
    return this.inRegion;
  }
  get crossRegionQuota(): QuotaMeter {
    return this.crossRegion;
  }

  /** A new request of ours: it gets a client (round robin) and is sent. */
  arrive(id: number, t: number): void {
    this.store.client[id] = this.nextClient;
    this.nextClient = (this.nextClient + 1) % this.retry.length;
    this.send(id, t);
  }

  /** The client sends (first try or retry): in adaptive mode it may have to wait for its rate limiter. */
  send(id: number, t: number): void {
    if (this.limiters !== null) {
      const at = this.limiters[this.store.client[id]!]!.acquire(t);
      if (at > t) {
        this.metrics.onClientDelayed(at - t);
        this.scheduler.push(at, SEND_, id);
        return;
      }
    }
    this.attempt(id, t);
  }

  /** One attempt of our request `id` at the gateway at `t`. */
  attempt(id: number, t: number): void {
    const store = this.store;
    const metrics = this.metrics;
    metrics.onAttempt(store.tier[id]!);
    store.attemptStart[id] = t;
    store.seq[id] = store.seq[id]! + 1;
    const model = this.config.quotaModel;
    const fresh = store.inputTokens[id]! - store.cacheRead[id]! - store.cacheWrite[id]!;
    if (store.tier[id] === TIER_RESERVED_) {
      const inputCost = fresh + store.cacheWrite[id]!;
      const outputCost = store.maxTokens[id]!;
      if (this.reservedInput !== null && this.reservedInput.available(t) >= inputCost && this.reservedOutput!.available(t) >= outputCost) {
        this.reservedInput.tryTake(t, inputCost);
        this.reservedOutput!.tryTake(t, outputCost);
        store.scope[id] = SCOPE_RESERVED_;
        store.reserved[id] = outputCost;
        metrics.onAdmitted();
        this.dispatch(id, t);
        return;
      }
      // Above the reservation (or none bought): overflow to Standard and its on-demand quota.
      store.tier[id] = TIER_STANDARD_;
      metrics.reservedOverflow++;
    }
    const reservation = reservationTokens({ inputTokens: fresh, cacheReadTokens: store.cacheRead[id]!, cacheWriteTokens: store.cacheWrite[id]!, maxTokens: store.maxTokens[id]! }, model);
    const cross = store.crossRegion[id] === 1;
    const meter = cross ? this.crossRegion : this.inRegion;
    if (!meter.unlimited) {
      const refusal = meter.reserve(t, reservation);
      if (refusal !== null) {
        metrics.onQuotaRefusal(refusal);
        this.fail(id, 'ThrottlingException', t);
        return;
      }
      store.scope[id] = cross ? SCOPE_CROSS_REGION_ : SCOPE_IN_REGION_;
      store.reserved[id] = reservation;
      metrics.onReserved(reservation);
    }
    metrics.onAdmitted();
    this.dispatch(id, t);
  }

  /** Other tenants' requests: no quota of ours, no retries, Standard tier. */
  dispatchBackground(id: number, t: number): void {
    this.dispatch(id, t);
  }

  /** A batch record joins server `r`'s lowest-priority queue (the feeder chose the server). */
  enqueueBatch(r: Replica, id: number, t: number): void {
    this.store.replica[id] = r.id;
    this.store.enqueuedAt[id] = t;
    r.enqueue(this.store.tier[id]!, id);
    if (r.sweepAt === Infinity) {
      r.sweepAt = t + this.config.overload.maxWaitSeconds;
      this.scheduler.push(r.sweepAt, WAIT_SWEEP_, r.id);
    }
    if (!r.busy) {
      if (r.state === 'ready') this.batching.startIteration(r, t);
    } else this.batching.cutRun(r, t);
  }

  /** Sends `id` to a server: the balancer's pick, if it has room in its queue. `watch` starts the client's timeout clock. */
  dispatch(id: number, t: number, watch = true): void {
    const store = this.store;
    const fleet = this.fleet;
    let targets = fleet.routable;
    if (this.groupPicker !== null) {
      const byGroup = fleet.routableByGroup[this.groupPicker()]!;
      if (byGroup.length > 0) targets = byGroup;
    }
    const i = this.lb.pick(targets);
    if (i < 0) {
      this.fail(id, this.regionDown ? 'ServiceUnavailableException' : 'ModelNotReadyException', t);
      return;
    }
    const r = targets[i]!;
    if (r.waitingCount >= this.config.overload.maxQueuePerReplica) {
      // A full queue: a request of a higher tier takes the place of the longest-waiting request of the
      // lowest tier waiting (assumption: how tiers share overload is not documented); otherwise it is refused.
      const tier = store.tier[id]!;
      let lowest = r.waiting.length - 1;
      while (lowest > tier && r.waiting[lowest]!.size === 0) lowest--;
      if (lowest <= tier) {
        this.fail(id, 'ServiceUnavailableException', t);
        return;
      }
      const evicted = r.waiting[lowest]!.shift();
      r.waitingCount--;
      this.leftQueue(evicted, t);
      this.fail(evicted, 'ServiceUnavailableException', t);
    }
    store.replica[id] = r.id;
    store.enqueuedAt[id] = t;
    r.enqueue(store.tier[id]!, id);
    if (r.sweepAt === Infinity) {
      r.sweepAt = t + this.config.overload.maxWaitSeconds;
      this.scheduler.push(r.sweepAt, WAIT_SWEEP_, r.id);
    }
    if (watch && store.kind[id] === KIND_OWN_ && this.config.clientTimeoutSeconds !== null) this.watch(id, store.attemptStart[id]! + this.config.clientTimeoutSeconds);
    if (!r.busy) {
      if (r.state === 'ready') this.batching.startIteration(r, t);
    } else this.batching.cutRun(r, t);
  }

  private watch(id: number, deadline: number): void {
    const store = this.store;
    this.timeouts.push(id, store.gen[id]!, store.seq[id]!, deadline);
    if (this.timeoutSweepAt === Infinity) {
      this.timeoutSweepAt = deadline;
      this.scheduler.push(deadline, TIMEOUT_SWEEP_, 0);
    }
  }

  /** Is this ring entry an attempt still waiting at a server? */
  private liveAttempt(id: number, gen: number, seq: number): boolean {
    const store = this.store;
    return store.gen[id] === gen && store.seq[id] === seq && store.kind[id] === KIND_OWN_ && store.replica[id]! >= 0;
  }

  /** Client timeouts due by `t`: the client stops waiting; the server's copy runs on as an orphan. */
  onTimeoutSweep(t: number): void {
    const ring = this.timeouts;
    this.timeoutSweepAt = Infinity;
    while (ring.size > 0) {
      const id = ring.headId;
      const live = this.liveAttempt(id, ring.headGen, ring.headSeq);
      if (live && ring.headDeadline > t) break;
      ring.shift();
      if (live) this.timeOut(id, t);
    }
    if (ring.size > 0) {
      this.timeoutSweepAt = ring.headDeadline;
      this.scheduler.push(this.timeoutSweepAt, TIMEOUT_SWEEP_, 0);
    }
  }

  private timeOut(id: number, t: number): void {
    const store = this.store;
    const next = store.clone(id);
    store.kind[id] = KIND_ORPHAN_;
    this.metrics.onOrphaned(next, id);
    this.fail(next, 'TimeoutError', t);
  }

  /** Waiting-time bound on replica `r`: requests at the head of a queue past the bound get 408. */
  onWaitSweep(r: Replica, t: number): void {
    if (t !== r.sweepAt) return;
    r.sweepAt = Infinity;
    if (r.state === 'retired' || r.state === 'failed') return;
    const store = this.store;
    const bound = this.config.overload.maxWaitSeconds;
    let next = Infinity;
    const before = r.waitingCount;
    for (const q of r.waiting) {
      while (q.size > 0 && store.enqueuedAt[q.peek()]! + bound <= t + 1e-9) {
        const id = q.shift();
        r.waitingCount--;
        this.leftQueue(id, t);
        this.fail(id, 'ModelTimeoutException', t);
      }
      if (q.size > 0) next = Math.min(next, store.enqueuedAt[q.peek()]! + bound);
    }
    if (next < Infinity) {
      r.sweepAt = next;
      this.scheduler.push(next, WAIT_SWEEP_, r.id);
    }
    // An emptied queue changes the server's occupancy from its next iteration.
    if (r.waitingCount !== before) this.batching.cutRun(r, t);
  }

  /** A request of ours left a queue without being served: its wait counts too (else long waits that end in 408 would vanish). */
  private leftQueue(id: number, t: number): void {
    const store = this.store;
    if (store.kind[id] === KIND_OWN_) this.metrics.onQueueWait(store.tier[id]!, t - store.enqueuedAt[id]!);
  }

  /** The server finished `id` at `t`: settle its quota; our request succeeds. Returns true if it was ours. */
  complete(id: number, t: number): boolean {
    const store = this.store;
    store.replica[id] = -1;
    this.settle(id, t, store.outputTokens[id]!);
    const kind = store.kind[id]!;
    if (kind !== KIND_OWN_) return false;
    const client = store.client[id]!;
    this.retry[client]!.onSuccess(store.lastRetryCost[id]! > 0 ? store.lastRetryCost[id]! : null);
    this.limiters?.[client]!.update(t, false);
    return true;
  }

  /** Hands a request's reservation back, settled to `output` tokens produced (0 if refused before any work). */
  private settle(id: number, t: number, output: number): void {
    const store = this.store;
    const scope = store.scope[id]!;
    if (scope === SCOPE_NONE_) return;
    const reserved = store.reserved[id]!;
    if (scope === SCOPE_RESERVED_) {
      this.reservedOutput!.adjust(t, reserved - output);
    } else {
      const fresh = store.inputTokens[id]! - store.cacheRead[id]! - store.cacheWrite[id]!;
      // A request refused before any work settles to nothing; one that ran settles to what it used.
      const settled =
        output > 0
          ? settlementTokens({ inputTokens: fresh, cacheReadTokens: store.cacheRead[id]!, cacheWriteTokens: store.cacheWrite[id]!, outputTokens: output }, this.config.quotaModel)
          : 0;
      (scope === SCOPE_CROSS_REGION_ ? this.crossRegion : this.inRegion).settle(t, reserved, settled);
      this.metrics.onSettled(settled);
    }
    store.scope[id] = SCOPE_NONE_;
    store.reserved[id] = 0;
  }

  /**
   * The service (or the client's own timeout) answered `id` with an error at `t`. Other tenants' and
   * orphaned requests just end. Ours: the SDK retries after its backoff, or gives up.
   */
  fail(id: number, error: SimulatedError, t: number): void {
    const store = this.store;
    if (store.kind[id] === KIND_BATCH_) {
      this.batchReturned!(id, store.replica[id]!);
      return;
    }
    store.replica[id] = -1;
    // A client timeout leaves the server working (the orphan keeps the reservation).
    if (error !== 'TimeoutError') this.settle(id, t, 0);
    const kind = store.kind[id]!;
    if (kind === KIND_BACKGROUND_ || kind === KIND_ORPHAN_) {
      if (kind === KIND_BACKGROUND_) this.metrics.onBackgroundFailed(error);
      store.release(id);
      return;
    }
    this.metrics.onError(error, store.tier[id]!);
    const client = store.client[id]!;
    this.limiters?.[client]!.update(t, BEDROCK_ERRORS[error].js === 'throttling');
    if (this.config.sdk.mode !== 'off') {
      const decision = this.retry[client]!.onError(error, store.attempt[id]!, this.rng.next());
      if (decision.retry) {
        store.attempt[id] = store.attempt[id]! + 1;
        store.lastRetryCost[id] = decision.cost;
        this.metrics.onRetry();
        this.scheduler.push(t + decision.delaySeconds, RETRY_, id);
        return;
      }
      if (decision.reason === 'retry-quota') this.metrics.retryQuotaExhausted++;
    }
    this.metrics.onFinalFailure(error);
    this.leave(id, t);
  }

  /** A failed server's requests start over elsewhere (their prompt is processed again). */
  redispatch(ids: readonly number[], t: number): void {
    const store = this.store;
    for (const id of ids) {
      if (store.kind[id] === KIND_BATCH_) {
        this.batchReturned!(id, store.replica[id]!);
        continue;
      }
      if (store.kind[id] === KIND_ORPHAN_) {
        this.settle(id, t, 0);
        store.release(id);
        continue;
      }
      store.promptLen[id] = store.inputTokens[id]!;
      store.prefillLeft[id] = store.inputTokens[id]! - store.cacheRead[id]!;
      store.outputDone[id] = 0;
      store.resumed[id] = 0;
      store.firstToken[id] = NaN;
      this.metrics.redispatched++;
      // Same attempt, same client clock: the timeout already watched stays in force.
      this.dispatch(id, t, false);
    }
  }

  /** Our request leaves the system (completed, throttled or failed). */
  leave(id: number, t: number): void {
    this.metrics.onLeave(t, this.store.arrival[id]!);
    this.store.release(id);
  }
}
