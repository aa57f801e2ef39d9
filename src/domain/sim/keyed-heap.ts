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
