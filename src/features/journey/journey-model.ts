/**
 * The journey view's model: link values + catalog (+ the model last picked elsewhere and the loaded
 * tokenizer) → the scenario, the model, its prices, the trace and the links to the next step.
 * Pure: no React, no DOM.
 */
import type { Catalog, CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { defaultPricePoint, findModel, inferenceProfileIds, invokeModelId, pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import type { JourneyPrices } from '../../domain/journey/request-cost.ts';
import { batchRatesOf } from '../../domain/journey/batch-price.ts';
import type { BatchOptions } from '../../domain/journey/batch-scenario.ts';
import { buildBatchTrace, type BatchTrace } from '../../domain/journey/batch-trace.ts';
import type { JourneyModel, Scenario } from '../../domain/journey/scenario.ts';
import type { EncodeFn } from '../../domain/journey/tokens.ts';
import { buildTrace } from '../../domain/journey/trace.ts';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { tokenizerFamilyOf } from '../../domain/tokenizer/tokenizer-family.ts';
import type { JourneyParams } from './journey-params.ts';

type ViewCommon = {
  catalogModel: CatalogModel;
  model: JourneyModel;
  scenario: Scenario;
  notices: string[];
  /** Where the story goes after the last stage. */
  next: { pricing: string; simulate: string };
};

/** The request walk (one synchronous call) or the batch walk (an asynchronous job). */
export type JourneyView = (ViewCommon & { walk: 'request'; trace: Trace }) | (ViewCommon & { walk: 'batch'; batch: BatchTrace });

/** Link wins, else the model last picked in any view, else the default. */
export function startingModel(catalog: Catalog, linkModel: string, sharedModelId: string | null): { model: CatalogModel; ignoredLink: string | null } {
  if (linkModel) {
    const m = findModel(catalog, linkModel);
    if (m) return { model: m, ignoredLink: null };
  }
  const shared = sharedModelId ? findModel(catalog, sharedModelId) : undefined;
  const model = shared ?? findModel(catalog, DEFAULT_MODEL_ID) ?? catalog.models[0]!;
  return { model, ignoredLink: linkModel || null };
}

export function journeyModelOf(m: CatalogModel): JourneyModel {
  return {
    catalogId: m.id,
    modelId: invokeModelId(m),
    mantleId: m.modelIds.mantle,
    provider: m.provider,
    name: m.name,
    tokenizer: tokenizerFamilyOf(m),
    inferenceProfileIds: inferenceProfileIds(m),
    maxOutputTokens: m.maxOutputTokens ?? undefined,
  };
}

export function pricesOf(m: CatalogModel): JourneyPrices {
  const p = defaultPricePoint(m);
  return {
    inputPer1M: p.inputPer1M,
    outputPer1M: p.outputPer1M,
    cacheReadPer1M: p.cacheReadPer1M,
    cacheWrite5mPer1M: p.cacheWrite5mPer1M,
    cacheWrite1hPer1M: p.cacheWrite1hPer1M,
    label: pricePointLabel(p),
    source: p.source.join('; '),
    asOf: p.asOf,
  };
}

export function scenarioOf(v: JourneyParams, model: JourneyModel): Scenario {
  return {
    prompt: v.prompt,
    modelId: model.modelId,
    region: v.region,
    endpoint: v.ep,
    api: v.api,
    stream: v.stream,
    auth: v.auth,
    network: v.net,
    mode: v.mode,
    profile: v.cris,
    tier: v.tier,
    logging: v.log,
    guardrails: v.guard,
    router: v.router,
    cache: v.cache,
    cacheTtl: v.ttl,
    systemTokens: v.sys,
    temperature: v.temp,
    maxTokens: v.max,
    maxUnset: v.unset,
    failure: v.fail,
    load: v.load,
    clientKm: v.km,
  };
}

/** The pricing view's link for this request's tokens, and the simulator's. */
export function nextStepLinks(model: CatalogModel, trace: Trace): JourneyView['next'] {
  const total = trace.cache.fresh + trace.cache.read + trace.cache.write;
  const pct = (x: number) => (total > 0 ? Math.round((x / total) * 100) : 0);
  const q = new URLSearchParams({
    model: model.id,
    in: String(total),
    out: String(trace.output.tokens.length),
    ...(trace.cache.read ? { cacheRead: String(pct(trace.cache.read)) } : {}),
    ...(trace.cache.write ? { cacheWrite: String(pct(trace.cache.write)) } : {}),
  });
  return { pricing: `/pricing?${q.toString()}`, simulate: '/simulate' };
}

export function batchOptionsOf(v: JourneyParams): BatchOptions {
  return { records: v.recs, timeoutHours: v.hours, kms: v.kms, invocationType: v.btype, failure: v.bfail, donePercent: v.bdone };
}

/** The pricing view's link for the job's records (one job a day), with all requests as batch where a batch price exists. */
export function batchNextStepLinks(model: CatalogModel, batch: BatchTrace): JourneyView['next'] {
  const q = new URLSearchParams({
    model: model.id,
    in: String(batch.inputTokensPerRecord),
    out: String(batch.outputTokensPerRecord),
    rpd: String(batch.options.records),
    ...(batch.pricing?.batch.ok ? { batch: '100' } : {}),
  });
  return { pricing: `/pricing?${q.toString()}`, simulate: '/simulate' };
}

export function journeyView(catalog: Catalog, v: JourneyParams, sharedModelId: string | null, encode: EncodeFn | null): JourneyView {
  const { model: catalogModel, ignoredLink } = startingModel(catalog, v.model, sharedModelId);
  const model = journeyModelOf(catalogModel);
  const scenario = scenarioOf(v, model);
  const ignored = ignoredLink ? [`The model “${ignoredLink}” is not in the catalog; ${model.name} is shown instead.`] : [];
  if (v.walk === 'batch') {
    const batch = buildBatchTrace(scenario, batchOptionsOf(v), model, encode, batchRatesOf(catalogModel));
    return { walk: 'batch', catalogModel, model, scenario, batch, notices: [...ignored, ...batch.notices], next: batchNextStepLinks(catalogModel, batch) };
  }
  const trace = buildTrace(scenario, model, encode, pricesOf(catalogModel));
  return { walk: 'request', catalogModel, model, scenario, trace, notices: [...ignored, ...trace.notices], next: nextStepLinks(catalogModel, trace) };
}

/** The stages and privacy facts of whichever walk is on screen. */
export function walkthroughOf(view: JourneyView): { stages: Trace['stages']; privacy: Trace['privacy'] } {
  return view.walk === 'batch' ? view.batch : view.trace;
}
