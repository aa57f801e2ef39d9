// Lighthouse scores (performance, accessibility, best practices) and cumulative layout shift for every
// route of a production build, in the machine's Chromium. Not part of `npm test`: scores depend on the
// machine and its load, so run it on a quiet machine and compare runs made the same way.
//
//   npm run build && node scripts/lighthouse.mjs [--dist dist] [--port 4190] [--runs 1] [--desktop] [--check]
//     [--routes /,/pricing] [--save-reports] [--save-traces]
//
// Lighthouse's default is a mid-range phone: simulated slow 4G and a 4× slower CPU. --desktop uses
// its desktop preset instead. --runs N keeps the median of N runs per route. --check exits 1 when a
// score is under 95 or CLS is 0.1 or more. Results also go to test-results/lighthouse.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { preview } from 'vite';
import { findChromium } from './chromium-path.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4190' },
    runs: { type: 'string', default: '1' },
    routes: { type: 'string', default: '/,/journey,/simulate,/pricing,/break-even,/validation,/session' },
    // Keeps every run's full Lighthouse report (test-results/lighthouse/<route>-<run>.json) for diagnosis.
    'save-reports': { type: 'boolean', default: false },
    // Also keeps each run's performance trace (<route>-<run>.trace.json), which scripts/trace-route.mjs --load reads.
    'save-traces': { type: 'boolean', default: false },
    desktop: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const port = Number(values.port);
const runs = Math.max(1, Number(values.runs));
const routes = values.routes.split(',');

const chromePath = await findChromium();
if (!chromePath) {
  console.error('No Chromium found (set CHROMIUM_PATH).');
  process.exit(1);
}

const server = await preview({ logLevel: 'warn', build: { outDir: values.dist }, preview: { port, strictPort: true, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
try {
  for (const route of routes) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const url = `http://127.0.0.1:${port}${route}`;
      const { lhr, artifacts } = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        values.desktop ? desktopConfig : undefined,
      );
      if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
      const file = `test-results/lighthouse/${route === '/' ? 'root' : route.slice(1).replace(/[^a-z0-9-]/gi, '_')}-${i + 1}`;
      if (values['save-reports'] || values['save-traces']) mkdirSync('test-results/lighthouse', { recursive: true });
      if (values['save-reports']) writeFileSync(`${file}.json`, JSON.stringify(lhr));
      if (values['save-traces']) writeFileSync(`${file}.trace.json`, JSON.stringify(artifacts.Trace));
      samples.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        'best-practices': lhr.categories['best-practices'].score * 100,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => a.id),
      });
    }
    const pick = (key) => median(samples.map((s) => s[key]));
    results.push({
      route,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      'best-practices': pick('best-practices'),
      cls: pick('cls'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      failing: [...new Set(samples.flatMap((s) => s.failing))],
    });
  }
} finally {
  await chrome.kill();
  await server.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`Lighthouse ${values.desktop ? 'desktop' : 'mobile (default: slow 4G, 4× CPU)'} · median of ${runs} run(s) · ${values.dist}`);
console.log(pad('route', 13) + pad('perf', 6) + pad('a11y', 6) + pad('best', 6) + pad('CLS', 8) + pad('LCP ms', 9) + pad('TBT ms', 8) + 'audits under 0.9');
for (const r of results) {
  console.log(
    pad(r.route, 13) +
      pad(Math.round(r.performance), 6) +
      pad(Math.round(r.accessibility), 6) +
      pad(Math.round(r['best-practices']), 6) +
      pad(r.cls.toFixed(3), 8) +
      pad(Math.round(r.lcpMs), 9) +
      pad(Math.round(r.tbtMs), 8) +
      r.failing.join(', '),
  );
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify({ desktop: values.desktop, runs, results }, null, 2));

if (values.check) {
  const bad = results.filter((r) => CATEGORIES.some((c) => r[c] < 95) || r.cls >= 0.1);
  if (bad.length) {
    console.error(`Below target (scores ≥ 95, CLS < 0.1): ${bad.map((r) => r.route).join(', ')}`);
    process.exit(1);
  }
}
