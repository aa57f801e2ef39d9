import { useEffect, useRef } from 'react';
import { admittedPath, pickTile, throttledPath, type FleetLayout } from '../../domain/sim-view/fleet-layout.ts';
import { DOT_ADMITTED, DOT_THROTTLED, FlowMeter, ParticleSystem, preparePath } from '../../domain/sim-view/particles.ts';
import { mulberry32 } from '../../domain/random/mulberry32.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import { simStore } from './sim-store.ts';

const CAPACITY = 4000;
const ADMITTED_SECONDS = 1.3;
const THROTTLED_SECONDS = 0.9;

function counts(frame: RunFrame | undefined): { admitted: number; throttled: number } {
  const s = frame?.snapshot;
  if (!s) return { admitted: 0, throttled: 0 };
  if (s.kind === 'mmc') return { admitted: s.summary.customers, throttled: 0 };
  return { admitted: s.summary.attempts - s.summary.throttledAttempts, throttled: s.summary.throttledAttempts };
}

/**
 * Draws requests as dots on a canvas over the fleet picture: the loop reads the store each frame
 * (no React render per frame), spawns dots for the requests that arrived since the last snapshot and
 * moves them along their routes. Off when `enabled` is false (reduced motion).
 */
export function useRequestDots(
  canvas: React.RefObject<HTMLCanvasElement | null>,
  layout: FleetLayout,
  runIndex: number,
  enabled: boolean,
  onPerDot: (n: number) => void,
) {
  const layoutRef = useRef(layout);
  const perDotRef = useRef(onPerDot);
  useEffect(() => {
    layoutRef.current = layout;
    perDotRef.current = onPerDot;
  }, [layout, onPerDot]);

  useEffect(() => {
    const el = canvas.current;
    if (!enabled || !el) return;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    const dots = new ParticleSystem(CAPACITY, 7);
    const admitted = new FlowMeter(CAPACITY * 0.75, ADMITTED_SECONDS);
    const throttled = new FlowMeter(CAPACITY * 0.25, THROTTLED_SECONDS);
    const random = mulberry32(11);
    let paths = new Map<number, ReturnType<typeof preparePath>>();
    let bouncePath = preparePath(throttledPath(layoutRef.current));
    let pathsFor = layoutRef.current;
    let lastRun = simStore.getState().runId;
    let lastFrameAt = simStore.getState().frameAt;
    let last = counts(simStore.getState().frames?.[runIndex]);
    let colors = { ok: '#0f766e', bad: '#b91c1c' };
    let colorCheck = 0;
    let lastT = performance.now();
    let lastBounce = -Infinity;
    let raf = 0;

    const readColors = () => {
      const cs = getComputedStyle(el);
      colors = { ok: cs.getPropertyValue('--chart-4').trim() || colors.ok, bad: cs.getPropertyValue('--danger').trim() || colors.bad };
    };
    readColors();

    const frame = (now: number) => {
      raf = requestAnimationFrame(frame);
      const dt = Math.min(0.1, (now - lastT) / 1000);
      lastT = now;
      const l = layoutRef.current;
      if (l !== pathsFor) {
        paths = new Map();
        bouncePath = preparePath(throttledPath(l));
        pathsFor = l;
      }
      const state = simStore.getState();
      if (state.runId !== lastRun) {
        lastRun = state.runId;
        dots.clear();
        admitted.reset();
        throttled.reset();
        last = { admitted: 0, throttled: 0 };
      }
      if (state.frameAt !== lastFrameAt) {
        const wall = (state.frameAt - lastFrameAt) / 1000;
        lastFrameAt = state.frameAt;
        const c = counts(state.frames?.[runIndex]);
        if (state.status === 'running' || state.status === 'done') {
          admitted.add(Math.max(0, c.admitted - last.admitted), wall);
          throttled.add(Math.max(0, c.throttled - last.throttled), wall);
        }
        last = c;
      }
      for (let n = admitted.take(dt); n > 0; n--) {
        const pick = pickTile(l, random());
        if (!pick) break;
        let path = paths.get(pick.tile.id);
        if (!path) {
          path = preparePath(admittedPath(l, pick.tile));
          paths.set(pick.tile.id, path);
        }
        if (!dots.spawn(path, DOT_ADMITTED, ADMITTED_SECONDS)) break;
      }
      for (let n = throttled.take(dt); n > 0; n--) {
        if (!dots.spawn(bouncePath, DOT_THROTTLED, THROTTLED_SECONDS)) break;
        lastBounce = now;
      }
      dots.update(dt);

      if (++colorCheck % 60 === 0) readColors();
      const dpr = window.devicePixelRatio || 1;
      const w = l.width;
      const h = l.height;
      if (el.width !== Math.round(w * dpr) || el.height !== Math.round(h * dpr)) {
        el.width = Math.round(w * dpr);
        el.height = Math.round(h * dpr);
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      const size = l.compact ? 3 : 4;
      const gx0 = l.gateway.x;
      const gx1 = l.gateway.x + l.gateway.w;
      const bx0 = l.balancer.x;
      const bx1 = l.balancer.x + l.balancer.w;
      const by0 = l.gateway.y;
      const by1 = l.gateway.y + l.gateway.h;
      const half = size / 2;
      for (const [kind, color] of [
        [DOT_ADMITTED, colors.ok],
        [DOT_THROTTLED, colors.bad],
      ] as const) {
        ctx.fillStyle = color;
        ctx.beginPath();
        for (let i = 0; i < dots.count; i++) {
          if (dots.kind[i] !== kind) continue;
          const x = dots.x[i]!;
          const y = dots.y[i]!;
          // Inside the gateway or balancer the request is being handled: hide it so the labels stay readable.
          if ((x > gx0 && x < gx1) || (x > bx0 && x < bx1)) if (y > by0 && y < by1) continue;
          ctx.rect(x - half, y - half, size, size);
        }
        ctx.fill();
      }
      if (now - lastBounce < 600) {
        ctx.fillStyle = colors.bad;
        ctx.font = `bold ${l.compact ? 11 : 13}px ui-sans-serif, system-ui, sans-serif`;
        ctx.fillText('429', l.client.x + l.client.w + 4, l.height / 2 + 30);
      }
      if (colorCheck % 15 === 0) {
        el.dataset.dots = String(dots.count);
        if (el.dataset.perDot !== String(admitted.perDot)) {
          el.dataset.perDot = String(admitted.perDot);
          perDotRef.current(admitted.perDot);
        }
      }
    };
    raf = requestAnimationFrame(frame);
    return () => {
      cancelAnimationFrame(raf);
      ctx.clearRect(0, 0, el.width, el.height);
    };
  }, [canvas, runIndex, enabled]);
}
