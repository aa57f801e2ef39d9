import { z } from 'zod';
import { ACCELERATORS, type AcceleratorId } from '../gpu/accelerators.ts';
import { SERVING_STACKS } from '../gpu/serving-stack.ts';
import { LEGACY_MODEL_IDS } from './legacy-model-ids.ts';
import { CLOUDWATCH_METRICS } from './ops/cloudwatch.ts';
import { isKnownRegion, profileIncludes, PROFILES } from './regions/region-facts.ts';

/**
 * A scenario, validated. Every default is an assumption unless its comment names a source;
 * docs/simulation-model.md lists them all. Nested objects use `prefault({})` so a partial
 * scenario file gets the defaults of the fields it leaves out.
 */
const positive = z.number().finite().positive();
const nonNegative = z.number().finite().nonnegative();
const fraction = z.number().finite().min(0).max(1);

export const distributionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: positive }),
  z.object({ kind: z.literal('exponential'), mean: positive }),
  /** Lognormal given its mean and spread (coefficient of variation = standard deviation / mean). */
  z.object({ kind: z.literal('lognormal'), mean: positive, cv: positive }),
]);
export type Distribution = z.infer<typeof distributionSchema>;

export const mmcScenarioSchema = z.object({
  kind: z.literal('mmc'),
  servers: z.number().int().min(1).max(100_000),
  arrivalRate: positive,
  serviceRate: positive,
  customers: z.number().int().min(1).max(1e9),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  /** Share of the first customers left out of the statistics; the reference's measurements cut 5 %. */
  warmupFraction: z.number().min(0).max(0.9).default(0.05),
  /** Time-series bucket width, seconds; 0 = about 500 buckets over the run. */
  resolution: nonNegative.default(0),
});
export type MmcScenario = z.infer<typeof mmcScenarioSchema>;

const spikeSchema = z.object({
  startSeconds: nonNegative,
  durationSeconds: positive,
  multiplier: positive,
});

const workloadSchema = z.object({
  /** Mean arrival rate of our tenant's requests, per second (Poisson). */
  arrivalRate: nonNegative.default(10),
  /** Daily curve: rate × (1 + amplitude·cos(2π(t − peak)/24 h)); amplitude 0 = flat. */
  diurnalAmplitude: z.number().min(0).max(1).default(0),
  diurnalPeakHour: z.number().min(0).max(24).default(14),
  spikes: z.array(spikeSchema).max(50).default([]),
  /** CSV text "timestamp,input_tokens,output_tokens" (seconds from start); replaces the Poisson process. */
  traceCsv: z.string().optional(),
  inputTokens: distributionSchema.default({ kind: 'lognormal', mean: 1000, cv: 1 }),
  /** Output the model would write; a response is cut at max_tokens. */
  outputTokens: distributionSchema.default({ kind: 'lognormal', mean: 300, cv: 1 }),
  /** The request's max_tokens; null = unset, which reserves the model's maximum output. 2,048: assumption (a typical setting). */
  maxTokens: z.number().int().min(1).max(1_000_000).nullable().default(2048),
  /** From a time on, requests carry another max_tokens (e.g. the fix for an unset one); null = no change. */
  maxTokensChange: z.object({ atSeconds: nonNegative, maxTokens: z.number().int().min(1).max(1_000_000) }).nullable().default(null),
  /** Shares (0–1) of each prompt read from and written to the prompt cache. Cache reads skip prefill. */
  cacheReadShare: fraction.default(0),
  cacheWriteShare: fraction.default(0),
  /** Shares of requests sent with each service tier (normalised; Standard is the default tier). */
  tierMix: z
    .object({ reserved: nonNegative.default(0), priority: nonNegative.default(0), standard: nonNegative.default(1), flex: nonNegative.default(0) })
    .prefault({}),
  /** Share (0–1) of requests sent through a cross-Region inference profile (metered by the cross-Region quota). */
  crossRegionShare: fraction.default(0),
  /**
   * How long a client waits for a response before it gives up with a timeout (retried by the SDK as a
   * transient error); null = waits forever. 60 s = botocore's default read timeout (botocore/endpoint.py
   * DEFAULT_TIMEOUT); the JS SDK v3's Node handler has none by default (DEFAULT_REQUEST_TIMEOUT = 0).
   */
  clientTimeoutSeconds: positive.nullable().default(60),
});

