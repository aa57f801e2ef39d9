/**
 * The shapes of a journey trace: the ordered stages a request passes through and what the view
 * draws from them. Built by `buildTrace` (trace.ts) from one stage builder per file in stages/.
 */
import type { ModelArchitecture } from '../gpu/model-architectures.ts';
import type { Latency } from './latency-model.ts';
import type { BodyFamily, Routing } from './model-profile.ts';
import type { Header, HttpRequest, StopReason, StreamEvent } from './payload-types.ts';
import type { JourneyModel, Scenario } from './scenario.ts';
import type { Token, Tokenization } from './tokens.ts';
import type { CachePlan } from './prompt-cache.ts';
import type { RouterChoice } from './prompt-router.ts';
import type { PrivacyFact } from './privacy.ts';
import type { JourneyPrices, RequestCost } from './request-cost.ts';
import type { QuotaBreakdown, QuotaModel } from '../quota/reservation.ts';

export type QuotaView = {
  breakdown: QuotaBreakdown;
  model: QuotaModel;
  burndownDocumented: boolean;
  burndownNote: string;
  /** bedrock-mantle counts input and output TPM separately; its reservation rule is not documented. */
  endpointNote: string | null;
};

export type StageId =
  | 'client'
  | 'network'
  | 'endpoint'
  | 'iam'
  | 'quota'
  | 'guardrail-input'
  | 'records'
  | 'prompt-router'
  | 'routing'
  | 'deployment'
  | 'inference'
  | 'guardrail-output'
  | 'response'
  | 'logging'
  | BatchStageId;

/** The stages of the batch walk (asynchronous: JSONL in S3, CreateModelInvocationJob, results in S3). */
export const BATCH_STAGE_IDS = ['batch-input', 'batch-submit', 'batch-iam', 'batch-queue', 'batch-run', 'batch-output', 'batch-billing'] as const;
export type BatchStageId = (typeof BATCH_STAGE_IDS)[number];

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
  /** When the stage happens, said in words where a modelled time would mislead (the batch walk). */
  when?: string;
  /** The SDK code of this stage (the batch walk: AWS SDK for JavaScript v3 and boto3). */
  code?: StageCode;
};

export type StageCode = { javascript: string; python: string; notes: string[] };

/** What every walk shows beside its diagram: the stages and the privacy rule. */
export type Walkthrough = { stages: Stage[]; privacy: PrivacyFact[] };

export type Outcome = { ok: true } | ({ ok: false; stageId: StageId; attempts: number } & ErrorInfo);

export type AnswerOutput = { tokens: Token[]; text: string; exact: boolean; stopReason: StopReason; tokenTimesMs: number[] };

export type Trace = {
  /** The scenario as it ran (combinations that cannot happen are adjusted; notices say how). */
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
  output: AnswerOutput;
  request: HttpRequest;
  responseHeaders: Header[];
  response: { body: unknown; notes: string[] } | null;
  events: StreamEvent[];
  eventNotes: string[];
  usage: { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheWriteTokens: number } | null;
  notices: string[];
  /** The quota reserved at admission and settled at the end (shared quota function). */
  quota: QuotaView;
  cache: CachePlan;
  /** This request at list price; null when the catalog has no price for it. */
  cost: RequestCost | null;
  prices: JourneyPrices | null;
  router: RouterChoice | null;
  privacy: PrivacyFact[];
  /** A guardrail that blocked the prompt or the answer (the call still succeeds). */
  intervention: 'input' | 'output' | null;
  /** What the modelled speed rests on (serving profile label). */
  speedLabel: string;
  observedTtft: { seconds: number; where: string } | null;
  credentialSummary: string;
  actions: string[];
};
