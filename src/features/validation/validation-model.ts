/**
 * Everything /validation shows, from the scorecard: summary, table rows, scatter points, the fitted
 * factors. Pure; the components only render it.
 */
import { acceleratorById } from '../../domain/gpu/accelerators.ts';
import { FITTED, FITTED_MLPERF, WIDE_EP_ALL_TO_ALL_SECONDS } from '../../domain/gpu/calibration.ts';
import { architectureById } from '../../domain/gpu/model-architectures.ts';
import { errorSummaries, heldOutRow, isFitPoint, type ErrorSummary } from '../../domain/validation/held-out.ts';
import { KNOWN_THROUGHPUT_MISSES, KNOWN_TPOT_MISSES, KNOWN_TTFT_MISSES } from '../../domain/validation/known-misses.ts';
import { summariseLatency, type EngineLatency, type LatencySummary } from '../../domain/validation/engine-latency.ts';
import { storedEngineLatency } from '../../domain/validation/stored-engine-latency.ts';
import { LATENCY_BAND, runSteps, scorecard, scorecardSteps, THROUGHPUT_BAND, type Scorecard, type ScoreRow } from '../../domain/validation/scorecard.ts';
import type { PartFilter } from './validation-params.ts';
import { enUs } from '../../domain/format/en-us-number.ts';

export type TableRow = {
  id: string;
  configuration: string;
  model: string;
  system: string;
  workload: string;
  suite: string;
  scenario: string;
  published: number;
  modelled: number | null;
  /** Signed error, modelled ÷ published − 1. */
  error: number | null;
  /** The same error with factors refitted without this row's model (rows some factor is fitted to); null elsewhere. */
  heldOutError: number | null;
  /** Why a row outside the band misses, where the cause is known or suspected (known-misses.ts); '' otherwise. */
  missReason: string;
  /** Why the engine's TTFT or TPOT misses ±25 %, per quantity (known-misses.ts); '' when both are within. */
  latencyMissReason: string;
  /** in-sample: the factors were fitted on this point; out-of-sample: never fitted on it. */
  sample: 'in-sample' | 'out-of-sample' | null;
  /** How the modelled figure is read: saturated, or at the run's published TPOT. */
  method: string;
  status: 'within' | 'outside' | 'not scored';
  reason: string;
  latency: string;
  /** The engine at the published load: mean TTFT and TPOT with their errors; null where no latency is published. */
  engine: EngineLatency | null;
  source: string;
  date: string;
  moe: boolean;
};

export type ScatterPoint = { id: string; label: string; published: number; modelled: number; error: number; accelerator: string; acceleratorName: string; moe: boolean; fitted: boolean };

export type ValidationView = {
  band: number;
  /** Error per source: TensorRT-LLM in-sample and held-out; MLPerf in-sample, held-out, never fitted, and all rows. */
  summaries: (ErrorSummary & { worstLabel: string })[];
  summary: { scored: number; notScored: number };
  /** The engine's TTFT and TPOT against the published means (±25 % band). */
  latency: LatencySummary & { band: number };
  part: PartFilter;
  partLabel: string;
  rows: TableRow[];
  scatter: ScatterPoint[];
  /** Axis domain for the scatter (tok/s, log scale), shared by both axes. */
  domain: [number, number];
  factors: { name: string; value: string; fittedTo: string }[];
};

export const PART_LABELS: Record<PartFilter, string> = { all: 'All', 'h100-sxm': 'H100', h200: 'H200', b200: 'B200', gb200: 'GB200' };

function systemText(r: ScoreRow): string {
  const p = r.point;
  const name = PART_LABELS[p.accelerator as PartFilter] ?? acceleratorById(p.accelerator)?.name ?? p.accelerator;
  const tp = p.devices === p.tensorParallel ? '' : `, TP${p.tensorParallel}`;
  return `${p.devices}× ${name} ${p.precision.toUpperCase()}${tp}`;
}

function latencyText(r: ScoreRow): string {
  const p = r.point;
  const parts: string[] = [];
  if (p.ttftSeconds !== undefined) parts.push(`TTFT ${Math.round(p.ttftSeconds * 1000)} ms`);
  if (p.tpotSeconds !== undefined) parts.push(`TPOT ${(p.tpotSeconds * 1000).toFixed(1)} ms`);
  return parts.join(', ');
}

