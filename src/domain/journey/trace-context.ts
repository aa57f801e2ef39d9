/**
 * What every stage builder needs, computed once per trace: the scenario as it can run, the model,
 * the route, tokens, cache, quota reservation, latency, the request on the wire and the injected
 * error (if any). Notices say what was adjusted and why.
 */
import { servingProfileFor } from '../gpu/serving-profile.ts';
import type { ModelArchitecture } from '../gpu/model-architectures.ts';
import { outputBurndown } from '../quota/burndown.ts';
import { BURNDOWN_ON_RESERVATION_DEFAULT, quotaBreakdown, type QuotaModel } from '../quota/reservation.ts';
import { credentialFor, type Credential } from './auth.ts';
import { iamActions, mantleIdFrom } from './endpoints.ts';
import { errorFor, failureNotApplicable } from './failures.ts';
import { latencyModel, type Latency } from './latency-model.ts';
import { architectureFor, bodyFamily, DEMO_ACCOUNT, hash32, resolveRouting, type BodyFamily, type Routing } from './model-profile.ts';
import { buildRequest } from './payloads.ts';
import { type HttpRequest, type StopReason } from './payload-types.ts';
import { cachePlan, type CachePlan } from './prompt-cache.ts';
import { routeWithRouter, type RouterChoice } from './prompt-router.ts';
import { privacyFacts, type PrivacyFact } from './privacy.ts';
import { distanceKm } from './regions.ts';
import { requestCost, type JourneyPrices, type RequestCost } from './request-cost.ts';
import { apisOf, iamAction, isNative, streams, type JourneyModel, type Scenario } from './scenario.ts';
import { ILLUSTRATIVE_ANSWER, tokenize, type EncodeFn, type Token, type Tokenization } from './tokens.ts';
import type { ErrorInfo, QuotaView, Transport } from './trace-types.ts';

/** The quota this call reserves at admission and settles at the end. */

/** AWS's worked example quota (Claude Sonnet, 2,000,000 TPM), used to show what a reservation admits. */
export const EXAMPLE_QUOTA_TPM = 2_000_000;

export type TraceContext = {
  /** The scenario as it runs (adjusted where the chosen combination cannot happen; see notices). */
  s: Scenario;
  model: JourneyModel;
  family: BodyFamily;
  architecture: ModelArchitecture;
  /** Where the speed comes from, as the screen labels it. */
  speedLabel: string;
  /** A time to first token observed for this model (client side, network and service work included). */
  observedTtft: { seconds: number; where: string } | null;
  routing: Routing;
  streaming: boolean;
  crossRegion: boolean;
  input: Tokenization;
  /** Prompt tokens the model sees: system prompt + the user's text. */
  promptTokens: number;
  answer: Tokenization;
  outputTokens: Token[];
  outputText: string;
  stopReason: StopReason;
  cache: CachePlan;
  quota: QuotaView;
  cost: RequestCost | null;
  prices: JourneyPrices | null;
  router: RouterChoice | null;
  latency: Latency;
  request: HttpRequest;
  credential: Credential;
  /** The inference action and, for an API key, the bearer-token action. */
  actions: string[];
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
  privacy: PrivacyFact[];
  notices: string[];
};

/** The ARN IAM evaluates: the foundation model, the inference profile, the provisioned model or the router. */
export function resourceArn(routing: Routing, region: string, modelId: string): string {
  if (routing.kind === 'provisioned') return routing.invokedId;
  if (routing.kind === 'in-region') return `arn:aws:bedrock:${region}::foundation-model/${modelId}`;
  return `arn:aws:bedrock:${region}:${DEMO_ACCOUNT}:inference-profile/${routing.invokedId}`;
}

