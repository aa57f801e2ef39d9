import { z } from 'zod';
import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';

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
  outputTokens: distributionSchema.default({ kind: 'lognormal', mean: 300, cv: 1 }),
});

const retrySchema = z.object({
  enabled: z.boolean().default(false),
  /** Client retries after a 429 or 5xx, exponential backoff with full jitter. Counts and delays: assumptions (knobs). */
  maxRetries: z.number().int().min(0).max(20).default(2),
  baseSeconds: positive.default(1),
  capSeconds: positive.default(20),
});

const gatewaySchema = z.object({
  mode: z.enum(['on-demand', 'provisioned']).default('on-demand'),
  /** Tokens-per-minute quota (input + output, as Bedrock counts it); null = no quota. */
  tokensPerMinute: positive.nullable().default(null),
  retries: retrySchema.prefault({}),
  /** Requests per second that other tenants send to the same shared on-demand pool. */
  backgroundArrivalRate: nonNegative.default(0),
  /** Provisioned throughput: model units, each modelled as one dedicated server (assumption). */
  modelUnits: z.number().int().min(1).max(1000).default(2),
  /** Tokens per minute one model unit admits; null = limited only by the servers (not published by AWS). */
  unitTokensPerMinute: positive.nullable().default(null),
});

const fleetSchema = z.object({
  model: z.enum(MODEL_ARCHITECTURES.map((m) => m.id) as [string, ...string[]]).default('llama-3.1-70b'),
  /** GPUs per server; default: the smallest H100 count for the model (src/domain/gpu defaultDeployment). */
  tensorParallel: z.number().int().min(1).max(8).optional(),
  precision: z.enum(['bf16', 'fp8']).optional(),
  /** vLLM-style caps: sequences per batch and tokens per iteration (chunked-prefill budget). */
  maxBatch: z.number().int().min(1).max(8192).default(256),
  maxBatchedTokens: z.number().int().min(64).max(65536).default(4096),
  cpuOverheadSeconds: nonNegative.optional(),
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
  loadSeconds: z.tuple([nonNegative, nonNegative]).default([30, 60]),
  /** Predictive scaling: from each time on, keep at least this many servers. */
  schedule: z.array(z.object({ atSeconds: nonNegative, minReplicas: z.number().int().min(0).max(10_000) })).max(200).default([]),
});

const faultSchema = z.object({
  kind: z.literal('az-outage'),
  az: z.number().int().min(0).max(5),
  atSeconds: nonNegative,
  /** How long the zone stays down; null = for the rest of the run. */
  durationSeconds: positive.nullable().default(null),
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
    /** MLPerf Inference v4.1 Llama 2 70B server limits: TTFT 2 s, TPOT 200 ms. */
    slo: z.object({ ttftSeconds: positive.default(2), tpotSeconds: positive.default(0.2) }).prefault({}),
  })
  .superRefine((s, ctx) => {
    if (s.autoscaler.minReplicas > s.autoscaler.maxReplicas)
      ctx.addIssue({ code: 'custom', path: ['autoscaler', 'minReplicas'], message: 'must not exceed maxReplicas' });
    for (const [i, f] of s.faults.entries())
      if (f.az >= s.fleet.availabilityZones)
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'az'], message: `zone ${f.az} does not exist (zones are 0–${s.fleet.availabilityZones - 1})` });
    for (const key of ['bootSeconds', 'loadSeconds'] as const)
      if (s.autoscaler[key][0] > s.autoscaler[key][1])
        ctx.addIssue({ code: 'custom', path: ['autoscaler', key], message: 'range must be [low, high]' });
    if (s.resolutionSeconds > s.durationSeconds)
      ctx.addIssue({ code: 'custom', path: ['resolutionSeconds'], message: 'must not exceed durationSeconds' });
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
