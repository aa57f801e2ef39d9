import { makeSampler, sampleTokens, type Sampler } from '../distributions.ts';
import { EV, type Scheduler } from '../fleet/event-kinds.ts';
import type { Prng } from '../prng.ts';
import type { Replica } from '../replica.ts';
import { KIND_BATCH, TIER_FLEX, type RequestStore } from '../request-store.ts';
import type { Distribution } from '../scenario-schema.ts';
import type { BatchJobStatus, BatchJobView } from './batch-job-view.ts';

/**
 * Batch inference jobs (bedrock-2026-facts.md §5.4: JSONL records, a 24-hour completion window and 50 %
 * of the on-demand price — the window and price from AWS's capacity page, marked weak there). How
 * Bedrock schedules batch records onto its servers is not documented; here they run on spare capacity
 * at the lowest priority (an assumption shown for teaching).
 */
export type BatchJobConfig = {
  atSeconds: number;
  records: number;
  inputTokens: Distribution;
  outputTokens: Distribution;
  /** Completion window, seconds (24 h). */
  windowSeconds: number;
  /** Batch price per 1M tokens (input, output); null = not priced. */
  pricePer1M: { input: number; output: number } | null;
  /** Where the price comes from, or why there is none (shown beside the job's cost). */
  priceNote?: string | null;
};

export type BatchPolicy = {
  /** Feed records only while the fleet's utilization over the last period is below this (0–1). */
  spareUtilization: number;
  /** Batch records one server holds at most (waiting + running). */
  perReplica: number;
  /** How often the feeder looks for spare capacity, seconds. */
  feedSeconds: number;
};

/** What the feeder needs of the simulation. */
export type BatchHost = {
  store: RequestStore;
  rng: Prng;
  scheduler: Scheduler;
  routable(): readonly Replica[];
  /** Token-capacity utilization of the fleet since the feeder last asked. */
  utilizationSinceLastAsk(t: number): number;
  /** Hands a record to a server's lowest-priority queue. */
  enqueue(r: Replica, id: number, t: number): void;
  log(t: number, kind: 'batch-submitted' | 'batch-complete' | 'batch-late', detail: string): void;
  /** The run's end: the feeder stops ticking after it. */
  endTime: number;
};

class Job {
  pending: number;
  done = 0;
  inFlight = 0;
  requeued = 0;
  inputTokens = 0;
  outputTokens = 0;
  completedAt: number | null = null;
  submitted = false;
  lateLogged = false;
  readonly input: Sampler;
  readonly output: Sampler;
  constructor(readonly config: BatchJobConfig) {
    this.pending = config.records;
    this.input = makeSampler(config.inputTokens);
    this.output = makeSampler(config.outputTokens);
  }
}

/** Event payloads: 0 = the feeder's tick; 1 + j = job j's deadline. */
const TICK = 0;

/**
 * The feeder: every `feedSeconds`, if the fleet's utilization since the last tick is below
 * `spareUtilization`, it tops each routable server with an empty online queue up to `perReplica` batch
 * records, in job order. Records wait in the Flex (lowest) queue, so any online request is admitted
 * before them and may evict them; an evicted, timed-out or stranded record goes back to its job.
 */
export class BatchJobs {
  private readonly jobs: Job[];
  /** Batch records held per server id. */
  private held = new Int32Array(64);
  private ticking = false;
  /** When the feeder next reads the fleet's utilization (batching runs stop before it); Infinity = never. */
  nextTick = Infinity;
  recordsDone = 0;
  tokensDone = 0;

  constructor(
    configs: readonly BatchJobConfig[],
    private readonly policy: BatchPolicy,
    private readonly host: BatchHost,
    private readonly tokenCap: number,
  ) {
    this.jobs = configs.map((c) => new Job(c));
  }

  start(): void {
    let first = Infinity;
    this.jobs.forEach((j, i) => {
      first = Math.min(first, j.config.atSeconds);
      this.host.scheduler.push(j.config.atSeconds + j.config.windowSeconds, EV.BATCH, 1 + i);
    });
    if (first <= this.host.endTime) {
      this.ticking = true;
      this.nextTick = first;
      this.host.scheduler.push(first, EV.BATCH, TICK);
    }
  }

  heldOn(replicaId: number): number {
    return replicaId < this.held.length ? this.held[replicaId]! : 0;
  }

  get inFlight(): number {
    let n = 0;
    for (const j of this.jobs) n += j.inFlight;
    return n;
  }

  onEvent(payload: number, t: number): void {
    if (payload === TICK) this.tick(t);
    else this.deadline(this.jobs[payload - 1]!, payload - 1, t);
  }

