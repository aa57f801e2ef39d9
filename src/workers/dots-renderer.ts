import { admittedPath, batchPath, throttledPath, type FleetLayout } from '../domain/sim-view/fleet-layout.ts';
import { DOT_ADMITTED, DOT_BATCH, DOT_NEW_VERSION, DOT_THROTTLED, FlowMeter, ParticleSystem, preparePath } from '../domain/sim-view/particles.ts';
import { mulberry32 } from '../domain/random/mulberry32.ts';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Prepared = ReturnType<typeof preparePath>;

export const DOT_CAPACITY = 4000;
const ADMITTED_SECONDS = 1.3;
const THROTTLED_SECONDS = 0.9;
const BATCH_SECONDS = 1.6;
/** Frame gaps are counted in 0.5 ms bins up to 100 ms (the last bin holds everything longer). */
export const GAP_BIN_MS = 0.5;
export const GAP_BINS = 200;

/** ok: admitted requests; bad: 429s; newVersion: requests to the new model version; batch: batch-job records. */
export type DotColors = { ok: string; bad: string; newVersion: string; batch: string };
export const DEFAULT_DOT_COLORS: DotColors = { ok: '#2563eb', bad: '#b91c1c', newVersion: '#be185d', batch: '#4d7c0f' };

/**
 * The moving request dots of the fleet picture, drawn into a 2D context. Runs in a worker on an
 * OffscreenCanvas (or on the page where that is missing). Everything a frame touches is allocated
 * when the layout changes, never per frame: typed arrays for dots and for the tiles they can go to,
 * paths prepared once per tile position, one path per colour.
 */
export class DotsRenderer {
  readonly dots = new ParticleSystem(DOT_CAPACITY, 7);
  readonly admitted = new FlowMeter(DOT_CAPACITY * 0.75, ADMITTED_SECONDS);
  readonly throttled = new FlowMeter(DOT_CAPACITY * 0.2, THROTTLED_SECONDS);
  readonly batch = new FlowMeter(DOT_CAPACITY * 0.1, BATCH_SECONDS);
  /** Frame gaps seen since the start, as a histogram (see GAP_BIN_MS); for the frame-rate bench. */
  readonly gapHistogram = new Uint32Array(GAP_BINS);
  frames = 0;

  private readonly random = mulberry32(11);
  private layout: FleetLayout | null = null;
  private dpr = 1;
  private colors: DotColors = DEFAULT_DOT_COLORS;
  private bounce: Prepared | null = null;
  /** Paths by tile id, kept while the tile stays where it is. */
  private readonly tilePaths = new Map<number, { x: number; y: number; path: Prepared }>();
  /** Ready tiles of the current layout with cumulative pick weights (what the balancer likely does). */
  private pickPaths: Prepared[] = [];
  private pickWeights = new Float64Array(0);
  /** 1 where the picked server serves the new model version (its dots take that colour). */
  private pickNew = new Uint8Array(0);
  private pickCount = 0;
  /** Servers holding batch records, weighted by how many (routes from the batch box). */
  private readonly batchPaths = new Map<number, { x: number; y: number; path: Prepared }>();
  private batchPick: Prepared[] = [];
  private batchWeights = new Float64Array(0);
  private batchCount = 0;
  private lastT = -1;
  private lastBounce = -Infinity;
  private font = '';
  private visible = true;

  constructor(private readonly ctx: Context2D) {}

  setColors(colors: DotColors): void {
    this.colors = colors;
  }

  /** Off screen: no spawning, no drawing; what arrives meanwhile is dropped, not saved up. */
  setVisible(visible: boolean): void {
    if (visible && !this.visible) {
      this.admitted.reset();
      this.throttled.reset();
      this.batch.reset();
      this.dots.clear();
    }
    this.visible = visible;
  }

  reset(): void {
    this.dots.clear();
    this.admitted.reset();
    this.throttled.reset();
    this.batch.reset();
  }

