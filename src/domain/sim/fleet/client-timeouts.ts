/**
 * Outstanding attempts in the order they were sent, with their deadlines. With one timeout for all
 * clients the deadlines are in send order, so the oldest is always at the head: a single pending
 * check at the head's deadline covers them all, and entries of attempts that already ended are
 * dropped when they reach the head. Growable ring on typed arrays.
 */
export class ClientTimeouts {
  private ids: Int32Array;
  private gens: Int32Array;
  private seqs: Int32Array;
  private deadlines: Float64Array;
  private head = 0;
  size = 0;

  constructor(capacity = 1024) {
    this.ids = new Int32Array(capacity);
    this.gens = new Int32Array(capacity);
    this.seqs = new Int32Array(capacity);
    this.deadlines = new Float64Array(capacity);
  }

  push(id: number, gen: number, seq: number, deadline: number): void {
    if (this.size === this.ids.length) this.grow();
    let i = this.head + this.size;
    if (i >= this.ids.length) i -= this.ids.length;
    this.ids[i] = id;
    this.gens[i] = gen;
    this.seqs[i] = seq;
    this.deadlines[i] = deadline;
    this.size++;
  }

  get headDeadline(): number {
    return this.size > 0 ? this.deadlines[this.head]! : Infinity;
  }
  get headId(): number {
    return this.ids[this.head]!;
  }
  get headGen(): number {
    return this.gens[this.head]!;
  }
  get headSeq(): number {
    return this.seqs[this.head]!;
  }

  shift(): void {
    this.head++;
    if (this.head === this.ids.length) this.head = 0;
    this.size--;
  }

  private grow(): void {
    const n = this.ids.length * 2;
    const ids = new Int32Array(n);
    const gens = new Int32Array(n);
    const seqs = new Int32Array(n);
    const deadlines = new Float64Array(n);
    for (let k = 0; k < this.size; k++) {
      let i = this.head + k;
      if (i >= this.ids.length) i -= this.ids.length;
      ids[k] = this.ids[i]!;
      gens[k] = this.gens[i]!;
      seqs[k] = this.seqs[i]!;
      deadlines[k] = this.deadlines[i]!;
    }
    this.ids = ids;
    this.gens = gens;
    this.seqs = seqs;
    this.deadlines = deadlines;
    this.head = 0;
  }
}
