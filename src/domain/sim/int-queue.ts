/** Growable FIFO ring buffer of integer ids on an Int32Array (no allocation per push). */
export class IntQueue {
  private buf: Int32Array;
  private head = 0;
  size = 0;

  constructor(initialCapacity = 64) {
    this.buf = new Int32Array(Math.max(8, initialCapacity));
  }

  push(value: number): void {
    if (this.size === this.buf.length) this.grow();
    let i = this.head + this.size;
    if (i >= this.buf.length) i -= this.buf.length;
    this.buf[i] = value;
    this.size++;
  }

  /** Puts a value at the front (next to be shifted). */
  unshift(value: number): void {
    if (this.size === this.buf.length) this.grow();
    this.head = this.head === 0 ? this.buf.length - 1 : this.head - 1;
    this.buf[this.head] = value;
    this.size++;
  }

  /** Removes and returns the value at the back (the newest). */
  pop(): number {
    this.size--;
    let i = this.head + this.size;
    if (i >= this.buf.length) i -= this.buf.length;
    return this.buf[i]!;
  }

  shift(): number {
    const v = this.buf[this.head]!;
    this.head++;
    if (this.head === this.buf.length) this.head = 0;
    this.size--;
    return v;
  }

  peek(): number {
    return this.buf[this.head]!;
  }

  at(index: number): number {
    let i = this.head + index;
    if (i >= this.buf.length) i -= this.buf.length;
    return this.buf[i]!;
  }

  clear(): void {
    this.head = 0;
    this.size = 0;
  }

  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let k = 0; k < this.size; k++) next[k] = this.at(k);
    this.buf = next;
    this.head = 0;
  }
}
