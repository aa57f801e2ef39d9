import { useEffect, useRef } from 'react';
import type { FleetLayout } from '../../domain/sim-view/fleet-layout.ts';
import type { LiveRun } from '../../domain/sim-view/frame-stream.ts';
import type { FromDots, ToDots } from '../../workers/dots-protocol.ts';
import { DEFAULT_DOT_COLORS, DotsRenderer, type DotColors } from '../../workers/dots-renderer.ts';
import { CanvasSinks } from './canvas-sinks.ts';
import { simStore } from './sim-store.ts';

function counts(s: LiveRun | undefined): { admitted: number; throttled: number; batch: number } {
  if (!s) return { admitted: 0, throttled: 0, batch: 0 };
  if (s.kind === 'mmc') return { admitted: s.summary.customers, throttled: 0, batch: 0 };
  let batch = 0;
  for (const j of s.batchJobs ?? []) batch += j.done;
  return { admitted: s.summary.attempts - s.summary.throttledAttempts, throttled: s.summary.throttledAttempts, batch };
}

type Sink = { post: (m: ToDots) => void; dispose: () => void };

/** The canvas hands its drawing over once; StrictMode's second effect run takes the same sink. */
const SINKS = new CanvasSinks<Sink>();

/**
 * Where the dots are drawn: a worker with the canvas transferred to it (OffscreenCanvas), so the
 * animation never waits for the page's thread; or, where a browser lacks that, the same renderer on
 * the page's own animation frames.
 */
/** bench/frame-rate.mjs sets this to measure the page-thread drawing as the peer of the worker's. */
const ON_PAGE_KEY = 'bedrock-explorer-dots-on-page';

