import { enumParam, numberParam, optionalNumberParam, stringParam } from '../../domain/url/query-params.ts';
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { DEFAULT_BEDROCK_MODEL_ID, DEFAULT_SELF_HOST_MODEL_ID, SELF_HOST_MODELS } from '../../domain/breakeven/self-host-models.ts';

const MODEL_ID = /^[A-Za-z0-9.:_-]+$/;

/** The whole scenario of the view, kept in the URL (shares are stored as percentages). */
export const BREAK_EVEN_PARAMS = {
  model: stringParam(DEFAULT_BEDROCK_MODEL_ID, { maxLength: 120, pattern: MODEL_ID }),
  rpd: numberParam(100_000, { min: 0, max: 1e9 }),
  in: numberParam(1000, { min: 0, max: 2e6, integer: true }),
  out: numberParam(300, { min: 1, max: 2e5, integer: true }),
  cacheRead: numberParam(0, { min: 0, max: 100 }),
  cacheWrite: numberParam(0, { min: 0, max: 100 }),
  batch: numberParam(0, { min: 0, max: 100 }),
  price: optionalNumberParam({ min: 0, max: 1000 }),

  self: enumParam(DEFAULT_SELF_HOST_MODEL_ID, SELF_HOST_MODELS.map((m) => m.id)),
  mode: enumParam('rent', ['rent', 'buy'] as const),
  basis: enumParam('gpu', ['gpu', 'instance'] as const),
  gpuH: numberParam(DEFAULTS.gpuPricePerHour.value, { min: 0.01, max: 1000 }),
  gpus: numberParam(DEFAULTS.gpusPerServer.value, { min: 1, max: 64, integer: true }),
  instH: numberParam(DEFAULTS.instancePricePerHour.value, { min: 0.01, max: 10_000 }),
  srv: numberParam(DEFAULTS.serverPrice.value, { min: 1, max: 1e8 }),
  years: numberParam(DEFAULTS.amortizationYears.value, { min: 0.5, max: 20 }),
  kw: numberParam(DEFAULTS.powerKw.value, { min: 0, max: 200 }),
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

  pt: stringParam('anthropic.claude-instant-v1', { maxLength: 120, pattern: MODEL_ID }),
  term: enumParam('1-month', ['no-commit', '1-month', '6-month'] as const),
  mu: numberParam(1, { min: 1, max: 1000, integer: true }),
  ptRate: optionalNumberParam({ min: 0.01, max: 10_000 }),
  tpmMu: optionalNumberParam({ min: 1, max: 1e9 }),
};

export type BreakEvenParams = typeof BREAK_EVEN_PARAMS;
