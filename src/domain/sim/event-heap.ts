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
export class EventHeap {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private payloads: Int32Array;
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
    this.kinds = new Int32Array(n);
    this.payloads = new Int32Array(n);
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
    const seq = this.nextSeq++;
    if (this.hole) {
      // The slot the last pop freed: the new event goes in at the root and sinks to its place.
      this.hole = false;
      this.siftDown(time, seq, kind, payload, this.size + 1);
      this.size++;
      return;
    }
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const payloads = this.payloads;
    let i = this.size++;
    // Sift the hole up rather than swapping: one write per level.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      kinds[i] = kinds[parent]!;
      payloads[i] = payloads[parent]!;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
    payloads[i] = payload;
  }

  /** Removes the earliest event into (time, kind, payload); returns false when empty. */
  pop(): boolean {
    if (this.hole) this.fillHole();
    if (this.size === 0) return false;
    this.time = this.times[0]!;
    this.kind = this.kinds[0]!;
    this.payload = this.payloads[0]!;
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
    this.siftDown(this.times[last]!, this.seqs[last]!, this.kinds[last]!, this.payloads[last]!, last);
  }

  /** Places an event at the root of the first `n` slots (slot 0 free) and sifts it down. */
  private siftDown(t: number, s: number, k: number, p: number, n: number): void {
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const payloads = this.payloads;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      const right = child + 1;
      if (right < n) {
        const ct = times[child]!;
        const rt = times[right]!;
        if (rt < ct || (rt === ct && seqs[right]! < seqs[child]!)) child = right;
      }
      const ct = times[child]!;
      if (t < ct || (t === ct && s < seqs[child]!)) break;
      times[i] = ct;
      seqs[i] = seqs[child]!;
      kinds[i] = kinds[child]!;
      payloads[i] = payloads[child]!;
      i = child;
    }
    times[i] = t;
    seqs[i] = s;
    kinds[i] = k;
    payloads[i] = p;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    const seqs = new Float64Array(n);
    seqs.set(this.seqs);
    const kinds = new Int32Array(n);
    kinds.set(this.kinds);
    const payloads = new Int32Array(n);
    payloads.set(this.payloads);
    this.times = times;
    this.seqs = seqs;
    this.kinds = kinds;
    this.payloads = payloads;
  }
}
