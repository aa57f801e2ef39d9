/**
 * The future-event list: a binary min-heap on typed arrays keyed on (time, sequence number).
 * The sequence number makes ties resolve in scheduling order, so a run is deterministic, and
 * the typed arrays mean no allocation per event. `pop()` writes the event into public fields.
 *
 * Most events schedule their successor (an iteration the next iteration, an arrival the next
 * arrival), so `pop()` leaves a hole at the root and the next `push()` fills it and sifts down once,
 * instead of a sift-down now and a sift-up then. Any other call fills the hole first. Keys are unique,
 * so the order events come out in does not depend on how the heap is laid out.
 */
/** Event kinds are 0 … 31; payloads (ids and indices) lie within ±2^26. */
const KINDS = 32;
const PAYLOAD_LIMIT = 1 << 26;

export class EventHeap {
  private times: Float64Array;
  private seqs: Float64Array;
  /** kind + payload · 32 (kind < 32, |payload| < 2^26): one array to move per level instead of two. */
  private tags: Int32Array;
  private nextSeq = 0;
  /** Events in the heap. */
  size = 0;
  /** Slot 0 is empty and slots 1 … size hold the events (after a pop, until the next push or peek). */
  private hole = false;
  /** The event last returned by pop(). */
  time = 0;
  kind = 0;
  payload = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.tags = new Int32Array(n);
  }

  get capacity(): number {
    return this.times.length;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    if (this.hole) this.fillHole();
    return this.size > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, kind: number, payload: number): void {
    // Truncated to integers, as the Int32Arrays that used to hold them did.
    const p = payload | 0;
    if (kind >>> 0 >= KINDS || p < -PAYLOAD_LIMIT || p >= PAYLOAD_LIMIT) throw new RangeError(`event kind ${kind} or payload ${payload} out of range`);
    const tag = (kind & 31) | (p << 5);
    const seq = this.nextSeq++;
    if (this.hole) {
      // The slot the last pop freed: the new event goes in at the root and sinks to its place.
      this.hole = false;
      this.siftDown(time, seq, tag, this.size + 1);
      this.size++;
      return;
    }
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const tags = this.tags;
    let i = this.size++;
    // Sift the hole up rather than swapping: one write per level.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      tags[i] = tags[parent]!;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    tags[i] = tag;
  }

  /** Removes the earliest event into (time, kind, payload); returns false when empty. */
  pop(): boolean {
    if (this.hole) this.fillHole();
    if (this.size === 0) return false;
    this.time = this.times[0]!;
    const tag = this.tags[0]!;
    this.kind = tag & 31;
    this.payload = tag >> 5;
    this.size--;
    this.hole = true;
    return true;
  }

  clear(): void {
    this.size = 0;
    this.hole = false;
  }

  /** A pop's second half: the last event moves into the root's hole and sinks. */
  private fillHole(): void {
    this.hole = false;
    const last = this.size;
    if (last === 0) return;
    this.siftDown(this.times[last]!, this.seqs[last]!, this.tags[last]!, last);
  }

  /**
   * Places an event at the root of the first `n` slots (slot 0 free): the hole walks down to a leaf
   * along the earlier child (one comparison per level), then the event rises from there. The events
   * placed here are mostly late (a successor), so they rise little.
   */
  private siftDown(t: number, s: number, tag: number, n: number): void {
    const times = this.times;
    const seqs = this.seqs;
    const tags = this.tags;
    let i = 0;
    let child = 1;
    while (child < n) {
      const right = child + 1;
      if (right < n) {
        const ct = times[child]!;
        const rt = times[right]!;
        if (rt < ct || (rt === ct && seqs[right]! < seqs[child]!)) child = right;
      }
      times[i] = times[child]!;
      seqs[i] = seqs[child]!;
      tags[i] = tags[child]!;
      i = child;
      child = 2 * i + 1;
    }
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < t || (pt === t && seqs[parent]! < s)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      tags[i] = tags[parent]!;
      i = parent;
    }
    times[i] = t;
    seqs[i] = s;
    tags[i] = tag;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    const seqs = new Float64Array(n);
    seqs.set(this.seqs);
    const tags = new Int32Array(n);
    tags.set(this.tags);
    this.times = times;
    this.seqs = seqs;
    this.tags = tags;
  }
}