/** Older scenario files: a home-made retry policy. Read as the SDK's standard mode with that many attempts. */
const legacyRetrySchema = z.object({
  enabled: z.boolean().default(false),
  maxRetries: z.number().int().min(0).max(20).default(2),
  baseSeconds: positive.default(1),
  capSeconds: positive.default(20),
});

/** The clients' AWS SDK and its retry mode (src/domain/retry). */
const sdkSchema = z.object({
  /** off = no retries; standard = the SDKs' default; adaptive = standard + client-side rate limiting. */
  mode: z.enum(['off', 'standard', 'adaptive']).default('standard'),
  sdk: z.enum(['js-v3', 'botocore']).default('js-v3'),
  /** Attempts in all, the first included: 3 in both SDKs' standard mode. */
  maxAttempts: z.number().int().min(1).max(20).default(3),
  /** SDK client instances sharing the traffic, each with its own retry quota and rate limiter. 10: assumption. */
  clients: z.number().int().min(1).max(1000).default(10),
});
export type SdkConfig = z.infer<typeof sdkSchema>;
const SDK_DEFAULTS: SdkConfig = sdkSchema.parse({});

const overloadSchema = z.object({
  /** Requests one server holds waiting before the service answers 503 ServiceUnavailableException. 512: assumption (not published). */
  maxQueuePerReplica: z.number().int().min(1).max(1_000_000).default(512),
  /** Longest wait for a batch slot before the service answers 408 ModelTimeoutException. 60 s: assumption (not published). */
  maxWaitSeconds: positive.default(60),
});

const quotaModelSchema = z.object({
  /** The model's maximum output tokens: what an unset max_tokens reserves. null = the engine's figure for the model. */
  maxOutputTokens: z.number().int().min(1).max(10_000_000).nullable().default(null),
  /** Quota tokens per output token; null = by model (5 for Claude 3.7 Sonnet and 4.x, 1 otherwise: src/domain/quota/burndown.ts). */
  outputBurndown: positive.max(100).nullable().default(null),
  /** Unknown in AWS's documents: does the reservation multiply max_tokens by the burndown too? Default no (AWS's worked example). */
  burndownOnReservation: z.boolean().default(false),
});

const gatewaySchema = z.object({
  mode: z.enum(['on-demand', 'provisioned']).default('on-demand'),
  /** In-Region on-demand tokens-per-minute quota, metered by reservation and settlement; null = no quota. */
  tokensPerMinute: positive.nullable().default(null),
  /** Cross-Region (inference profile) tokens-per-minute quota; null = none. */
  crossRegionTokensPerMinute: positive.nullable().default(null),
  /** Tokens per day; null = AWS's default (TPM × 1,440), which a per-minute bucket never exceeds. */
  tokensPerDay: positive.nullable().default(null),
  /** Requests per minute: removed in 2026 per AWS docs; null (default) = not enforced. */
  requestsPerMinute: positive.nullable().default(null),
  quotaModel: quotaModelSchema.prefault({}),
  /** Reserved tier: its own input and output TPM; requests above them overflow to Standard. null = none bought. */
  reserved: z.object({ inputTokensPerMinute: positive, outputTokensPerMinute: positive }).nullable().default(null),
  overload: overloadSchema.prefault({}),
  sdk: sdkSchema.optional(),
  retries: legacyRetrySchema.optional(),
  /** Requests per second that other tenants send to the same shared on-demand pool. */
  backgroundArrivalRate: nonNegative.default(0),
  /** Provisioned throughput: model units, each modelled as one dedicated server (assumption). */
  modelUnits: z.number().int().min(1).max(1000).default(2),
  /** Tokens per minute one model unit admits; null = limited only by the servers (not published by AWS). */
  unitTokensPerMinute: positive.nullable().default(null),
});

