/**
 * The journey as data: a pure function from a scenario to an ordered trace of stages. Everything
 * the /journey view draws (diagram, narration, waterfall, payloads, client panel) comes from here.
 */
import type { ModelArchitecture } from '../gpu/model-architectures.ts';
import { latencyModel, type Latency } from './latency-model.ts';
import { architectureFor, bodyFamily, DEMO_ACCOUNT, hash32, resolveRouting, type BodyFamily, type Routing } from './model-profile.ts';
import {
  buildRequest,
  invokeResponseHeaders,
  responseBody,
  streamEvents,
  type Header,
  type HttpRequest,
  type StopReason,
  type StreamEvent,
} from './payloads.ts';
import { distanceKm, GEO_LABEL } from './regions.ts';
import { backoffSchedule, RETRY_SOURCE, SDK_MAX_ATTEMPTS, THROTTLING_BASE_MS, TRANSIENT_BASE_MS } from './retry.ts';
import { iamAction, isStreaming, type JourneyModel, type Scenario } from './scenario.ts';
import { ILLUSTRATIVE_ANSWER, tokenize, type EncodeFn, type Token, type Tokenization } from './tokens.ts';

export type StageId =
  | 'client'
  | 'network'
  | 'endpoint'
  | 'iam'
  | 'quota'
  | 'guardrail-input'
  | 'records'
  | 'routing'
  | 'deployment'
  | 'inference'
  | 'guardrail-output'
  | 'response'
  | 'logging';

export type AccountKind = 'customer' | 'service' | 'deployment' | 'internet';
export type Transport = 'in-process' | 'public-internet' | 'privatelink' | 'aws-network';

export type Visibility = {
  /** What the prompt looks like at this point. */
  level: 'plaintext' | 'encrypted' | 'in-memory' | 'not-read' | 'stored';
  /** Short badge text: who can read the prompt here. */
  badge: string;
};

export type Stored = { where: string; what: string; owner: 'customer' | 'service'; containsPromptText: boolean };

export type Narration = {
  /** What happens and why; documented behaviour. */
  text: string;
  /** The teaching simplification in this step, said as such (absent if none). */
  simplification?: string;
  sources: string[];
};

export type ErrorInfo = { exception: string; httpStatus: number; message: string };

export type Attempt = { attempt: number; atMs: number; outcome: 'rejected' | 'accepted'; waitAfterMs?: number; capMs?: number };

export type Stage = {
  id: StageId;
  /** 1-based position in this trace (keys 1–9 jump to it). */
  number: number;
  title: string;
  actor: string;
  account: AccountKind;
  accountLabel: string;
  region: string;
  transport: Transport;
  checks: string;
  visibility: Visibility;
  stores: Stored[];
  startMs: number;
  endMs: number;
  payloadTitle: string;
  payload: string;
  narration: Narration;
  status: 'ok' | 'retried' | 'failed';
  error?: ErrorInfo;
  attempts?: Attempt[];
};

export type Outcome = { ok: true } | ({ ok: false; stageId: StageId; attempts: number } & ErrorInfo);

export type Trace = {
  scenario: Scenario;
  model: JourneyModel;
  family: BodyFamily;
  architecture: ModelArchitecture;
  routing: Routing;
  stages: Stage[];
  outcome: Outcome;
  latency: Latency;
  /** Extra time spent on rejected attempts and backoff before the successful one. */
  retryMs: number;
  totalMs: number;
  /** When the first output token reaches the client (null if none does). */
  clientFirstTokenMs: number | null;
  input: Tokenization;
  output: { tokens: Token[]; text: string; exact: boolean; stopReason: StopReason; tokenTimesMs: number[] };
  request: HttpRequest;
  responseHeaders: Header[];
  response: { body: unknown; notes: string[] } | null;
  events: StreamEvent[];
  eventNotes: string[];
  usage: { inputTokens: number; outputTokens: number } | null;
  notices: string[];
};

