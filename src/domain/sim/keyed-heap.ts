/** Min-heap of integer ids keyed by a number (ties: smaller id first), on typed arrays. */
export class KeyedHeap {
  private keys: Float64Array;
  private ids: Int32Array;
  size = 0;

  constructor(initialCapacity = 64) {
    this.keys = new Float64Array(Math.max(8, initialCapacity));
    this.ids = new Int32Array(Math.max(8, initialCapacity));
  }

  peekKey(): number {
    return this.size > 0 ? this.keys[0]! : Infinity;
  }

  peekId(): number {
    return this.ids[0]!;
  }

  idAt(index: number): number {
    return this.ids[index]!;
  }

  push(key: number, id: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    const keys = this.keys;
    const ids = this.ids;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && ids[p]! < id)) break;
      keys[i] = pk;
      ids[i] = ids[p]!;
      i = p;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Removes the minimum and returns its id. */
  pop(): number {
    const keys = this.keys;
    const ids = this.ids;
    const top = ids[0]!;
    const last = --this.size;
    if (last === 0) return top;
    const k = keys[last]!;
    const id = ids[last]!;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (keys[r]! < keys[c]! || (keys[r] === keys[c] && ids[r]! < ids[c]!))) c = r;
      const ck = keys[c]!;
      if (k < ck || (k === ck && id < ids[c]!)) break;
      keys[i] = ck;
      ids[i] = ids[c]!;
      i = c;
    }
    keys[i] = k;
    ids[i] = id;
    return top;
  }

  /** Removes `id` wherever it is (O(size); for rare events such as a preemption). Returns its key, or NaN. */
  remove(id: number): number {
    const ids = this.ids;
    const keys = this.keys;
    let i = -1;
    for (let j = 0; j < this.size; j++)
      if (ids[j] === id) {
        i = j;
        break;
      }
    if (i < 0) return NaN;
    const key = keys[i]!;
    const last = --this.size;
    if (i === last) return key;
    // Move the last entry into the hole, then restore the heap order up or down.
    keys[i] = keys[last]!;
    ids[i] = ids[last]!;
    this.siftUp(i);
    this.siftDown(i);
    return key;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.ids[a]! < this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const id = this.ids[a]!;
    this.ids[a] = this.ids[b]!;
    this.ids[b] = id;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  clear(): void {
    this.size = 0;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.keys = keys;
    this.ids = ids;
  }
}
