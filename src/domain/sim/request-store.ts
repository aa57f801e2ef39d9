/**
 * Requests in flight as parallel typed arrays with a free list: no object per request, and the
 * memory is bounded by the peak number in the system, not by the length of the run.
 *
 * One entry is one request as a server sees it. A client's logical request keeps its entry across
 * retries; when its client times out while a server still works on it, the server's copy becomes an
 * orphan and the client's retry continues in a fresh entry (`gen` tells a reused slot apart).
 */
export const KIND_OWN = 0;
export const KIND_BACKGROUND = 1;
export const KIND_ORPHAN = 2;
export const KIND_BATCH = 3;

/** Service tiers in priority order (a replica serves a lower index first). */
export const TIER_RESERVED = 0;
export const TIER_PRIORITY = 1;
export const TIER_STANDARD = 2;
export const TIER_FLEX = 3;
export const TIER_NAMES = ['reserved', 'priority', 'standard', 'flex'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/** Which quota bucket holds a request's reservation. */
export const SCOPE_NONE = 0;
export const SCOPE_IN_REGION = 1;
export const SCOPE_CROSS_REGION = 2;
export const SCOPE_RESERVED = 3;

type F64 = 'arrival' | 'firstToken' | 'attemptStart' | 'enqueuedAt' | 'reserved';
type I32 = 'inputTokens' | 'outputTokens' | 'cacheRead' | 'cacheWrite' | 'maxTokens' | 'promptLen' | 'prefillLeft' | 'outputDone' | 'attempt' | 'gen' | 'seq' | 'replica' | 'client' | 'lastRetryCost' | 'region' | 'version' | 'job';
type U8 = 'kind' | 'tier' | 'scope' | 'resumed' | 'crossRegion';

const F64_FIELDS: readonly F64[] = ['arrival', 'firstToken', 'attemptStart', 'enqueuedAt', 'reserved'];
const I32_FIELDS: readonly I32[] = ['inputTokens', 'outputTokens', 'cacheRead', 'cacheWrite', 'maxTokens', 'promptLen', 'prefillLeft', 'outputDone', 'attempt', 'gen', 'seq', 'replica', 'client', 'lastRetryCost', 'region', 'version', 'job'];
const U8_FIELDS: readonly U8[] = ['kind', 'tier', 'scope', 'resumed', 'crossRegion'];

export class RequestStore {
  arrival: Float64Array;
  firstToken: Float64Array;
  /** When the current attempt reached the gateway. */
  attemptStart: Float64Array;
  /** When the request joined a replica's waiting queue. */
  enqueuedAt: Float64Array;
  /** Quota tokens reserved by the current attempt (0 if none). */
  reserved: Float64Array;
  inputTokens: Int32Array;
  /** Output tokens the response will have (already capped at max_tokens). */
  outputTokens: Int32Array;
  cacheRead: Int32Array;
  cacheWrite: Int32Array;
  /** The max_tokens the quota reserves (the model's maximum when unset). */
  maxTokens: Int32Array;
  /** Tokens to prefill on this admission: the prompt, or prompt + generated after a preemption. */
  promptLen: Int32Array;
  prefillLeft: Int32Array;
  /** Output tokens generated so far. */
  outputDone: Int32Array;
  /** Retries so far (0 on the first attempt). */
  attempt: Int32Array;
  /** Incremented each time the slot is reused. */
  gen: Int32Array;
  /** Incremented on each attempt sent to a server (client timeouts check it). */
  seq: Int32Array;
  replica: Int32Array;
  client: Int32Array;
  /** Retry-quota cost of the last retry (0 = none), handed back on success. */
  lastRetryCost: Int32Array;
  region: Int32Array;
  version: Int32Array;
  job: Int32Array;
  kind: Uint8Array;
  tier: Uint8Array;
  scope: Uint8Array;
  /** 1 while a preempted request waits to resume. */
  resumed: Uint8Array;
  crossRegion: Uint8Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;
  live = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    // Each field assigned by name, in declaration order, so every store has one fixed shape.
    this.arrival = new Float64Array(n);
    this.firstToken = new Float64Array(n);
    this.attemptStart = new Float64Array(n);
    this.enqueuedAt = new Float64Array(n);
    this.reserved = new Float64Array(n);
    this.inputTokens = new Int32Array(n);
    this.outputTokens = new Int32Array(n);
    this.cacheRead = new Int32Array(n);
    this.cacheWrite = new Int32Array(n);
    this.maxTokens = new Int32Array(n);
    this.promptLen = new Int32Array(n);
    this.prefillLeft = new Int32Array(n);
    this.outputDone = new Int32Array(n);
    this.attempt = new Int32Array(n);
    this.gen = new Int32Array(n);
    this.seq = new Int32Array(n);
    this.replica = new Int32Array(n);
    this.client = new Int32Array(n);
    this.lastRetryCost = new Int32Array(n);
    this.region = new Int32Array(n);
    this.version = new Int32Array(n);
    this.job = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.tier = new Uint8Array(n);
    this.scope = new Uint8Array(n);
    this.resumed = new Uint8Array(n);
    this.crossRegion = new Uint8Array(n);
    this.free = new Int32Array(n);
  }

  get capacity(): number {
    return this.arrival.length;
  }

  /** A new request; `kind` KIND_OWN / KIND_BACKGROUND / KIND_BATCH. Fields not set here are zero. */
  alloc(arrival: number, input: number, output: number, kind: number): number {
    let id: number;
    if (this.freeCount > 0) id = this.free[--this.freeCount]!;
    else {
      if (this.used === this.arrival.length) this.grow();
      id = this.used++;
    }
    this.arrival[id] = arrival;
    this.firstToken[id] = NaN;
    this.attemptStart[id] = arrival;
    this.enqueuedAt[id] = arrival;
    this.reserved[id] = 0;
    this.inputTokens[id] = input;
    this.outputTokens[id] = output;
    this.cacheRead[id] = 0;
    this.cacheWrite[id] = 0;
    this.maxTokens[id] = output;
    this.promptLen[id] = input;
    this.prefillLeft[id] = input;
    this.outputDone[id] = 0;
    this.attempt[id] = 0;
    this.gen[id] = this.gen[id]! + 1;
    this.seq[id] = 0;
    this.replica[id] = -1;
    this.client[id] = 0;
    this.lastRetryCost[id] = 0;
    this.region[id] = 0;
    this.version[id] = 0;
    this.job[id] = -1;
    this.kind[id] = kind;
    this.tier[id] = TIER_STANDARD;
    this.scope[id] = SCOPE_NONE;
    this.resumed[id] = 0;
    this.crossRegion[id] = 0;
    this.live++;
    return id;
  }

  /** A fresh entry with the same request (for a client's retry after its server copy was orphaned). */
  clone(id: number): number {
    const n = this.alloc(this.arrival[id]!, this.inputTokens[id]!, this.outputTokens[id]!, this.kind[id]!);
    const gen = this.gen[n]!;
    for (const f of F64_FIELDS) this[f][n] = this[f][id]!;
    for (const f of I32_FIELDS) this[f][n] = this[f][id]!;
    for (const f of U8_FIELDS) this[f][n] = this[f][id]!;
    this.gen[n] = gen;
    this.firstToken[n] = NaN;
    this.reserved[n] = 0;
    this.scope[n] = SCOPE_NONE;
    this.promptLen[n] = this.inputTokens[id]!;
    this.prefillLeft[n] = this.inputTokens[id]! - this.cacheRead[id]!;
    this.outputDone[n] = 0;
    this.resumed[n] = 0;
    this.replica[n] = -1;
    return n;
  }

  release(id: number): void {
    this.free[this.freeCount++] = id;
    this.live--;
  }

  private grow(): void {
    const n = this.arrival.length * 2;
    for (const f of F64_FIELDS) {
      const b = new Float64Array(n);
      b.set(this[f]);
      this[f] = b;
    }
    for (const f of I32_FIELDS) {
      const b = new Int32Array(n);
      b.set(this[f]);
      this[f] = b;
    }
    for (const f of U8_FIELDS) {
      const b = new Uint8Array(n);
      b.set(this[f]);
      this[f] = b;
    }
    const free = new Int32Array(n);
    free.set(this.free);
    this.free = free;
  }
}
