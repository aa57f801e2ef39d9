/**
 * The future-event list: a binary min-heap on typed arrays keyed on (time, sequence number).
 * The sequence number makes ties resolve in scheduling order, so a run is deterministic, and
 * the typed arrays mean no allocation per event. `pop()` writes the event into public fields.
 */
export class EventHeap {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private payloads: Int32Array;
  private nextSeq = 0;
  size = 0;
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
    return this.size > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, kind: number, payload: number): void {
    if (this.size === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const times = this.times;
    const seqs = this.seqs;
    let i = this.size++;
    // Sift the hole up rather than swapping: one write per level.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      this.kinds[i] = this.kinds[parent]!;
      this.payloads[i] = this.payloads[parent]!;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    this.kinds[i] = kind;
    this.payloads[i] = payload;
  }

  /** Removes the earliest event into (time, kind, payload); returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const payloads = this.payloads;
    this.time = times[0]!;
    this.kind = kinds[0]!;
    this.payload = payloads[0]!;
    const last = --this.size;
    if (last === 0) return true;
    const t = times[last]!;
    const s = seqs[last]!;
    const k = kinds[last]!;
    const p = payloads[last]!;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      const right = child + 1;
      if (right < last) {
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
    return true;
  }

  clear(): void {
    this.size = 0;
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
