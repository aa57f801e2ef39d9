import { formatDuration } from '../../domain/format/duration.ts';
import { formatCount, formatUsd } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { MODEL_ARCHITECTURES } from '../../domain/gpu/model-architectures.ts';
import type { QuantileSummary } from '../../domain/sim/quantile-sketch.ts';
import type { SimulatedError } from '../../domain/retry/bedrock-errors.ts';
import type { FleetSnapshot, FleetSummary } from '../../domain/sim/simulation-types.ts';
import type { CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { bedrockOnDemandPer1M } from '../../domain/sim-view/bedrock-price.ts';
import { erlangComparison } from '../../domain/sim-view/erlang-compare.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import { timeMarks, type TimeMark, type TimeMarkKind } from '../../domain/sim-view/time-marks.ts';
import { findTrainingPreset } from '../../domain/sim-view/training-presets.ts';

/**
 * Everything the simulator page shows, computed from the link's settings and the run's frames.
 * Pure (no React, no DOM): the components only lay it out, and the test checks the numbers and words.
 */

export type ChartLineView = {
  key: string;
  label: string;
  /** A CSS colour, normally a theme variable such as var(--chart-1). */
  color: string;
  times: number[];
  values: number[];
  dashed?: boolean;
};
export type ChartRuleView = { value: number; label: string; color: string };
/** An event on the time axis (src/domain/sim-view/time-marks.ts). */
export type ChartMarkView = TimeMark;

export type ChartView = {
  id: string;
  title: string;
  /** What the chart shows, for screen readers and the exported caption. */
  description: string;
  yLabel: string;
  format: (v: number) => string;
  lines: ChartLineView[];
  rules: ChartRuleView[];
  marks: ChartMarkView[];
  log?: boolean;
  yMaxAtLeast?: number;
};

export type CardRow = { run: number; letter: string | null; text: string };
export type PercentileRow = { run: number; letter: string | null; p50: string; p95: string; p99: string };
export type CardView =
  | { key: string; title: string; kind: 'percentiles'; rows: PercentileRow[]; note: string | null }
  | { key: string; title: string; kind: 'values'; rows: CardRow[]; note: string | null; beside?: BesideView; wide?: boolean };

/** A second figure on a card, e.g. Bedrock's on-demand price beside the servers' cost. */
export type BesideView = { title: string; text: string; note: string };

export type RunView = { index: number; letter: string | null; label: string; quota: string; balancer: string };

export type MmcRowView = { key: string; label: string; simulated: string; exact: string; difference: string };
export type MmcView = {
  /** "M/M/8: λ = 7/s, μ = 1/s, offered load 7 Erlangs. 190,000 customers measured …" */
  intro: string;
  /** False when λ ≥ c·μ: Erlang C has no steady state. */
  stable: boolean;
  rows: MmcRowView[];
  little: string;
};

export type SimulateModel = {
  kind: SimParams['kind'];
  runs: RunView[];
  cards: CardView[];
  charts: ChartView[];
  mmc: MmcView | null;
  /** One line naming the scenario, for chart captions and export notes. */
  scenarioSummary: string;
};

/** The TTFT objective drawn on the latency chart and counted in SLO attainment (MLPerf Llama 2 70B). */
export const TTFT_OBJECTIVE_SECONDS = 2;

// toLocaleString with options builds a new Intl.NumberFormat on every call; the charts' tables and
// cards format thousands of numbers a second while a run plays, so the formatters are made once.
const plainFormats = new Map<number, Intl.NumberFormat>();
function plainFormat(maximumFractionDigits: number): Intl.NumberFormat {
  let f = plainFormats.get(maximumFractionDigits);
  if (!f) plainFormats.set(maximumFractionDigits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits })));
  return f;
}

export function plainNumber(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '—';
  return plainFormat(Math.abs(v) >= 100 ? 0 : digits).format(v);
}

function tpmLabel(tpm: number): string {
  return tpm > 0 ? `${plainFormat(2).format(tpm / 1e6)}M TPM` : 'no quota';
}

function servingOf(p: SimParams, run: number) {
  return run === 1
    ? { mode: p.bMode, units: p.bUnits, tpm: p.bTpm, lb: p.bLb }
    : { mode: p.mode, units: p.units, tpm: p.tpm, lb: p.lb };
}