  private deadline(job: Job, index: number, t: number): void {
    if (job.completedAt !== null || !job.submitted) return;
    job.lateLogged = true;
    this.host.log(t, 'batch-late', `Batch job ${index + 1} missed its ${Math.round(job.config.windowSeconds / 3600)} h window: ${job.done.toLocaleString('en-US')} of ${job.config.records.toLocaleString('en-US')} records done.`);
  }

  private tick(t: number): void {
    const host = this.host;
    let open = false;
    for (const [i, job] of this.jobs.entries()) {
      if (!job.submitted && job.config.atSeconds <= t) {
        job.submitted = true;
        host.log(t, 'batch-submitted', `Batch job ${i + 1} submitted: ${job.config.records.toLocaleString('en-US')} records, due within ${Math.round(job.config.windowSeconds / 3600)} h.`);
      }
      if (job.completedAt === null) open = true;
    }
    const spare = host.utilizationSinceLastAsk(t) < this.policy.spareUtilization;
    if (spare) for (const r of host.routable()) if (r.state === 'ready' && r.waitingCount === 0) this.topUp(r, t);
    const next = t + this.policy.feedSeconds;
    this.ticking = open && next <= host.endTime;
    this.nextTick = this.ticking ? next : Infinity;
    if (this.ticking) host.scheduler.push(next, EV.BATCH, TICK);
  }

  private topUp(r: Replica, t: number): void {
    if (r.id >= this.held.length) {
      const grown = new Int32Array(Math.max(r.id + 1, this.held.length * 2));
      grown.set(this.held);
      this.held = grown;
    }
    const host = this.host;
    const store = host.store;
    for (let k = 0; k < this.jobs.length && this.held[r.id]! < this.policy.perReplica; k++) {
      const job = this.jobs[k]!;
      if (!job.submitted) continue;
      while (job.pending > 0 && this.held[r.id]! < this.policy.perReplica) {
        const input = sampleTokens(job.input, host.rng, this.tokenCap);
        const output = sampleTokens(job.output, host.rng, this.tokenCap);
        const id = store.alloc(t, input, output, KIND_BATCH);
        store.job[id] = k;
        store.tier[id] = TIER_FLEX;
        store.maxTokens[id] = output;
        job.pending--;
        job.inFlight++;
        this.held[r.id]!++;
        host.enqueue(r, id, t);
      }
    }
  }

  /** A record finished on server `replicaId`. The caller releases the store entry. */
  onDone(id: number, replicaId: number, t: number): void {
    const store = this.host.store;
    const job = this.jobs[store.job[id]!]!;
    this.held[replicaId]!--;
    job.inFlight--;
    job.done++;
    job.inputTokens += store.inputTokens[id]!;
    job.outputTokens += store.outputTokens[id]!;
    this.recordsDone++;
    this.tokensDone += store.inputTokens[id]! + store.outputTokens[id]!;
    if (job.done === job.config.records) {
      job.completedAt = t;
      const took = t - job.config.atSeconds;
      const late = took > job.config.windowSeconds;
      this.host.log(t, 'batch-complete', `Batch job ${store.job[id]! + 1} complete: ${job.config.records.toLocaleString('en-US')} records in ${(took / 3600).toFixed(1)} h${late ? ' — late' : ', within its window'}.`);
    }
  }

  /** A record came back unserved (evicted, timed out in a queue, or its server failed): it waits for the feeder again. */
  onReturned(id: number, replicaId: number): void {
    const store = this.host.store;
    const job = this.jobs[store.job[id]!]!;
    if (replicaId >= 0 && replicaId < this.held.length) this.held[replicaId]!--;
    job.inFlight--;
    job.pending++;
    job.requeued++;
    store.release(id);
  }

  views(now: number): BatchJobView[] {
    return this.jobs.map((job, index) => {
      const c = job.config;
      const deadline = c.atSeconds + c.windowSeconds;
      const late = job.completedAt !== null ? job.completedAt > deadline : now > deadline;
      const status: BatchJobStatus = late ? 'late' : job.completedAt !== null ? 'complete' : job.submitted ? 'running' : 'queued';
      const price = c.pricePer1M;
      return {
        index,
        submittedAt: c.atSeconds,
        deadline,
        records: c.records,
        done: job.done,
        inFlight: job.inFlight,
        requeued: job.requeued,
        inputTokens: job.inputTokens,
        outputTokens: job.outputTokens,
        completedAt: job.completedAt,
        status,
        batchCost: price === null ? null : (job.inputTokens * price.input + job.outputTokens * price.output) / 1e6,
        priceNote: c.priceNote ?? null,
      };
    });
  }
}
