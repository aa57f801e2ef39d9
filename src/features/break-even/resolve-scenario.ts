import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { defaultPricePoint, findModel as findCatalogModel, invokeModelId, pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import { catalogPtRates } from '../../domain/pricing/provisioned-throughput.ts';
import { unitPricesFor } from '../../domain/pricing/unit-prices.ts';
import { blendedPricePer1M, costPerRequest, type TokenWorkload, type UnitPrices } from '../../domain/pricing/token-cost.ts';
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import {
  rooflineServerThroughput,
  selfHostModelById,
  selfHostModelForBedrock,
  weightsReleased,
  type RooflineThroughput,
  type SelfHostModel,
} from '../../domain/breakeven/self-host-models.ts';
import {
  apiMonthly,
  breakEven,
  breakEvenUtilisation,
  costPer1MAtMaxLoad,
  crossovers,
  ownServerMonthly,
  ownVsRentHours,
  realisedUtilisation,
  rentGpuHourly,
  requestsPerDay,
  selfHostCostPer1M,
  selfHostMonthly,
  serverMonthly,
  serversNeeded,
  servingCapacityPerServer,
  staffMonthly,
  tokensPerMonthFromRequests,
  tokensPerServerMonth,
  type SelfHostInputs,
} from '../../domain/breakeven/self-hosting.ts';
import { provisionedBreakEven, tokensPerMinuteFromMonthly, type PtTerm } from '../../domain/breakeven/provisioned.ts';
import { sensitivity } from '../../domain/breakeven/sensitivity.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';
import type { BreakEvenParams } from './break-even-params.ts';

export type Values = ParamValues<BreakEvenParams>;

export function unitPrices(model: CatalogModel, p: PricePoint): UnitPrices {
  return unitPricesFor(model, p);
}

export function tokenWorkload(v: Values): TokenWorkload {
  return {
    inputTokens: v.in,
    outputTokens: v.out,
    cacheReadShare: v.cacheRead / 100,
    cacheWriteShare: v.cacheWrite / 100,
    batchShare: v.batch / 100,
  };
}

export function findModel(catalog: Catalog, id: string): CatalogModel | undefined {
  return findCatalogModel(catalog, id);
}

/** Rates by term for the first Region the catalog lists (us-east-1 where known). */
export function ptRateFor(model: CatalogModel | undefined, term: PtTerm): number | undefined {
  return catalogPtRates(model)?.perHour[term];
}

export function selfHostInputs(v: Values, throughput: number): SelfHostInputs {
  return {
    mode: v.mode,
    hoursPerMonth: v.hours,
    gpusPerServer: v.gpus,
    rentBasis: v.basis,
    gpuPricePerHour: v.gpuH,
    instancePricePerHour: v.instH,
    serverPrice: v.srv,
    amortizationYears: v.years,
    powerKw: v.kw,
    powerDrawShare: v.draw / 100,
    pue: v.pue,
    electricityPerKwh: v.kwh,
    coloPerKwMonth: v.colo,
    throughputTokensPerSecond: throughput,
    maxLoad: v.load / 100,
    peakToAverage: v.peak,
    redundantServers: v.spare,
    staffFte: v.fte,
    costPerFtePerYear: v.fteCost,
    otherMonthly: v.other,
  };
}

export function resolveScenario(catalog: Catalog, v: Values) {
  const bedrockModel = findModel(catalog, v.model) ?? findModel(catalog, 'meta.llama3-3-70b-instruct-v1:0') ?? catalog.models[0]!;
  const catalogPoint = defaultPricePoint(bedrockModel);
  // Catalog v2 keeps sources as a list and states confidence; this view shows one line of each.
  const pricePoint = {
    ...catalogPoint,
    label: pricePointLabel(catalogPoint),
    inputPer1M: catalogPoint.inputPer1M ?? Number.NaN,
    outputPer1M: catalogPoint.outputPer1M ?? Number.NaN,
    source: catalogPoint.source.join(' · '),
    uncertain: catalogPoint.confidence === 'conflicting',
  };
  const workload = tokenWorkload(v);
  const catalogBlend = blendedPricePer1M(unitPrices(bedrockModel, catalogPoint), workload);
  const priceWarnings = costPerRequest(unitPrices(bedrockModel, catalogPoint), workload).warnings;
  const apiPrice = v.price ?? catalogBlend;

  const selfModel: SelfHostModel = selfHostModelById(v.self)!;
  const likeForLike = selfHostModelForBedrock(invokeModelId(bedrockModel))?.id === selfModel.id;
  const closedWeights = !weightsReleased(bedrockModel.provider);

  const roofline: RooflineThroughput | null = rooflineServerThroughput(selfModel, v.gpus, {
    inputTokens: v.in,
    outputTokens: v.out,
    maxBatch: DEFAULTS.maxConcurrentSequences.value,
  });
  const throughput = v.tps ?? roofline?.totalTokensPerSecond ?? 0;
  const inputs = selfHostInputs(v, throughput);
  const tokensPerRequest = v.in + v.out;
  const volume = tokensPerMonthFromRequests(v.rpd, tokensPerRequest, v.hours);
  const usable = throughput > 0;

  const node = serverMonthly(inputs);
  const be = usable ? breakEven(inputs, apiPrice) : null;
  const servers = usable ? serversNeeded(inputs, volume) : 0;
  const gpusTotal = Math.max(1, servers * v.gpus);
  const ownNode = ownServerMonthly({ ...inputs, mode: 'buy' }).total;
  const rentPerGpu = rentGpuHourly(inputs);

  const ptModel = findModel(catalog, v.pt) ?? findModel(catalog, 'anthropic.claude-instant-v1');
  const ptBlend = ptModel ? blendedPricePer1M(unitPrices(ptModel, defaultPricePoint(ptModel)), workload) : 0;
  const catalogPtRate = ptRateFor(ptModel, v.term);
  const ptRate = v.ptRate ?? catalogPtRate ?? null;
  const pt =
    ptRate !== null
      ? provisionedBreakEven({
          modelUnits: v.mu,
          ratePerUnitHour: ptRate,
          hoursPerMonth: v.hours,
          onDemandPricePer1M: ptBlend,
          tokensPerMinutePerUnit: v.tpmMu,
        })
      : null;

  return {
    unknownModels: [v.model, v.pt].filter((id) => !findModel(catalog, id)),
    bedrockModel,
    pricePoint,
    catalogBlend,
    apiPrice,
    priceWarnings,
    selfModel,
    likeForLike,
    closedWeights,
    roofline,
    throughput,
    inputs,
    usable,
    volume,
    tokensPerRequest,
    requestsPerDayAt: (t: number) => requestsPerDay(t, tokensPerRequest, v.hours),
    node,
    staff: staffMonthly(inputs),
    servers,
    capacityPerServer: usable ? tokensPerServerMonth(inputs) : 0,
    servingCapacity: usable ? servingCapacityPerServer(inputs) : 0,
    selfMonthly: usable ? selfHostMonthly(inputs, volume) : NaN,
    apiMonthly: apiMonthly(apiPrice, volume),
    selfPer1M: usable ? selfHostCostPer1M(inputs, volume) : NaN,
    utilisation: usable ? realisedUtilisation(inputs, volume) : NaN,
    breakEven: be,
    breakEvenUtilisation: usable ? breakEvenUtilisation(inputs, apiPrice) : NaN,
    atMaxLoadPer1M: usable ? costPer1MAtMaxLoad(inputs) : NaN,
    crossoversUpTo: (max: number) => (usable ? crossovers(inputs, apiPrice, max) : []),
    sensitivity: usable ? sensitivity(inputs, apiPrice) : null,
    ownVsRent: {
      ownNodeMonthly: ownNode,
      rentPerGpuHour: rentPerGpu,
      gpusTotal,
      hoursNoStaff: ownVsRentHours(ownNode, v.gpus, rentPerGpu),
      hoursWithStaff: ownVsRentHours(ownNode, v.gpus, rentPerGpu, staffMonthly(inputs), gpusTotal),
    },
    provisioned: {
      model: ptModel,
      blend: ptBlend,
      catalogRate: catalogPtRate,
      rate: ptRate,
      result: pt,
      workloadTokensPerMinute: tokensPerMinuteFromMonthly(volume, v.hours),
    },
  };
}

export type Scenario = ReturnType<typeof resolveScenario>;