function runViews(p: SimParams, labels: string[], count: number): RunView[] {
  const runs: RunView[] = [];
  for (let i = 0; i < count; i++) {
    const s = servingOf(p, i);
    runs.push({
      index: i,
      letter: count > 1 ? (i === 0 ? 'A' : 'B') : null,
      label: labels[i] ?? `Run ${i + 1}`,
      quota: s.mode === 'provisioned' ? `${s.units} MU` : tpmLabel(s.tpm),
      balancer: s.lb.replace(/-/g, ' '),
    });
  }
  return runs;
}

/** The scenario in one line, e.g. for a chart image's caption. */
export function describeScenario(p: SimParams, labels: string[], modelName?: string): string {
  const preset = findTrainingPreset(p.preset);
  if (p.kind === 'mmc') return `${preset ? `${preset.name}: ` : ''}M/M/${p.servers}, λ = ${p.lambda}/s, μ = ${p.mu}/s, ${formatCount(p.customers)} customers, seed ${p.seed}`;
  const model = modelName ?? MODEL_ARCHITECTURES.find((m) => m.id === p.model)?.name ?? p.model;
  const traffic =
    p.pattern === 'trace'
      ? 'uploaded trace'
      : p.pattern === 'spike'
        ? `${formatCount(p.rate)} req/s, ${p.spikeX}× spike at ${formatDuration(p.spikeAt)} for ${formatDuration(p.spikeFor)}`
        : p.pattern === 'diurnal'
          ? `${formatCount(p.rate)} req/s with a ${p.amp} % daily swing`
          : `${formatCount(p.rate)} req/s`;
  const parts = [
    traffic,
    p.pattern === 'trace' ? null : `${formatCount(p.inTok)} in / ${formatCount(p.outTok)} out tokens`,
    model,
    labels.join(' vs '),
    p.mode === 'on-demand' ? tpmLabel(p.tpm) : null,
    p.outage ? `zone outage at ${formatDuration(p.outAt)}` : null,
    `${formatDuration(p.dur)} simulated`,
    `seed ${p.seed}`,
  ].filter((x): x is string => x !== null && x !== '');
  return `${preset ? `${preset.name}: ` : ''}${parts.join(', ')}`;
}

type FleetRun = { index: number; letter: string | null; frame: RunFrame; snap: FleetSnapshot; s: FleetSummary };

/** Durations short enough for three columns on a 1024-pixel projector: past two minutes, in minutes. */
function cardDuration(v: number): string {
  return Number.isFinite(v) && v >= 120 ? `${(v / 60).toFixed(1)} min` : formatDuration(v);
}

function percentiles(runs: FleetRun[], pick: (s: FleetSummary) => QuantileSummary): PercentileRow[] {
  return runs.map((r) => {
    const q = pick(r.s);
    return { run: r.index, letter: r.letter, p50: cardDuration(q.p50), p95: cardDuration(q.p95), p99: cardDuration(q.p99) };
  });
}

function values(runs: FleetRun[], text: (s: FleetSummary) => string): CardRow[] {
  return runs.map((r) => ({ run: r.index, letter: r.letter, text: text(r.s) }));
}

/** Bedrock's on-demand price for the tokens the run served (its mean request), or why there is none. */
function bedrockBeside(runs: FleetRun[], p: SimParams, model: CatalogModel | null | undefined): BesideView {
  const title = 'Bedrock on-demand, same tokens';
  if (!model) return { title, text: '—', note: p.model ? `${p.model} is not in the catalog: no Bedrock price to compare.` : 'Loading the catalog…' };
  const s = runs[0]!.s;
  // The run's own mean request where it has finished some; else the workload's settings.
  const mix =
    s.completed > 0
      ? { inputTokens: s.inputTokens / s.completed, outputTokens: s.outputTokens / s.completed }
      : { inputTokens: p.inTok, outputTokens: p.outTok };
  const price = bedrockOnDemandPer1M(model, { ...mix, cacheReadShare: p.cacheRd / 100, cacheWriteShare: p.cacheWr / 100 });
  if (!price.ok) return { title, text: '—', note: price.reason };
  return {
    title,
    text: `${formatUsd(price.per1M)} per 1M`,
    note: [`${price.label}, as of ${price.asOf}; our requests’ mix (${formatCount(Math.round(mix.inputTokens))} in / ${formatCount(Math.round(mix.outputTokens))} out)`, ...price.warnings].join(' '),
  };
}