/** Adjusts combinations that cannot happen, saying why. */
function runnable(raw: Scenario, model: JourneyModel, notices: string[]): Scenario {
  const s = { ...raw };
  if (!apisOf(s.endpoint).includes(s.api)) {
    const api = s.endpoint === 'mantle' ? (model.provider === 'Anthropic' ? 'Messages' : 'ChatCompletions') : 'ConverseStream';
    notices.push(`${s.endpoint === 'mantle' ? 'bedrock-mantle' : 'bedrock-runtime'} does not serve ${s.api}; ${api} is shown.`);
    s.api = api;
  }
  if (s.api === 'Messages' && model.provider !== 'Anthropic') {
    notices.push('The Anthropic Messages API serves Claude models; for this model Mantle’s Chat Completions is shown.');
    s.api = 'ChatCompletions';
  }
  if (s.endpoint === 'mantle' && s.mode !== 'on-demand') {
    notices.push('bedrock-mantle has no provisioned throughput in the reference; the on-demand call is shown.');
    s.mode = 'on-demand';
  }
  if (s.endpoint === 'mantle' && s.profile !== 'none') {
    notices.push('Mantle model IDs carry no geo. or global. prefix: cross-Region profiles apply on bedrock-runtime only.');
    s.profile = 'none';
  }
  if (s.endpoint === 'mantle' && s.guardrails) {
    notices.push('Guardrails on bedrock-mantle are not in the reference; they are shown on bedrock-runtime only.');
    s.guardrails = false;
  }
  if (s.endpoint === 'mantle' && s.router) {
    notices.push('Prompt routers are invoked on bedrock-runtime; the router is not used on bedrock-mantle.');
    s.router = false;
  }
  if (s.failure.startsWith('guardrail') && s.endpoint === 'runtime') s.guardrails = true;
  if (s.failure.startsWith('guardrail') && s.endpoint === 'mantle') s.failure = 'none';
  if (s.maxUnset && (s.api === 'InvokeModel' || s.api === 'InvokeModelWithResponseStream' || s.api === 'Messages') && bodyFamily(model.modelId) !== 'other') {
    notices.push(`${s.api === 'Messages' ? 'The Messages API' : 'The native InvokeModel body'} requires max tokens, so it cannot be left unset here; Converse and the OpenAI APIs allow it.`);
    s.maxUnset = false;
  }
  if (s.mode === 'provisioned' && s.tier !== 'standard') {
    notices.push('Service tiers apply to on-demand calls; provisioned throughput has its own model units.');
    s.tier = 'standard';
  }
  if (s.tier === 'flex' && model.provider === 'Anthropic') notices.push('For Anthropic models, whether Flex is offered “varies by provider” (re:Post); the reference has no complete support table.');
  if (s.tier === 'priority' || s.tier === 'flex') notices.push('Which models support Priority and Flex is not listed completely in the reference (gpt-oss models are known to).');
  const na = failureNotApplicable(s);
  if (na) {
    notices.push(na);
    s.failure = 'none';
  }
  return s;
}

