/// <reference lib="webworker" />
import { DotsRenderer } from './dots-renderer.ts';
import type { FromDots, ToDots } from './dots-protocol.ts';

/**
 * Draws the fleet picture's request dots on an OffscreenCanvas, off the page's thread: the animation
 * keeps its frame rate however busy the page is with charts and the fleet's SVG.
 */
declare const self: DedicatedWorkerGlobalScope;

let renderer: DotsRenderer | null = null;
let raf = 0;
let lastStats = 0;
let running = false;

function loop(now: number): void {
  if (!renderer || !running) return;
  raf = self.requestAnimationFrame(loop);
  renderer.frame(now);
  if (now - lastStats > 500) {
    lastStats = now;
    const stats: FromDots = {
      type: 'stats',
      dots: renderer.dots.count,
      perDot: renderer.admitted.perDot,
      frames: renderer.frames,
      gapHistogram: Array.from(renderer.gapHistogram),
    };
    self.postMessage(stats);
  }
}

function start(): void {
  if (running || !renderer) return;
  running = true;
  raf = self.requestAnimationFrame(loop);
}

function stop(): void {
  running = false;
  self.cancelAnimationFrame(raf);
}

self.onmessage = (event: MessageEvent<ToDots>) => {
  const m = event.data;
  if (m.type === 'init') {
    const ctx = m.canvas.getContext('2d');
    if (!ctx) return;
    renderer = new DotsRenderer(ctx);
    start();
    return;
  }
  if (!renderer) return;
  if (m.type === 'layout') renderer.setLayout(m.layout, m.dpr);
  else if (m.type === 'counts') renderer.addCounts(m.admitted, m.throttled, m.wallSeconds, m.batch);
  else if (m.type === 'colors') renderer.setColors(m.colors);
  else if (m.type === 'reset') renderer.reset();
  else if (m.type === 'visible') {
    renderer.setVisible(m.visible);
    if (m.visible) start();
    else stop();
  } else {
    stop();
    renderer.clear();
  }
};