const fleetSchema = z.object({
  /**
   * The model served: a catalog v2 id (its serving profile — architecture or calibrated size class —
   * from src/domain/gpu/serving-profile.ts), or an architecture id of older scenarios.
   */
  model: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'must be a catalog model id such as claude-sonnet-4-6')
    .default('llama-3-1-70b-instruct'),
  /** Accelerator; default: the model's default server. */
  accelerator: z.enum(ACCELERATORS.map((a) => a.id) as [AcceleratorId, ...AcceleratorId[]]).optional(),
  /** GPUs per server; default: the smallest count for the model (src/domain/gpu defaultDeployment). */
  tensorParallel: z.number().int().min(1).max(72).optional(),
  precision: z.enum(['bf16', 'fp8', 'fp4']).optional(),
  /**
   * KV-cache admission: paged = vLLM's default (blocks as needed, preempt and recompute the newest
   * sequence when memory runs out); reserve-max = reserve prompt + max_tokens at admission, never preempt.
   */
  kvPolicy: z.enum(['paged', 'reserve-max']).default('paged'),
  /** Storage-to-GPU bandwidth for loading weights, GB/s per server: the GPU model's DEFAULT_STORAGE_BANDWIDTH (2 GB/s), an assumption. */
  weightLoadGBps: positive.max(10_000).default(2),
  /** vLLM-style caps: sequences per batch and tokens per iteration (chunked-prefill budget). */
  maxBatch: z.number().int().min(1).max(8192).default(256),
  maxBatchedTokens: z.number().int().min(64).max(65536).default(4096),
  cpuOverheadSeconds: nonNegative.optional(),
  /**
   * The serving software whose fitted efficiencies the GPU model uses (src/domain/gpu/serving-stack.ts): default
   * trtllm-bench; the MLPerf validation runs (src/domain/validation/engine-latency.ts) set mlperf-trt.
   */
  servingStack: z.enum(SERVING_STACKS).optional(),
  /**
   * A published configuration's replica details (src/domain/gpu/deployment.ts ServingOptions), set only by the
   * MLPerf validation runs: pipeline stages among the tensorParallel devices, effective bits of a mixed FP4/FP8 checkpoint, data-parallel attention, and the KV
   * cache's share of the memory left after weights and runtime (TensorRT-LLM kv_cache_free_gpu_mem_fraction).
   * Unset: all weights at the precision, tensor-parallel attention, and the default memory fraction.
   */
  pipelineParallel: z.number().int().min(1).max(8).optional(),
  weightBits: z.number().finite().min(4).max(8).optional(),
  attentionDataParallel: z.boolean().optional(),
  kvFreeFraction: fraction.optional(),
  /** TensorRT-LLM attention-DP balance timeout_iters (src/domain/sim/fleet/batching.ts AdpBalance); only with attentionDataParallel. */
  adpBalanceTimeoutIters: z.number().int().min(1).max(1000).optional(),
  /** $/GPU-hour: AWS p5.48xlarge us-east-1 on-demand $55.04/h ÷ 8 (datareceipts, retrieved 2026-11-09). */
  gpuHourlyPrice: nonNegative.default(6.88),
  loadBalancer: z.enum(['round-robin', 'least-outstanding', 'power-of-two']).default('least-outstanding'),
  healthCheckSeconds: positive.default(10),
  unhealthyThreshold: z.number().int().min(1).max(20).default(2),
  availabilityZones: z.number().int().min(1).max(6).default(3),
  /** Servers at time 0; default = the autoscaler's minimum. */
  initialReplicas: z.number().int().min(0).max(10_000).optional(),
});

