import { enumParam, numberParam, optionalNumberParam, stringParam, type ParamSpec, type ParamValues } from '../../domain/url/query-params.ts';
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { LEGACY_SELF_HOST_IDS } from '../../domain/breakeven/published-throughput.ts';
import { ACCELERATORS, type AcceleratorId } from '../../domain/gpu/accelerators.ts';
import { OPEN_WEIGHT_PRESETS } from '../../domain/gpu/serving-profile.ts';
import { ptTermParam } from '../../domain/pricing/provisioned-throughput.ts';
import { SERVICE_TIERS } from './bedrock-price.ts';

const MODEL_ID = /^[A-Za-z0-9.:_-]+$/;

/** Claude Instant: the legacy model whose rates reproduce the TCO reference's provisioned-throughput example. */
export const DEFAULT_PT_MODEL_ID = 'claude-instant-legacy';

/** A model id the link may name; absent means "the model picked last in any view, else the default". */
function optionalModelParam(): ParamSpec<string | null> {
  const inner = stringParam('', { maxLength: 120, pattern: MODEL_ID });
  return { default: null, parse: (raw) => inner.parse(raw), serialize: (value) => value ?? '' };
}

/**
 * One of the GPU model's open-weight presets (a catalog id); absent means "the same open weights as
 * the Bedrock model where a preset has them". Ids from links older than catalog v2 are still read.
 */
function optionalSelfModelParam(): ParamSpec<string | null> {
  const ids = OPEN_WEIGHT_PRESETS.map((p) => p.catalogId);
  return {
    default: null,
    parse: (raw) => {
      const id = ids.includes(raw) ? raw : LEGACY_SELF_HOST_IDS.get(raw);
      return id ? { ok: true, value: id } : { ok: false, reason: 'not an open-weight model this app can self-host' };
    },
    serialize: (value) => value ?? '',
  };
}

/** A whole number that may be absent (an override of a derived count). */
function optionalIntegerParam(opts: { min: number; max: number }): ParamSpec<number | null> {
  const inner = numberParam(0, { ...opts, integer: true });
  return { default: null, parse: (raw) => inner.parse(raw), serialize: (value) => (value === null ? '' : String(value)) };
}

/**
 * The view's link parameters. Shares are stored as percentages. A parameter that holds an override
 * of a derived default (price, tps, gpuH, instH, srv, kw) is absent while the default applies.
 */
export const BREAK_EVEN_PARAMS = {
  model: optionalModelParam(),
  rpd: numberParam(100_000, { min: 0, max: 1e9 }),
  in: numberParam(1000, { min: 0, max: 2e6, integer: true }),
  out: numberParam(300, { min: 1, max: 2e5, integer: true }),
  cacheRead: numberParam(0, { min: 0, max: 100 }),
  cacheWrite: numberParam(0, { min: 0, max: 100 }),
  batch: numberParam(0, { min: 0, max: 100 }),
  tier: enumParam('standard', SERVICE_TIERS),
  price: optionalNumberParam({ min: 0, max: 1000 }),

  self: optionalSelfModelParam(),
  mode: enumParam('rent', ['rent', 'buy'] as const),
  basis: enumParam('gpu', ['gpu', 'instance'] as const),
  gpuH: optionalNumberParam({ min: 0.01, max: 1000 }),
  acc: enumParam<AcceleratorId>('h100-sxm', ACCELERATORS.map((a) => a.id)),
  gpus: numberParam(DEFAULTS.gpusPerServer.value, { min: 1, max: 64, integer: true }),
  /** Tensor-parallel GPUs per replica; absent = the model's default on this accelerator. */
  tp: optionalIntegerParam({ min: 1, max: 64 }),
  seqs: numberParam(DEFAULTS.maxConcurrentSequences.value, { min: 1, max: 100_000, integer: true }),
  /** Latency objectives: TTFT in seconds, TPOT in milliseconds; absent = MLPerf's server limits for the class. */
  ttft: optionalNumberParam({ min: 0.01, max: 600 }),
  tpot: optionalNumberParam({ min: 1, max: 10_000 }),
  instH: optionalNumberParam({ min: 0.01, max: 10_000 }),
  srv: optionalNumberParam({ min: 1, max: 1e8 }),
  years: numberParam(DEFAULTS.amortizationYears.value, { min: 0.5, max: 20 }),
  kw: optionalNumberParam({ min: 0.01, max: 200 }),
  draw: numberParam(DEFAULTS.powerDrawShare.value * 100, { min: 0, max: 100 }),
  pue: numberParam(DEFAULTS.pue.value, { min: 1, max: 3 }),
  kwh: numberParam(DEFAULTS.electricityPerKwh.value, { min: 0, max: 5 }),
  colo: numberParam(DEFAULTS.coloPerKwMonth.value, { min: 0, max: 5000 }),
  tps: optionalNumberParam({ min: 1, max: 1e8 }),
  load: numberParam(DEFAULTS.maxLoad.value * 100, { min: 1, max: 100 }),
  peak: numberParam(DEFAULTS.peakToAverage.value, { min: 1, max: 50 }),
  spare: numberParam(DEFAULTS.redundantServers.value, { min: 0, max: 100, integer: true }),
  fte: numberParam(DEFAULTS.staffFte.value, { min: 0, max: 100 }),
  fteCost: numberParam(DEFAULTS.costPerFtePerYear.value, { min: 0, max: 5e6 }),
  other: numberParam(DEFAULTS.otherMonthly.value, { min: 0, max: 1e8 }),
  hours: numberParam(DEFAULTS.hoursPerMonth.value, { min: 1, max: 744 }),

  zoom: enumParam('break-even', ['break-even', 'volume'] as const),

  /** What a token costs to serve: fleet size and utilization, each defaulting to your fleet at your volume. */
  util: optionalNumberParam({ min: 1, max: 100 }),
  fleet: optionalIntegerParam({ min: 1, max: 1e6 }),

  pt: stringParam(DEFAULT_PT_MODEL_ID, { maxLength: 120, pattern: MODEL_ID }),
  term: ptTermParam('1-month'),
  mu: numberParam(1, { min: 1, max: 1000, integer: true }),
  ptRate: optionalNumberParam({ min: 0.01, max: 10_000 }),
  tpmMu: optionalNumberParam({ min: 1, max: 1e9 }),
};

export type BreakEvenParams = typeof BREAK_EVEN_PARAMS;
export type BreakEvenValues = ParamValues<BreakEvenParams>;
