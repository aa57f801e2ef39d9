/* global document, requestAnimationFrame, Worker -- the page.evaluate callbacks run in the browser */
// Frame-time benchmark of the simulator view: headless Chromium animates about 1,500 request dots
// while the worker keeps simulating, first at full CPU speed, then with the CPU throttled (Chrome
// DevTools Protocol Emulation.setCPUThrottlingRate, as Lighthouse does for a mid-range laptop).
// Two figures each time: the dots' own animation frames (drawn in a worker on an OffscreenCanvas),
// and the page thread's animation frames (charts, fleet SVG, controls).
//
//   node bench/frame-rate.mjs                       (uses dist/, builds it when missing; throttle 4)
//   node bench/frame-rate.mjs --throttle=6
//   BENCH_DIST=dist-x BENCH_PORT=4299 BENCH_SECONDS=8 BENCH_THROTTLE=4 node bench/frame-rate.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium-path.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4299);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const throttleArg = process.argv.find((a) => a.startsWith('--throttle='));
const THROTTLE = Number(throttleArg ? throttleArg.slice('--throttle='.length) : (process.env.BENCH_THROTTLE ?? 4));
// 40 requests/s shown at 60× is 2,400 requests per wall-clock second: about 1,500 dots in flight.
const SCENARIO = '/simulate?preset=steady-day&rate=40&speed=60';
// The flags the e2e tests use (playwright.config.ts).
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'];
// Histogram bins of the dots renderer (src/workers/dots-renderer.ts: GAP_BIN_MS, GAP_BINS).
const BIN_MS = 0.5;

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

function histogramPercentiles(before, after) {
  const diff = after.map((v, i) => v - (before[i] ?? 0));
  const frames = diff.reduce((a, b) => a + b, 0);
  const at = (q) => {
    let seen = 0;
    for (let i = 0; i < diff.length; i++) {
      seen += diff[i];
      if (seen >= q * frames) return (i + 1) * BIN_MS;
    }
    return diff.length * BIN_MS;
  };
  return { frames, p50: at(0.5), p95: at(0.95) };
}

const readGaps = (page) => page.evaluate(() => (document.querySelector('[data-testid="request-dots"]')?.dataset.gaps ?? '').split(',').map(Number));

/** A fixed amount of work in a throwaway worker, timed: tells whether CPU throttling reaches workers. */
const workerProbeMs = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const code = 'const t=performance.now();let x=0;for(let i=0;i<3e7;i++)x+=Math.sqrt(i);postMessage(performance.now()-t+x*0);';
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        w.onmessage = (e) => {
          w.terminate();
          resolve(e.data);
        };
      }),
  );

async function measure(browser, drawnBy, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The peer: the same renderer on the page's thread (what the view did before the worker).
  if (drawnBy === 'page') await context.addInitScript(() => localStorage.setItem('bedrock-explorer-dots-on-page', '1'));
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(BASE + SCENARIO);
  await page.getByTestId('run-status').filter({ hasText: 'Running' }).waitFor();
  // Let the dot population reach its steady state before measuring.
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="request-dots"]')?.dataset.dots ?? 0) >= 1000, null, { timeout: 30_000 });
  const clockBefore = await page.getByTestId('sim-clock').textContent();
  const gapsBefore = await readGaps(page);
  const main = await page.evaluate(async (seconds) => {
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
  // The worker posts its histogram twice a second; wait for the reading that covers the window.
  await page.waitForTimeout(600);
  const gapsAfter = await readGaps(page);
  const clockAfter = await page.getByTestId('sim-clock').textContent();
  const probe = await workerProbeMs(page);
  const drawn = await page.getByTestId('request-dots').getAttribute('data-drawn-by');
  await context.close();
  const gaps = [...main.gaps].sort((a, b) => a - b);
  const dots = [...main.dots].sort((a, b) => a - b);
  return {
    rate,
    drawnBy: drawn,
    dots: { min: dots[0], median: quantile(dots, 0.5), max: dots.at(-1) },
    animation: histogramPercentiles(gapsBefore, gapsAfter),
    page: { frames: gaps.length, p50: quantile(gaps, 0.5), p95: quantile(gaps, 0.95), fps: (gaps.length / gaps.reduce((a, b) => a + b, 0)) * 1000 },
    clock: `${clockBefore} → ${clockAfter}`,
    probeMs: probe,
  };
}

const BASE = `http://127.0.0.1:${PORT}`;
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', DIST], { stdio: 'ignore', detached: true });

let browser;
try {
  await waitForServer(BASE);
  browser = await chromium.launch({ executablePath, args: ARGS });
  const results = [];
  for (const rate of [1, THROTTLE]) for (const drawnBy of ['worker', 'page']) results.push(await measure(browser, drawnBy, rate));
  const { loadavg, cpus } = await import('node:os');
  console.log(`simulator frame time over ${SECONDS} s per run (${SCENARIO}); machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
  for (const r of results) {
    console.log(`CPU ${r.rate === 1 ? 'not throttled' : `throttled ${r.rate}×`}, dots drawn by the ${r.drawnBy === 'worker' ? 'worker (OffscreenCanvas)' : "page's thread (peer)"}:`);
    console.log(`  request dots animated: min ${r.dots.min}, median ${r.dots.median}, max ${r.dots.max}`);
    console.log(`  dots animation: ${r.animation.frames} frames, median ${r.animation.p50.toFixed(1)} ms, p95 ${r.animation.p95.toFixed(1)} ms (0.5 ms bins)`);
    console.log(`  page thread: ${r.page.frames} frames, median ${r.page.p50.toFixed(2)} ms, p95 ${r.page.p95.toFixed(2)} ms, ${r.page.fps.toFixed(1)} fps`);
    console.log(`  worker kept simulating: ${r.clock}`);
    console.log(`  a fixed loop in a worker took ${r.probeMs.toFixed(0)} ms (compare across rates: does the throttle reach workers?)`);
  }
  const worker = results.filter((r) => r.drawnBy === 'worker');
  const peer = results.filter((r) => r.drawnBy === 'page');
  for (let i = 0; i < worker.length; i++)
    console.log(`${worker[i].rate}×: animation p95 worker ${worker[i].animation.p95.toFixed(1)} ms vs page ${peer[i]?.animation.p95.toFixed(1)} ms (ratio ${(peer[i]?.animation.p95 / worker[i].animation.p95).toFixed(2)})`);
  const ratio = results[2].probeMs / results[0].probeMs;
  console.log(`throttled/unthrottled time of a fixed loop in a worker: ${ratio.toFixed(2)}× (1.0 would mean the throttle does not reach workers)`);
  const ok = worker.every((r) => r.animation.p95 <= 17 && r.dots.median >= 1000);
  console.log(ok ? 'PASS: dots animation p95 ≤ 17 ms with ≥ 1,000 dots, throttled and not' : 'FAIL: dots animation p95 above 17 ms or fewer than 1,000 dots');
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