/**
 * Exceptions as the fleet picture and charts draw them: 429s in the danger red, 503s and 408s in
 * their own colours so overload and timeouts read apart from throttling.
 */
export const ERROR_LINES: readonly { name: SimulatedError; channel: string; label: string; color: string }[] = [
  { name: 'ThrottlingException', channel: 'errThrottling', label: '429 ThrottlingException', color: 'var(--danger)' },
  { name: 'ModelNotReadyException', channel: 'errNotReady', label: '429 ModelNotReadyException', color: 'var(--chart-5)' },
  { name: 'ServiceUnavailableException', channel: 'errUnavailable', label: '503 ServiceUnavailableException', color: 'var(--chart-3)' },
  { name: 'InternalServerException', channel: 'errInternal', label: '500 InternalServerException', color: 'var(--chart-6)' },
  { name: 'ModelTimeoutException', channel: 'errModelTimeout', label: '408 ModelTimeoutException', color: 'var(--chart-2)' },
  { name: 'TimeoutError', channel: 'errClientTimeout', label: 'client TimeoutError', color: 'var(--chart-4)' },
];

function anyError(runs: FleetRun[], channel: string): boolean {
  const name = ERROR_LINES.find((e) => e.channel === channel)!.name;
  return runs.some((r) => (r.s.errors[name] ?? 0) > 0);
}

