import type { SourceRegion } from './regions.ts';

/** The two inference endpoints of 2026, each with its own APIs and its own quotas. */
export const ENDPOINT_KINDS = ['runtime', 'mantle'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

export const RUNTIME_APIS = ['InvokeModel', 'InvokeModelWithResponseStream', 'Converse', 'ConverseStream', 'ChatCompletions'] as const;
export const MANTLE_APIS = ['Responses', 'ChatCompletions', 'Messages'] as const;
export const APIS = ['InvokeModel', 'InvokeModelWithResponseStream', 'Converse', 'ConverseStream', 'ChatCompletions', 'Responses', 'Messages'] as const;
export type Api = (typeof APIS)[number];

export const API_LABEL: Record<Api, string> = {
  InvokeModel: 'InvokeModel',
  InvokeModelWithResponseStream: 'InvokeModelWithResponseStream',
  Converse: 'Converse',
  ConverseStream: 'ConverseStream',
  ChatCompletions: 'OpenAI Chat Completions',
  Responses: 'OpenAI Responses',
  Messages: 'Anthropic Messages',
};

export function apisOf(endpoint: EndpointKind): readonly Api[] {
  return endpoint === 'runtime' ? RUNTIME_APIS : MANTLE_APIS;
}

/** How the caller proves who it is. */
export const AUTHS = ['sigv4', 'api-key-short', 'api-key-long'] as const;
export type Auth = (typeof AUTHS)[number];
export const AUTH_LABEL: Record<Auth, string> = {
  sigv4: 'SigV4 (IAM credentials)',
  'api-key-short': 'API key, short-term (≤ 12 h)',
  'api-key-long': 'API key, long-term (IAM user)',
};

export const NETWORK_PATHS = ['internet', 'vpc-endpoint'] as const;
export type NetworkPath = (typeof NETWORK_PATHS)[number];

export const MODES = ['on-demand', 'provisioned'] as const;
export type Mode = (typeof MODES)[number];

export const PROFILES = ['none', 'geo', 'global'] as const;
export type ProfileChoice = (typeof PROFILES)[number];

/** Service tiers: the queue lane an on-demand request waits in (`service_tier`). */
export const TIERS = ['standard', 'priority', 'flex', 'reserved'] as const;
export type Tier = (typeof TIERS)[number];

/** Prompt caching: off, the first call writes the prefix, a later call reads it. */
export const CACHE_MODES = ['off', 'write', 'read'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];
export const CACHE_TTLS = ['5m', '1h'] as const;
export type CacheTtl = (typeof CACHE_TTLS)[number];

export const FAILURES = [
  'none',
  'access-denied',
  'invalid-body',
  'not-found',
  'quota-exceeded',
  'throttled-recovers',
  'throttled-gives-up',
  'model-not-ready',
  'internal-error',
  'service-unavailable',
  'model-timeout',
  'model-error',
  'stream-error',
  'guardrail-input',
  'guardrail-output',
] as const;
export type Failure = (typeof FAILURES)[number];

export const FAILURE_LABEL: Record<Failure, string> = {
  none: 'None — the request succeeds',
  'access-denied': 'Missing IAM permission (403)',
  'invalid-body': 'Invalid request body (400)',
  'not-found': 'Unknown model ID (404)',
  'quota-exceeded': 'Service quota exceeded, not TPM (400)',
  'throttled-recovers': 'Over quota, SDK retry succeeds (429)',
  'throttled-gives-up': 'Over quota, SDK gives up (429)',
  'model-not-ready': 'Model not ready (429)',
  'internal-error': 'Internal server error, SDK retry succeeds (500)',
  'service-unavailable': 'Service unavailable (503)',
  'model-timeout': 'Model timeout (408)',
  'model-error': 'Model error (424)',
  'stream-error': 'Error mid-stream (424, streaming APIs)',
  'guardrail-input': 'Guardrail blocks the prompt',
  'guardrail-output': 'Guardrail blocks the answer',
};

export const LOADS = ['low', 'typical', 'busy'] as const;
export type Load = (typeof LOADS)[number];

/** Everything the user controls; the trace is a pure function of this (plus the model and tokenizer). */
export type Scenario = {
  prompt: string;
  modelId: string;
  region: SourceRegion;
  endpoint: EndpointKind;
  api: Api;
  /** For the OpenAI and Anthropic APIs, which stream with `stream: true` (the native APIs name it). */
  stream: boolean;
  auth: Auth;
  network: NetworkPath;
  mode: Mode;
  profile: ProfileChoice;
  tier: Tier;
  logging: boolean;
  guardrails: boolean;
  /** Intelligent prompt routing: the request names a prompt router, which picks a model of the family. */
  router: boolean;
  cache: CacheMode;
  cacheTtl: CacheTtl;
  /** A system prompt in front of the user's text, in tokens: the cacheable prefix (0 = none). */
  systemTokens: number;
  temperature: number;
  maxTokens: number;
  /** True when the request leaves max tokens unset (the model's maximum is then reserved). */
  maxUnset: boolean;
  failure: Failure;
  load: Load;
  /** Distance from the client to the source Region over the internet (ignored for a VPC endpoint). */
  clientKm: number;
};

export const DEFAULT_PROMPT = 'In two sentences: who can read my prompt while Bedrock answers it?';

export const DEFAULT_SCENARIO: Scenario = {
  prompt: DEFAULT_PROMPT,
  modelId: 'anthropic.claude-sonnet-4-6',
  region: 'us-east-1',
  endpoint: 'runtime',
  api: 'ConverseStream',
  stream: true,
  auth: 'sigv4',
  network: 'internet',
  mode: 'on-demand',
  profile: 'none',
  tier: 'standard',
  logging: false,
  guardrails: false,
  router: false,
  cache: 'off',
  cacheTtl: '5m',
  systemTokens: 0,
  temperature: 0.5,
  maxTokens: 512,
  maxUnset: false,
  failure: 'none',
  load: 'typical',
  clientKm: 500,
};

/** What the journey needs of a catalog model; `modelId` is the ID a request names (bare Bedrock ID). */
export type JourneyModel = {
  /** The catalog's own ID (e.g. "claude-sonnet-4-6"), for the GPU serving profile and the quota rules. */
  catalogId?: string;
  modelId: string;
  /** The ID on bedrock-mantle (no profile prefix, no version suffix), or null when the catalog lists none. */
  mantleId?: string | null;
  provider: string;
  name: string;
  tokenizer: 'llama3' | 'o200k' | 'other';
  inferenceProfileIds: string[];
  maxOutputTokens?: number;
  hasProvisionedPrice?: boolean;
};

/** Whether the answer streams back: the native streaming APIs, or `stream: true` on the others. */
export function streams(s: Pick<Scenario, 'api' | 'stream'>): boolean {
  if (s.api === 'InvokeModelWithResponseStream' || s.api === 'ConverseStream') return true;
  if (s.api === 'InvokeModel' || s.api === 'Converse') return false;
  return s.stream;
}

/** Kept for the native APIs: true for the two streaming operations. */
export function isStreaming(api: Api): boolean {
  return api === 'InvokeModelWithResponseStream' || api === 'ConverseStream';
}

export function isConverse(api: Api): boolean {
  return api === 'Converse' || api === 'ConverseStream';
}

export function isNative(api: Api): boolean {
  return api === 'InvokeModel' || api === 'InvokeModelWithResponseStream' || isConverse(api);
}

/** Converse and ConverseStream are authorised by the same two actions as InvokeModel* [BOTO]. */
export function iamAction(api: Api, endpoint: EndpointKind = 'runtime', stream = isStreaming(api)): string {
  if (endpoint === 'mantle') return 'bedrock-mantle:CreateInference';
  if (isNative(api)) return isStreaming(api) ? 'bedrock:InvokeModelWithResponseStream' : 'bedrock:InvokeModel';
  return stream ? 'bedrock:InvokeModelWithResponseStream' : 'bedrock:InvokeModel';
}

export function apiPath(api: Api): string {
  switch (api) {
    case 'InvokeModel':
      return 'invoke';
    case 'InvokeModelWithResponseStream':
      return 'invoke-with-response-stream';
    case 'Converse':
      return 'converse';
    case 'ConverseStream':
      return 'converse-stream';
    default:
      return api;
  }
}
