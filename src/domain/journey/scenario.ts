import type { SourceRegion } from './regions.ts';

export const APIS = ['InvokeModel', 'InvokeModelWithResponseStream', 'Converse', 'ConverseStream'] as const;
export type Api = (typeof APIS)[number];

export const NETWORK_PATHS = ['internet', 'vpc-endpoint'] as const;
export type NetworkPath = (typeof NETWORK_PATHS)[number];

export const MODES = ['on-demand', 'provisioned'] as const;
export type Mode = (typeof MODES)[number];

export const PROFILES = ['none', 'geo', 'global'] as const;
export type ProfileChoice = (typeof PROFILES)[number];

export const FAILURES = [
  'none',
  'access-denied',
  'invalid-body',
  'throttled-recovers',
  'throttled-gives-up',
  'model-timeout',
  'service-unavailable',
] as const;
export type Failure = (typeof FAILURES)[number];

export const FAILURE_LABEL: Record<Failure, string> = {
  none: 'None — the request succeeds',
  'access-denied': 'Missing IAM permission (403)',
  'invalid-body': 'Invalid request body (400)',
  'throttled-recovers': 'Over quota, SDK retry succeeds (429)',
  'throttled-gives-up': 'Over quota, SDK gives up (429)',
  'model-timeout': 'Model timeout (408)',
  'service-unavailable': 'Service unavailable (503)',
};

export const LOADS = ['low', 'typical', 'busy'] as const;
export type Load = (typeof LOADS)[number];

/** Everything the user controls; the trace is a pure function of this (plus the model and tokenizer). */
export type Scenario = {
  prompt: string;
  modelId: string;
  region: SourceRegion;
  api: Api;
  network: NetworkPath;
  mode: Mode;
  profile: ProfileChoice;
  logging: boolean;
  guardrails: boolean;
  temperature: number;
  maxTokens: number;
  failure: Failure;
  load: Load;
  /** Distance from the client to the source Region over the internet (ignored for a VPC endpoint). */
  clientKm: number;
};

export const DEFAULT_PROMPT = 'In two sentences: who can read my prompt while Bedrock answers it?';
export const DEFAULT_MODEL_ID = 'anthropic.claude-3-5-haiku-20241022-v1:0';

export const DEFAULT_SCENARIO: Scenario = {
  prompt: DEFAULT_PROMPT,
  modelId: DEFAULT_MODEL_ID,
  region: 'us-east-1',
  api: 'ConverseStream',
  network: 'internet',
  mode: 'on-demand',
  profile: 'none',
  logging: false,
  guardrails: false,
  temperature: 0.5,
  maxTokens: 512,
  failure: 'none',
  load: 'typical',
  clientKm: 500,
};

/** The part of a catalog entry the journey needs. */
/** What the journey needs of a catalog model; `modelId` is the ID a request names (bare Bedrock ID). */
export type JourneyModel = {
  modelId: string;
  provider: string;
  name: string;
  tokenizer: 'llama3' | 'other';
  inferenceProfileIds: string[];
  maxOutputTokens?: number;
  hasProvisionedPrice?: boolean;
};

export function isStreaming(api: Api): boolean {
  return api === 'InvokeModelWithResponseStream' || api === 'ConverseStream';
}

export function isConverse(api: Api): boolean {
  return api === 'Converse' || api === 'ConverseStream';
}

/** Converse and ConverseStream are authorised by the same two actions as InvokeModel* [BOTO]. */
export function iamAction(api: Api): string {
  return isStreaming(api) ? 'bedrock:InvokeModelWithResponseStream' : 'bedrock:InvokeModel';
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
  }
}
