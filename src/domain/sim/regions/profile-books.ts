import { QuantileSketch } from '../quantile-sketch.ts';
import { TIER_NAMES } from '../request-store.ts';
import type { FleetScenario } from '../scenario-schema.ts';
import { WindowQuantiles } from '../window-quantiles.ts';

/**
 * The books of a run over several Regions as the client sees it (round trips included): requests in
 * the system and on their way, latency sketches for the run, the current window and each Region,
 * objective attainment, queue waits by tier, and where the profile routed. The Regions' reports reach it
 * through per-Region buffers (report, flush), so that the Regions may run their events alone.
 */
export class ProfileBooks {
  arrivals = 0;
  inTransit = 0;
  inSystem = 0;
  area = 0;
  lastT = 0;
  finishedCount = 0;
  sojournSum = 0;
  sloMet = 0;
  readonly ttft = new QuantileSketch();
  readonly tpot = new QuantileSketch();
  readonly e2e = new QuantileSketch();
  readonly waitByTier = TIER_NAMES.map(() => new WindowQuantiles());
  readonly regionTtft: QuantileSketch[];
  readonly regionE2e: QuantileSketch[];
  readonly routed: number[];
  readonly spilledIn: number[];
  readonly spilledOut: number[];
  // The current window.
  readonly wTtft = new WindowQuantiles();
  readonly wTpot = new WindowQuantiles();
  readonly wE2e = new WindowQuantiles();
  wCompleted = 0;
  wTtftSum = 0;
  wGoodput = 0;
  /**
   * Per Region, what its events reported since the last flush, in its own time order: [time, kind
   * (0 completed, 1 queue wait), three numbers]. The Regions run their events alone, so flush merges
   * these back in global time order: the sums then add in the same order as when the Regions' events
   * interleaved one by one.
   */
  private reports: Float64Array[];
  /** Numbers written in each Region's buffer (five per report); the buffers are kept between flushes. */
  private readonly filled: Int32Array;
  private readonly cursor: Int32Array;
  /** Reports buffered since the last flush. */
  private pending = 0;

  constructor(
    private readonly rtt: readonly number[],
    private readonly slo: FleetScenario['slo'],
  ) {
    const n = rtt.length;
    this.regionTtft = rtt.map(() => new QuantileSketch());
    this.regionE2e = rtt.map(() => new QuantileSketch());
    this.routed = new Array<number>(n).fill(0);
    this.spilledIn = new Array<number>(n).fill(0);
    this.spilledOut = new Array<number>(n).fill(0);
    this.reports = rtt.map(() => new Float64Array(5 * 256));
    this.filled = new Int32Array(n);
    this.cursor = new Int32Array(n);
  }

  integrate(t: number): void {
    this.area += this.inSystem * (t - this.lastT);
    this.lastT = t;
  }

  /** Region `k` completed a request at `t` (its report, buffered until flush). */
  reportCompleted(k: number, t: number, arrival: number, firstToken: number, output: number): void {
    this.report(k, t, 0, arrival, firstToken, output);
  }

  /** A request of Region `k` left a queue at `t` after waiting `seconds` (buffered until flush). */
  reportQueueWait(k: number, t: number, tier: number, seconds: number): void {
    this.report(k, t, 1, tier, seconds, 0);
  }

  private report(k: number, t: number, kind: number, a: number, b: number, c: number): void {
    let buf = this.reports[k]!;
    const j = this.filled[k]!;
    if (j + 5 > buf.length) {
      const grown = new Float64Array(buf.length * 2);
      grown.set(buf);
      buf = this.reports[k] = grown;
    }
    buf[j] = t;
    buf[j + 1] = kind;
    buf[j + 2] = a;
    buf[j + 3] = b;
    buf[j + 4] = c;
    this.filled[k] = j + 5;
    this.pending++;
  }

  /** Applies the buffered reports in time order (ties: the lower Region first), then empties the buffers. */
  flush(): void {
    if (this.pending === 0) return;
    const reports = this.reports;
    const filled = this.filled;
    const at = this.cursor;
    const n = reports.length;
    for (;;) {
      let k = -1;
      let best = Infinity;
      for (let i = 0; i < n; i++) {
        const j = at[i]!;
        if (j < filled[i]! && reports[i]![j]! < best) {
          best = reports[i]![j]!;
          k = i;
        }
      }
      if (k < 0) break;
      const b = reports[k]!;
      const j = at[k]!;
      if (b[j + 1] === 0) this.completed(k, b[j]!, b[j + 2]!, b[j + 3]!, b[j + 4]!);
      else this.waitByTier[b[j + 2]!]!.add(b[j + 3]!);
      at[k] = j + 5;
    }
    for (let i = 0; i < n; i++) {
      at[i] = 0;
      filled[i] = 0;
    }
    this.pending = 0;
  }

  /** An answer reached the client at `t` (sent at `sent`). */
  returned(t: number, sent: number): void {
    this.inSystem--;
    this.finishedCount++;
    this.sojournSum += t - sent;
  }

  private completed(k: number, t: number, arrival: number, firstToken: number, output: number): void {
    const r = this.rtt[k]!;
    const ttft = firstToken - arrival + r;
    const e2e = t - arrival + r;
    this.ttft.add(ttft);
    this.e2e.add(e2e);
    this.wTtft.add(ttft);
    this.wE2e.add(e2e);
    this.regionTtft[k]!.add(ttft);
    this.regionE2e[k]!.add(e2e);
    let met = ttft <= this.slo.ttftSeconds;
    if (output > 1) {
      const tpot = (t - firstToken) / (output - 1);
      this.tpot.add(tpot);
      this.wTpot.add(tpot);
      met = met && tpot <= this.slo.tpotSeconds;
    }
    if (met) {
      this.sloMet++;
      this.wGoodput++;
    }
    this.wCompleted++;
    this.wTtftSum += ttft;
  }

  /** Writes the window's client-side channels (in system, latency percentiles, mean TTFT, goodput) and starts the next window. */
  closeWindow(set: (name: string, value: number) => void, seconds: number): void {
    set('inSystem', this.inSystem);
    set('meanTtft', this.wCompleted > 0 ? this.wTtftSum / this.wCompleted : NaN);
    set('goodput', this.wGoodput / seconds);
    for (const [name, q] of [
      ['ttft', this.wTtft],
      ['tpot', this.wTpot],
      ['e2e', this.wE2e],
    ] as const) {
      set(`${name}P50`, q.quantile(0.5));
      if (name !== 'tpot') set(`${name}P90`, q.quantile(0.9));
      set(`${name}P95`, q.quantile(0.95));
      set(`${name}P99`, q.quantile(0.99));
      q.reset();
    }
    this.wCompleted = 0;
    this.wTtftSum = 0;
    this.wGoodput = 0;
  }
}