  /** Empties the picture (motion turned off). */
  clear(): void {
    this.reset();
    const c = this.ctx.canvas;
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.clearRect(0, 0, c.width, c.height);
  }

  setLayout(layout: FleetLayout, dpr: number): void {
    const moved = !this.layout || this.layout.width !== layout.width || this.layout.height !== layout.height || this.layout.compact !== layout.compact;
    this.layout = layout;
    this.dpr = dpr;
    if (moved) {
      this.bounce = preparePath(throttledPath(layout));
      this.font = `bold ${layout.compact ? 11 : 13}px ui-sans-serif, system-ui, sans-serif`;
      this.tilePaths.clear();
      this.batchPaths.clear();
      // Dots on routes that no longer exist would cross the picture; start clean.
      this.dots.clear();
    }
    let ready = 0;
    // A server in a zone (or Region) that is down takes no requests, whatever state it reports.
    for (const z of layout.zones) for (const t of z.tiles) if (t.state === 'ready' && z.up) ready++;
    if (this.pickWeights.length < ready) {
      this.pickWeights = new Float64Array(Math.max(ready, 2 * this.pickWeights.length));
      this.pickNew = new Uint8Array(this.pickWeights.length);
    }
    this.pickPaths.length = ready;
    let i = 0;
    let total = 0;
    for (const z of layout.zones)
      for (const t of z.tiles) {
        if (t.state !== 'ready' || !z.up) continue;
        let cached = this.tilePaths.get(t.id);
        if (!cached || cached.x !== t.x || cached.y !== t.y) {
          cached = { x: t.x, y: t.y, path: preparePath(admittedPath(layout, t)) };
          this.tilePaths.set(t.id, cached);
        }
        total += 1 + t.fill * 4 + Math.min(t.waiting, 20);
        this.pickWeights[i] = total;
        this.pickNew[i] = t.version === 1 ? 1 : 0;
        this.pickPaths[i] = cached.path;
        i++;
      }
    this.pickCount = ready;
    // Batch records go to the servers holding them.
    let holders = 0;
    if (layout.batch) for (const z of layout.zones) for (const t of z.tiles) if ((t.batch ?? 0) > 0 && z.up) holders++;
    if (this.batchWeights.length < holders) this.batchWeights = new Float64Array(Math.max(holders, 2 * this.batchWeights.length));
    this.batchPick.length = holders;
    let b = 0;
    let batchTotal = 0;
    if (layout.batch)
      for (const z of layout.zones)
        for (const t of z.tiles) {
          if (!((t.batch ?? 0) > 0) || !z.up) continue;
          let cached = this.batchPaths.get(t.id);
          if (!cached || cached.x !== t.x || cached.y !== t.y) {
            cached = { x: t.x, y: t.y, path: preparePath(batchPath(layout, t)) };
            this.batchPaths.set(t.id, cached);
          }
          batchTotal += t.batch!;
          this.batchWeights[b] = batchTotal;
          this.batchPick[b] = cached.path;
          b++;
        }
    this.batchCount = holders;
  }

  /** `admitted` and `throttled` requests (and `batch` records done) happened over `wallSeconds` of wall time. */
  addCounts(admitted: number, throttled: number, wallSeconds: number, batch = 0): void {
    if (!this.visible) return;
    this.admitted.add(admitted, wallSeconds);
    this.throttled.add(throttled, wallSeconds);
    this.batch.add(batch, wallSeconds);
  }

