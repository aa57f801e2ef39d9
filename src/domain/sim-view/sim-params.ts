import { DEFAULT_MODEL_ID } from '../catalog/default-model.ts';
import { ACCELERATORS } from '../gpu/accelerators.ts';
import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';
import { PROFILES } from '../sim/regions/region-facts.ts';
import { boolParam, enumParam, numberParam, stringParam, type ParamValues } from '../url/query-params.ts';

/**
 * The simulator's scenario as flat URL parameters: every knob of the view is here, so a copied link
 * reproduces the run. Defaults follow the engine's (src/domain/sim/scenario-schema.ts); units are the
 * ones a person types (percent for utilization thresholds, seconds for times).
 */
/** Architecture ids of older links (still accepted: the engine maps them to catalog ids). */
export const MODEL_IDS = MODEL_ARCHITECTURES.map((m) => m.id) as [string, ...string[]];
/** A catalog v2 model id (or an older link's architecture id). */
export const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;
export const SPEEDS = ['1', '10', '60', '300', '1800', 'max'] as const;
export type Speed = (typeof SPEEDS)[number];
export const PATTERNS = ['flat', 'diurnal', 'spike', 'trace'] as const;
export const BALANCERS = ['least-outstanding', 'round-robin', 'power-of-two'] as const;
export const MODES = ['on-demand', 'provisioned'] as const;
export const PRECISIONS = ['default', 'bf16', 'fp8', 'fp4'] as const;
export const ACCELERATOR_IDS = ['default', ...ACCELERATORS.map((a) => a.id)] as const;
export const SDK_MODES = ['standard', 'adaptive', 'off'] as const;
export const SDKS = ['js-v3', 'botocore'] as const;
export const KV_POLICIES = ['paged', 'reserve-max'] as const;
export const ROLLOUTS = ['none', 'canary', 'blue-green'] as const;
/** Canary steps in a link: percentages joined by '-', e.g. 5-25-50-100. */
export const ROLLOUT_STEPS = /^[0-9]{1,3}(\.[0-9]+)?(-[0-9]{1,3}(\.[0-9]+)?){0,9}$/;

/**
 * An uploaded trace stays in the browser; the link carries only its fingerprint
 * (src/domain/sim/trace-fingerprint.ts), and a shared link needs the trace file uploaded again.
 */
export const TRACE_FINGERPRINT = /^[0-9a-f]*$/;

/** Regions in a link: names joined by ',' (the first is the source Region), e.g. us-east-1,us-east-2,us-west-2. */
export const REGION_LIST = /^[a-z]{2}(-[a-z]+)+-[0-9](,[a-z]{2}(-[a-z]+)+-[0-9]){0,5}$/;
/** One number per Region joined by '-' (e.g. round trips in ms 0-20-70); empty = the defaults. */
export const PER_REGION_NUMBERS = /^$|^[0-9]{1,6}(\.[0-9]{1,3})?(-[0-9]{1,6}(\.[0-9]{1,3})?){0,5}$/;

