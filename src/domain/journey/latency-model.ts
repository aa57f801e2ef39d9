/**
 * Deterministic latency of one request: a pure function of the scenario. The GPU part (prefill =
 * time to first token at the server, decode tokens/s) comes from the shared roofline model; the
 * rest are labelled assumptions with their values on screen. Equations: docs/journey-model.md.
 */
import { defaultDeployment, iterationTime, decodeStepSeconds, type Deployment } from '../gpu/roofline.ts';
import type { ModelArchitecture } from '../gpu/model-architectures.ts';
import type { Load, NetworkPath, Tier } from './scenario.ts';

export type Assumption = {
  id: string;
  label: string;
  value: string;
  /** Where the value comes from; absent means a teaching assumption with no public figure. */
  source?: string;
  kind: 'assumption' | 'sourced' | 'computed';
};

/** Light in optical fibre travels at about c / 1.47 ≈ 204,000 km/s; rounded down to 200 km per ms. */
export const FIBRE_KM_PER_MS = 200;
/** Cables do not follow great circles. Assumption: the route is 1.5× the straight-line distance. */
export const ROUTE_FACTOR = 1.5;
/** Assumption: access-network and router time per one-way internet trip. */
export const INTERNET_ACCESS_MS = 5;
/** Assumption: one-way time from an instance in the VPC to the interface endpoint in the same Region. */
export const VPC_ENDPOINT_ONE_WAY_MS = 1;

/** Assumption: service-side processing per step (no public per-step figures exist). */
export const SERVICE_MS = {
  endpoint: 2,
  iam: 3,
  quota: 1,
  records: 1,
  routing: 2,
  loadBalancer: 1,
  guardrail: 100,
} as const;

/** Assumption: how busy the replica is. ρ = utilisation; batch = sequences decoding together. */
export const LOAD_LEVELS: Record<Load, { utilisation: number; batch: number; label: string }> = {
  low: { utilisation: 0.3, batch: 16, label: 'Low (30 % busy, 16 sequences per batch)' },
  typical: { utilisation: 0.6, batch: 64, label: 'Typical (60 % busy, 64 sequences per batch)' },
  busy: { utilisation: 0.85, batch: 192, label: 'Busy (85 % busy, 192 sequences per batch)' },
};

export type LatencyInput = {
  network: NetworkPath;
  clientKm: number;
  /** Great-circle km between source and destination Region (0 when processed in-Region). */
  crossRegionKm: number;
  inputTokens: number;
  outputTokens: number;
  architecture: ModelArchitecture;
  load: Load;
  guardrails: boolean;
  /** The server from the model's serving profile (calibrated for closed models); default: the architecture's. */
  deployment?: Deployment;
  /** Prompt tokens read from the prompt cache: prefill skips them (they still count as context). */
  cachedTokens?: number;
  /** The service tier's lane in the replica queue (default Standard). */
  tier?: Tier;
};

/**
 * Assumption: the share of a replica's load in each service-tier lane (no public figure). Reserved
 * capacity is "prioritized compute capacity", Priority is served before Standard and Flex, Flex last.
 */
export const TIER_LOAD_SHARE: Record<Tier, number> = { reserved: 0.1, priority: 0.2, standard: 0.5, flex: 0.2 };
/** Lanes from first served to last. */
export const TIER_ORDER: readonly Tier[] = ['reserved', 'priority', 'standard', 'flex'];

/**
 * Wait in a lane of a non-preemptive priority queue (Cobham's formula, M/M/1 form):
 * W_k = ρ·S / ((1 − σ_{k−1})(1 − σ_k)), σ_k = load of lane k and every lane served before it.
 * With one lane it is the single-class ρ/(1−ρ)·S.
 */
export function laneWaitMs(tier: Tier, utilisation: number, serviceMs: number): number {
  const k = TIER_ORDER.indexOf(tier);
  const before = TIER_ORDER.slice(0, k).reduce((sum, t) => sum + TIER_LOAD_SHARE[t] * utilisation, 0);
  const upTo = before + TIER_LOAD_SHARE[tier] * utilisation;
  return (utilisation * serviceMs) / ((1 - before) * (1 - upTo));
}

export type Latency = {
  deployment: Deployment;
  networkOneWayMs: number;
  crossRegionOneWayMs: number;
  endpointMs: number;
  iamMs: number;
  quotaMs: number;
  recordsMs: number;
  routingMs: number;
  loadBalancerMs: number;
  guardrailInputMs: number;
  guardrailOutputMs: number;
  queueMs: number;
  /** Prefill of the whole prompt in one iteration beside the batch's decodes = TTFT at the GPU. */
  prefillMs: number;
  /** One decode iteration for the loaded batch. */
  decodeStepMs: number;
  decodeTokensPerSecond: number;
  /** Time for the output tokens after the first one. */
  decodeMs: number;
  /** Request sent → first token back at the client (streamed case). */
  ttftMs: number;
  /** Request sent → last byte back at the client. */
  totalMs: number;
  assumptions: Assumption[];
};