const SRC = {
  boto: 'botocore bedrock-runtime service-2.json (AWS API model)',
  endpoints: 'botocore endpoints.json and endpoint-rule-set-1.json',
  dataProtection: 'AWS docs: Bedrock data protection (model deployment accounts; TLS 1.2 required, 1.3 recommended)',
  privatelink: 'AWS docs: vpc-interface-endpoints.html (com.amazonaws.{region}.bedrock-runtime)',
  quotas: 'AWS docs: quotas-runtime.html (tokens per minute per model and Region)',
  logging: 'AWS docs: model-invocation-logging.html (off by default; your S3 / CloudWatch, same account and Region)',
  cris: 'AWS docs: inference-profiles-support.html and geographic-cross-region-inference.html',
  converse: 'botocore Converse docs: “Amazon Bedrock doesn’t store any text, images, or documents that you provide as content”',
  guardrails: 'botocore: X-Amzn-Bedrock-GuardrailIdentifier / guardrailConfig; stopReason guardrail_intervened',
  roofline: 'Shared GPU roofline model (src/domain/gpu), docs/gpu-roofline.md',
  retry: RETRY_SOURCE,
} as const;

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function errorFor(s: Scenario, invokedResourceArn: string): ErrorInfo | null {
  switch (s.failure) {
    case 'access-denied':
      return {
        exception: 'AccessDeniedException',
        httpStatus: 403,
        message: `User: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session is not authorized to perform: ${iamAction(s.api)} on resource: ${invokedResourceArn} because no identity-based policy allows the ${iamAction(s.api)} action`,
      };
    case 'invalid-body':
      return { exception: 'ValidationException', httpStatus: 400, message: 'The maximum number of tokens must be at least 1 (it was 0).' };
    case 'throttled-recovers':
    case 'throttled-gives-up':
      return { exception: 'ThrottlingException', httpStatus: 429, message: 'Too many tokens, please wait before trying again.' };
    case 'model-timeout':
      return { exception: 'ModelTimeoutException', httpStatus: 408, message: 'Processing time exceeded the model timeout length.' };
    case 'service-unavailable':
      return { exception: 'ServiceUnavailableException', httpStatus: 503, message: 'The service is temporarily unable to handle the request.' };
    case 'none':
      return null;
  }
}

/** The ARN IAM evaluates: the foundation model, the inference profile or the provisioned model. */
export function resourceArn(routing: Routing, region: string, modelId: string): string {
  if (routing.kind === 'provisioned') return routing.invokedId;
  if (routing.kind === 'in-region') return `arn:aws:bedrock:${region}::foundation-model/${modelId}`;
  return `arn:aws:bedrock:${region}:${DEMO_ACCOUNT}:inference-profile/${routing.invokedId}`;
}

