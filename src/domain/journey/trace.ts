/**
 * The journey as data: a pure function from a scenario to an ordered trace of stages. Everything
 * the /journey view draws (diagram, narration, waterfall, payloads, client panel) comes from here.
 * Each stage has its own builder in stages/; this file only lines them up and assembles the result.
 */
import { runPipeline, START, type StageBuilder } from './pipeline.ts';
import type { JourneyModel, Scenario } from './scenario.ts';
import { clientStage } from './stages/client.ts';
import { deploymentStage } from './stages/deployment.ts';
import { endpointStage } from './stages/endpoint.ts';
import { errorReturnStage } from './stages/error-return.ts';
import { guardrailInputStage } from './stages/guardrail-input.ts';
import { guardrailOutputStage } from './stages/guardrail-output.ts';
import { iamStage } from './stages/iam.ts';
import { inferenceStage } from './stages/inference.ts';
import { loggingStage } from './stages/logging.ts';
import { networkStage } from './stages/network.ts';
import { promptRouterStage } from './stages/prompt-router.ts';
import { quotaStage } from './stages/quota.ts';
import { recordsStage } from './stages/records.ts';
import { answerOf, responseStage } from './stages/response.ts';
import { routingStage } from './stages/routing.ts';
import type { EncodeFn } from './tokens.ts';
import type { JourneyPrices } from './request-cost.ts';
import { prepareContext } from './trace-context.ts';
import type { Trace } from './trace-types.ts';

/** The request's way in, up to the model. */
const REQUEST_PATH: readonly StageBuilder[] = [
  clientStage,
  networkStage,
  endpointStage,
  iamStage,
  quotaStage,
  guardrailInputStage,
  recordsStage,
  promptRouterStage,
  routingStage,
  deploymentStage,
  inferenceStage,
  guardrailOutputStage,
];

/** The answer's way back, and what happens after it. */
const ANSWER_PATH: readonly StageBuilder[] = [responseStage, loggingStage];

export function buildTrace(scenario: Scenario, model: JourneyModel, encode: EncodeFn | null = null, prices: JourneyPrices | null = null): Trace {
  const ctx = prepareContext(scenario, model, encode, prices);
  const common = {
    scenario: ctx.s,
    model,
    family: ctx.family,
    architecture: ctx.architecture,
    routing: ctx.routing,
    latency: ctx.latency,
    input: ctx.input,
    request: ctx.request,
    notices: ctx.notices,
    quota: ctx.quota,
    cache: ctx.cache,
    cost: ctx.cost,
    prices: ctx.prices,
    router: ctx.router,
    privacy: ctx.privacy,
    speedLabel: ctx.speedLabel,
    observedTtft: ctx.observedTtft,
    credentialSummary: ctx.credential.summary,
    actions: ctx.actions,
  };
  const way = runPipeline(ctx, REQUEST_PATH, START);
  if (way.halted) {
    const { error, attempts, stageId } = way.halted;
    const back = errorReturnStage(ctx, way.clock.atMs, error, attempts);
    const stages = [...way.clock.stages, { status: 'ok' as const, ...back, number: way.clock.stages.length + 1 }];
    return {
      ...common,
      stages,
      outcome: { ok: false, stageId, attempts, ...error },
      retryMs: 0,
      totalMs: back.endMs,
      clientFirstTokenMs: null,
      output: { tokens: [], text: '', exact: ctx.answer.exact, stopReason: ctx.stopReason, tokenTimesMs: [] },
      responseHeaders: [],
      response: null,
      events: [],
      eventNotes: [],
      usage: null,
      intervention: null,
    };
  }
  const done = runPipeline(ctx, ANSWER_PATH, way.clock);
  const answer = answerOf(ctx, way.clock.marks, way.stopped === 'guardrail-input');
  const tokens = answer.intervention ? [{ text: answer.text }] : ctx.outputTokens;
  return {
    ...common,
    stages: [...done.clock.stages],
    outcome: { ok: true },
    retryMs: way.clock.marks.retryMs,
    totalMs: answer.endMs,
    clientFirstTokenMs: answer.tokenTimesMs[0] ?? null,
    output: { tokens, text: answer.text, exact: ctx.answer.exact, stopReason: ctx.stopReason, tokenTimesMs: answer.tokenTimesMs },
    responseHeaders: answer.responseHeaders,
    response: answer.response,
    events: answer.events,
    eventNotes: answer.eventNotes,
    usage: answer.usage,
    intervention: answer.intervention,
  };
}