function latencyMiss(e: EngineLatency | null): string {
  if (!e) return '';
  const ttft = e.ttftWithinBand ? '' : KNOWN_TTFT_MISSES[e.pointId] ?? '';
  const tpot = e.tpotWithinBand ? '' : KNOWN_TPOT_MISSES[e.pointId] ?? '';
  if (ttft && tpot) return ttft === tpot ? `TTFT and TPOT: ${ttft}` : `TTFT: ${ttft} TPOT: ${tpot}`;
  return ttft ? `TTFT: ${ttft}` : tpot ? `TPOT: ${tpot}` : '';
}

function toRow(r: ScoreRow, engine: readonly EngineLatency[]): TableRow {
  const p = r.point;
  const e = engine.find((x) => x.pointId === p.id) ?? null;
  const model = architectureById(p.architectureId);
  const workload = p.inputTokens !== null && p.outputTokens !== null ? `${enUs(p.inputTokens)} in / ${enUs(p.outputTokens)} out` : p.outputTokens !== null ? `? in / ${enUs(Math.round(p.outputTokens))} out` : 'lengths not given';
  return {
    id: p.id,
    configuration: p.label,
    model: p.model,
    system: systemText(r),
    workload,
    suite: p.suite,
    scenario: p.scenario,
    published: p.outputTokensPerSecond,
    modelled: r.modelled,
    error: r.error,
    heldOutError: heldOutRow(p)?.error ?? null,
    missReason: r.scored && !r.withinBand ? (KNOWN_THROUGHPUT_MISSES[p.id] ?? '') : '',
    sample: !r.scored ? null : isFitPoint(p) ? 'in-sample' : 'out-of-sample',
    method: r.method ?? '',
    status: !r.scored ? 'not scored' : r.withinBand ? 'within' : 'outside',
    reason: r.reason,
    latency: latencyText(r),
    engine: e,
    latencyMissReason: latencyMiss(e),
    source: p.source,
    date: p.date,
    moe: model?.moe != null,
  };
}

const FACTOR_ROWS: { key: keyof typeof FITTED; name: string; format: (v: number) => string; fittedTo: string }[] = [
  { key: 'hopperGemm', name: 'GEMM efficiency, Hopper FP8', format: (v) => v.toFixed(3), fittedTo: 'TensorRT-LLM: H100 and H200 dense points' },
  { key: 'blackwellFp4Gemm', name: 'GEMM efficiency, Blackwell NVFP4', format: (v) => v.toFixed(3), fittedTo: 'TensorRT-LLM: B200 and GB200 dense points' },
  { key: 'overlapPenalty', name: 'Weight-read / GEMM overlap penalty', format: (v) => v.toFixed(3), fittedTo: 'TensorRT-LLM: all dense points' },
  { key: 'reservePer8192HiddenBytes', name: 'Runtime memory reserve per GPU (hidden 8,192)', format: (v) => `${(v / 1e9).toFixed(2)} GB`, fittedTo: 'TensorRT-LLM: all dense points' },
  { key: 'moeReserveBytes', name: 'Extra reserve per GPU for MoE', format: (v) => `${(v / 1e9).toFixed(1)} GB`, fittedTo: 'TensorRT-LLM: MoE points' },
  { key: 'hopperMoe', name: 'Expert GEMM efficiency ×, Hopper', format: (v) => v.toFixed(3), fittedTo: 'TensorRT-LLM: H100 and H200 MoE points' },
  { key: 'hopperMoeTileTokens', name: 'Minimum tokens per expert GEMM, Hopper', format: (v) => v.toFixed(1), fittedTo: 'TensorRT-LLM: H100 and H200 MoE points' },
  { key: 'blackwellMoe', name: 'Expert GEMM efficiency ×, Blackwell', format: (v) => v.toFixed(3), fittedTo: 'TensorRT-LLM: B200 MoE points' },
  { key: 'blackwellMoeTileTokens', name: 'Minimum tokens per expert GEMM, Blackwell', format: (v) => v.toFixed(1), fittedTo: 'TensorRT-LLM: B200 MoE points' },
  { key: 'cpuOverheadSeconds', name: 'Host time per iteration', format: (v) => `${(v * 1000).toFixed(3)} ms`, fittedTo: 'TensorRT-LLM: all points' },
];