export function buildTrace(scenario: Scenario, model: JourneyModel, encode: EncodeFn | null = null): Trace {
  const s = scenario;
  const family = bodyFamily(model.modelId);
  const architecture = architectureFor(model.modelId);
  const routing = resolveRouting(model, s.region, s.mode, s.profile, `${s.prompt}|${s.modelId}|${s.region}|${s.profile}`);
  const notices: string[] = routing.notice ? [routing.notice] : [];
  const streaming = isStreaming(s.api);
  const crossRegion = routing.destination !== s.region;
  const sameGeoLabel = routing.geo ? GEO_LABEL[routing.geo] : routing.kind === 'global' ? 'any commercial Region' : s.region;

  const input = tokenize(s.prompt, model.tokenizer, encode);
  const answer = tokenize(ILLUSTRATIVE_ANSWER, model.tokenizer, encode);
  const outputTokens = answer.tokens.slice(0, Math.max(1, s.maxTokens));
  const stopReason: StopReason = answer.tokens.length > s.maxTokens ? 'max_tokens' : 'end_turn';
  const outputText = outputTokens.map((t) => t.text).join('');

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

  const invalid = s.failure === 'invalid-body';
  const request = buildRequest({
    api: s.api,
    family,
    region: s.region,
    invokedId: routing.invokedId,
    prompt: s.prompt,
    maxTokens: invalid ? 0 : s.maxTokens,
    temperature: s.temperature,
    guardrails: s.guardrails,
  });

  const arn = resourceArn(routing, s.region, model.modelId);
  const error = errorFor(s, arn);
  const seed = hash32(`${s.prompt}|${s.modelId}|${s.failure}`);
  const net = latency.networkOneWayMs;
  const transportOut: Transport = s.network === 'vpc-endpoint' ? 'privatelink' : 'public-internet';
  const deploymentLabel = `${model.provider} model deployment account (run by Bedrock)`;
  const stages: Stage[] = [];
  let t = 0;
  const add = (stage: Omit<Stage, 'number' | 'status'> & { status?: Stage['status'] }) => {
    stages.push({ status: 'ok', ...stage, number: stages.length + 1 });
    t = stage.endMs;
  };

  // 1. Client
  add({
    id: 'client',
    title: 'Your application builds and signs the request',
    actor: 'Your code + AWS SDK',
    account: 'customer',
    accountLabel: `Your AWS account ${DEMO_ACCOUNT}`,
    region: s.region,
    transport: 'in-process',
    checks: `Builds a ${s.api} request and signs it with SigV4 (service name “bedrock”).`,
    visibility: { level: 'plaintext', badge: 'Readable by: your application' },
    stores: [],
    startMs: 0,
    endMs: 0,
    payloadTitle: `${request.method} ${request.path}`,
    payload: request.body === null ? '(no native body documented — see the notes)' : json(request.body),
    narration: {
      text: `Your code calls ${s.api} through the AWS SDK. The SDK serialises the body, then signs the request with Signature Version 4 using your credentials and the signing name “bedrock” — not “bedrock-runtime” — so the service can prove who sent it and that nothing changed on the way.`,
      sources: [SRC.boto],
    },
  });

  // 2. Network
  add({
    id: 'network',
    title: s.network === 'vpc-endpoint' ? 'Through a VPC interface endpoint' : 'Across the public internet',
    actor: s.network === 'vpc-endpoint' ? 'AWS PrivateLink' : 'Internet',
    account: s.network === 'vpc-endpoint' ? 'customer' : 'internet',
    accountLabel: s.network === 'vpc-endpoint' ? `Your VPC in ${s.region}` : 'Public internet',
    region: s.region,
    transport: transportOut,
    checks: 'Carries the TLS-encrypted request; TLS 1.2 or later is required either way.',
    visibility: { level: 'encrypted', badge: 'Readable by: no one on the path (TLS)' },
    stores: [],
    startMs: t,
    endMs: t + net,
    payloadTitle: 'On the wire',
    payload: `TLS 1.2+ record → ${request.host}:443\n(${s.network === 'vpc-endpoint' ? `private IP of the endpoint ENI, service com.amazonaws.${s.region}.bedrock-runtime` : 'public IP of the regional endpoint'})`,
    narration: {
      text:
        s.network === 'vpc-endpoint'
          ? `The request leaves your VPC through an interface endpoint (PrivateLink) for com.amazonaws.${s.region}.bedrock-runtime, so it never touches the public internet. It is still encrypted with TLS 1.2 or later; AWS recommends TLS 1.3.`
          : `The request crosses the public internet to the Region, encrypted with TLS 1.2 or later (AWS recommends 1.3). Routers on the way see addresses and sizes, never the prompt. A VPC interface endpoint would keep this hop off the internet.`,
      simplification: `Transit time is a propagation estimate: ${s.network === 'vpc-endpoint' ? 'an in-Region hop' : `${s.clientKm.toLocaleString('en-US')} km at fibre speed plus access time`}, with an already-open connection.`,
      sources: [SRC.dataProtection, ...(s.network === 'vpc-endpoint' ? [SRC.privatelink] : [])],
    },
  });

  const fail = (stageIndexId: StageId) => error !== null && failureStage(s.failure) === stageIndexId;

  const errorReturn = (err: ErrorInfo, attempts: number) => {
    add({
      id: 'response',
      title: `Error returned: ${err.httpStatus} ${err.exception}`,
      actor: 'Regional endpoint → your SDK',
      account: 'customer',
      accountLabel: `Your AWS account ${DEMO_ACCOUNT}`,
      region: s.region,
      transport: transportOut,
      checks: attempts > 1 ? `The SDK gave up after ${attempts} attempts and raised the exception to your code.` : 'The SDK raises the exception to your code.',
      visibility: { level: 'not-read', badge: 'No answer: nothing from the model comes back' },
      stores: [{ where: 'CloudTrail / service metrics', what: 'The failed call’s metadata and error code', owner: 'service', containsPromptText: false }],
      startMs: t,
      endMs: t + net,
      status: 'failed',
      error: err,
      payloadTitle: `HTTP/1.1 ${err.httpStatus}`,
      payload: `HTTP/1.1 ${err.httpStatus}\nx-amzn-ErrorType: ${err.exception}\n\n${json({ message: err.message })}`,
      narration: {
        text: `The call ends with ${err.exception} and HTTP ${err.httpStatus}. ${errorAdvice(err.exception)}`,
        sources: [SRC.boto, ...(attempts > 1 ? [SRC.retry] : [])],
      },
    });
  };

  const finish = (stageId: StageId, err: ErrorInfo, attempts: number): Trace => {
    errorReturn(err, attempts);
    return {
      scenario: s,
      model,
      family,
      architecture,
      routing,
      stages,
      outcome: { ok: false, stageId, attempts, ...err },
      latency,
      retryMs: 0,
      totalMs: t,
      clientFirstTokenMs: null,
      input,
      output: { tokens: [], text: '', exact: answer.exact, stopReason, tokenTimesMs: [] },
      request,
      responseHeaders: [],
      response: null,
      events: [],
      eventNotes: [],
      usage: null,
      notices,
    };
  };

  // 3. Endpoint
  add({
    id: 'endpoint',
    title: `Regional endpoint ${request.host}`,
    actor: 'Bedrock runtime front end',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network',
    checks: 'Terminates TLS and validates the request: path, headers and body against the API’s constraints.',
    visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
    stores: [],
    startMs: t,
    endMs: t + latency.endpointMs,
    status: fail('endpoint') ? 'failed' : 'ok',
    error: fail('endpoint') ? error! : undefined,
    payloadTitle: 'Validated fields',
    payload: fail('endpoint')
      ? `✗ ${invalid ? 'max tokens = 0, but it must be ≥ 1' : ''}\n→ 400 ValidationException`
      : `✓ ${s.api}: ${request.method} ${request.path}\n✓ body ≤ 25,000,000 bytes\n✓ max tokens ${s.maxTokens} ≥ 1, temperature ${s.temperature} in 0–1`,
    narration: {
      text: fail('endpoint')
        ? 'The regional endpoint checks the body against the API’s constraints before anything else runs. A maximum of 0 tokens breaks the rule “maxTokens ≥ 1”, so the request is rejected here with ValidationException (HTTP 400) — no quota is used and no model runs.'
        : `TLS ends at ${request.host}, the one regional address in front of every model. The service checks the operation, path and body against the API model (a body of at most 25,000,000 bytes, maxTokens ≥ 1, temperature 0–1) and rejects a malformed request with ValidationException (400).`,
      simplification: 'Validation and authentication are drawn as separate boxes; inside the service they are parts of one front end.',
      sources: [SRC.endpoints, SRC.boto],
    },
  });
  if (fail('endpoint')) return finish('endpoint', error!, 1);

  // 4. IAM
  const action = iamAction(s.api);
  const crisArns =
    routing.kind === 'geo' || routing.kind === 'global'
      ? [arn, `arn:aws:bedrock:<each destination Region>::foundation-model/${model.modelId}`]
      : [arn];
  add({
    id: 'iam',
    title: 'IAM: authenticate, then authorise',
    actor: 'AWS IAM',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network',
    checks: `Verifies the SigV4 signature, then evaluates policies: may this principal call ${action} on ${arn}?`,
    visibility: { level: 'not-read', badge: 'Prompt not needed: IAM sees who, what action, which ARN' },
    stores: [],
    startMs: t,
    endMs: t + latency.iamMs,
    status: fail('iam') ? 'failed' : 'ok',
    error: fail('iam') ? error! : undefined,
    payloadTitle: 'Policy evaluation',
    payload: `Principal: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session\nAction:    ${action}\nResource:  ${crisArns.join('\n           ')}\nDecision:  ${fail('iam') ? 'implicit DENY (no policy allows it)' : 'ALLOW'}`,
    narration: {
      text: fail('iam')
        ? `The signature is valid, so IAM knows who is calling — but no policy allows ${action} on this resource. The request stops here with AccessDeniedException (HTTP 403). Converse and ConverseStream are authorised by the same two InvokeModel actions.`
        : `IAM first authenticates the signature, then evaluates your policies: this principal needs ${action} on ${routing.kind === 'in-region' ? 'the foundation-model ARN' : routing.kind === 'provisioned' ? 'the provisioned-model ARN' : 'the inference-profile ARN and on the foundation model in every destination Region'}. Converse is authorised by the same action as InvokeModel.`,
      sources: [SRC.boto, ...(routing.kind === 'geo' || routing.kind === 'global' ? [SRC.cris] : [])],
    },
  });
  if (fail('iam')) return finish('iam', error!, 1);

  // 5. Quota, with SDK retries for throttling
  const throttled = s.failure === 'throttled-recovers' || s.failure === 'throttled-gives-up';
  const quotaName =
    routing.kind === 'provisioned'
      ? 'your provisioned model units'
      : `${routing.kind === 'in-region' ? 'On-demand' : 'Cross-Region'} InvokeModel tokens per minute for ${model.name}`;
  let retryMs = 0;
  if (throttled) {
    const gaveUp = s.failure === 'throttled-gives-up';
    const backoff = backoffSchedule(THROTTLING_BASE_MS, seed);
    const attempts: Attempt[] = [];
    const roundTrip = net + latency.endpointMs + latency.iamMs + latency.quotaMs;
    let at = t + latency.quotaMs;
    for (let i = 1; i <= SDK_MAX_ATTEMPTS; i++) {
      const rejected = gaveUp || i < SDK_MAX_ATTEMPTS;
      const b = backoff[i - 1];
      attempts.push({ attempt: i, atMs: at, outcome: rejected ? 'rejected' : 'accepted', waitAfterMs: rejected && b ? b.delayMs : undefined, capMs: rejected && b ? b.capMs : undefined });
      if (rejected && b) at += net + b.delayMs + roundTrip;
    }
    const endMs = at;
    retryMs = endMs - (t + latency.quotaMs);
    add({
      id: 'quota',
      title: gaveUp ? 'Quota: throttled, retries exhausted' : 'Quota: throttled, then admitted',
      actor: 'Token quota',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: `Counts input + output tokens against “${quotaName}”.`,
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
      stores: [],
      startMs: t,
      endMs,
      status: gaveUp ? 'failed' : 'retried',
      error: gaveUp ? error! : undefined,
      attempts,
      payloadTitle: 'SDK attempts',
      payload: attempts
        .map((a) => `attempt ${a.attempt} at ${a.atMs.toFixed(0)} ms: ${a.outcome === 'rejected' ? '429 ThrottlingException' : 'admitted'}${a.waitAfterMs !== undefined ? ` → wait ${a.waitAfterMs} ms (random 0–${a.capMs} ms)` : ''}`)
        .join('\n'),
      narration: {
        text: `The account is over its tokens-per-minute quota, so Bedrock answers 429 ThrottlingException. The SDK retries with exponential backoff and full jitter — a random wait up to 500 ms × 2^retry — for ${SDK_MAX_ATTEMPTS} attempts in all. ${gaveUp ? 'Every attempt is throttled, so the SDK gives up and raises ThrottlingException.' : 'The third attempt finds room in the quota and goes on.'}`,
        simplification: 'Which attempt succeeds is chosen by the scenario; in reality it depends on the quota’s refill.',
        sources: [SRC.quotas, SRC.boto, SRC.retry],
      },
    });
    if (gaveUp) return finish('quota', error!, SDK_MAX_ATTEMPTS);
  } else {
    add({
      id: 'quota',
      title: 'Quota: tokens per minute',
      actor: 'Token quota',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: `Counts input + output tokens against “${quotaName}”.`,
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
      stores: [],
      startMs: t,
      endMs: t + latency.quotaMs,
      payloadTitle: 'Quota check',
      payload: `Quota: ${quotaName}\nThis request: ${input.tokens.length} input + up to ${s.maxTokens} output tokens\nResult: within quota ✓`,
      narration: {
        text:
          routing.kind === 'provisioned'
            ? 'With provisioned throughput the limit is the capacity of the model units you bought; beyond it requests are throttled too. There is no shared on-demand quota on this path.'
            : `On-demand use is limited per model and Region in tokens per minute, counting input and output together (requests-per-minute limits are no longer enforced). Over the quota the request fails with ThrottlingException (HTTP 429).`,
        simplification: 'The quota is drawn as one check; the service meters tokens as they are actually used.',
        sources: [SRC.quotas],
      },
    });
  }

  // Optional: guardrails on the input
  if (s.guardrails) {
    add({
      id: 'guardrail-input',
      title: 'Guardrail screens the prompt',
      actor: 'Amazon Bedrock Guardrails',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: `Applies guardrail ${'gr-example123'} v1 to the input; an intervention ends the call with stopReason guardrail_intervened.`,
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
      stores: [],
      startMs: t,
      endMs: t + latency.guardrailInputMs,
      payloadTitle: 'Guardrail',
      payload: s.api.startsWith('Converse')
        ? json({ guardrailConfig: { guardrailIdentifier: 'gr-example123', guardrailVersion: '1' } })
        : 'X-Amzn-Bedrock-GuardrailIdentifier: gr-example123\nX-Amzn-Bedrock-GuardrailVersion: 1',
      narration: {
        text: 'The guardrail you attached screens the prompt before the model sees it. If a policy matches, Bedrock answers without running the model and the stop reason is guardrail_intervened.',
        simplification: 'Screening time is an assumption (no public figure); this prompt passes.',
        sources: [SRC.guardrails],
      },
    });
  }

  // 6. Records
  add({
    id: 'records',
    title: 'Records: metadata, never the prompt',
    actor: 'Billing, CloudTrail, invocation logging',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network',
    checks: s.logging
      ? 'Writes metadata for billing and CloudTrail; invocation logging is ON, so prompt and answer will go to your own log destination.'
      : 'Writes metadata for billing and CloudTrail; invocation logging is off (the default), so the prompt text is stored nowhere.',
    visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory — not stored' },
    stores: [
      { where: 'Billing (AWS)', what: 'Model, Region, input and output token counts', owner: 'service', containsPromptText: false },
      { where: 'CloudTrail (your trail)', what: 'Who called which operation on which model, when, from where', owner: 'customer', containsPromptText: false },
    ],
    startMs: t,
    endMs: t + latency.recordsMs,
    payloadTitle: 'Metadata record',
    payload: json({
      eventSource: 'bedrock.amazonaws.com',
      eventName: s.api,
      awsRegion: s.region,
      userIdentity: { arn: `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session` },
      requestParameters: { modelId: routing.invokedId },
      invocationLogging: s.logging ? 'enabled → your bucket / log group' : 'disabled (default)',
    }),
    narration: {
      text: `Bedrock records who called what, for billing and for CloudTrail — metadata, never the prompt text. Invocation logging, which would copy prompts and answers into your own S3 bucket or CloudWatch log group in this account and Region, is ${s.logging ? 'switched ON in this scenario' : 'off, as it is by default'}.`,
      simplification: 'CloudTrail’s exact fields for runtime calls are illustrative.',
      sources: [SRC.logging, SRC.converse],
    },
  });

  // 7. Routing
  const dataTravel =
    routing.kind === 'geo'
      ? `may be processed in ${GEO_LABEL[routing.geo!]} Regions (${routing.destinations.join(', ')}); stored only in ${s.region}`
      : routing.kind === 'global'
        ? `may be processed in any commercial Region; stored only in ${s.region}`
        : `processed and stored in ${s.region}`;
  add({
    id: 'routing',
    title:
      routing.kind === 'provisioned'
        ? 'Routing to your provisioned model units'
        : routing.kind === 'in-region'
          ? 'Routing to the on-demand pool'
          : `Cross-Region routing → ${routing.destination}`,
    actor: 'Bedrock router',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: crossRegion ? 'aws-network' : 'aws-network',
    checks:
      routing.kind === 'provisioned'
        ? 'Sends the request to the dedicated model units of your provisioned model.'
        : routing.kind === 'in-region'
          ? `Sends the request to the shared on-demand pool for ${model.name} in ${s.region}.`
          : `The ${routing.kind === 'global' ? 'global' : GEO_LABEL[routing.geo!]} profile picks a destination Region: ${routing.destination}.`,
    visibility: {
      level: crossRegion ? 'encrypted' : 'in-memory',
      badge: crossRegion ? 'Readable by: no one in transit (encrypted AWS network)' : 'Readable by: the Bedrock service, in memory',
    },
    stores: [],
    startMs: t,
    endMs: t + latency.routingMs + latency.crossRegionOneWayMs,
    status: fail('routing') ? 'failed' : 'ok',
    error: fail('routing') ? error! : undefined,
    payloadTitle: 'Where the data may go',
    payload: `Invoked: ${routing.invokedId}\nSource Region: ${s.region}\nDestination: ${routing.destination}${crossRegion ? ` (${Math.round(distanceKm(s.region, routing.destination)).toLocaleString('en-US')} km away)` : ''}\nData: ${dataTravel}${
      fail('routing')
        ? `\n\nSDK attempts: ${backoffSchedule(TRANSIENT_BASE_MS, seed)
            .map((b) => `503 → wait ${b.delayMs} ms`)
            .join(', ')}, 503 → give up`
        : ''
    }`,
    narration: {
      text: fail('routing')
        ? `No capacity can take the request right now, so the service answers 503 ServiceUnavailableException. The SDK treats 5xx errors as transient and retries with jittered backoff (100 ms base), ${SDK_MAX_ATTEMPTS} attempts in all; here every attempt fails and the exception reaches your code.`
        : routing.kind === 'provisioned'
          ? 'Provisioned throughput means dedicated model units, billed by the hour, that serve only your requests. Nothing is shared with other customers’ traffic on the GPUs you rent, and no cross-Region profile applies.'
          : routing.kind === 'in-region'
            ? `Without a profile the request is served in ${s.region} from the shared on-demand pool: other customers’ requests share the same servers, each isolated in its own sequence. Your data is processed and stored in ${s.region}.`
            : `The ${routing.kind === 'global' ? 'global' : sameGeoLabel} profile lets the service pick a destination Region with spare capacity; this trace shows ${routing.destination}. Prompts may transit encrypted to ${routing.kind === 'global' ? 'any commercial Region' : `other ${sameGeoLabel} Regions`}, while data stays stored only in the source Region, ${s.region}.`,
      simplification: fail('routing')
        ? 'Where exactly a 503 arises inside the service is not published; it is drawn at routing.'
        : crossRegion || routing.kind === 'geo' || routing.kind === 'global'
          ? 'The destination is picked from a hash of the scenario; the real choice follows live capacity, and each model’s Region set may be smaller.'
          : undefined,
      sources: [SRC.cris, ...(fail('routing') ? [SRC.boto, SRC.retry] : [])],
    },
  });
  if (fail('routing')) return finish('routing', error!, SDK_MAX_ATTEMPTS);

  // 8. Model deployment account
  add({
    id: 'deployment',
    title: `${model.provider}’s model deployment account`,
    actor: 'Load balancer and replica queue',
    account: 'deployment',
    accountLabel: deploymentLabel,
    region: routing.destination,
    transport: 'aws-network',
    checks: 'A load balancer picks a model replica; the request waits in its queue for a free batch slot.',
    visibility: { level: 'in-memory', badge: `Readable by: the service’s model runtime — not ${model.provider}` },
    stores: [],
    startMs: t,
    endMs: t + latency.loadBalancerMs + latency.queueMs,
    payloadTitle: 'Queue',
    payload: `Replica load: ${s.load}\nWait for a batch slot: ${latency.queueMs.toFixed(1)} ms`,
    narration: {
      text: `${model.provider}’s model runs in a model deployment account that the Bedrock service team owns and operates — one per provider per Region. ${model.provider} has no access to it, so it cannot see prompts, completions or logs. A load balancer picks a replica and the request waits in its queue for a slot in the next batch.`,
      simplification: 'Load balancer and queue are a teaching picture; the wait is a simple queueing formula over one batch iteration.',
      sources: [SRC.dataProtection],
    },
  });

  // 9. GPU inference
  const gpuStart = t;
  const firstTokenGpu = gpuStart + latency.prefillMs;
  const gpuEnd = firstTokenGpu + latency.decodeMs;
  const timedOut = s.failure === 'model-timeout';
  const d = latency.deployment;
  add({
    id: 'inference',
    title: 'GPU inference: tokenize, prefill, decode',
    actor: `${d.tensorParallel} × ${d.gpu.name.replace('NVIDIA ', '')}`,
    account: 'deployment',
    accountLabel: deploymentLabel,
    region: routing.destination,
    transport: 'in-process',
    checks: `Prefill over ${input.tokens.length} input tokens, then decode up to ${s.maxTokens} tokens (temperature ${s.temperature}).`,
    visibility: { level: 'in-memory', badge: `Readable by: the model, in GPU memory — not ${model.provider}` },
    stores: [],
    startMs: gpuStart,
    endMs: gpuEnd,
    status: timedOut ? 'failed' : 'ok',
    error: timedOut ? error! : undefined,
    payloadTitle: `${input.tokens.length} input tokens (${input.exact ? 'exact' : 'estimate'})`,
    payload: input.tokens.map((tk) => `[${tk.text}]`).join(' '),
    narration: {
      text: timedOut
        ? `The model did not finish within its timeout, so the call ends with ModelTimeoutException (HTTP 408). On InvokeModelWithResponseStream such errors can also arrive inside the stream as an exception event.`
        : `The prompt is split into ${input.tokens.length} tokens. Prefill runs all of them through the model in one pass — that gives the first token (${latency.prefillMs.toFixed(0)} ms here). Decode then produces one token per step, sampling with temperature ${s.temperature}, until it reaches max tokens (${s.maxTokens}), the end of its turn or a stop sequence. The weights are sharded across ${d.tensorParallel} GPU${d.tensorParallel > 1 ? 's' : ''} of one server.`,
      simplification: `${architecture.assumption ? `${model.name}’s size is unpublished: a ${Math.round(architecture.parameters / 1e9)}B dense stand-in is assumed. ` : ''}${input.exact ? '' : 'Token boundaries are estimated. '}Only the prompt text is counted. GPU type and count are assumed; times come from the shared roofline.`,
      sources: [SRC.roofline],
    },
  });
  if (timedOut) return finish('inference', error!, 1);

  // Optional: guardrails on the output
  if (s.guardrails) {
    add({
      id: 'guardrail-output',
      title: 'Guardrail screens the answer',
      actor: 'Amazon Bedrock Guardrails',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: 'Applies the same guardrail to the model’s output before it reaches you.',
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
      stores: [],
      startMs: t,
      endMs: t + latency.guardrailOutputMs,
      payloadTitle: 'Guardrail',
      payload: 'Output assessed: no intervention → stopReason stays ' + stopReason,
      narration: {
        text: 'The guardrail also screens the model’s answer; an intervention replaces it and sets stopReason guardrail_intervened.',
        simplification: 'Drawn once after decoding; with streaming, output is screened as it is produced. Screening time is an assumption.',
        sources: [SRC.guardrails],
      },
    });
  }

  // 10. Return
  const step = latency.decodeStepMs;
  const down = latency.crossRegionOneWayMs + net;
  const extraAfterGpu = s.guardrails ? latency.guardrailOutputMs : 0;
  const tokenTimesMs = outputTokens.map((_, i) => (streaming ? firstTokenGpu + i * step + down : gpuEnd + extraAfterGpu + down));
  const endMs = gpuEnd + extraAfterGpu + down;
  const usage = { inputTokens: input.tokens.length, outputTokens: outputTokens.length };
  const respInput = {
    api: s.api,
    family,
    invokedId: routing.invokedId,
    text: outputText,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    stopReason,
    latencyMs: endMs - down - net,
    firstByteMs: (tokenTimesMs[0] ?? endMs) - down,
  };
  const stream = streaming ? streamEvents({ ...respInput, tokens: outputTokens.map((x) => x.text), tokenTimesMs, endMs }) : null;
  const response = streaming ? null : responseBody(respInput);
  stages.push({
    id: 'response',
    number: stages.length + 1,
    title: streaming ? 'Streamed back to your application' : 'One response back to your application',
    actor: 'Regional endpoint → your SDK',
    account: 'customer',
    accountLabel: `Your AWS account ${DEMO_ACCOUNT}`,
    region: s.region,
    transport: transportOut,
    checks: streaming
      ? `${s.api === 'ConverseStream' ? 'contentBlockDelta' : 'chunk'} events arrive as tokens are generated; usage and latency come at the end.`
      : 'The whole answer arrives in one JSON response when decoding is done.',
    visibility: { level: 'plaintext', badge: 'Readable by: your application' },
    stores: [{ where: 'Billing (AWS)', what: `${usage.inputTokens} input + ${usage.outputTokens} output tokens`, owner: 'service', containsPromptText: false }],
    startMs: streaming ? (tokenTimesMs[0] ?? endMs) : endMs - down,
    endMs,
    status: 'ok',
    payloadTitle: streaming ? 'Stream events' : 'Response',
    payload: streaming
      ? (stream!.events.slice(0, 3).map((e) => `${e.name} ${truncate(JSON.stringify(e.decoded ?? e.data), 90)}`).join('\n') + `\n… ${stream!.events.length} events in all`)
      : truncate(json(response!.body), 600),
    narration: {
      text: streaming
        ? `The answer streams back as it is generated: ${s.api === 'ConverseStream' ? 'contentBlockDelta events' : 'event-stream chunk events whose bytes hold the model’s native JSON'}. The first token reaches you after ${Math.round(tokenTimesMs[0] ?? endMs)} ms; the last event carries the usage (${usage.inputTokens} in, ${usage.outputTokens} out) and the latency. Billing records the token counts.`
        : `With ${s.api} nothing comes back until the model has finished: one JSON response after ${Math.round(endMs)} ms, with usage (${usage.inputTokens} input and ${usage.outputTokens} output tokens). Billing records the token counts.`,
      simplification: 'The answer is a fixed illustrative text; the explorer never calls a model.',
      sources: [SRC.boto],
    },
  });
  t = endMs;

  // Optional: invocation logging
  if (s.logging) {
    add({
      id: 'logging',
      title: 'Invocation log written to your bucket',
      actor: 'Model invocation logging',
      account: 'customer',
      accountLabel: `Your AWS account ${DEMO_ACCOUNT}`,
      region: s.region,
      transport: 'aws-network',
      checks: 'Delivers the request and response, with their text, to your S3 bucket and/or CloudWatch Logs.',
      visibility: { level: 'stored', badge: 'Stored: in YOUR S3 / CloudWatch, readable by whom you allow' },
      stores: [
        {
          where: `Your S3 bucket / CloudWatch log group (${s.region})`,
          what: 'Prompt, answer, model, token counts',
          owner: 'customer',
          containsPromptText: true,
        },
      ],
      startMs: t,
      endMs: t,
      payloadTitle: 'Log record (abridged)',
      payload: json({ modelId: routing.invokedId, input: { inputBodyJson: '…your prompt…' }, output: { outputBodyJson: '…the answer…' } }),
      narration: {
        text: `Because invocation logging is on, the prompt and the answer are delivered to the S3 bucket or CloudWatch log group you configured — in your account and this Region only — and kept until you delete them. It is off by default.`,
        simplification: 'Drawn after the response; delivery is asynchronous and its timing is not on your latency path. Record fields are abridged.',
        sources: [SRC.logging],
      },
    });
  }

  return {
    scenario: s,
    model,
    family,
    architecture,
    routing,
    stages,
    outcome: { ok: true },
    latency,
    retryMs,
    totalMs: endMs,
    clientFirstTokenMs: tokenTimesMs[0] ?? null,
    input,
    output: { tokens: outputTokens, text: outputText, exact: answer.exact, stopReason, tokenTimesMs },
    request,
    responseHeaders: streaming || s.api.startsWith('Converse') ? [] : invokeResponseHeaders(respInput),
    response,
    events: stream?.events ?? [],
    eventNotes: stream?.notes ?? [],
    usage,
    notices,
  };
}

export function failureStage(failure: Scenario['failure']): StageId | null {
  switch (failure) {
    case 'access-denied':
      return 'iam';
    case 'invalid-body':
      return 'endpoint';
    case 'throttled-recovers':
    case 'throttled-gives-up':
      return 'quota';
    case 'model-timeout':
      return 'inference';
    case 'service-unavailable':
      return 'routing';
    case 'none':
      return null;
  }
}

function errorAdvice(exception: string): string {
  switch (exception) {
    case 'AccessDeniedException':
      return 'Fix: allow the action on the model or profile ARN in the caller’s IAM policy.';
    case 'ValidationException':
      return 'Fix the request body; retrying the same body fails the same way, so the SDK does not retry.';
    case 'ThrottlingException':
      return 'Slow down, spread load with a cross-Region profile, ask for a higher quota or buy provisioned throughput.';
    case 'ModelTimeoutException':
      return 'Ask for fewer output tokens or use a streaming API.';
    case 'ServiceUnavailableException':
      return 'Retry later with backoff; the SDK already did, three attempts in all.';
    default:
      return '';
  }
}
