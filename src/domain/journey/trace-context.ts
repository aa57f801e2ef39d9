/**
 * What every stage builder needs, computed once per trace: the scenario, the model, the route,
 * tokens, the latency model, the request on the wire and the injected error (if any).
 */
import type { ModelArchitecture } from '../gpu/model-architectures.ts';
import { errorFor } from './failures.ts';
import { latencyModel, type Latency } from './latency-model.ts';
import { architectureFor, bodyFamily, DEMO_ACCOUNT, hash32, resolveRouting, type BodyFamily, type Routing } from './model-profile.ts';
import { buildRequest, type HttpRequest, type StopReason } from './payloads.ts';
import { distanceKm } from './regions.ts';
import { isStreaming, type JourneyModel, type Scenario } from './scenario.ts';
import { ILLUSTRATIVE_ANSWER, tokenize, type EncodeFn, type Token, type Tokenization } from './tokens.ts';
import type { ErrorInfo, Transport } from './trace-types.ts';

export type TraceContext = {
  s: Scenario;
  model: JourneyModel;
  family: BodyFamily;
  architecture: ModelArchitecture;
  routing: Routing;
  streaming: boolean;
  crossRegion: boolean;
  input: Tokenization;
  answer: Tokenization;
  outputTokens: Token[];
  outputText: string;
  stopReason: StopReason;
  latency: Latency;
  request: HttpRequest;
  /** The ARN IAM evaluates. */
  arn: string;
  /** The injected error, or null on the happy path. */
  error: ErrorInfo | null;
  /** Seed for the SDK's jitter: the same scenario replays the same waits. */
  seed: number;
  /** One-way client ↔ Region time. */
  netMs: number;
  transportOut: Transport;
  deploymentLabel: string;
  customerLabel: string;
  notices: string[];
};

/** The ARN IAM evaluates: the foundation model, the inference profile or the provisioned model. */
export function resourceArn(routing: Routing, region: string, modelId: string): string {
  if (routing.kind === 'provisioned') return routing.invokedId;
  if (routing.kind === 'in-region') return `arn:aws:bedrock:${region}::foundation-model/${modelId}`;
  return `arn:aws:bedrock:${region}:${DEMO_ACCOUNT}:inference-profile/${routing.invokedId}`;
}

export function prepareContext(s: Scenario, model: JourneyModel, encode: EncodeFn | null): TraceContext {
  const family = bodyFamily(model.modelId);
  const architecture = architectureFor(model.modelId);
  const routing = resolveRouting(model, s.region, s.mode, s.profile, `${s.prompt}|${s.modelId}|${s.region}|${s.profile}`);
  const input = tokenize(s.prompt, model.tokenizer, encode);
  const answer = tokenize(ILLUSTRATIVE_ANSWER, model.tokenizer, encode);
  const outputTokens = answer.tokens.slice(0, Math.max(1, s.maxTokens));
  const latency = latencyModel({
    network: s.network,
    clientKm: s.clientKm,
    crossRegionKm: distanceKm(s.region, routing.destination),
    inputTokens: input.tokens.length,
    outputTokens: outputTokens.length,
    architecture,
    load: s.load,
    guardrails: s.guardrails,
  });
  const request = buildRequest({
    api: s.api,
    family,
    region: s.region,
    invokedId: routing.invokedId,
    prompt: s.prompt,
    maxTokens: s.failure === 'invalid-body' ? 0 : s.maxTokens,
    temperature: s.temperature,
    guardrails: s.guardrails,
  });
  const arn = resourceArn(routing, s.region, model.modelId);
  return {
    s,
    model,
    family,
    architecture,
    routing,
    streaming: isStreaming(s.api),
    crossRegion: routing.destination !== s.region,
    input,
    answer,
    outputTokens,
    outputText: outputTokens.map((t) => t.text).join(''),
    stopReason: answer.tokens.length > s.maxTokens ? 'max_tokens' : 'end_turn',
    latency,
    request,
    arn,
    error: errorFor(s, arn),
    seed: hash32(`${s.prompt}|${s.modelId}|${s.failure}`),
    netMs: latency.networkOneWayMs,
    transportOut: s.network === 'vpc-endpoint' ? 'privatelink' : 'public-internet',
    deploymentLabel: `${model.provider} model deployment account (run by Bedrock)`,
    customerLabel: `Your AWS account ${DEMO_ACCOUNT}`,
    notices: routing.notice ? [routing.notice] : [],
  };
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
