// Diagnosis of a route's first seconds: loads it in headless Chromium with a performance trace (the
// categories DevTools records, JS sampling included) and lists the main thread's long tasks with what
// ran inside them (script, style, layout, paint, timers, animation frames), the React components
// (PascalCase functions) and the other functions that took the time. Lighthouse's mobile preset
// multiplies what it observes by 4 (its simulated CPU; by 2 for a task that lays out), so a task over
// 12.5 ms here is a long task there; "blocking" sums max(0, 4 (or 2) × task − 50 ms) after the first
// contentful paint, a rough stand-in for Lighthouse's total blocking time that needs no Lighthouse
// run. Not part of any test.
//
//   node scripts/trace-route.mjs [--dist dist] [--port 4190] [--route /simulate] [--seconds 5]
//     [--throttle 1] [--min 12.5] [--runs 1] [--quiet | --brief] [--samples] [--save trace.json] [--load trace.json]
//
// Build with `npx vite build --outDir dist-dbg --minify false` for readable function names. --load
// also reads a trace saved by `scripts/lighthouse.mjs --save-traces` (no JS samples there).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from './chromium-path.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4190' },
    route: { type: 'string', default: '/simulate' },
    seconds: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '1' },
    min: { type: 'string', default: '12.5' },
    runs: { type: 'string', default: '1' },
    top: { type: 'string', default: '8' },
    // One line per run (the blocking figure), no task list.
    quiet: { type: 'boolean', default: false },
    // One line per long task.
    brief: { type: 'boolean', default: false },
    // JS samples: function names in the task list, at the cost of slower script.
    samples: { type: 'boolean', default: false },
    save: { type: 'string' },
    load: { type: 'string' },
  },
});

// Lighthouse's own categories (lighthouse/core/gather/gatherers/trace.js), so the tasks measure the
// same; --samples adds the JS sampling profiler, which names functions but slows script down.
const CATEGORIES = [
  'disabled-by-default-lighthouse',
  'loading',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.timeline.frame',
  'latencyInfo',
  ...(values.samples ? ['disabled-by-default-v8.cpu_profiler'] : []),
];
const INTERESTING = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'ParseHTML',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
  'RunMicrotasks',
  'ParseAuthorStyleSheet',
  'IntersectionObserverController::computeIntersections',
]);
const ms = (us) => (us / 1000).toFixed(1);
const short = (url) => (url || '').split('/').pop();