const autoscalerSchema = z.object({
  enabled: z.boolean().default(true),
  minReplicas: z.number().int().min(0).max(10_000).default(3),
  maxReplicas: z.number().int().min(1).max(10_000).default(64),
  scaleOutUtilization: fraction.default(0.7),
  scaleOutWindowSeconds: positive.default(300),
  scaleInUtilization: fraction.default(0.3),
  scaleInWindowSeconds: positive.default(1800),
  evaluationSeconds: positive.default(60),
  bootSeconds: z.tuple([nonNegative, nonNegative]).default([120, 300]),
  /** Weight-load time range; null = weight bytes ÷ fleet.weightLoadGBps. */
  loadSeconds: z.tuple([nonNegative, nonNegative]).nullable().default(null),
  /** Predictive scaling: from each time on, keep at least this many servers. */
  schedule: z.array(z.object({ atSeconds: nonNegative, minReplicas: z.number().int().min(0).max(10_000) })).max(200).default([]),
});

const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('az-outage'),
    az: z.number().int().min(0).max(5),
    /** The Region (index into regions.names) whose zone fails. */
    region: z.number().int().min(0).max(5).default(0),
    atSeconds: nonNegative,
    /** How long the zone stays down; null = for the rest of the run. */
    durationSeconds: positive.nullable().default(null),
  }),
  /** Every zone of one Region fails at once (all its servers down for the interval). */
  z.object({
    kind: z.literal('region-outage'),
    region: z.number().int().min(0).max(5),
    atSeconds: nonNegative,
    durationSeconds: positive.nullable().default(null),
  }),
]);
export type FaultSpec = z.infer<typeof faultSchema>;

/**
 * Several Regions (src/domain/sim/regions): each its own fleet, autoscaler, quotas and metrics. Requests sent
 * through the cross-Region inference profile (workload.crossRegionShare) go to the least-loaded Region of the
 * profile that has room; the others stay in the source Region. Profiles and their Regions: region-facts.ts.
 */
const regionsSchema = z.object({
  /** Region names; the first is the source Region, where the clients call. */
  names: z
    .array(z.string().max(20).refine(isKnownRegion, 'is not a commercial Region the facts name'))
    .min(1)
    .max(6)
    .default(['us-east-1']),
  /** The cross-Region inference profile: a geography (us, eu, apac, jp, au) or global. */
  profile: z.enum(PROFILES).default('us'),
  /** Round-trip time from the source Region to each Region, seconds: assumptions; null = region-facts.ts defaults. */
  roundTripSeconds: z.array(nonNegative.max(10)).max(6).nullable().default(null),
  /** Other tenants' requests per second in each Region; null = gateway.backgroundArrivalRate in every Region. */
  backgroundArrivalRate: z.array(nonNegative.max(100_000)).max(6).nullable().default(null),
});

const alarmRuleSchema = z.object({
  name: z.string().min(1).max(60),
  metric: z.enum(CLOUDWATCH_METRICS),
  comparison: z.enum(['above', 'below']).default('above'),
  threshold: z.number().finite(),
  evaluationPeriods: z.number().int().min(1).max(100).default(3),
  datapointsToAlarm: z.number().int().min(1).max(100).default(3),
});

/** Alarms every run watches unless the scenario gives its own: a common starting set (assumptions, not AWS's). */
export const DEFAULT_ALARMS = [
  { name: 'Server errors above 1 %', metric: 'ServerErrorRate', comparison: 'above', threshold: 0.01, evaluationPeriods: 3, datapointsToAlarm: 2 },
  { name: 'Sustained throttling', metric: 'InvocationThrottles', comparison: 'above', threshold: 0, evaluationPeriods: 3, datapointsToAlarm: 3 },
  { name: 'p99 latency above 60 s', metric: 'InvocationLatencyP99', comparison: 'above', threshold: 60_000, evaluationPeriods: 3, datapointsToAlarm: 3 },
] as const;

