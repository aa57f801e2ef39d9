/**
 * The sim CLI's logic with its I/O injected (files, clock), so tests run it in-process.
 * Returns what to print and the exit code.
 */
import { mmc as mmcTheory } from '../domain/queueing/erlang.ts';
import { findPreset } from '../domain/sim/presets.ts';
import { parseScenario, type Scenario } from '../domain/sim/scenario-schema.ts';
import { createSimulation } from '../domain/sim/simulation.ts';
import type { SimSnapshot } from '../domain/sim/simulation-types.ts';
import type { SeriesSnapshot } from '../domain/sim/time-series.ts';
import { helpText, parseArgs, type CliOptions } from './parse-args.ts';

export type CliIo = { readFile(path: string): string; now(): number };
export type CliResult = { code: number; stdout: string; stderr: string };

export function runCli(argv: readonly string[], io: CliIo): CliResult {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: '', stderr: `sim: ${parsed.message}\n` };
  const options = parsed.options;
  if (options.help) return { code: 0, stdout: helpText() + '\n', stderr: '' };
  const built = buildScenario(options, io);
  if (!built.ok) return { code: 2, stdout: '', stderr: built.errors.map((e) => `sim: ${e}\n`).join('') };
  let snapshot: SimSnapshot;
  const start = io.now();
  try {
    const sim = createSimulation(built.scenario);
    sim.run();
    snapshot = sim.snapshot();
  } catch (e) {
    return { code: 2, stdout: '', stderr: `sim: ${e instanceof Error ? e.message : String(e)}\n` };
  }
  const wallSeconds = (io.now() - start) / 1000;
  if (options.format === 'csv') return { code: 0, stdout: seriesCsv(snapshot.series), stderr: '' };
  if (options.format === 'json') return { code: 0, stdout: JSON.stringify(jsonResult(snapshot, wallSeconds)) + '\n', stderr: '' };
  return { code: 0, stdout: textSummary(snapshot, wallSeconds), stderr: '' };
}

type Built = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export function buildScenario(o: CliOptions, io: CliIo): Built {
  let input: Record<string, unknown>;
  if (o.scenarioFile !== undefined) {
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
  } else {
    input = structuredClone(findPreset(o.preset!)!.scenario) as Record<string, unknown>;
  }
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
  const result = parseScenario(input);
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => `invalid scenario: ${e}`) };
  return result;
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

export function seriesCsv(series: SeriesSnapshot): string {
  const names = Object.keys(series.channels);
  const rows = [['time', ...names].join(',')];
  series.time.forEach((t, i) => rows.push([fmt(t), ...names.map((n) => fmt(series.channels[n]![i]!))].join(',')));
  return rows.join('\n') + '\n';
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
    out.push(`Fleet run: ${num(s.time / 3600, 2)} h simulated`);
    out.push('');
    out.push(`requests   ${f.arrivals.toLocaleString('en-US')} arrived, ${f.completed.toLocaleString('en-US')} completed, ${f.throttled} throttled, ${f.failed} failed, ${f.inSystem} still in the system`);
    out.push(`gateway    ${f.attempts.toLocaleString('en-US')} attempts, ${f.throttledAttempts.toLocaleString('en-US')} answered 429, ${f.retries.toLocaleString('en-US')} client retries; throttle rate ${num(100 * f.throttleRate, 2)} %`);
    out.push(`latency (s)         mean   p50    p95    p99`);
    out.push(`  time to first     ${q(f.ttft)}`);
    out.push(`  per output token  ${q(f.tpot)}`);
    out.push(`  end to end        ${q(f.e2e)}`);
    out.push(`SLO met    ${num(100 * f.sloAttainment, 2)} % of completed requests`);
    out.push(`fleet      ${num(f.meanReplicas, 2)} servers on average, peak ${f.peakReplicas}; ${f.scaleOuts} scale-outs, ${f.scaleIns} scale-ins; utilization ${num(100 * f.meanUtilization, 1)} %`);
    out.push(`           ${num(f.outputTokensPerSecond, 0)} output tokens/s; ${f.redispatched} requests re-dispatched after failures`);
    out.push(`cost       $${num(f.cost, 2)} for servers; $${num(f.costPerMillionTokens, 3)} per 1M tokens (input + output)`);
    out.push(`Little     L = ${num(f.meanInSystem)}, λW = ${num(f.littleLambdaW)}`);
  }
  out.push('');
  out.push(speed);
  return out.join('\n') + '\n';
}
