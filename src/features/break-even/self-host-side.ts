/**
 * The self-hosting side of the view: the open-weight model, the server it runs on and what that
 * server costs, each derived default beside the user's override when there is one.
 */
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { DEFAULT_SELF_HOST_MODEL_ID, SELF_HOST_MODELS, rooflineServerThroughput, selfHostModelById, type RooflineThroughput, type SelfHostModel } from '../../domain/breakeven/self-host-models.ts';
import { serverMonthly, type NodeCostBreakdown, type SelfHostInputs } from '../../domain/breakeven/self-hosting.ts';
import type { BreakEvenValues } from './break-even-params.ts';

/** A number the page derives, the user's override of it, and the value in use. */
export type Derived<T extends number | null = number | null> = {
  derived: T;
  override: number | null;
  /** The override when there is one, else the derived value. */
  value: number | null;
  /** What the default is, in a few words ("AWS p5.48xlarge on-demand ÷ 8 GPUs"). */
  basis: string;
  source: string;
  asOf: string;
  assumption: boolean;
};

function derivedValue(derived: number | null, override: number | null, basis: string, source: string, asOf: string, assumption = false): Derived {
  return { derived, override, value: override ?? derived, basis, source, asOf, assumption };
}

export type ThroughputView = Derived & {
  roofline: RooflineThroughput | null;
  /** Why there is no derived value (the model does not fit), or null. */
  refusal: string | null;
};

export type ServerPriceView = {
  gpuPerHour: Derived;
  instancePerHour: Derived;
  serverPrice: Derived;
  powerKw: Derived;
};

export type SelfHostSide = {
  model: SelfHostModel;
  acceleratorName: string;
  throughput: ThroughputView;
  prices: ServerPriceView;
  modelOptions: { value: string; label: string }[];
  /** The inputs of the self-hosting formulas; throughput 0 when none is known. */
  inputs: SelfHostInputs;
  /** One server's monthly bill (NaN parts when a price is unknown). */
  node: NodeCostBreakdown;
  usable: boolean;
};

/** The self-hosted model: the link's pick, else the Bedrock model's own open weights, else the default. */
export function selfHostModelFor(selfId: string | null, samePreset: SelfHostModel | undefined): SelfHostModel {
  return (selfId !== null ? selfHostModelById(selfId) : undefined) ?? samePreset ?? selfHostModelById(DEFAULT_SELF_HOST_MODEL_ID)!;
}

/** `samePreset`: the preset running the Bedrock model's own weights, if any. */
export function selfHostSide(v: BreakEvenValues, samePreset: SelfHostModel | undefined): SelfHostSide {
  const model = selfHostModelFor(v.self, samePreset);
  const roofline = rooflineServerThroughput(model, v.gpus, { inputTokens: v.in, outputTokens: v.out, maxBatch: DEFAULTS.maxConcurrentSequences.value });
  const throughput: ThroughputView = {
    ...derivedValue(
      roofline?.totalTokensPerSecond ?? null,
      v.tps,
      'The GPU model at this request mix',
      `The app’s shared GPU roofline model (src/domain/gpu, docs/gpu-roofline.md): ${model.architecture.source}. Concurrency: ${DEFAULTS.maxConcurrentSequences.source}`,
      DEFAULTS.maxConcurrentSequences.asOf,
    ),
    roofline,
    refusal: roofline ? null : `${model.name} does not fit on ${v.gpus} H100 GPU${v.gpus > 1 ? 's' : ''}: type a throughput, or add GPUs per server.`,
  };
  const prices: ServerPriceView = {
    gpuPerHour: derivedValue(DEFAULTS.gpuPricePerHour.value, v.gpuH, 'AWS p5.48xlarge on-demand, us-east-1, ÷ 8 GPUs', DEFAULTS.gpuPricePerHour.source, DEFAULTS.gpuPricePerHour.asOf),
    instancePerHour: derivedValue(DEFAULTS.instancePricePerHour.value, v.instH, 'AWS p5.48xlarge on-demand, us-east-1', DEFAULTS.instancePricePerHour.source, DEFAULTS.instancePricePerHour.asOf),
    serverPrice: derivedValue(DEFAULTS.serverPrice.value, v.srv, 'An 8×H100 HGX server with InfiniBand (a 2024 quote)', DEFAULTS.serverPrice.source, DEFAULTS.serverPrice.asOf),
    powerKw: derivedValue(DEFAULTS.powerKw.value, v.kw, 'DGX H100 maximum draw', DEFAULTS.powerKw.source, DEFAULTS.powerKw.asOf),
  };
  const tps = throughput.value ?? 0;
  const inputs: SelfHostInputs = {
    mode: v.mode,
    hoursPerMonth: v.hours,
    gpusPerServer: v.gpus,
    rentBasis: v.basis,
    gpuPricePerHour: prices.gpuPerHour.value ?? Number.NaN,
    instancePricePerHour: prices.instancePerHour.value ?? Number.NaN,
    serverPrice: prices.serverPrice.value ?? Number.NaN,
    amortizationYears: v.years,
    powerKw: prices.powerKw.value ?? Number.NaN,
    powerDrawShare: v.draw / 100,
    pue: v.pue,
    electricityPerKwh: v.kwh,
    coloPerKwMonth: v.colo,
    throughputTokensPerSecond: tps,
    maxLoad: v.load / 100,
    peakToAverage: v.peak,
    redundantServers: v.spare,
    staffFte: v.fte,
    costPerFtePerYear: v.fteCost,
    otherMonthly: v.other,
  };
  const node = serverMonthly(inputs);
  const usable = tps > 0 && Number.isFinite(node.total);
  const modelOptions = SELF_HOST_MODELS.map((m) => ({ value: m.id, label: `${m.name} on H100 SXM` }));
  return { model, acceleratorName: 'H100 SXM', throughput, prices, modelOptions, inputs, node, usable };
}