const MLPERF_FACTOR_ROWS: { key: keyof typeof FITTED_MLPERF; name: string; format: (v: number) => string; fittedTo: string }[] = [
  { key: 'hopperGemm', name: 'MLPerf harness: GEMM efficiency for Llama 2 70B’s shape, Hopper FP8', format: (v) => v.toFixed(3), fittedTo: 'MLPerf v4.1 8× H100 Llama 2 70B Offline and Server' },
  { key: 'blackwellFp4Gemm', name: 'MLPerf harness: GEMM efficiency for Llama 2 70B’s shape, Blackwell NVFP4', format: (v) => v.toFixed(3), fittedTo: 'MLPerf v5.0/v5.1 8× B200 Llama 2 70B, v5.1 Llama 3.1 8B and 405B' },
  { key: 'gemmDensityHalf', name: 'MLPerf harness: GEMM weights per layer and hidden unit at half the GEMM efficiency limit', format: (v) => enUs(Math.round(v)), fittedTo: 'the same dense MLPerf rows' },
  { key: 'layerSeconds', name: 'MLPerf harness: fixed time per layer per iteration', format: (v) => `${(v * 1e6).toFixed(1)} µs`, fittedTo: 'the same dense MLPerf rows' },
];

/** What every accelerator filter shares: the scorecard, the error summaries and the stored engine runs. */
export type ValidationInputs = { card: Scorecard; summaries: readonly ErrorSummary[]; engine: readonly EngineLatency[] };

/**
 * The inputs in steps: a point of the scorecard per step, then the summaries, then the engine rows.
 * Returns what scorecard(), errorSummaries() and storedEngineLatency() return.
 */
export function* validationInputsSteps(): Generator<void, ValidationInputs, void> {
  const card = yield* scorecardSteps();
  const summaries = errorSummaries();
  yield;
  return { card, summaries, engine: storedEngineLatency() };
}

/**
 * The view in steps, a table row per step (each scores its held-out twin), returning what
 * validationView() returns: the page runs them in short tasks so no figure holds its thread long.
 */
export function* validationViewSteps(part: PartFilter, { card, summaries, engine }: ValidationInputs): Generator<void, ValidationView, void> {
  const inPart = (r: ScoreRow) => part === 'all' || r.point.accelerator === part;
  const shown = card.rows.filter(inPart);
  const scatter = shown
    .filter((r) => r.scored && r.modelled !== null && r.error !== null)
    .map((r) => ({
      id: r.point.id,
      label: r.point.label,
      published: r.point.outputTokensPerSecond,
      modelled: r.modelled!,
      error: r.error!,
      accelerator: r.point.accelerator,
      acceleratorName: PART_LABELS[r.point.accelerator as PartFilter] ?? r.point.accelerator,
      moe: architectureById(r.point.architectureId)?.moe != null,
      fitted: isFitPoint(r.point),
    }));
  const all = card.rows.filter((r) => r.scored && r.modelled !== null).flatMap((r) => [r.point.outputTokensPerSecond, r.modelled!]);
  const lo = all.length ? Math.min(...all) : 100;
  const hi = all.length ? Math.max(...all) : 100_000;
  const rows: TableRow[] = [];
  for (const r of shown) {
    yield;
    rows.push(toRow(r, engine));
  }
  return {
    band: THROUGHPUT_BAND,
    summaries: summaries.map((x) => ({ ...x, worstLabel: x.worst?.label ?? '' })),
    summary: { scored: card.scoredCount, notScored: card.rows.length - card.scoredCount },
    latency: { ...summariseLatency(engine), band: LATENCY_BAND },
    part,
    partLabel: PART_LABELS[part],
    rows,
    scatter,
    domain: [lo / 1.5, hi * 1.5],
    factors: [
      ...FACTOR_ROWS.map((f) => ({ name: f.name, value: f.format(FITTED[f.key]), fittedTo: f.fittedTo })),
      ...MLPERF_FACTOR_ROWS.map((f) => ({ name: f.name, value: f.format(FITTED_MLPERF[f.key]), fittedTo: f.fittedTo })),
      {
        name: 'MLPerf harness over trtllm-serve: fixed time per wide expert-parallel all-to-all',
        value: `${(WIDE_EP_ALL_TO_ALL_SECONDS * 1e6).toFixed(1)} µs`,
        fittedTo: 'MLPerf v5.1 DeepSeek-R1 Server alone (Offline held out)',
      },
    ],
  };
}

export function validationView(
  part: PartFilter,
  card: Scorecard = scorecard(),
  summaries: readonly ErrorSummary[] = errorSummaries(),
  engine: readonly EngineLatency[] = storedEngineLatency(),
): ValidationView {
  return runSteps(validationViewSteps(part, { card, summaries, engine }));
}

/** A latency error: signed percent, or from 10× the published on, the ratio (thousands of percent say nothing). */
export function latencyErrorText(error: number): string {
  return error >= 9 ? `${enUs(Math.round(1 + error))} × the published` : errorText(error);
}

/** Percent text for an error, signed, one decimal. */
export function errorText(error: number | null): string {
  if (error === null) return '—';
  const p = error * 100;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)} %`;
}