const monitoringSchema = z.object({
  alarms: z.array(alarmRuleSchema).max(20).default(DEFAULT_ALARMS.map((a) => ({ ...a }))),
  /** Interval over which the SLA's error rate is averaged (not in our sources: 5 min, an assumption). */
  slaIntervalSeconds: positive.max(86400).default(300),
});

/** A batch inference job (src/domain/sim/ops/batch-jobs.ts). */
const batchJobSchema = z.object({
  atSeconds: nonNegative.default(0),
  records: z.number().int().min(1).max(10_000_000).default(10_000),
  inputTokens: distributionSchema.default({ kind: 'lognormal', mean: 1000, cv: 1 }),
  outputTokens: distributionSchema.default({ kind: 'lognormal', mean: 300, cv: 1 }),
  /** 24 h: the batch completion window (AWS capacity page, via bedrock-2026-facts.md §5.4). */
  windowSeconds: positive.max(30 * 86400).default(86400),
  /** Batch price per 1M tokens; null = not priced. The catalog's batch price point fills it in presets. */
  pricePer1M: z.object({ input: nonNegative, output: nonNegative }).nullable().default(null),
  /** Where that price comes from, or why there is none (e.g. "No Batch price is published for …"). */
  priceNote: z.string().max(400).nullable().default(null),
});

/** How batch records use spare capacity: all assumptions (how Bedrock schedules batch is not documented). */
const batchPolicySchema = z.object({
  spareUtilization: fraction.default(0.6),
  perReplica: z.number().int().min(1).max(8192).default(32),
  feedSeconds: z.number().min(1).max(3600).default(10),
});

/**
 * A model-update rollout (src/domain/sim/ops/rollout.ts): a common industry pattern shown for teaching,
 * not AWS's documented practice. Thresholds, windows and step shares are assumptions (knobs).
 */
export const rolloutSchema = z.object({
  strategy: z.enum(['canary', 'blue-green']).default('canary'),
  atSeconds: nonNegative.default(600),
  steps: z.array(z.number().min(0.1).max(100)).min(1).max(10).default([5, 25, 50, 100]),
  analysisSeconds: positive.max(86400).default(600),
  checkSeconds: z.number().min(1).max(3600).default(30),
  minSamples: z.number().int().min(1).max(100_000).default(30),
  maxErrorRate: fraction.default(0.01),
  maxLatencyRatio: z.number().min(1).max(100).default(1.25),
  regression: z.object({ errorRate: fraction.default(0), decodeSlowdown: z.number().min(0.1).max(100).default(1) }).prefault({}),
});

