/**
 * The sim CLI's logic with its I/O injected (files, clock), so tests run it in-process.
 * Returns what to print and the exit code.
 */
import { mmc as mmcTheory } from '../domain/queueing/erlang.ts';
import { buildScenarios, type BuildContext } from '../domain/sim-view/build-scenario.ts';
import type { SimParams } from '../domain/sim-view/sim-params.ts';
import { applySettings, resolveLinkParams } from './link-params.ts';
import { traceFingerprint } from '../domain/sim/trace-fingerprint.ts';
import { parseScenario, type Scenario } from '../domain/sim/scenario-schema.ts';
import { createSimulation } from '../domain/sim/simulation.ts';
import type { SimSnapshot } from '../domain/sim/simulation-types.ts';
import type { SeriesSnapshot } from '../domain/sim/time-series.ts';
import { helpText, parseArgs, type CliOptions } from './parse-args.ts';

export type CliIo = {
  readFile(path: string): string;
  now(): number;
  /** The catalog's maximum output per model (public/data/catalog.v2.json): what an unset max_tokens reserves. */
  maxOutputTokens?: (catalogId: string) => number | undefined;
  /** The catalog's batch price per model (src/domain/sim/ops/batch-price.ts), for batch jobs. */
  batchPricePer1M?: BuildContext['batchPricePer1M'];
};
export type CliResult = { code: number; stdout: string; stderr: string };

export function runCli(argv: readonly string[], io: CliIo): CliResult {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: '', stderr: `sim: ${parsed.message}\n` };
  const options = parsed.options;
  if (options.help) return { code: 0, stdout: helpText() + '\n', stderr: '' };
  if (options.sweeps.length > 0) return { code: 2, stdout: '', stderr: 'sim: --sweep runs through runSweep (src/cli/run-sweep.ts), not runCli\n' };
  const built = buildScenario(options, io);
  if (!built.ok) return { code: 2, stdout: '', stderr: built.errors.map((e) => `sim: ${e}\n`).join('') };
  const notices = built.notices.map((n) => `sim: ${n}\n`).join('');
  const results: { label: string; snapshot: SimSnapshot; wallSeconds: number }[] = [];
  for (const [i, scenario] of built.scenarios.entries()) {
    const start = io.now();
    try {
      const sim = createSimulation(scenario);
      sim.run();
      results.push({ label: built.labels[i] ?? '', snapshot: sim.snapshot(), wallSeconds: (io.now() - start) / 1000 });
    } catch (e) {
      return { code: 2, stdout: '', stderr: `${notices}sim: ${e instanceof Error ? e.message : String(e)}\n` };
    }
  }
  const many = results.length > 1;
  if (options.format === 'csv') return { code: 0, stdout: results.map((r) => seriesCsv(r.snapshot.series, many ? r.label : null)).join(''), stderr: notices };
  if (options.format === 'json') {
    const objects = results.map((r) => ({ ...(many ? { run: r.label } : {}), ...jsonResult(r.snapshot, r.wallSeconds) }));
    return { code: 0, stdout: JSON.stringify(many ? { runs: objects } : objects[0]) + '\n', stderr: notices };
  }
  return { code: 0, stdout: results.map((r) => (many ? `== ${r.label}\n` : '') + textSummary(r.snapshot, r.wallSeconds)).join('\n'), stderr: notices };
}

export type Built = { ok: true; scenarios: Scenario[]; labels: string[]; notices: string[] } | { ok: false; errors: string[] };

