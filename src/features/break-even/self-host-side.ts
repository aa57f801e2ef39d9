/**
 * The self-hosting side of the view: the open-weight model, the accelerator and server it runs on,
 * its throughput at a latency objective and what the server costs; each derived default beside the
 * user's override when there is one.
 */
import { DEFAULT_SELF_HOST_MODEL_ID } from '../../domain/breakeven/published-throughput.ts';
import { serverDefaults, type ServerDefault } from '../../domain/breakeven/server-defaults.ts';
import { serverThroughput, type ServerThroughput } from '../../domain/breakeven/server-throughput.ts';
import { serverMonthly, type NodeCostBreakdown, type SelfHostInputs } from '../../domain/breakeven/self-hosting.ts';
import { ACCELERATORS, acceleratorById, H100_SXM, type AcceleratorSpec } from '../../domain/gpu/accelerators.ts';
import { OPEN_WEIGHT_PRESETS } from '../../domain/gpu/serving-profile.ts';
import { speedLabel } from '../../domain/validation/speed-label.ts';
import type { BreakEvenValues } from './break-even-params.ts';

/** A number the page derives, the user's override of it, and the value in use. */
export type Derived = {
  derived: number | null;
  override: number | null;
  /** The override when there is one, else the derived value. */
  value: number | null;
  /** What the default is, in a few words ("p5.48xlarge on-demand $55.04/h ÷ 8"). */
  basis: string;
  source: string;
  asOf: string;
  assumption: boolean;
  /** Why there is no default, when there is none. */
  gap: string | null;
};

function fromDefault(d: ServerDefault | null, override: number | null, gap: string | undefined): Derived {
  return {
    derived: d?.value ?? null,
    override,
    value: override ?? d?.value ?? null,
    basis: d?.basis ?? '',
    source: d?.source ?? gap ?? '',
    asOf: d?.asOf ?? '',
    assumption: d?.assumption ?? false,
    gap: d ? null : (gap ?? 'No sourced default.'),
  };
}

export type ThroughputView = Derived & {
  server: ServerThroughput;
  /** "validated within X % (nearest point: …)" or "estimate: no published point nearby". */
  validation: string;
};

export type ServerPriceView = {
  gpuPerHour: Derived;
  instancePerHour: Derived;
  serverPrice: Derived;
  powerKw: Derived;
};

export type Option = { value: string; label: string };

export type SelfHostSide = {
  /** Catalog id and display name of the self-hosted open-weight model. */
  modelId: string;
  modelName: string;
  modelNote: string | null;
  modelOptions: Option[];
  accelerator: AcceleratorSpec;
  acceleratorOptions: Option[];
  /** Short accelerator name for sentences ("H100 SXM5 80 GB"). */
  acceleratorName: string;
  tensorParallel: { derived: number; override: number | null; value: number };
  ttftSeconds: { derived: number; override: number | null; value: number };
  tpotMs: { derived: number; override: number | null; value: number };
  throughput: ThroughputView;
  prices: ServerPriceView;
  /** H100 rental offers apply only to H100 servers. */
  showH100Offers: boolean;
  /** The inputs of the self-hosting formulas; throughput 0 when none is known. */
  inputs: SelfHostInputs;
  /** One server's monthly bill (NaN when a price is unknown). */
  node: NodeCostBreakdown;
  usable: boolean;
};

/** The self-hosted model: the link's pick, else the Bedrock model's own open weights, else the default. */
export function selfHostModelId(selfId: string | null, samePresetId: string | null): string {
  return selfId ?? samePresetId ?? DEFAULT_SELF_HOST_MODEL_ID;
}

export function shortAcceleratorName(a: AcceleratorSpec): string {
  return a.name.replace(/^NVIDIA |^AWS /, '');
}

/**
 * `samePresetId`: the preset running the Bedrock model's own weights, if any. `names`: catalog names
 * of the presets, for the picker.
 */
export function selfHostSide(v: BreakEvenValues, samePresetId: string | null, names: (catalogId: string) => string): SelfHostSide {
  const modelId = selfHostModelId(v.self, samePresetId);
  const accelerator = acceleratorById(v.acc) ?? H100_SXM;
  const server = serverThroughput({
    catalogId: modelId,
    accelerator: accelerator.id,
    acceleratorsPerServer: v.gpus,
    tensorParallel: v.tp,
    maxBatch: v.seqs,
    inputTokens: v.in,
    outputTokens: v.out,
    ttftSeconds: v.ttft,
    tpotSeconds: v.tpot === null ? null : v.tpot / 1000,
  });
  const d = server.perReplica;
  const throughput: ThroughputView = {
    derived: server.totalTokensPerSecond,
    override: v.tps,
    value: v.tps ?? server.totalTokensPerSecond,
    basis: d ? `${server.replicas} × ${server.tensorParallel}-GPU replica${server.replicas > 1 ? 's' : ''}, batch ${d.batch} (${d.limitedBy})` : '',
    source: `The app’s GPU model (src/domain/gpu, docs/gpu-roofline.md): ${server.profile.label}; ${server.profile.architectureLabel}. Latency objective: ${server.objective.mapping}; ${server.objective.source}.`,
    asOf: '2026-12-01',
    assumption: server.profile.basis === 'assumption',
    gap: server.refusal,
    server,
    validation: speedLabel({
      architectureId: server.profile.architecture.id,
      acceleratorId: accelerator.id,
      tensorParallel: server.tensorParallel,
      precision: server.precision,
      inputTokens: v.in,
      outputTokens: v.out,
    }).text,
  };
  const defaults = serverDefaults(accelerator, v.gpus);
  const prices: ServerPriceView = {
    gpuPerHour: fromDefault(defaults.gpuPerHour, v.gpuH, defaults.gaps.gpuPerHour),
    instancePerHour: fromDefault(defaults.instancePerHour, v.instH, defaults.gaps.gpuPerHour),
    serverPrice: fromDefault(defaults.serverPrice, v.srv, defaults.gaps.serverPrice),
    powerKw: fromDefault(defaults.powerKw, v.kw, defaults.gaps.powerKw),
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
  const preset = OPEN_WEIGHT_PRESETS.find((p) => p.catalogId === modelId);
  return {
    modelId,
    modelName: names(modelId),
    modelNote: preset?.note ?? null,
    modelOptions: OPEN_WEIGHT_PRESETS.map((p) => ({ value: p.catalogId, label: names(p.catalogId) })),
    accelerator,
    acceleratorOptions: ACCELERATORS.map((a) => ({ value: a.id, label: a.name })),
    acceleratorName: shortAcceleratorName(accelerator),
    tensorParallel: { derived: server.defaultTensorParallel, override: v.tp, value: server.tensorParallel },
    ttftSeconds: { derived: server.objective.defaultTtftSeconds, override: v.ttft, value: server.objective.ttftSeconds },
    tpotMs: { derived: server.objective.defaultTpotSeconds * 1000, override: v.tpot, value: server.objective.tpotSeconds * 1000 },
    throughput,
    prices,
    showH100Offers: accelerator.id === H100_SXM.id,
    inputs,
    node,
    usable: tps > 0 && Number.isFinite(node.total),
  };
}