function drawOnPage(): boolean {
  try {
    return localStorage.getItem(ON_PAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function createSink(canvas: HTMLCanvasElement, onStats: (s: FromDots) => void): Sink | null {
  if (typeof canvas.transferControlToOffscreen === 'function' && typeof Worker !== 'undefined' && !drawOnPage()) {
    const worker = new Worker(new URL('../../workers/dots-worker.ts', import.meta.url), { type: 'module', name: 'request-dots' });
    worker.onmessage = (e: MessageEvent<FromDots>) => onStats(e.data);
    const offscreen = canvas.transferControlToOffscreen();
    const init: ToDots = { type: 'init', canvas: offscreen };
    worker.postMessage(init, [offscreen]);
    canvas.dataset.drawnBy = 'worker';
    return { post: (m) => worker.postMessage(m), dispose: () => worker.terminate() };
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const renderer = new DotsRenderer(ctx);
  let raf = 0;
  let on = true;
  let lastStats = 0;
  const loop = (now: number) => {
    raf = requestAnimationFrame(loop);
    renderer.frame(now);
    if (now - lastStats > 500) {
      lastStats = now;
      onStats({ type: 'stats', dots: renderer.dots.count, perDot: renderer.admitted.perDot, frames: renderer.frames, gapHistogram: Array.from(renderer.gapHistogram) });
    }
  };
  raf = requestAnimationFrame(loop);
  return {
    post: (m) => {
      if (m.type === 'layout') renderer.setLayout(m.layout, m.dpr);
      else if (m.type === 'counts') renderer.addCounts(m.admitted, m.throttled, m.wallSeconds, m.batch);
      else if (m.type === 'colors') renderer.setColors(m.colors);
      else if (m.type === 'reset') renderer.reset();
      else if (m.type === 'visible') {
        renderer.setVisible(m.visible);
        if (m.visible && !on) raf = requestAnimationFrame(loop);
        if (!m.visible) cancelAnimationFrame(raf);
        on = m.visible;
      } else if (m.type === 'stop') {
        cancelAnimationFrame(raf);
        on = false;
        renderer.clear();
      }
    },
    dispose: () => cancelAnimationFrame(raf),
  };
}

/**
 * Starts drawing on `el` and mirrors the drawer's figures onto the element (data-dots, data-frames,
 * data-gaps: read by the e2e tests and bench/frame-rate.mjs).
 */
function attachDots(el: HTMLCanvasElement, onPerDot: (n: number) => void): Sink | null {
  let lastPerDot = 1;
  el.dataset.drawnBy = 'page';
  return createSink(el, (stats) => {
    el.dataset.dots = String(stats.dots);
    el.dataset.frames = String(stats.frames);
    el.dataset.gaps = stats.gapHistogram.join(',');
    if (stats.perDot !== lastPerDot) {
      lastPerDot = stats.perDot;
      el.dataset.perDot = String(stats.perDot);
      onPerDot(stats.perDot);
    }
  });
}

function readColors(el: Element, fallback: DotColors): DotColors {
  const cs = getComputedStyle(el);
  const v = (name: string, or: string) => cs.getPropertyValue(name).trim() || or;
  return { ok: v('--chart-4', fallback.ok), bad: v('--danger', fallback.bad), newVersion: v('--chart-5', fallback.newVersion), batch: v('--chart-6', fallback.batch) };
}

/**
 * Request dots over the fleet picture. The page's thread only forwards what changes — the layout,
 * request counts per live frame of the simulation (about 10 a second), colours, whether the picture is on
 * screen — and the drawing happens elsewhere (see createSink). Off when `enabled` is false (reduced
 * motion) and while the picture is scrolled out of view.
 */
export function useRequestDots(
  canvas: React.RefObject<HTMLCanvasElement | null>,
  layout: FleetLayout,
  runIndex: number,
  enabled: boolean,
  onPerDot: (n: number) => void,
) {
  const sink = useRef<Sink | null>(null);
  const perDotRef = useRef(onPerDot);
  const enabledRef = useRef(enabled);
  const layoutRef = useRef(layout);
  const onScreen = useRef(true);
  useEffect(() => {
    perDotRef.current = onPerDot;
  }, [onPerDot]);

  // One sink per canvas element: a canvas can hand its drawing to a worker only once.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let colorTimer = 0;
    let observer: IntersectionObserver | null = null;
    // Set up once the picture has been painted: handing the canvas over and reading the theme's
    // colours need the page's styles, and asked for in the task that inserted the picture they would
    // compute them all there, in one long task, instead of in the frame that paints it anyway.
    const setUp = () => {
      // A canvas hands its drawing to a worker once: an effect run again on the same canvas (React's
      // development double run) takes the sink it already has (canvas-sinks.ts).
      const s = SINKS.acquire(el, () => attachDots(el, (n) => perDotRef.current(n)));
      if (!s) return;
      sink.current = s;
      let colors = readColors(el, DEFAULT_DOT_COLORS);
      s.post({ type: 'colors', colors });
      s.post({ type: 'layout', layout: layoutRef.current, dpr: window.devicePixelRatio || 1 });
      if (!enabledRef.current) s.post({ type: 'stop' });
      // The theme can change at any time; reading two custom properties once a second is cheap.
      colorTimer = window.setInterval(() => {
        const next = readColors(el, colors);
        if (next.ok !== colors.ok || next.bad !== colors.bad || next.newVersion !== colors.newVersion || next.batch !== colors.batch) {
          colors = next;
          s.post({ type: 'colors', colors });
        }
      }, 1000);
      observer = new IntersectionObserver((entries) => {
        onScreen.current = entries.some((e) => e.isIntersecting);
        s.post({ type: 'visible', visible: onScreen.current && enabledRef.current });
      });
      observer.observe(el);
    };
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(setUp, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearInterval(colorTimer);
      observer?.disconnect();
      sink.current = null;
      // Disposed once the canvas has left the page (not when the same canvas is set up again).
      SINKS.release(el);
    };
  }, [canvas]);

  useEffect(() => {
    enabledRef.current = enabled;
    sink.current?.post(enabled ? { type: 'visible', visible: onScreen.current } : { type: 'stop' });
  }, [enabled]);

  useEffect(() => {
    layoutRef.current = layout;
    sink.current?.post({ type: 'layout', layout, dpr: window.devicePixelRatio || 1 });
  }, [layout]);

  // Request counts from each new simulation frame; a new run starts with no dots.
  useEffect(() => {
    let state = simStore.getState();
    let lastRun = state.runId;
    let lastFrameAt = state.frameAt;
    let last = counts(state.live?.[runIndex]);
    return simStore.subscribe((next) => {
      state = next;
      const s = sink.current;
      if (!s) return;
      if (state.runId !== lastRun) {
        lastRun = state.runId;
        last = { admitted: 0, throttled: 0, batch: 0 };
        s.post({ type: 'reset' });
      }
      if (state.frameAt === lastFrameAt) return;
      const wallSeconds = (state.frameAt - lastFrameAt) / 1000;
      lastFrameAt = state.frameAt;
      const c = counts(state.live?.[runIndex]);
      if (state.status === 'running' || state.status === 'done') {
        s.post({ type: 'counts', admitted: Math.max(0, c.admitted - last.admitted), throttled: Math.max(0, c.throttled - last.throttled), wallSeconds, batch: Math.max(0, c.batch - last.batch) });
      }
      last = c;
    });
  }, [runIndex]);
}