async function record(run) {
  const server = await preview({ logLevel: 'warn', build: { outDir: values.dist }, preview: { port: Number(values.port), strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    // Lighthouse's mobile screen.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`http://127.0.0.1:${values.port}${values.route}`);
    await page.waitForTimeout(Number(values.seconds) * 1000);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    if (values.save) writeFileSync(values.runs === '1' ? values.save : values.save.replace(/(\.json)?$/, `-${run}$1`), JSON.stringify(trace));
    return trace;
  } finally {
    await browser.close();
    await server.close();
  }
}

function analyse(trace) {
  const events = trace.traceEvents ?? trace;
  const key = (e) => `${e.pid}:${e.tid}`;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  const mainKey = key(nav);
  const main = events.filter((e) => key(e) === mainKey && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const t0 = nav.ts;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && key(e) === mainKey);

  // The main thread's JS samples.
  const nodes = new Map();
  const parents = new Map();
  const samples = [];
  const profile = events.find((e) => e.name === 'Profile' && key(e) === mainKey);
  if (profile) {
    let ts = profile.args.data.startTime;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.id !== profile.id || e.pid !== profile.pid) continue;
      for (const n of e.args.data.cpuProfile?.nodes ?? []) {
        nodes.set(n.id, n);
        if (n.parent !== undefined) parents.set(n.id, n.parent);
      }
      const ids = e.args.data.cpuProfile?.samples ?? [];
      for (let i = 0; i < ids.length; i++) {
        ts += e.args.data.timeDeltas[i] ?? 0;
        samples.push([ts, ids[i]]);
      }
    }
  }
  const label = (n) => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  function profileOf(start, end) {
    const self = new Map();
    const inclusive = new Map();
    for (let i = 0; i + 1 < samples.length; i++) {
      const [ts, id] = samples[i];
      if (ts < start || ts > end) continue;
      const dt = Math.min(samples[i + 1][0] - ts, 2000);
      const n = nodes.get(id);
      if (!n || /^\((program|idle|root)\)$/.test(n.callFrame.functionName)) continue;
      self.set(label(n), (self.get(label(n)) ?? 0) + dt);
      const seen = new Set();
      for (let p = n; p; p = nodes.get(parents.get(p.id))) {
        const l = label(p);
        if (!seen.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
        seen.add(l);
      }
    }
    return { self, inclusive };
  }

  const start = fcp ? fcp.ts : t0;
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur >= Number(values.min) * 1000);
  // Lighthouse's simulation slows a task by 4, or by 2 when it lays out (Lantern's layoutTaskMultiplier).
  const laysOut = (t) => main.some((e) => e.name === 'Layout' && e.ts >= t.ts && e.ts < t.ts + t.dur);
  const blocking = main.filter((e) => e.name === 'RunTask' && e.ts >= start && e.dur >= 12_500).reduce((a, e) => a + Math.max(0, ((laysOut(e) ? 2 : 4) * e.dur) / 1000 - 50), 0);
  const summary = `FCP ${fcp ? ms(fcp.ts - t0) : '?'} ms · tasks ≥ ${values.min} ms: ${tasks.length}, ${ms(tasks.reduce((a, t) => a + t.dur, 0))} ms · blocking after FCP ${Math.round(blocking)} ms`;
  if (values.quiet) return { summary, blocking };
  if (values.brief) {
    // One line per long task after FCP: its blocking share and what it ran.
    for (const t of tasks.filter((e) => e.ts >= start)) {
      const share = Math.max(0, ((laysOut(t) ? 2 : 4) * t.dur) / 1000 - 50);
      const kids = main
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 2000 && INTERESTING.has(e.name) && e.name !== 'FunctionCall')
        .map((e) => `${e.name}${e.args?.data?.url ? ` ${short(e.args.data.url)}` : ''} ${ms(e.dur)}`);
      const calls = main.filter((e) => e.name === 'FunctionCall' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 2000).map((e) => `${e.args?.data?.functionName || short(e.args?.data?.url) || 'fn'} ${ms(e.dur)}`);
      const { inclusive } = profileOf(t.ts, t.ts + t.dur);
      const comps = [...inclusive.entries()].filter(([k]) => /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]* /.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k.split(' ')[0]} ${ms(v)}`);
      console.log(`  ${ms(t.ts - t0).padStart(7)} ${ms(t.dur).padStart(5)} ${laysOut(t) ? '×2' : '×4'} → ${String(Math.round(share)).padStart(3)}  ${[...calls, ...kids].join(', ')}${comps.length ? ` [${comps.join(', ')}]` : ''}`);
    }
    return { summary, blocking };
  }
  const top = Number(values.top);
  for (const t of tasks) {
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 1000 && INTERESTING.has(e.name));
    console.log(`\n■ ${ms(t.ts - t0)} ms: ${ms(t.dur)} ms${t.ts < start ? ' (before FCP)' : ''}${laysOut(t) ? ' (lays out: ×2)' : ''}`);
    for (const e of inside) {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      const from = d.stackTrace?.[0] ?? e.args?.beginData?.stackTrace?.[0];
      const detail = [
        short(d.url),
        d.functionName,
        d.elementCount !== undefined ? `${d.elementCount} elements` : '',
        e.args?.beginData?.dirtyObjects !== undefined ? `${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects} objects` : '',
        from ? `forced by ${from.functionName} ${short(from.url)}:${from.lineNumber}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      console.log(`   +${ms(e.ts - t.ts).padStart(6)} ${ms(e.dur).padStart(6)} ${e.name} ${detail}`);
    }
    const { self, inclusive } = profileOf(t.ts, t.ts + t.dur);
    const list = (m, pick) =>
      [...m.entries()]
        .filter(([k]) => pick(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, v]) => `${ms(v)} ${k}`)
        .join(' · ');
    if (self.size && top > 0) {
      console.log(`   components: ${list(inclusive, (k) => /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]* /.test(k))}`);
      console.log(`   self:       ${list(self, () => true)}`);
    }
  }
  return { summary, blocking };
}

const results = [];
const runs = values.load ? 1 : Math.max(1, Number(values.runs));
for (let run = 1; run <= runs; run++) {
  const trace = values.load ? JSON.parse(readFileSync(values.load, 'utf8')) : await record(run);
  const r = analyse(trace);
  console.log(`${values.route} · ${values.load ?? values.dist} · CPU ×${values.throttle} · run ${run}: ${r.summary}`);
  results.push(r.blocking);
}
if (runs > 1) console.log(`blocking after FCP, median of ${runs}: ${Math.round([...results].sort((a, b) => a - b)[Math.floor(runs / 2)])} ms (${results.map(Math.round).join(', ')})`);
