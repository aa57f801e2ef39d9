/**
 * Everything /break-even shows, from its link values and the catalog, as plain data: the verdict,
 * both sides' costs, the chart's series, the tornado, the formulas with numbers, provisioned
 * throughput and what a token costs to serve. Components only render this. No React here.
 */
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import type { PriceSourceRef } from '../../domain/export/export-context.ts';
import type { TokenWorkload } from '../../domain/pricing/token-workload.ts';
import { costChartSeries, type CostChartSeries } from '../../domain/breakeven/cost-chart-series.ts';
import { sensitivity, type SensitivityRow } from '../../domain/breakeven/sensitivity.ts';
import {
  apiMonthly,
  ownServerMonthly,
  ownVsRentHours,
  rentGpuHourly,
  staffMonthly,
  tokensPerMonthFromRequests,
} from '../../domain/breakeven/self-hosting.ts';
import { verdict, type Verdict } from '../../domain/breakeven/verdict.ts';
import { startingModelId } from '../../ui/shared-model-store.ts';
import {
  catalogName,
  isKnownModel,
  modelOptions,
  quote,
  resolveModel,
  selfHostPresetFor,
  tierOptions,
  type BedrockModelRef,
  type BedrockQuote,
  type ModelOption,
  type TierOption,
} from './bedrock-price.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import { fleetResults, type FleetResults } from './fleet-results.ts';
import { formulaLines, type FormulaLine } from './formula-lines.ts';
import { provisionedView, type ProvisionedView } from './provisioned-view.ts';
import { selfHostSide, type SelfHostSide } from './self-host-side.ts';
import { serveCostFor, type ServeCostView } from './serve-cost-view.ts';

const FALLBACK_MODEL_IDS = [DEFAULT_MODEL_ID] as const;

export type WorkloadView = {
  requestsPerDay: number;
  tokensPerRequest: number;
  tokensPerMonth: number;
  daysPerMonth: number;
  tokenWorkload: TokenWorkload;
};

export type BedrockSide = {
  modelOptions: ModelOption[];
  tierOptions: TierOption[];
  model: BedrockModelRef;
  quote: BedrockQuote;
  /** Blended price per 1M: the catalog's at the workload's mix, the user's override, the one in use. */
  price: { derived: number | null; override: number | null; value: number };
  /** What the workload costs on Bedrock a month at that price. */
  monthly: number;
};

export type Pairing = {
  likeForLike: boolean;
  bedrockName: string;
  selfName: string;
  closedWeights: boolean;
  /** When not like-for-like: the self-hosted model's own Bedrock price and the verdict against it. */
  counterpart: { name: string; pricePer1M: number; priceLabel: string; verdict: Verdict } | null;
};

export type OwnVsRent = {
  ownServerMonthly: number;
  gpusPerServer: number;
  rentPerGpuHour: number;
  gpusTotal: number;
  hoursPerMonth: number;
  hoursHardwareOnly: number;
  hoursWithStaff: number;
};

export type { FleetResults };

export type BreakEvenModel = {
  /** Model ids the link named that the catalog lacks. */
  unknownModels: string[];
  workload: WorkloadView;
  bedrock: BedrockSide;
  selfHost: SelfHostSide;
  pairing: Pairing;
  /** Null when no throughput or server cost is known. */
  results: FleetResults | null;
  verdict: Verdict;
  chart: CostChartSeries | null;
  tornado: { base: number; rows: SensitivityRow[] } | null;
  ownVsRent: OwnVsRent;
  formulas: FormulaLine[];
  provisioned: ProvisionedView;
  serveCost: ServeCostView | null;
  priceSources: PriceSourceRef[];
  /** One line naming the scenario, for chart captions and exports. */
  summary: string;
};

function workloadView(v: BreakEvenValues): WorkloadView {
  const tokensPerRequest = v.in + v.out;
  return {
    requestsPerDay: v.rpd,
    tokensPerRequest,
    tokensPerMonth: tokensPerMonthFromRequests(v.rpd, tokensPerRequest, v.hours),
    daysPerMonth: v.hours / 24,
    tokenWorkload: { inputTokens: v.in, outputTokens: v.out, cacheReadShare: v.cacheRead / 100, cacheWriteShare: v.cacheWrite / 100, batchShare: v.batch / 100 },
  };
}

function priceRef(q: BedrockQuote): PriceSourceRef {
  return { model: q.model.name, pricePoint: q.price.label, source: q.price.source, asOf: q.price.asOf, confidence: q.price.uncertain ? 'uncertain' : undefined };
}

/**
 * The page's model. `sharedModelId` is the model picked last in any view: the starting model when
 * the link names none (the link wins; else the shared pick; else the app's default).
 */
