/** A growable first-in first-out queue of numbers (a ring over a Float64Array). */
export class FloatFifo {
  private buf: Float64Array;
  private start = 0;
  size = 0;

  constructor(capacity = 64) {
    this.buf = new Float64Array(capacity);
  }

  get head(): number {
    return this.buf[this.start]!;
  }

  push(x: number): void {
    if (this.size === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      for (let i = 0; i < this.size; i++) next[i] = this.buf[(this.start + i) % this.buf.length]!;
      this.buf = next;
      this.start = 0;
    }
    this.buf[(this.start + this.size) % this.buf.length] = x;
    this.size++;
  }

  shift(): number {
    const x = this.buf[this.start]!;
    this.start = (this.start + 1) % this.buf.length;
    this.size--;
    return x;
  }
}
