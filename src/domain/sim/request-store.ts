/**
 * Requests in flight as parallel typed arrays with a free list: no object per request, and the
 * memory is bounded by the peak number in the system, not by the length of the run.
 */
export class RequestStore {
  arrival: Float64Array;
  firstToken: Float64Array;
  inputTokens: Int32Array;
  outputTokens: Int32Array;
  prefillLeft: Int32Array;
  attempt: Int32Array;
  replica: Int32Array;
  background: Uint8Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;
  live = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.arrival = new Float64Array(n);
    this.firstToken = new Float64Array(n);
    this.inputTokens = new Int32Array(n);
    this.outputTokens = new Int32Array(n);
    this.prefillLeft = new Int32Array(n);
    this.attempt = new Int32Array(n);
    this.replica = new Int32Array(n);
    this.background = new Uint8Array(n);
    this.free = new Int32Array(n);
  }

  get capacity(): number {
    return this.arrival.length;
  }

  alloc(arrival: number, input: number, output: number, background: boolean): number {
    let id: number;
    if (this.freeCount > 0) id = this.free[--this.freeCount]!;
    else {
      if (this.used === this.arrival.length) this.grow();
      id = this.used++;
    }
    this.arrival[id] = arrival;
    this.firstToken[id] = NaN;
    this.inputTokens[id] = input;
    this.outputTokens[id] = output;
    this.prefillLeft[id] = input;
    this.attempt[id] = 0;
    this.replica[id] = -1;
    this.background[id] = background ? 1 : 0;
    this.live++;
    return id;
  }

  release(id: number): void {
    this.free[this.freeCount++] = id;
    this.live--;
  }

  private grow(): void {
    const n = this.arrival.length * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.arrival = f64(this.arrival);
    this.firstToken = f64(this.firstToken);
    this.inputTokens = i32(this.inputTokens);
    this.outputTokens = i32(this.outputTokens);
    this.prefillLeft = i32(this.prefillLeft);
    this.attempt = i32(this.attempt);
    this.replica = i32(this.replica);
    const bg = new Uint8Array(n);
    bg.set(this.background);
    this.background = bg;
    this.free = i32(this.free);
  }
}