export function buildBreakEvenModel(v: BreakEvenValues, catalog: Catalog, sharedModelId: string | null): BreakEvenModel {
  const workload = workloadView(v);
  const volume = workload.tokensPerMonth;
  const wanted = startingModelId({ linkModelId: v.model, sharedModelId, defaultModelId: DEFAULT_MODEL_ID, isKnown: (id) => isKnownModel(catalog, id) });
  const { model } = resolveModel(catalog, wanted, FALLBACK_MODEL_IDS);
  const q = quote(catalog, model.id, workload.tokenWorkload, v.tier)!;
  const derivedPrice = Number.isFinite(q.blendPer1M) ? q.blendPer1M : null;
  const price = { derived: derivedPrice, override: v.price, value: v.price ?? derivedPrice ?? Number.NaN };
  const bedrock: BedrockSide = {
    modelOptions: modelOptions(catalog, model.id),
    tierOptions: tierOptions(catalog, model.id),
    model,
    quote: q,
    price,
    monthly: apiMonthly(price.value, volume),
  };

  const samePreset = selfHostPresetFor(catalog, model.id);
  const selfHost = selfHostSide(v, samePreset, (id) => catalogName(catalog, id));
  const i = selfHost.inputs;
  const results = selfHost.usable ? fleetResults(i, volume, price.value) : null;
  const verdictFor = (pricePer1M: number, bedrockName: string, r: FleetResults | null) =>
    verdict({
      requestsPerDay: v.rpd,
      tokensPerRequest: workload.tokensPerRequest,
      hoursPerMonth: v.hours,
      selfMonthly: r?.selfMonthly ?? Number.NaN,
      bedrockMonthly: apiMonthly(pricePer1M, volume),
      bedrockPricePer1M: pricePer1M,
      breakEven: r?.breakEven ?? null,
      bedrockName,
    });

  const likeForLike = samePreset === selfHost.modelId;
  const counterpartQuote = likeForLike ? null : quote(catalog, selfHost.modelId, workload.tokenWorkload);
  const counterpart = counterpartQuote
    ? {
        name: counterpartQuote.model.name,
        pricePer1M: counterpartQuote.blendPer1M,
        priceLabel: counterpartQuote.price.label,
        verdict: verdictFor(counterpartQuote.blendPer1M, `${counterpartQuote.model.name} on Bedrock`, selfHost.usable ? fleetResults(i, volume, counterpartQuote.blendPer1M) : null),
      }
    : null;
  const pairing: Pairing = { likeForLike, bedrockName: model.name, selfName: selfHost.modelName, closedWeights: model.closedWeights, counterpart };

  const ownNode = ownServerMonthly({ ...i, mode: 'buy' }).total;
  const rentPerGpu = rentGpuHourly(i);
  const gpusTotal = Math.max(1, (results?.servers ?? 1) * i.gpusPerServer);
  const ownVsRent: OwnVsRent = {
    ownServerMonthly: ownNode,
    gpusPerServer: i.gpusPerServer,
    rentPerGpuHour: rentPerGpu,
    gpusTotal,
    hoursPerMonth: i.hoursPerMonth,
    hoursHardwareOnly: ownVsRentHours(ownNode, i.gpusPerServer, rentPerGpu),
    hoursWithStaff: ownVsRentHours(ownNode, i.gpusPerServer, rentPerGpu, staffMonthly(i), gpusTotal),
  };

  const serveCost = serveCostFor(v, model, q, selfHost, likeForLike, volume);

  const provisioned = provisionedView(catalog, v, workload.tokenWorkload, volume);
  const priceQuotes = [q, counterpartQuote, quote(catalog, provisioned.modelId, workload.tokenWorkload)].filter((x): x is BedrockQuote => x !== null);
  const seen = new Set<string>();
  const priceSources = priceQuotes.filter((x) => !seen.has(x.model.id) && seen.add(x.model.id)).map(priceRef);

  return {
    unknownModels: [v.model, v.pt].filter((id): id is string => id !== null && !isKnownModel(catalog, id)),
    workload,
    bedrock,
    selfHost,
    pairing,
    results,
    verdict: verdictFor(price.value, likeForLike ? 'Bedrock' : `${model.name} on Bedrock`, results),
    chart: results ? costChartSeries(i, price.value, volume, results.breakEven, v.zoom) : null,
    tornado: results ? sensitivity(i, price.value) : null,
    ownVsRent,
    formulas: results ? formulaLines(i, results, volume, price.value) : [],
    provisioned,
    serveCost,
    priceSources,
    summary: `${model.name} on Bedrock at ${price.value.toFixed(4)} USD per 1M vs ${selfHost.modelName} on ${i.gpusPerServer}× ${selfHost.acceleratorName} (${i.mode === 'rent' ? 'rented' : 'owned'}), ${v.rpd.toLocaleString('en-US')} requests a day of ${v.in} in + ${v.out} out tokens`,
  };
}

/** What picking a Bedrock model changes: the model, no price override, and the self-hosted side
 * back to the same open weights when a preset has them (else the user's self-hosted pick stays). */
export function patchForModelPick(catalog: Catalog, modelId: string): Partial<BreakEvenValues> {
  return selfHostPresetFor(catalog, modelId) ? { model: modelId, price: null, self: null } : { model: modelId, price: null };
}