export const fleetScenarioSchema = z
  .object({
    kind: z.literal('fleet'),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
    durationSeconds: positive.max(30 * 86400).default(3600),
    resolutionSeconds: positive.default(60),
    workload: workloadSchema.prefault({}),
    gateway: gatewaySchema.prefault({}),
    fleet: fleetSchema.prefault({}),
    autoscaler: autoscalerSchema.prefault({}),
    faults: z.array(faultSchema).max(20).default([]),
    regions: regionsSchema.prefault({}),
    rollout: rolloutSchema.nullable().default(null),
    batchJobs: z.array(batchJobSchema).max(20).default([]),
    batchPolicy: batchPolicySchema.prefault({}),
    monitoring: monitoringSchema.prefault({}),
    /** MLPerf Inference v4.1 Llama 2 70B server limits: TTFT 2 s, TPOT 200 ms. */
    slo: z.object({ ttftSeconds: positive.default(2), tpotSeconds: positive.default(0.2) }).prefault({}),
  })
  .superRefine((s, ctx) => {
    if (s.autoscaler.minReplicas > s.autoscaler.maxReplicas)
      ctx.addIssue({ code: 'custom', path: ['autoscaler', 'minReplicas'], message: 'must not exceed maxReplicas' });
    for (const [i, f] of s.faults.entries()) {
      if (f.kind === 'az-outage' && f.az >= s.fleet.availabilityZones)
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'az'], message: `zone ${f.az} does not exist (zones are 0–${s.fleet.availabilityZones - 1})` });
      if (f.region >= s.regions.names.length)
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'region'], message: `Region ${f.region} does not exist (the run has ${s.regions.names.length})` });
    }
    const rg = s.regions;
    if (new Set(rg.names).size !== rg.names.length) ctx.addIssue({ code: 'custom', path: ['regions', 'names'], message: 'a Region is named twice' });
    if (rg.names.length > 1 && !profileIncludes(rg.profile, rg.names[0]!))
      ctx.addIssue({ code: 'custom', path: ['regions', 'profile'], message: `the ${rg.profile}. profile is not called from ${rg.names[0]} (the source Region must be in its geography)` });
    for (const key of ['roundTripSeconds', 'backgroundArrivalRate'] as const)
      if (rg[key] !== null && rg[key].length !== rg.names.length)
        ctx.addIssue({ code: 'custom', path: ['regions', key], message: `needs one value per Region (${rg.names.length})` });
    for (const key of ['bootSeconds', 'loadSeconds'] as const)
      if (s.autoscaler[key] !== null && s.autoscaler[key][0] > s.autoscaler[key][1])
        ctx.addIssue({ code: 'custom', path: ['autoscaler', key], message: 'range must be [low, high]' });
    const mix = s.workload.tierMix;
    if (mix.reserved + mix.priority + mix.standard + mix.flex <= 0)
      ctx.addIssue({ code: 'custom', path: ['workload', 'tierMix'], message: 'at least one tier needs a share above 0' });
    if (s.workload.cacheReadShare + s.workload.cacheWriteShare > 1)
      ctx.addIssue({ code: 'custom', path: ['workload', 'cacheWriteShare'], message: 'cache read and write shares add up to more than 1' });
    const steps = s.rollout?.steps ?? [];
    if (s.rollout?.strategy === 'canary' && (steps.some((x, i) => i > 0 && x <= steps[i - 1]!) || steps[steps.length - 1] !== 100))
      ctx.addIssue({ code: 'custom', path: ['rollout', 'steps'], message: 'canary steps must rise and end at 100 (%)' });
    for (const [i, a] of s.monitoring.alarms.entries())
      if (a.datapointsToAlarm > a.evaluationPeriods)
        ctx.addIssue({ code: 'custom', path: ['monitoring', 'alarms', i, 'datapointsToAlarm'], message: 'must not exceed evaluationPeriods' });
    if (s.resolutionSeconds > s.durationSeconds)
      ctx.addIssue({ code: 'custom', path: ['resolutionSeconds'], message: 'must not exceed durationSeconds' });
  })
  .transform((s) => {
    const { retries, sdk, ...gateway } = s.gateway;
    const resolved: SdkConfig = sdk ?? (retries ? { ...SDK_DEFAULTS, mode: retries.enabled ? 'standard' : 'off', maxAttempts: retries.maxRetries + 1 } : SDK_DEFAULTS);
    const model = Object.hasOwn(LEGACY_MODEL_IDS, s.fleet.model) ? LEGACY_MODEL_IDS[s.fleet.model]! : s.fleet.model;
    return { ...s, gateway: { ...gateway, sdk: resolved }, fleet: { ...s.fleet, model } };
  });
export type FleetScenario = z.infer<typeof fleetScenarioSchema>;
export type FleetScenarioInput = z.input<typeof fleetScenarioSchema>;

export const scenarioSchema = z.union([mmcScenarioSchema, fleetScenarioSchema]);
export type Scenario = MmcScenario | FleetScenario;

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Validates unknown input (e.g. a parsed JSON file) into a scenario with readable, path-prefixed messages. */
export function parseScenario(input: unknown): ParseResult {
  const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  if (kind !== 'mmc' && kind !== 'fleet') return { ok: false, errors: ['kind: must be "mmc" or "fleet"'] };
  const result = kind === 'mmc' ? mmcScenarioSchema.safeParse(input) : fleetScenarioSchema.safeParse(input);
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(scenario)'}: ${i.message}`),
  };
}