/** Requests that finally failed, by exception (after the SDK's retries): "429 ThrottlingException 1,234 (3.1 %)". */
function failureText(s: FleetSummary): string {
  const parts = ERROR_LINES.flatMap((e) => {
    const n = s.failures[e.name] ?? 0;
    return n > 0 ? [`${e.label} ${formatCount(n)} (${formatPercent(s.arrivals > 0 ? n / s.arrivals : 0)})`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : 'none';
}

function fleetCards(runs: FleetRun[], p: SimParams, model: CatalogModel | null | undefined): CardView[] {
  return [
    { key: 'ttft', title: 'Time to first token', kind: 'percentiles', rows: percentiles(runs, (s) => s.ttft), note: null },
    { key: 'e2e', title: 'End-to-end latency', kind: 'percentiles', rows: percentiles(runs, (s) => s.e2e), note: null },
    { key: 'throttle', title: 'Throttle rate', kind: 'values', rows: values(runs, (s) => formatPercent(s.throttleRate)), note: 'requests finally refused with 429' },
    {
      key: 'failures',
      title: 'Failed requests, by exception',
      kind: 'values',
      rows: values(runs, failureText),
      wide: true,
      note: 'requests that ended with each error after the SDK’s retries, share of arrivals',
    },
    { key: 'slo', title: 'SLO attainment', kind: 'values', rows: values(runs, (s) => formatPercent(s.sloAttainment)), note: `TTFT ≤ ${TTFT_OBJECTIVE_SECONDS} s and TPOT ≤ 200 ms (MLPerf)` },
    {
      key: 'cost',
      title: 'Simulated servers’ cost per 1M tokens',
      kind: 'values',
      rows: values(runs, (s) => formatUsd(s.costPerMillionTokens)),
      note: 'what the simulated GPU servers cost (at the GPU price you set) ÷ our input + output tokens; not a price Bedrock charges',
      beside: bedrockBeside(runs, p, model),
    },
    {
      key: 'servers',
      title: 'Servers',
      kind: 'values',
      rows: values(runs, (s) => `${plainNumber(s.meanReplicas, 1)} mean · ${s.peakReplicas} peak`),
      note: runs.map((r) => `${r.letter ? `${r.letter} ` : ''}${r.s.scaleOuts} out, ${r.s.scaleIns} in`).join(' · '),
    },
  ];
}

function fleetCharts(runs: FleetRun[], p: SimParams): ChartView[] {
  const two = runs.length > 1;
  const tag = (r: FleetRun, what: string) => (two ? `${what} (${r.letter})` : what);
  const series = (r: FleetRun, channel: string, label: string, color: string, scale = 1): ChartLineView => {
    const raw = r.snap.series.channels[channel] ?? [];
    return { key: `${r.index}-${channel}`, label: tag(r, label), color, times: r.snap.series.time, values: scale === 1 ? raw : raw.map((v) => v * scale), dashed: r.index === 1 };
  };
  const anyRetries = runs.some((r) => r.s.retries > 0);
  const anyQuota = runs.some((r) => r.s.quota.reservedTokens > 0);
  const anyThrottle = runs.some((r) => r.s.throttledAttempts > 0) || p.tpm > 0;
  // Autoscaler decisions, rollout steps and rollbacks, alarms firing and clearing, at the engine's times.
  const allMarks = runs.flatMap((r) => timeMarks(r.snap, r.letter)).sort((a, b) => a.time - b.time);
  const scaling: TimeMarkKind[] = ['scale-out', 'scale-in'];
  const rollout: TimeMarkKind[] = ['rollout', 'rollback'];
  const alarms: TimeMarkKind[] = ['alarm', 'alarm-ok'];
  // Each chart shows the events that explain its lines, so none is crowded with all of them.
  const marksOf = (...groups: TimeMarkKind[][]) => {
    const kinds = new Set(groups.flat());
    return allMarks.filter((m) => kinds.has(m.kind));
  };
  const rate = (v: number) => plainNumber(v, v < 10 ? 1 : 0);
  const whole = (v: number) => plainNumber(v, 0);
  const errorsChart: ChartView = {
      id: 'errors',
      title: 'Errors by exception, per second',
      description: 'Attempts answered with each exception (retried ones included): 429 ThrottlingException and ModelNotReadyException, 503 ServiceUnavailableException, 500 InternalServerException, 408 ModelTimeoutException, and the client’s own TimeoutError.',
      yLabel: 'errors/s',
      format: rate,
      rules: [],
      marks: marksOf(rollout, alarms),
      lines: runs.flatMap((r) => ERROR_LINES.filter((e) => anyError(runs, e.channel)).map((e) => series(r, e.channel, e.label, e.color))),
    };
  return [
    {
      id: 'requests',
      title: 'Requests per second',
      description: 'New requests arriving, gateway attempts including retries, requests served, and attempts throttled with HTTP 429.',
      yLabel: 'req/s',
      format: rate,
      rules: [],
      marks: marksOf(rollout, alarms),
      lines: runs.flatMap((r) => [
        series(r, 'arrivals', 'arriving', 'var(--chart-4)'),
        ...(anyRetries ? [series(r, 'attempts', 'attempts incl. retries', 'var(--chart-2)')] : []),
        series(r, 'completed', 'served', 'var(--chart-1)'),
        ...(anyThrottle ? [series(r, 'throttled', 'throttled (429)', 'var(--danger)')] : []),
      ]),
    },
    ...(ERROR_LINES.some((e) => anyError(runs, e.channel)) ? [errorsChart] : []),
    {
      id: 'queue',
      title: 'Queue length',
      description: 'Requests waiting at servers for a batch slot, and sequences running in batches, at the end of each bucket.',
      yLabel: 'requests',
      format: whole,
      rules: [],
      marks: marksOf(scaling),
      lines: runs.flatMap((r) => [series(r, 'queueLength', 'waiting', 'var(--chart-3)'), series(r, 'inFlight', 'in batches', 'var(--chart-1)')]),
    },
    {
      id: 'replicas',
      title: 'Servers ready and booting',
      description: "Servers taking traffic and servers booting or loading weights; triangles mark the autoscaler's scale-out (up) and scale-in (down) decisions, and labelled lines a model update's rollout steps and rollback.",
      yLabel: 'servers',
      format: whole,
      yMaxAtLeast: 4,
      rules: [],
      marks: marksOf(scaling, rollout),
      lines: runs.flatMap((r) => [series(r, 'replicasReady', 'ready', 'var(--chart-1)'), series(r, 'replicasBooting', 'booting + loading', 'var(--chart-3)')]),
    },
    {
      id: 'utilization',
      title: 'Utilization (share of token capacity in use)',
      description: 'Tokens the ready servers computed ÷ what they could compute at saturation, in percent — what the autoscaler acts on — with its scale-out and scale-in thresholds.',
      yLabel: '%',
      format: (v) => `${Math.round(v)}`,
      yMaxAtLeast: 100,
      marks: marksOf(scaling),
      rules:
        p.mode === 'on-demand' && p.auto
          ? [
              { value: p.up, label: `scale out > ${p.up} %`, color: 'var(--chart-3)' },
              { value: p.down, label: `scale in < ${p.down} %`, color: 'var(--chart-2)' },
            ]
          : [],
      lines: runs.map((r) => series(r, 'gpuUtilization', 'utilization', 'var(--chart-4)', 100)),
    },
    {
      id: 'latency',
      title: 'Time to first token and end-to-end, per window (log scale)',
      description: `50th, 95th and 99th percentiles of the requests completed in each window, with the ${TTFT_OBJECTIVE_SECONDS} s time-to-first-token objective. A gap is a window in which no request completed.`,
      yLabel: 'seconds',
      format: formatDuration,
      log: true,
      marks: marksOf(rollout, alarms),
      rules: [{ value: TTFT_OBJECTIVE_SECONDS, label: `TTFT objective ${TTFT_OBJECTIVE_SECONDS} s`, color: 'var(--danger)' }],
      lines: runs.flatMap((r) => [
        series(r, 'ttftP50', 'TTFT p50', 'var(--chart-1)'),
        series(r, 'ttftP95', 'TTFT p95', 'var(--chart-4)'),
        series(r, 'ttftP99', 'TTFT p99', 'var(--chart-2)'),
        series(r, 'e2eP50', 'end-to-end p50', 'var(--chart-6)'),
        series(r, 'e2eP95', 'end-to-end p95', 'var(--chart-3)'),
        series(r, 'e2eP99', 'end-to-end p99', 'var(--chart-5)'),
      ]),
    },
    {
      id: 'tpot',
      title: 'Time per output token, per window',
      description: 'Decode time per output token: 50th, 95th and 99th percentiles of the requests completed in each window, with the 200 ms objective.',
      yLabel: 'ms',
      format: (v) => `${plainNumber(v, 0)}`,
      marks: marksOf(rollout),
      rules: [{ value: 200, label: 'TPOT objective 200 ms', color: 'var(--danger)' }],
      lines: runs.flatMap((r) => [
        series(r, 'tpotP50', 'TPOT p50', 'var(--chart-1)', 1000),
        series(r, 'tpotP95', 'TPOT p95', 'var(--chart-4)', 1000),
        series(r, 'tpotP99', 'TPOT p99', 'var(--chart-2)', 1000),
      ]),
    },
    ...(anyQuota
      ? [
          {
            id: 'quota',
            title: 'Quota tokens reserved and settled, per minute',
            description:
              'Tokens the gateway reserved at admission (input + cache + max_tokens, with the burndown) and settled at completion (actual input + output × burndown), per minute, with the quota; the gap is what max_tokens headroom holds back.',
            yLabel: 'tokens/min',
            format: (v: number) => (Math.abs(v) >= 1e6 ? `${plainNumber(v / 1e6, 1)}M` : Math.abs(v) >= 1e3 ? `${plainNumber(v / 1e3, 0)}k` : plainNumber(v, 0)),
            rules: [],
            marks: [],
            lines: runs.flatMap((r) => [
              series(r, 'quotaReserved', 'reserved', 'var(--chart-3)'),
              series(r, 'quotaSettled', 'settled', 'var(--chart-1)'),
              { ...series(r, 'quotaLimit', 'quota (TPM)', 'var(--danger)'), dashed: true },
            ]),
          } satisfies ChartView,
        ]
      : []),
    {
      id: 'cost',
      title: 'Server cost per hour',
      description: 'What the simulated GPU servers cost per hour at the chosen GPU price, booting servers included.',
      yLabel: '$/h',
      format: (v) => `$${plainNumber(v, 0)}`,
      marks: marksOf(scaling, rollout),
      rules: [],
      lines: runs.map((r) => series(r, 'costPerHour', 'servers', 'var(--chart-2)')),
    },
  ];
}

function mmcView(frame: RunFrame): { view: MmcView; charts: ChartView[] } | null {
  const snap = frame.snapshot;
  if (snap.kind !== 'mmc') return null;
  const s = snap.summary;
  const { stable, rows } = erlangComparison(s);
  const probability = (v: number) => plainNumber(v, 4);
  const fmt = (key: string, v: number) => (key === 'waitProbability' || key === 'utilization' ? probability(v) : formatDuration(v));
  const view: MmcView = {
    intro: `M/M/${s.servers}: λ = ${plainNumber(s.arrivalRate, 3)}/s, μ = ${plainNumber(s.serviceRate, 3)}/s, offered load ${plainNumber(s.arrivalRate / s.serviceRate, 3)} Erlangs. ${plainNumber(s.measured, 0)} customers measured (the first 5 % are left out as warm-up).`,
    stable,
    rows: rows.map((r) => ({
      key: r.key,
      label: r.label,
      simulated: fmt(r.key, r.simulated),
      exact: fmt(r.key, r.exact),
      difference: Number.isFinite(r.relativeError) ? `${r.relativeError >= 0 ? '+' : ''}${formatPercent(r.relativeError)}` : '—',
    })),
    little: `Little’s law check: time-averaged L = ${plainNumber(s.meanInSystem, 3)}, λ·W = ${plainNumber(s.littleLambdaW, 3)}.`,
  };
  const chart = (key: 'waitProbability' | 'meanWait' | 'meanResponse', title: string, unit: string): ChartView => {
    const exact = rows.find((r) => r.key === key)!.exact;
    const format = key === 'waitProbability' ? (v: number) => plainNumber(v, 3) : formatDuration;
    return {
      id: `mmc-${key}`,
      title,
      description: 'Simulated estimate over time, with the exact Erlang C value as a dashed line.',
      yLabel: unit,
      format,
      yMaxAtLeast: Number.isFinite(exact) ? exact * 1.25 : 0,
      rules: Number.isFinite(exact) ? [{ value: exact, label: `Erlang C ${fmt(key, exact)}`, color: 'var(--danger)' }] : [],
      marks: [],
      lines: [{ key, label: 'simulated', color: 'var(--chart-1)', times: frame.samples.time, values: frame.samples.values[key] ?? [] }],
    };
  };
  const charts: ChartView[] = [
    chart('waitProbability', 'P(wait): share of customers who queue', 'P'),
    chart('meanWait', 'Wq: mean wait in queue', 's'),
    chart('meanResponse', 'W: mean time in system', 's'),
    {
      id: 'mmc-queue',
      title: 'Queue and busy servers',
      description: 'Customers waiting and servers busy, time-averaged per bucket.',
      yLabel: 'customers',
      format: (v) => plainNumber(v, 1),
      rules: [],
      marks: [],
      lines: [
        { key: 'q', label: 'waiting', color: 'var(--chart-3)', times: snap.series.time, values: snap.series.channels.queueLength ?? [] },
        { key: 'b', label: 'busy servers', color: 'var(--chart-1)', times: snap.series.time, values: snap.series.channels.busyServers ?? [] },
      ],
    },
  ];
  return { view, charts };
}

/** What the page shows for these settings and frames (null frames: nothing has run yet). */
export function simulateModel(input: { params: SimParams; frames: RunFrame[] | null; labels: string[]; catalogModel?: CatalogModel | null }): SimulateModel {
  const { params: p, frames, labels } = input;
  const count = frames?.length ?? labels.length;
  const runs = runViews(p, labels, Math.max(1, count));
  const fleet: FleetRun[] = (frames ?? []).flatMap((frame, index) =>
    frame.snapshot.kind === 'fleet' ? [{ index, letter: runs[index]?.letter ?? null, frame, snap: frame.snapshot, s: frame.snapshot.summary }] : [],
  );
  const mmc = frames?.[0] ? mmcView(frames[0]) : null;
  return {
    kind: p.kind,
    runs,
    cards: fleet.length > 0 ? fleetCards(fleet, p, input.catalogModel) : [],
    charts: mmc ? mmc.charts : fleet.length > 0 ? fleetCharts(fleet, p) : [],
    mmc: mmc?.view ?? null,
    scenarioSummary: describeScenario(p, labels, input.catalogModel?.name),
  };
}

/** Names of the settings a cross-field check can flag, as the controls label them. */
const FIELD_LABELS: Record<string, string> = {
  lambda: 'Arrival rate λ',
  mu: 'Service rate μ',
  trace: 'Trace file',
  rate: 'Requests per second',
  min: 'Min servers',
  max: 'Max servers',
  up: 'Scale out above',
  bootLo: 'Boot, shortest',
  maxTok: 'Max tokens',
  accel: 'Accelerator',
  model: 'Model',
  cacheWr: 'Input written to prompt cache',
  fixAt: 'Fix max tokens at',
  pri: 'Priority share',
  outAz: 'Outage zone',
  outAt: 'Outage at',
  spikeAt: 'Spike starts at',
  bMin: 'B: min servers',
};

export type InvalidField = { key: string; label: string; message: string };

/** The settings that stop a run, in the order of the form, each with the label the user will find. */
export function invalidFields(errors: Partial<Record<string, string>>): InvalidField[] {
  return Object.entries(errors).flatMap(([key, message]) =>
    message ? [{ key, label: Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key]! : key, message }] : [],
  );
}