export function prepareContext(raw: Scenario, model: JourneyModel, encode: EncodeFn | null, prices: JourneyPrices | null = null): TraceContext {
  const notices: string[] = [];
  const s = runnable(raw, model, notices);
  const family = bodyFamily(model.modelId);
  const profile = model.catalogId ? servingProfileFor(model.catalogId) : null;
  const architecture = profile?.architecture ?? architectureFor(model.modelId);
  const input = tokenize(s.prompt, model.tokenizer, encode);
  const promptTokens = input.tokens.length + s.systemTokens;
  const router = s.router ? routeWithRouter(model.modelId, s.region, promptTokens) : null;
  if (router && 'unavailable' in router) notices.push(router.unavailable);
  const useRouter = router !== null && !('unavailable' in router);

  let routing = resolveRouting(model, s.region, s.mode, s.profile, `${s.prompt}|${s.modelId}|${s.region}|${s.profile}`);
  if (s.endpoint === 'mantle') {
    const mantleId = model.mantleId ?? mantleIdFrom(model.modelId);
    if (!model.mantleId) notices.push(`The catalog lists no Mantle ID for ${model.name}; “${mantleId}” follows Mantle’s ID form (no prefix, no version suffix) — check that Mantle serves this model.`);
    routing = { ...routing, invokedId: mantleId, kind: 'in-region', destinations: [s.region], destination: s.region, notice: undefined };
  } else if (useRouter) {
    routing = { ...routing, invokedId: router.arn, kind: 'in-region', destinations: [s.region], destination: s.region, notice: undefined };
  }
  if (routing.notice) notices.push(routing.notice);

  const answer = tokenize(ILLUSTRATIVE_ANSWER, model.tokenizer, encode);
  const maxTokens = s.maxUnset ? (model.maxOutputTokens ?? 4096) : s.maxTokens;
  const outputTokens = answer.tokens.slice(0, Math.max(1, maxTokens));
  const cache = cachePlan(s.cache, s.cacheTtl, s.systemTokens, input.tokens.length, model);
  notices.push(...cache.notes);

  const burndown = outputBurndown(model.modelId);
  const quotaModel: QuotaModel = { maxOutputTokens: model.maxOutputTokens ?? 4096, outputBurndown: burndown.multiplier, burndownOnReservation: BURNDOWN_ON_RESERVATION_DEFAULT };
  if (s.maxUnset && !model.maxOutputTokens) notices.push('The catalog gives no maximum output for this model; 4,096 tokens stand in for what an unset max tokens reserves.');
  const quota: QuotaView = {
    breakdown: quotaBreakdown({ inputTokens: cache.fresh, cacheReadTokens: cache.read, cacheWriteTokens: cache.write, maxTokens: s.maxUnset ? null : s.maxTokens }, outputTokens.length, quotaModel),
    model: quotaModel,
    burndownDocumented: burndown.documented,
    burndownNote: burndown.note,
    endpointNote:
      s.endpoint === 'mantle'
        ? 'bedrock-mantle has its own quotas: input tokens per minute and output tokens per minute, shared by its APIs; cached reads do not count toward input TPM. Whether Mantle reserves max tokens at admission is not in the reference — the runtime rule is shown for comparison.'
        : null,
  };

  const latency = latencyModel({
    network: s.network,
    clientKm: s.clientKm,
    crossRegionKm: distanceKm(s.region, routing.destination),
    inputTokens: promptTokens,
    outputTokens: outputTokens.length,
    architecture,
    load: s.load,
    guardrails: s.guardrails,
    deployment: profile && profile.fit.fits ? profile.deployment : undefined,
    cachedTokens: cache.read,
    tier: s.mode === 'on-demand' ? s.tier : undefined,
  });
  const request = buildRequest({
    api: s.api,
    family,
    region: s.region,
    invokedId: routing.invokedId,
    prompt: s.prompt,
    maxTokens: s.failure === 'invalid-body' ? 0 : s.maxUnset ? null : s.maxTokens,
    temperature: s.temperature,
    guardrails: s.guardrails,
    endpoint: s.endpoint,
    auth: s.auth,
    stream: streams(s),
    tier: s.tier,
    system: s.systemTokens > 0 ? { tokens: s.systemTokens, cache: cache.effective ? s.cache : 'off', ttl: s.cacheTtl } : null,
  });
  const arn = s.endpoint === 'mantle' ? `arn:aws:bedrock-mantle:${s.region}:${DEMO_ACCOUNT}:project/default` : useRouter ? routing.invokedId : resourceArn(routing, s.region, model.modelId);
  const action = iamAction(s.api, s.endpoint, streams(s));
  const stopReason: StopReason = s.failure === 'guardrail-input' || s.failure === 'guardrail-output' ? 'guardrail_intervened' : answer.tokens.length > maxTokens ? 'max_tokens' : 'end_turn';
  return {
    s,
    model,
    family,
    architecture,
    speedLabel: profile ? profile.label : architecture.assumption ? 'stand-in shape (assumption)' : 'published architecture',
    observedTtft: profile?.observedTtft
      ? { seconds: profile.observedTtft.seconds, where: `${profile.observedTtft.observation.model}, ${profile.observedTtft.observation.route}; ${profile.observedTtft.observation.source}, ${profile.observedTtft.observation.date}` }
      : null,
    routing,
    streaming: streams(s),
    crossRegion: routing.destination !== s.region,
    input,
    promptTokens,
    answer,
    outputTokens,
    outputText: outputTokens.map((t) => t.text).join(''),
    stopReason,
    cache,
    quota,
    prices,
    cost: prices ? requestCost(prices, cache, outputTokens.length) : null,
    router,
    latency,
    request,
    credential: credentialFor(s.auth, s.endpoint, s.api, s.region),
    actions: iamActions(s.endpoint, action, s.auth),
    arn,
    error: errorFor(s, arn, action),
    seed: hash32(`${s.prompt}|${s.modelId}|${s.failure}`),
    netMs: latency.networkOneWayMs,
    transportOut: s.network === 'vpc-endpoint' ? 'privatelink' : 'public-internet',
    deploymentLabel: `${model.provider} model deployment account (run by Bedrock)`,
    customerLabel: `Your AWS account ${DEMO_ACCOUNT}`,
    privacy: privacyFacts(s, model.modelId, model.provider),
    notices,
  };
}

export function isNativeCall(ctx: TraceContext): boolean {
  return isNative(ctx.s.api);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