  /** Index of the first cumulative weight reaching `u` × total (binary search, no allocation). */
  private static find(weights: Float64Array, n: number, u: number): number {
    const target = u * weights[n - 1]!;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weights[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** One animation frame at `now` (ms). */
  frame(now: number): void {
    if (this.lastT >= 0) {
      const gap = now - this.lastT;
      this.gapHistogram[Math.min(GAP_BINS - 1, Math.floor(gap / GAP_BIN_MS))]!++;
      this.frames++;
    }
    const dt = this.lastT < 0 ? 0 : Math.min(0.1, (now - this.lastT) / 1000);
    this.lastT = now;
    const l = this.layout;
    if (!l || !this.visible) return;
    for (let n = this.admitted.take(dt); n > 0 && this.pickCount > 0; n--) {
      const k = DotsRenderer.find(this.pickWeights, this.pickCount, this.random());
      if (!this.dots.spawn(this.pickPaths[k]!, this.pickNew[k] === 1 ? DOT_NEW_VERSION : DOT_ADMITTED, ADMITTED_SECONDS)) break;
    }
    for (let n = this.batch.take(dt); n > 0 && this.batchCount > 0; n--) {
      const k = DotsRenderer.find(this.batchWeights, this.batchCount, this.random());
      if (!this.dots.spawn(this.batchPick[k]!, DOT_BATCH, BATCH_SECONDS)) break;
    }
    if (this.bounce)
      for (let n = this.throttled.take(dt); n > 0; n--) {
        if (!this.dots.spawn(this.bounce, DOT_THROTTLED, THROTTLED_SECONDS)) break;
        this.lastBounce = now;
      }
    this.dots.update(dt);
    this.draw(l, now);
  }

  private draw(l: FleetLayout, now: number): void {
    const ctx = this.ctx;
    const canvas = ctx.canvas;
    const dpr = this.dpr;
    const w = Math.round(l.width * dpr);
    const h = Math.round(l.height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, l.width, l.height);
    this.drawKind(l, DOT_ADMITTED, this.colors.ok);
    this.drawKind(l, DOT_NEW_VERSION, this.colors.newVersion);
    this.drawKind(l, DOT_BATCH, this.colors.batch);
    this.drawKind(l, DOT_THROTTLED, this.colors.bad);
    if (now - this.lastBounce < 600) {
      ctx.fillStyle = this.colors.bad;
      ctx.font = this.font;
      ctx.fillText('429', l.client.x + l.client.w + 4, l.height / 2 + 30);
    }
  }

  private drawKind(l: FleetLayout, kind: number, color: string): void {
    const ctx = this.ctx;
    const d = this.dots;
    const size = l.compact ? 3 : 4;
    const half = size / 2;
    const gx0 = l.gateway.x;
    const gx1 = l.gateway.x + l.gateway.w;
    const bx0 = l.balancer.x;
    const bx1 = l.balancer.x + l.balancer.w;
    const by0 = l.gateway.y;
    const by1 = l.gateway.y + l.gateway.h;
    ctx.fillStyle = color;
    ctx.beginPath();
    for (let i = 0; i < d.count; i++) {
      if (d.kind[i] !== kind) continue;
      const x = d.x[i]!;
      const y = d.y[i]!;
      // Inside the gateway or balancer the request is being handled: hidden, so the labels stay readable.
      if (((x > gx0 && x < gx1) || (x > bx0 && x < bx1)) && y > by0 && y < by1) continue;
      ctx.rect(x - half, y - half, size, size);
    }
    ctx.fill();
  }
}

/** Median and 95th percentile (ms) of the frame gaps between two histogram readings. */
export function gapPercentiles(before: ArrayLike<number>, after: ArrayLike<number>): { frames: number; p50: number; p95: number } {
  let frames = 0;
  for (let i = 0; i < GAP_BINS; i++) frames += (after[i] ?? 0) - (before[i] ?? 0);
  const at = (q: number) => {
    const target = q * frames;
    let seen = 0;
    for (let i = 0; i < GAP_BINS; i++) {
      seen += (after[i] ?? 0) - (before[i] ?? 0);
      if (seen >= target) return (i + 1) * GAP_BIN_MS;
    }
    return GAP_BINS * GAP_BIN_MS;
  };
  return { frames, p50: frames > 0 ? at(0.5) : NaN, p95: frames > 0 ? at(0.95) : NaN };
}
