/**
 * The bin of a value in a log-bucketed histogram, k = ⌈log_γ(v / base)⌉, found without a logarithm
 * and always equal to what the histogram's own formula gives.
 *
 * Why: the simulator files every request's latencies into such histograms, and the logarithm was a
 * large share of a long run's time. How: the value's exponent and top mantissa bits pick a cell
 * narrower than one bin (so it holds at most one bin edge), the cell gives the candidate bin, and one
 * comparison with the next edge settles it. Edges computed here are only approximate, so a value
 * within a relative 1e-9 of an edge — far wider than any rounding in the formula, far narrower than a
 * bin — is handed to the exact formula. Values outside [lowest edge, highest edge] go there too.
 */
const GUARD = 1e-9;

// Scratch for reading a double's high word (exponent and top mantissa bits).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HI = U32[1] === 0x3ff00000 ? 1 : 0;

function highWord(v: number): number {
  F64[0] = v;
  return U32[HI]!;
}

export class LogBinLookup {
  private readonly shift: number;
  private readonly cellBase: number;
  /** Per cell: the bin of its lowest value, as an index from `kLo` (clamped to 0…n). */
  private readonly candidate: Int32Array;
  /** Per bin index j (bin kLo + j): values strictly between lower[j] and upper[j] are surely in it. */
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;

  /**
   * @param exact the histogram's formula: the bin of any value (the fallback, and the definition).
   * @param edge edge(k) = the largest value in bin k (bin k holds (edge(k − 1), edge(k)]), approximately.
   * @param kLo @param kHi the bins looked up without the formula.
   * @param gamma the ratio between successive edges (> 1).
   */
  constructor(
    private readonly exact: (value: number) => number,
    edge: (k: number) => number,
    private readonly kLo: number,
    kHi: number,
    gamma: number,
  ) {
    const n = kHi - kLo + 1;
    if (!(n > 0 && gamma > 1)) throw new RangeError('LogBinLookup needs kHi ≥ kLo and gamma > 1');
    // Cells are [2^e·(1 + i/2^m), 2^e·(1 + (i+1)/2^m)): their ratio 1 + 2^-m must stay below gamma.
    const m = Math.min(20, Math.floor(-Math.log2(gamma - 1)) + 1);
    this.shift = 20 - m;
    this.lower = new Float64Array(n + 1);
    this.upper = new Float64Array(n + 1);
    for (let j = 0; j < n; j++) {
      this.lower[j] = edge(kLo + j - 1) * (1 + GUARD);
      this.upper[j] = edge(kLo + j) * (1 - GUARD);
    }
    this.lower[n] = Infinity;
    this.upper[n] = Infinity;
    const first = highWord(edge(kLo - 1)) >>> this.shift;
    const last = highWord(edge(kHi)) >>> this.shift;
    this.cellBase = first;
    this.candidate = new Int32Array(last - first + 1);
    for (let c = first; c <= last; c++) {
      // The lowest double of the cell: its high word with a zero low word.
      U32[HI] = c << this.shift;
      U32[1 - HI] = 0;
      const j = exact(F64[0]!) - kLo;
      this.candidate[c - first] = j < 0 ? 0 : j > n ? n : j;
    }
  }

  /** The bin of `value`: exactly `exact(value)`. */
  bin(value: number): number {
    F64[0] = value;
    const cell = (U32[HI]! >>> this.shift) - this.cellBase;
    if (cell >= 0 && cell < this.candidate.length) {
      let j = this.candidate[cell]!;
      if (value > this.upper[j]!) j++;
      if (value > this.lower[j]! && value < this.upper[j]!) return this.kLo + j;
    }
    return this.exact(value);
  }
}