/** A preset or link (the same list, parameters and builder as the web's /simulate) with the options applied, or a scenario file. */
export function buildScenario(o: CliOptions, io: CliIo): Built {
  if (o.scenarioFile === undefined) return buildFromLink(o, io);
  let input: Record<string, unknown>;
  let text: string;
  try {
    text = io.readFile(o.scenarioFile);
  } catch {
    return { ok: false, errors: [`cannot read scenario file ${o.scenarioFile}`] };
  }
  try {
    input = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, errors: [`${o.scenarioFile} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: [`${o.scenarioFile} must hold a JSON object`] };
  // The web's JSON export (src/features/simulate/simulate-export.ts summaryJson): runs[].scenario is what ran.
  const exported = Object.hasOwn(input, 'runs') && Array.isArray(input.runs) ? (input.runs as unknown[]) : null;
  const entries: { label: string; input: unknown }[] = exported
    ? exported.map((r, i) => {
        const run = typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
        return { label: typeof run.label === 'string' ? run.label : `run ${i + 1}`, input: Object.hasOwn(run, 'scenario') ? run.scenario : null };
      })
    : [{ label: '', input }];
  if (entries.length === 0) return { ok: false, errors: [`${o.scenarioFile}: the export holds no runs`] };
  const scenarios: Scenario[] = [];
  for (const [i, entry] of entries.entries()) {
    if (typeof entry.input !== 'object' || entry.input === null || Array.isArray(entry.input))
      return { ok: false, errors: [`${o.scenarioFile}: run ${i + 1} has no scenario object`] };
    const applied = applyOverrides({ ...(entry.input as Record<string, unknown>) }, o, io);
    if (!applied.ok) return applied;
    const result = parseScenario(applied.input);
    if (!result.ok) return { ok: false, errors: result.errors.map((e) => `invalid scenario${exported ? ` (run ${i + 1})` : ''}: ${e}`) };
    scenarios.push(result.scenario);
  }
  return { ok: true, scenarios, labels: entries.map((e) => e.label), notices: [] };
}

function applyOverrides(input: Record<string, unknown>, o: CliOptions, io: CliIo): { ok: true; input: Record<string, unknown> } | { ok: false; errors: string[] } {
  if (input.kind === 'mmc') {
    for (const [key, value] of [
      ['servers', o.servers],
      ['arrivalRate', o.arrivalRate],
      ['serviceRate', o.serviceRate],
      ['customers', o.customers],
      ['seed', o.seed],
    ] as const)
      if (value !== undefined) input[key] = value;
  } else if (input.kind === 'fleet') {
    if (o.seed !== undefined) input.seed = o.seed;
    if (o.duration !== undefined) input.durationSeconds = o.duration;
    const workload = { ...((input.workload as Record<string, unknown> | undefined) ?? {}) };
    if (o.arrivalRate !== undefined) workload.arrivalRate = o.arrivalRate;
    if (o.traceFile !== undefined) {
      try {
        workload.traceCsv = io.readFile(o.traceFile);
      } catch {
        return { ok: false, errors: [`cannot read trace file ${o.traceFile}`] };
      }
    }
    input.workload = workload;
  }
  return { ok: true, input };
}

/** The link's parameters: defaults or a preset or a copied link, then the older options, then each --set. */
export function linkValues(o: CliOptions, io: CliIo): { ok: true; values: SimParams; notices: string[]; traceCsv?: string } | { ok: false; errors: string[] } {
  const base = resolveLinkParams({ preset: o.preset, url: o.url });
  if (!base.ok) return base;
  const values = { ...base.values };
  let traceCsv: string | undefined;
  if (values.kind === 'mmc') {
    if (o.servers !== undefined) values.servers = o.servers;
    if (o.arrivalRate !== undefined) values.lambda = o.arrivalRate;
    if (o.serviceRate !== undefined) values.mu = o.serviceRate;
    if (o.customers !== undefined) values.customers = o.customers;
  } else {
    if (o.arrivalRate !== undefined) values.rate = o.arrivalRate;
    if (o.duration !== undefined) values.dur = o.duration;
    if (o.traceFile !== undefined) {
      try {
        traceCsv = io.readFile(o.traceFile);
      } catch {
        return { ok: false, errors: [`cannot read trace file ${o.traceFile}`] };
      }
      values.pattern = 'trace';
      // A link that names a trace keeps its fingerprint, so another file is refused as the web refuses it.
      if (values.trace === '') values.trace = traceFingerprint(traceCsv);
    }
  }
  if (o.seed !== undefined) values.seed = o.seed;
  const withSets = applySettings(values, o.sets);
  if (!withSets.ok) return withSets;
  return { ok: true, values: withSets.values, notices: base.notices, traceCsv };
}

/** The web's builder and the engine's schema: the scenarios /simulate would run for these values. */
export function scenariosOf(values: SimParams, ctx: BuildContext): Built {
  const built = buildScenarios(values, ctx);
  if (!built.ok)
    return { ok: false, errors: Object.entries(built.errors).map(([key, message]) => `${key}: ${message}${key === 'trace' ? ' (on the command line: --trace FILE)' : ''}`) };
  const scenarios: Scenario[] = [];
  for (const input of built.scenarios) {
    const result = parseScenario(input);
    if (!result.ok) return { ok: false, errors: result.errors.map((e) => `invalid scenario: ${e}`) };
    scenarios.push(result.scenario);
  }
  return { ok: true, scenarios, labels: built.labels, notices: [] };
}

function buildFromLink(o: CliOptions, io: CliIo): Built {
  const v = linkValues(o, io);
  if (!v.ok) return v;
  const built = scenariosOf(v.values, { traceCsv: v.traceCsv, maxOutputTokens: io.maxOutputTokens, batchPricePer1M: io.batchPricePer1M });
  return built.ok ? { ...built, notices: v.notices } : { ok: false, errors: [...v.notices, ...built.errors] };
}

function jsonResult(s: SimSnapshot, wallSeconds: number): Record<string, unknown> {
  if (s.kind === 'mmc') {
    const t = mmcTheory(s.summary.servers, s.summary.arrivalRate, s.summary.serviceRate);
    return {
      ...s.summary,
      events: s.events,
      simulatedSeconds: s.time,
      wallSeconds,
      theory: { waitProbability: t.waitProbability, meanWait: t.meanWait, meanResponse: t.meanResponse, utilization: t.utilization },
    };
  }
  return { ...s.summary, events: s.events, simulatedSeconds: s.time, wallSeconds, replicasAtEnd: s.replicas.length };
}

/** The time series as CSV; with a run label (a comparison preset) each row starts with it. */
export function seriesCsv(series: SeriesSnapshot, run: string | null = null): string {
  const names = Object.keys(series.channels);
  const lead = run === null ? [] : [csvCell(run)];
  const rows = [[...(run === null ? [] : ['run']), 'time', ...names].join(',')];
  series.time.forEach((t, i) => rows.push([...lead, fmt(t), ...names.map((n) => fmt(series.channels[n]![i]!))].join(',')));
  return rows.join('\n') + '\n';
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function fmt(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 1e6) / 1e6) : '';
}

function num(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '—';
}

function textSummary(s: SimSnapshot, wallSeconds: number): string {
  const out: string[] = [];
  const speed = `${s.events.toLocaleString('en-US')} events in ${num(wallSeconds, 2)} s (${num(s.events / wallSeconds / 1e6, 2)} M events/s)`;
  if (s.kind === 'mmc') {
    const m = s.summary;
    const t = mmcTheory(m.servers, m.arrivalRate, m.serviceRate);
    out.push(`M/M/${m.servers}  λ=${m.arrivalRate}  μ=${m.serviceRate}  ρ=${num(t.utilization)}  ${m.customers.toLocaleString('en-US')} customers (${m.measured.toLocaleString('en-US')} measured)`);
    out.push('');
    out.push('                    simulated     Erlang C');
    out.push(`P(wait)             ${num(m.waitProbability, 4).padStart(9)}    ${num(t.waitProbability, 4).padStart(9)}`);
    out.push(`mean wait Wq        ${num(m.meanWait, 4).padStart(9)}    ${num(t.meanWait, 4).padStart(9)}`);
    out.push(`mean response W     ${num(m.meanResponse, 4).padStart(9)}    ${num(t.meanResponse, 4).padStart(9)}`);
    out.push(`utilization         ${num(m.utilization, 4).padStart(9)}    ${num(t.utilization, 4).padStart(9)}`);
    out.push(`p50 / p95 / p99 wait  ${num(m.p50Wait)} / ${num(m.p95Wait)} / ${num(m.p99Wait)}`);
    out.push(`Little: L = ${num(m.meanInSystem)}, λW = ${num(m.littleLambdaW)}`);
  } else {
    const f = s.summary;
    const q = (x: { mean: number; p50: number; p95: number; p99: number }) => `${num(x.mean)}  ${num(x.p50)}  ${num(x.p95)}  ${num(x.p99)}`;
    const failures = Object.entries(f.failures)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${n.toLocaleString('en-US')} ${name}`)
      .join(', ');
    out.push(`Fleet run: ${num(s.time / 3600, 2)} h simulated; ${f.servingLabel}`);
    out.push('');
    out.push(`requests   ${f.arrivals.toLocaleString('en-US')} arrived, ${f.completed.toLocaleString('en-US')} completed, ${f.throttled.toLocaleString('en-US')} throttled, ${f.failed.toLocaleString('en-US')} failed, ${f.inSystem} still in the system`);
    out.push(`failures   ${failures === '' ? 'none' : failures} (after the SDK's retries)`);
    out.push(`gateway    ${f.attempts.toLocaleString('en-US')} attempts, ${f.throttledAttempts.toLocaleString('en-US')} answered 429, ${f.retries.toLocaleString('en-US')} SDK retries (${f.retryQuotaExhausted.toLocaleString('en-US')} refused by the retry quota); throttle rate ${num(100 * f.throttleRate, 2)} %`);
    out.push(`quota      ${Math.round(f.quota.reservedTokens).toLocaleString('en-US')} tokens reserved, ${Math.round(f.quota.settledTokens).toLocaleString('en-US')} settled`);
    out.push(`latency (s)         mean   p50    p95    p99`);
    out.push(`  time to first     ${q(f.ttft)}`);
    out.push(`  per output token  ${q(f.tpot)}`);
    out.push(`  end to end        ${q(f.e2e)}`);
    out.push(`SLO met    ${num(100 * f.sloAttainment, 2)} % of completed requests; goodput ${num(f.goodputPerSecond, 2)} requests/s`);
    out.push(`fleet      ${num(f.meanReplicas, 2)} servers on average, peak ${f.peakReplicas}; ${f.scaleOuts} scale-outs, ${f.scaleIns} scale-ins`);
    out.push(`           utilization ${num(100 * f.meanUtilization, 1)} % of token capacity (${Math.round(f.tokenCapacityPerReplica).toLocaleString('en-US')} tokens/s per server); ${num(f.outputTokensPerSecond, 0)} output tokens/s`);
    out.push(`           ${f.redispatched} requests re-dispatched after failures, ${f.preemptions} preemptions, ${f.clientTimeouts} client timeouts`);
    out.push(`server cost $${num(f.cost, 2)} for the simulated servers (not Bedrock's price): $${num(f.serverCostPerMillionTokensServed, 3)} per 1M tokens served, $${num(f.serverCostPerSuccessfulRequest, 5)} per successful request`);
    out.push(`Little     L = ${num(f.meanInSystem)}, λW = ${num(f.littleLambdaW)}`);
    for (const j of s.batchJobs)
      out.push(
        `batch job  ${j.done.toLocaleString('en-US')} of ${j.records.toLocaleString('en-US')} records, ${j.status}${j.completedAt !== null ? ` at ${num(j.completedAt / 3600, 2)} h` : ''}; ${j.batchCost !== null ? `$${num(j.batchCost, 2)} at the batch price${j.priceNote ? ` — ${j.priceNote}` : ''}` : (j.priceNote ?? 'not priced')}`,
      );
    if (s.regions !== null) {
      out.push('');
      out.push('Region            servers  routed     served     spilled in/out   throttled  failed   p99 TTFT/e2e (s)  availability');
      for (const r of s.regions)
        out.push(
          `${(r.name + (r.source ? '*' : '') + (r.up ? '' : ' (down)')).padEnd(18)}${String(r.replicasReady).padStart(7)}  ${r.routed.toLocaleString('en-US').padStart(9)}  ${r.completed.toLocaleString('en-US').padStart(9)}  ${`${r.spilledIn.toLocaleString('en-US')}/${r.spilledOut.toLocaleString('en-US')}`.padStart(15)}  ${r.throttled.toLocaleString('en-US').padStart(9)}  ${r.failed.toLocaleString('en-US').padStart(6)}  ${`${num(r.ttftP99, 2)}/${num(r.e2eP99, 2)}`.padStart(16)}  ${num(r.availability.uptimePercent, 3)} %`,
        );
      out.push('* where the clients call; p99s as the client sees them (round trip included)');
    }
  }
  out.push('');
  out.push(speed);
  return out.join('\n') + '\n';
}