function oneWayMs(km: number): number {
  return (km * ROUTE_FACTOR) / FIBRE_KM_PER_MS;
}

export function latencyModel(input: LatencyInput): Latency {
  const inputTokens = Math.max(1, input.inputTokens);
  const outputTokens = Math.max(0, input.outputTokens);
  const d = input.deployment ?? defaultDeployment(input.architecture);
  const cached = Math.min(Math.max(0, input.cachedTokens ?? 0), inputTokens - 1);
  const level = LOAD_LEVELS[input.load];
  const networkOneWayMs =
    input.network === 'vpc-endpoint' ? VPC_ENDPOINT_ONE_WAY_MS : INTERNET_ACCESS_MS + oneWayMs(Math.max(0, input.clientKm));
  const crossRegionOneWayMs = oneWayMs(Math.max(0, input.crossRegionKm));

  // Neighbours in the batch are assumed to be like this request (teaching simplification).
  const meanContext = inputTokens + outputTokens / 2;
  const decodeStepMs = decodeStepSeconds(d, level.batch, meanContext) * 1000;
  // Continuous batching: the prompt is prefilled in one iteration alongside the batch's decodes.
  const prefillMs =
    iterationTime(d, {
      decodeSequences: level.batch,
      decodeContextTokens: level.batch * meanContext,
      prefillTokens: inputTokens - cached,
    }).seconds * 1000;
  // Queue: one iteration as the service slot; with tiers, Cobham's priority-lane form (simplification).
  const queueMs = input.tier ? laneWaitMs(input.tier, level.utilisation, decodeStepMs) : (level.utilisation / (1 - level.utilisation)) * decodeStepMs;
  const decodeMs = Math.max(0, outputTokens - 1) * decodeStepMs;
  const guardrailInputMs = input.guardrails ? SERVICE_MS.guardrail : 0;
  const guardrailOutputMs = input.guardrails ? SERVICE_MS.guardrail : 0;

  const upMs =
    networkOneWayMs +
    SERVICE_MS.endpoint +
    SERVICE_MS.iam +
    SERVICE_MS.quota +
    guardrailInputMs +
    SERVICE_MS.records +
    SERVICE_MS.routing +
    crossRegionOneWayMs +
    SERVICE_MS.loadBalancer +
    queueMs;
  const downMs = crossRegionOneWayMs + networkOneWayMs;
  const ttftMs = upMs + prefillMs + downMs;
  const totalMs = ttftMs + decodeMs + guardrailOutputMs;

  const assumptions: Assumption[] = [
    { id: 'fibre', label: 'Signal speed in fibre', value: `${FIBRE_KM_PER_MS} km/ms`, kind: 'sourced', source: 'Physics: c ÷ refractive index ≈ 1.47 of silica fibre' },
    { id: 'route', label: 'Cable route vs straight line', value: `${ROUTE_FACTOR}×`, kind: 'assumption' },
    input.network === 'vpc-endpoint'
      ? { id: 'vpce', label: 'VPC → interface endpoint, one way', value: `${VPC_ENDPOINT_ONE_WAY_MS} ms`, kind: 'assumption' }
      : { id: 'access', label: 'Internet access and routers, one way', value: `${INTERNET_ACCESS_MS} ms`, kind: 'assumption' },
    { id: 'conn', label: 'Connection', value: 'already open (SDK keep-alive); no TCP/TLS handshake', kind: 'assumption' },
    {
      id: 'service',
      label: 'Service steps: endpoint, IAM, quota, records, routing, load balancer',
      value: `${SERVICE_MS.endpoint} + ${SERVICE_MS.iam} + ${SERVICE_MS.quota} + ${SERVICE_MS.records} + ${SERVICE_MS.routing} + ${SERVICE_MS.loadBalancer} ms`,
      kind: 'assumption',
    },
    ...(input.guardrails
      ? [{ id: 'guardrail', label: 'Guardrail screening, each of input and output', value: `${SERVICE_MS.guardrail} ms`, kind: 'assumption' as const }]
      : []),
    { id: 'load', label: 'Replica load', value: level.label, kind: 'assumption' },
    input.tier
      ? {
          id: 'queue',
          label: `Queue wait, ${input.tier} lane`,
          value: `ρS / ((1−σ before)(1−σ up to this lane)) = ${queueMs.toFixed(1)} ms; lane shares ${TIER_ORDER.map((t) => `${t} ${Math.round(TIER_LOAD_SHARE[t] * 100)} %`).join(', ')}`,
          kind: 'assumption',
          source: 'Cobham’s non-preemptive priority formula, M/M/1 form, S = one batch iteration; the lane shares are an assumption (no public figure)',
        }
      : {
          id: 'queue',
          label: 'Queue wait',
          value: `ρ/(1−ρ) × one iteration = ${queueMs.toFixed(1)} ms`,
          kind: 'assumption',
          source: 'M/M/1 form Wq = ρ/(1−ρ)·S with S = one batch iteration (teaching simplification)',
        },
    {
      id: 'arch',
      label: 'Model shape',
      value: input.architecture.name,
      kind: input.architecture.assumption ? 'assumption' : 'sourced',
      source: input.architecture.source,
    },
    ...(cached > 0
      ? [{ id: 'cache', label: 'Prompt-cache read', value: `${cached.toLocaleString('en-US')} tokens skip prefill`, kind: 'computed' as const, source: 'Prefill covers only the uncached tokens; cached tokens still count as context (docs prompt-caching)' }]
      : []),
    {
      id: 'server',
      label: 'Server',
      value: `${d.tensorParallel} × ${d.gpu.name}, ${d.weightPrecision.toUpperCase()} weights`,
      kind: 'assumption',
      source: `Hardware: ${d.gpu.source}. The GPUs Bedrock uses are not published.`,
    },
    {
      id: 'gpu',
      label: 'Prefill and decode times',
      value: `roofline: prefill ${prefillMs.toFixed(1)} ms, ${decodeStepMs.toFixed(1)} ms per decode step`,
      kind: 'computed',
      source: 'Shared GPU roofline model (src/domain/gpu/roofline.ts), validated against MLPerf and TensorRT-LLM figures',
    },
  ];

  return {
    deployment: d,
    networkOneWayMs,
    crossRegionOneWayMs,
    endpointMs: SERVICE_MS.endpoint,
    iamMs: SERVICE_MS.iam,
    quotaMs: SERVICE_MS.quota,
    recordsMs: SERVICE_MS.records,
    routingMs: SERVICE_MS.routing,
    loadBalancerMs: SERVICE_MS.loadBalancer,
    guardrailInputMs,
    guardrailOutputMs,
    queueMs,
    prefillMs,
    decodeStepMs,
    decodeTokensPerSecond: 1000 / decodeStepMs,
    decodeMs,
    ttftMs,
    totalMs,
    assumptions,
  };
}

