/* global document, requestAnimationFrame -- the page.evaluate callbacks run in the browser */
// Frame-time benchmark of the simulator view: headless Chromium animates at least 1,000 request dots
// while the worker keeps simulating, and we report the median and p95 time between frames.
//
//   node bench/frame-rate.mjs                 (uses dist/, builds it when missing)
//   BENCH_DIST=dist-x BENCH_PORT=4299 BENCH_SECONDS=8 node bench/frame-rate.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium-path.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4299);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// 40 requests/s shown at 60× is 2,400 requests per wall-clock second: well over 1,000 dots in flight.
const SCENARIO = '/simulate?preset=steady-day&rate=40&speed=60';
// The flags the e2e tests use (playwright.config.ts).
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'];

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i];
}

async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

if (!existsSync(`${DIST}/index.html`)) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', DIST], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium found (see scripts/chromium-path.mjs).');
  process.exit(1);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', DIST], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${PORT}`;
let browser;
try {
  await waitForServer(base);
  browser = await chromium.launch({ executablePath, args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base + SCENARIO);
  await page.getByTestId('run-status').filter({ hasText: 'Running' }).waitFor();
  // Let the dot population reach its steady state before measuring.
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="request-dots"]')?.dataset.dots ?? 0) >= 1000, null, { timeout: 15_000 });
  const clockBefore = await page.getByTestId('sim-clock').textContent();

  const result = await page.evaluate(async (seconds) => {
    const canvas = document.querySelector('[data-testid="request-dots"]');
    const gaps = [];
    const dots = [];
    let last = performance.now();
    const end = last + seconds * 1000;
    await new Promise((resolve) => {
      const frame = (now) => {
        gaps.push(now - last);
        last = now;
        dots.push(Number(canvas?.dataset.dots ?? 0));
        if (now < end) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    return { gaps: gaps.slice(1), dots };
  }, SECONDS);
  const clockAfter = await page.getByTestId('sim-clock').textContent();
  const status = await page.getByTestId('run-status').textContent();

  const gaps = [...result.gaps].sort((a, b) => a - b);
  const dots = [...result.dots].sort((a, b) => a - b);
  const median = quantile(gaps, 0.5);
  const p95 = quantile(gaps, 0.95);
  const fps = result.gaps.length / result.gaps.reduce((a, b) => a + b, 0) * 1000;
  console.log(`simulator frame time over ${SECONDS} s (${result.gaps.length} frames, ${SCENARIO})`);
  console.log(`  request dots animated: min ${dots[0]}, median ${quantile(dots, 0.5)}, max ${dots.at(-1)}`);
  console.log(`  frame time: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${gaps.at(-1).toFixed(2)} ms`);
  console.log(`  frames per second: ${fps.toFixed(1)} (target ≥ 50 → median frame ≤ 20 ms)`);
  console.log(`  worker kept simulating: ${clockBefore} → ${clockAfter} (${status})`);
  const ok = median <= 20 && quantile(dots, 0.5) >= 1000;
  console.log(ok ? '  PASS' : '  FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser?.close();
  // The preview server runs in its own process group; end exactly that group.
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
