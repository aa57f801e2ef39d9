/**
 * The shapes shared by the payload builders (payloads.ts, compat-payloads.ts) and the credential
 * builder (auth.ts), in a file of their own so that imports go one way: builders import these, never
 * each other in a circle.
 */
import type { BodyFamily } from './model-profile.ts';
import type { Api, Auth, CacheMode, CacheTtl, EndpointKind, Tier } from './scenario.ts';

export type Header = { name: string; value: string };

export type HttpRequest = {
  method: 'POST';
  host: string;
  path: string;
  headers: Header[];
  /** The JSON body, or null when the reference has no documented native body for this family. */
  body: unknown;
  notes: string[];
};

/** A system prompt in front of the user's text: the cacheable prefix, stood in by a placeholder. */
export type SystemPrompt = { tokens: number; cache: CacheMode; ttl: CacheTtl };

export type RequestInput = {
  api: Api;
  family: BodyFamily;
  region: string;
  invokedId: string;
  prompt: string;
  /** null = unset: the body carries no max tokens. */
  maxTokens: number | null;
  temperature: number;
  guardrails: boolean;
  endpoint?: EndpointKind;
  auth?: Auth;
  /** `stream: true` for the OpenAI and Anthropic APIs. */
  stream?: boolean;
  tier?: Tier;
  system?: SystemPrompt | null;
};

/** The placeholder text that stands for a system prompt of this many tokens. */
export function systemPlaceholder(tokens: number): string {
  return `‹system prompt: ${tokens.toLocaleString('en-US')} tokens›`;
}

/** `service_tier` as the APIs spell it; Standard is the default (field absent). */
export function tierValue(tier: Tier | undefined): string | null {
  return !tier || tier === 'standard' ? null : tier;
}

export type StopReason = 'end_turn' | 'max_tokens' | 'guardrail_intervened';

export type ResponseInput = {
  api: Api;
  family: BodyFamily;
  invokedId: string;
  text: string;
  /** Prompt tokens neither read from nor written to the cache. */
  inputTokens: number;
  outputTokens: number;
  stopReason: StopReason;
  latencyMs: number;
  firstByteMs: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  /** The tier that served the request, echoed in the response (absent = standard). */
  tier?: string | null;
};

export type StreamEvent = {
  /** When it reaches the client, ms after the request was sent. */
  atMs: number;
  /** Event-stream `:event-type` (chunk) or the ConverseStream member name. */
  name: string;
  /** What the SDK hands to your code. */
  data: unknown;
  /** For `chunk` events: the model-native JSON inside the base64 `bytes`. */
  decoded?: unknown;
  /** Index of the output token this event carries, if any. */
  tokenIndex?: number;
};

export type StreamInput = ResponseInput & { tokens: string[]; tokenTimesMs: number[]; endMs: number };