/** Public, third-party observations of Bedrock latency to set beside the model [queueing-and-gpu.md §4]. */
export type Observation = { match: RegExp; label: string; tokensPerSecond: string; ttft: string; source: string };

export const OBSERVED: readonly Observation[] = [
  {
    match: /claude-3-5-haiku/,
    label: 'Claude 3.5 Haiku, latency-optimized',
    tokensPerSecond: '101 tok/s',
    ttft: '0.59–0.62 s',
    source: 'artificialanalysis.ai/models/claude-3-5-haiku/providers (third-party)',
  },
  {
    match: /claude-3-5-sonnet/,
    label: 'Claude 3.5 Sonnet',
    tokensPerSecond: '53–54 tok/s',
    ttft: '0.93–0.96 s',
    source: 'artificialanalysis.ai/models/claude-35-sonnet/providers (third-party)',
  },
  {
    match: /claude-3-sonnet/,
    label: 'Claude 3 Sonnet',
    tokensPerSecond: '60 tok/s',
    ttft: '0.76 s',
    source: 'artificialanalysis.ai/models/claude-3-sonnet/providers (third-party)',
  },
  {
    match: /claude-v2:1/,
    label: 'Claude 2.1',
    tokensPerSecond: '28 tok/s',
    ttft: '1.82 s',
    source: 'artificialanalysis.ai/models/claude-21/providers (third-party)',
  },
  {
    match: /claude-instant/,
    label: 'Claude Instant v1 (LLMPerf, 100 requests)',
    tokensPerSecond: 'median 65.6 tok/s',
    ttft: 'median 1.21 s',
    source: 'HF dataset ssong1/llmperf-bedrock (third-party)',
  },
  {
    match: /llama3-1-405b/,
    label: 'Llama 3.1 405B, latency-optimized',
    tokensPerSecond: '73.7 tok/s',
    ttft: '2.46 s (10 k input tokens)',
    source: 'artificialanalysis.ai/models/llama-3-1-instruct-405b/providers (third-party)',
  },
  {
    match: /nova-micro/,
    label: 'Nova Micro',
    tokensPerSecond: '~300–575 tok/s',
    ttft: 'not given',
    source: 'aiperf.ghast.people.aws.dev benchmark report (individual, not official)',
  },
  {
    match: /llama4-scout/,
    label: 'Llama 4 Scout',
    tokensPerSecond: '~175–250 tok/s',
    ttft: '0.24–0.27 s (US Regions)',
    source: 'aiperf.ghast.people.aws.dev benchmark report (individual, not official)',
  },
];

export function observedFor(modelId: string): Observation | undefined {
  return OBSERVED.find((o) => o.match.test(modelId));
}
