/**
 * The two inference endpoints and how each API is reached on them: host, path, the base URL an SDK
 * is pointed at and its environment variables, the IAM action, with sources. Copied from the
 * project's facts (bedrock-2026-facts.md §3, bedrock-api-facts.md §5) and the AWS pages named in
 * ENDPOINT_SOURCES; the app never reads those notes at run time.
 */
import { apiPath, isNative, type Api, type Auth, type EndpointKind } from './scenario.ts';

export const ENDPOINT_SOURCES = {
  runtime: 'botocore endpoints.json: https://bedrock-runtime.{region}.amazonaws.com; SigV4 signing name “bedrock”',
  mantle: 'AWS docs quotas-mantle / bedrock-mantle.md: bedrock-mantle.{region}.api.aws serves the OpenAI Responses, OpenAI Chat Completions and Anthropic Messages APIs, with its own quotas',
  openaiBase:
    'AWS docs bedrock-mantle.md (“Responses API on the bedrock-mantle endpoint”): OPENAI_BASE_URL="https://bedrock-mantle.<your-region>.api.aws/v1" (or https://bedrock-runtime.<your-region>.amazonaws.com/openai/v1), OPENAI_API_KEY="<your Bedrock API key>"',
  mantlePrefix:
    'AWS docs inference-responses-api: on bedrock-mantle the path prefix varies by model; most are under /v1, some under /openai/v1 (a wrong prefix is rejected with “model … isn’t supported on this route”)',
  messages:
    'AWS docs inference-messages-api: https://bedrock-mantle.{region}.api.aws/anthropic/v1/messages with header anthropic-version: 2023-06-01; on bedrock-runtime "anthropic_version": "bedrock-2023-05-31" in the body',
  iam: 'AWS docs inference.html: bedrock-runtime needs bedrock:InvokeModel / bedrock:InvokeModelWithResponseStream (Converse, Invoke, Chat Completions, Responses); bedrock-mantle needs bedrock-mantle:CreateInference (managed policy AmazonBedrockMantleInferenceAccess)',
  bearer:
    'AWS managed policy AmazonBedrockMantleInferenceAccess (bedrock-mantle:CallWithBearerToken); aws-samples service-control-policy-examples Deny-Bedrock-api-keys.json (bedrock:CallWithBearerToken, bedrock-mantle:CallWithBearerToken)',
  mantleIds: 'Mantle model IDs have no global./us. prefix and no version suffix (bedrock-2026-facts.md §3, via AWS docs “Endpoints supported by Amazon Bedrock”)',
} as const;

export function runtimeHost(region: string): string {
  return `bedrock-runtime.${region}.amazonaws.com`;
}

export function mantleHost(region: string): string {
  return `bedrock-mantle.${region}.api.aws`;
}

export function hostOf(endpoint: EndpointKind, region: string): string {
  return endpoint === 'runtime' ? runtimeHost(region) : mantleHost(region);
}

/** The HTTP path of one call. Native model IDs contain ":" (and ARNs "/"), so they are URL-encoded [BOTO]. */
export function pathOf(endpoint: EndpointKind, api: Api, invokedId: string): string {
  if (isNative(api)) return `/model/${encodeURIComponent(invokedId)}/${apiPath(api)}`;
  if (endpoint === 'runtime') return api === 'Responses' ? '/openai/v1/responses' : '/openai/v1/chat/completions';
  if (api === 'Messages') return '/anthropic/v1/messages';
  return api === 'Responses' ? '/v1/responses' : '/v1/chat/completions';
}

/** The base URL an OpenAI or Anthropic SDK is pointed at (the SDK appends the rest of the path). */
export function sdkBaseUrl(endpoint: EndpointKind, api: Api, region: string): string {
  if (endpoint === 'runtime') return `https://${runtimeHost(region)}/openai/v1`;
  if (api === 'Messages') return `https://${mantleHost(region)}/anthropic`;
  return `https://${mantleHost(region)}/v1`;
}

/** The environment variables the SDK of this API reads (documented for OpenAI; the Anthropic SDK's own names). */
export function sdkEnvironment(endpoint: EndpointKind, api: Api, region: string): { name: string; value: string }[] {
  if (isNative(api)) return [{ name: 'AWS_BEARER_TOKEN_BEDROCK', value: '<your Bedrock API key>' }];
  if (api === 'Messages') {
    return [
      { name: 'ANTHROPIC_BASE_URL', value: sdkBaseUrl(endpoint, api, region) },
      { name: 'ANTHROPIC_API_KEY', value: '<your Bedrock API key>' },
    ];
  }
  return [
    { name: 'OPENAI_BASE_URL', value: sdkBaseUrl(endpoint, api, region) },
    { name: 'OPENAI_API_KEY', value: '<your Bedrock API key>' },
  ];
}

/** The actions IAM evaluates for this call: the inference action, plus the bearer-token action for an API key. */
export function iamActions(endpoint: EndpointKind, inferenceAction: string, auth: Auth): string[] {
  if (auth === 'sigv4') return [inferenceAction];
  return [inferenceAction, endpoint === 'runtime' ? 'bedrock:CallWithBearerToken' : 'bedrock-mantle:CallWithBearerToken'];
}

/** The Mantle form of a Bedrock model ID: no profile prefix, no version suffix (derived when the catalog has none). */
export function mantleIdFrom(modelId: string): string {
  return modelId.replace(/^(us|eu|apac|jp|au|ca|global)\./, '').replace(/-\d{8}-v\d+:\d+$/, '').replace(/-v\d+(:\d+)?$/, '').replace(/-\d+:\d+$/, '');
}