export const SIM_PARAMS = {
  preset: stringParam('', { maxLength: 40, pattern: /^[a-z0-9-]*$/ }),
  kind: enumParam('fleet', ['fleet', 'mmc'] as const),
  speed: enumParam<Speed>('60', SPEEDS),
  seed: numberParam(1, { min: 0, max: 2 ** 32 - 1, integer: true }),
  dur: numberParam(3600, { min: 60, max: 7 * 86_400 }),
  // Workload
  pattern: enumParam('flat', PATTERNS),
  rate: numberParam(20, { min: 0, max: 100_000 }),
  amp: numberParam(50, { min: 0, max: 100 }),
  peakH: numberParam(14, { min: 0, max: 24 }),
  spikeAt: numberParam(900, { min: 0, max: 7 * 86_400 }),
  spikeFor: numberParam(600, { min: 1, max: 7 * 86_400 }),
  spikeX: numberParam(5, { min: 0.01, max: 1000 }),
  inTok: numberParam(1000, { min: 1, max: 200_000 }),
  outTok: numberParam(300, { min: 1, max: 100_000 }),
  cv: numberParam(1, { min: 0, max: 10 }),
  trace: stringParam('', { maxLength: 16, pattern: TRACE_FINGERPRINT }),
  /** max_tokens per request; 0 = unset (the model's maximum output is reserved). */
  maxTok: numberParam(2048, { min: 0, max: 1_000_000, integer: true }),
  /** From this time (s; 0 = never) requests carry `fixMaxTok` instead: the fix applied mid-run. */
  fixAt: numberParam(0, { min: 0, max: 7 * 86_400 }),
  fixMaxTok: numberParam(1000, { min: 1, max: 1_000_000, integer: true }),
  /** Prompt shares read from / written to the prompt cache, %. */
  cacheRd: numberParam(0, { min: 0, max: 100 }),
  cacheWr: numberParam(0, { min: 0, max: 100 }),
  /** Tier mix, %: Priority, Flex and Reserved; Standard gets the rest. */
  pri: numberParam(0, { min: 0, max: 100 }),
  flex: numberParam(0, { min: 0, max: 100 }),
  rsv: numberParam(0, { min: 0, max: 100 }),
  /** Share of requests sent through a cross-Region inference profile, %. */
  xr: numberParam(0, { min: 0, max: 100 }),
  /** Client timeout, s (0 = none); 60 = botocore's default read timeout. */
  timeout: numberParam(60, { min: 0, max: 86_400 }),
  // Mode and gateway
  mode: enumParam('on-demand', MODES),
  /** In-Region TPM quota (0 = none). */
  tpm: numberParam(0, { min: 0, max: 1e12 }),
  /** Cross-Region TPM quota (0 = none). */
  xrTpm: numberParam(0, { min: 0, max: 1e12 }),
  /** Tokens per day (0 = AWS's default, TPM × 1,440). */
  tpd: numberParam(0, { min: 0, max: 1e15 }),
  /** Requests per minute (0 = not enforced): removed in 2026 per AWS docs, kept as a historical knob. */
  rpm: numberParam(0, { min: 0, max: 1e9 }),
  /** Output burndown override (0 = by model: 5 for Claude 3.7 Sonnet and 4.x, else 1). */
  burn: numberParam(0, { min: 0, max: 100 }),
  /** Unknown in AWS's documents: does the reservation multiply max_tokens by the burndown? */
  burnRes: boolParam(false),
  /** Reserved tier's input and output TPM (0 = none bought). */
  rsvIn: numberParam(0, { min: 0, max: 1e12 }),
  rsvOut: numberParam(0, { min: 0, max: 1e12 }),
  /** Overload bounds per server: waiting requests (503 beyond) and waiting time (408 beyond). */
  qMax: numberParam(512, { min: 1, max: 1_000_000, integer: true }),
  qWait: numberParam(60, { min: 0.1, max: 86_400 }),
  /** The clients' SDK retry mode, SDK, attempts (first included) and number of SDK clients. */
  sdk: enumParam('standard', SDK_MODES),
  sdkLang: enumParam('js-v3', SDKS),
  attempts: numberParam(3, { min: 1, max: 20, integer: true }),
  clients: numberParam(10, { min: 1, max: 1000, integer: true }),
  bg: numberParam(0, { min: 0, max: 100_000 }),
  units: numberParam(2, { min: 1, max: 1000, integer: true }),
  unitTpm: numberParam(0, { min: 0, max: 1e12 }),
  // Model and hardware
  model: stringParam(DEFAULT_MODEL_ID, { maxLength: 80, pattern: MODEL_ID_PATTERN }),
  accel: enumParam('default', ACCELERATOR_IDS),
  gpus: numberParam(0, { min: 0, max: 72, integer: true }),
  precision: enumParam('default', PRECISIONS),
  maxBatch: numberParam(256, { min: 1, max: 8192, integer: true }),
  kv: enumParam('paged', KV_POLICIES),
  /** Storage-to-GPU bandwidth for weight loading, GB/s (assumption). */
  loadGBps: numberParam(2, { min: 0.01, max: 10_000 }),
  gpuPrice: numberParam(6.88, { min: 0, max: 1000 }),
  // Load balancer and zones
  lb: enumParam('least-outstanding', BALANCERS),
  azs: numberParam(3, { min: 1, max: 6, integer: true }),
  // Autoscaling
  auto: boolParam(true),
  min: numberParam(3, { min: 0, max: 10_000, integer: true }),
  max: numberParam(64, { min: 0, max: 10_000, integer: true }),
  up: numberParam(70, { min: 0, max: 100 }),
  down: numberParam(30, { min: 0, max: 100 }),
  upWin: numberParam(300, { min: 1, max: 86_400 }),
  downWin: numberParam(1800, { min: 1, max: 86_400 }),
  evalS: numberParam(60, { min: 1, max: 3600 }),
  bootLo: numberParam(120, { min: 0, max: 7200 }),
  bootHi: numberParam(300, { min: 0, max: 7200 }),
  // Faults
  outage: boolParam(false),
  outAz: numberParam(0, { min: 0, max: 5, integer: true }),
  outAt: numberParam(1200, { min: 0, max: 7 * 86_400 }),
  outFor: numberParam(0, { min: 0, max: 7 * 86_400 }),
  // Predictive (schedule-based) scaling: every day from hour predFrom to predTo keep at least predMin servers
  pred: boolParam(false),
  predFrom: numberParam(8, { min: 0, max: 24 }),
  predTo: numberParam(20, { min: 0, max: 24 }),
  predMin: numberParam(6, { min: 0, max: 10_000, integer: true }),
  // Model-update rollout (a common industry pattern, not AWS's documented practice)
  ro: enumParam('none', ROLLOUTS),
  roAt: numberParam(600, { min: 0, max: 7 * 86_400 }),
  roSteps: stringParam('5-25-50-100', { maxLength: 40, pattern: ROLLOUT_STEPS }),
  /** Analysis window per step (blue-green: the bake after the switch), s. */
  roWin: numberParam(600, { min: 30, max: 86_400 }),
  /** Injected regression: share of the new version's responses that fail (%), and its decode slowdown (×). */
  roErr: numberParam(0, { min: 0, max: 100 }),
  roSlow: numberParam(1, { min: 0.1, max: 100 }),
  /** Rollback thresholds: server-error share (%) and time-per-token ratio to the canary's baseline (blue-green: to the old fleet before the switch) (×). */
  roMaxErr: numberParam(1, { min: 0, max: 100 }),
  roMaxLat: numberParam(1.25, { min: 1, max: 100 }),
  // Batch inference job
  bj: boolParam(false),
  bjAt: numberParam(0, { min: 0, max: 7 * 86_400 }),
  bjRec: numberParam(100_000, { min: 1, max: 10_000_000, integer: true }),
  bjIn: numberParam(1000, { min: 1, max: 200_000 }),
  bjOut: numberParam(300, { min: 1, max: 100_000 }),
  /** Completion window, hours (24 h: AWS). */
  bjWin: numberParam(24, { min: 0.1, max: 720 }),
  /** Feed batch records only while utilization is below this, %; and at most this many per server. */
  bjSpare: numberParam(60, { min: 0, max: 100 }),
  bjPer: numberParam(32, { min: 1, max: 8192, integer: true }),
  // Monitoring: the SLA's averaging interval, s (not in our sources: 300, an assumption)
  slaInt: numberParam(300, { min: 60, max: 86_400 }),
  // Several Regions: our clients call the first; requests sent through the profile (`xr` %) go to the least-loaded Region of the profile with room
  rg: stringParam('us-east-1', { maxLength: 120, pattern: REGION_LIST }),
  /** The cross-Region inference profile: a geography or global (bedrock-api-facts.md §4). */
  prof: enumParam('us', PROFILES),
  /** Round trip from the source Region to each Region, ms, joined by '-' (assumptions; empty = 0 / 20 / 80 ms by distance). */
  rgRtt: stringParam('', { maxLength: 60, pattern: PER_REGION_NUMBERS }),
  /** Other tenants' requests per second in each Region, joined by '-' (empty = `bg` in every Region). */
  rgBg: stringParam('', { maxLength: 60, pattern: PER_REGION_NUMBERS }),
  /** Region outage: which Region fails (1 = the first; 0 = none), when (s) and for how long (s; 0 = to the end). */
  rgOut: numberParam(0, { min: 0, max: 6, integer: true }),
  rgOutAt: numberParam(1200, { min: 0, max: 7 * 86_400 }),
  rgOutFor: numberParam(900, { min: 0, max: 7 * 86_400 }),
  // M/M/c validation model
  servers: numberParam(8, { min: 1, max: 100_000, integer: true }),
  lambda: numberParam(7, { min: 0, max: 1e6 }),
  mu: numberParam(1, { min: 0, max: 1e6 }),
  customers: numberParam(200_000, { min: 1, max: 5_000_000, integer: true }),
  // Second run, drawn on the same axes: the same workload with its own serving settings
  cmp: boolParam(false),
  bMode: enumParam('provisioned', MODES),
  bUnits: numberParam(4, { min: 1, max: 1000, integer: true }),
  bTpm: numberParam(0, { min: 0, max: 1e12 }),
  bAuto: boolParam(true),
  bMin: numberParam(3, { min: 0, max: 10_000, integer: true }),
  bLb: enumParam('least-outstanding', BALANCERS),
  /** Run B with the predictive schedule (pred*) on top of reactive scaling. */
  bPred: boolParam(false),
  /** Run B's share sent through the cross-Region profile, % (-1 = the same as run A's `xr`). */
  bXr: numberParam(-1, { min: -1, max: 100 }),
};

export type SimParams = ParamValues<typeof SIM_PARAMS>;
export type SimParamKey = keyof SimParams;

export const AZ_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

export function speedFactor(speed: Speed): number | null {
  return speed === 'max' ? null : Number(speed);
}
