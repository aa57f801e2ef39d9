/**
 * "What a token costs to serve": the operator's side. The chosen Bedrock model on a fleet of the
 * chosen accelerator (its open weights, or for a closed model a stand-in calibrated to its observed
 * speed), busy a chosen share of the time, against Bedrock's price for it.
 */
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { grossMargin, ownedServeCostRange, serveCostPer1M, type ServeCostPer1M } from '../../domain/breakeven/serve-cost.ts';
import { serverThroughput } from '../../domain/breakeven/server-throughput.ts';
import { serversNeeded, tokensPerServerMonth, type SelfHostInputs } from '../../domain/breakeven/self-hosting.ts';
import type { BedrockModelRef, BedrockQuote } from './bedrock-price.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import type { SelfHostSide } from './self-host-side.ts';

export type LabelledInput = { label: string; value: string; source: string; assumption: boolean };

export type ServeCostView = {
  modelName: string;
  acceleratorName: string;
  /** How the model's speed is known: "modelled …", "calibrated to observed speed …" or "assumption …". */
  speedLabel: string;
  closedWeights: boolean;
  /** Why no cost can be computed (the model does not fit, an objective is unreachable), or null. */
  refusal: string | null;
  /** Bedrock's price for the model at the workload's mix, and its price point. */
  bedrockPricePer1M: number;
  bedrockPriceLabel: string;
  servers: { derived: number; override: number | null; value: number };
  /** Share of full throughput that serves paid tokens, in percent. */
  utilizationPercent: { derived: number; override: number | null; value: number };
  owned: ServeCostPer1M;
  ownedCheapest: ServeCostPer1M;
  ownedDearest: ServeCostPer1M;
  /** The same fleet rented at the EC2 on-demand price (AWS's price to its customers: an upper bound). */
  rentedAtEc2: ServeCostPer1M | null;
  ec2Label: string;
  /** Implied gross margin: central, and the range over the owned cost's sourced ranges. */
  margin: { central: number; low: number; high: number; atEc2: number | null } | null;
  inputs: LabelledInput[];
};

function fmt(n: number, digits = 2): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function serveCostFor(v: BreakEvenValues, model: BedrockModelRef, q: BedrockQuote, side: SelfHostSide, likeForLike: boolean, volume: number): ServeCostView | null {
  // Like-for-like, the operator runs exactly the self-hosted server (the user's throughput included).
  const own = likeForLike
    ? { tps: side.throughput.value, label: side.throughput.server.profile.label, refusal: side.throughput.gap, source: side.throughput.source }
    : (() => {
        const t = serverThroughput({
          catalogId: model.id,
          accelerator: side.accelerator.id,
          acceleratorsPerServer: v.gpus,
          tensorParallel: null,
          maxBatch: v.seqs,
          inputTokens: v.in,
          outputTokens: v.out,
          ttftSeconds: v.ttft,
          tpotSeconds: v.tpot === null ? null : v.tpot / 1000,
        });
        return { tps: t.totalTokensPerSecond, label: t.profile.label, refusal: t.refusal, source: `${t.profile.label}; ${t.profile.architectureLabel}` };
      })();
  if (!Number.isFinite(q.blendPer1M)) return null;
  const inputs: SelfHostInputs = { ...side.inputs, mode: 'buy', throughputTokensPerSecond: own.tps ?? 0 };
  const usable = (own.tps ?? 0) > 0;
  const fleetAtVolume = usable ? Math.max(1, serversNeeded(inputs, volume)) : 1;
  // A fleet sized as above runs, at scale, at its safe average load: max load ÷ peak-to-average.
  const derivedUtil = Math.min(100, Math.max(1, Number(((inputs.maxLoad / inputs.peakToAverage) * 100).toFixed(1))));
  const servers = v.fleet ?? fleetAtVolume;
  const utilizationPercent = v.util ?? derivedUtil;
  const u = utilizationPercent / 100;
  const owned = serveCostPer1M({ inputs, servers, utilization: u });
  const range = ownedServeCostRange({ inputs, servers, utilization: u });
  const instance = side.prices.instancePerHour.value;
  const rentedAtEc2 = instance !== null ? serveCostPer1M({ inputs: { ...inputs, mode: 'rent', rentBasis: 'instance', instancePricePerHour: instance }, servers, utilization: u }) : null;
  const p = q.blendPer1M;
  const ok = usable && Number.isFinite(owned.total);
  return {
    modelName: model.name,
    acceleratorName: side.acceleratorName,
    speedLabel: own.label,
    closedWeights: model.closedWeights,
    refusal: usable ? (Number.isFinite(owned.total) ? null : 'Enter the server’s price and power (Buy inputs) to cost an owned fleet.') : own.refusal,
    bedrockPricePer1M: p,
    bedrockPriceLabel: `${q.model.name}, ${q.price.label}`,
    servers: { derived: fleetAtVolume, override: v.fleet, value: servers },
    utilizationPercent: { derived: derivedUtil, override: v.util, value: utilizationPercent },
    owned,
    ownedCheapest: range.cheapest,
    ownedDearest: range.dearest,
    rentedAtEc2,
    ec2Label: instance !== null ? `$${fmt(instance)} an hour per server` : '',
    margin: ok
      ? {
          central: grossMargin(p, owned.total),
          low: grossMargin(p, range.dearest.total),
          high: grossMargin(p, range.cheapest.total),
          atEc2: rentedAtEc2 ? grossMargin(p, rentedAtEc2.total) : null,
        }
      : null,
    inputs: [
      { label: 'Throughput per server', value: `${fmt(inputs.throughputTokensPerSecond, 0)} tokens/s`, source: own.source, assumption: !likeForLike && model.closedWeights },
      { label: 'Tokens per server-month at full use', value: fmt(tokensPerServerMonth(inputs), 0), source: 'Throughput × 3,600 × hours per month.', assumption: false },
      { label: 'Server price', value: Number.isFinite(inputs.serverPrice) ? `$${fmt(inputs.serverPrice, 0)}` : 'not known', source: side.prices.serverPrice.source, assumption: false },
      { label: 'Amortization', value: `${fmt(inputs.amortizationYears)} years`, source: DEFAULTS.amortizationYears.source, assumption: false },
      {
        label: 'Power per server',
        value: Number.isFinite(inputs.powerKw) ? `${fmt(inputs.powerKw)} kW × ${fmt(inputs.powerDrawShare * 100, 0)} % average draw` : 'not known',
        source: side.prices.powerKw.source,
        assumption: side.prices.powerKw.assumption,
      },
      { label: 'PUE', value: fmt(inputs.pue), source: DEFAULTS.pue.source, assumption: false },
      { label: 'Electricity', value: `$${fmt(inputs.electricityPerKwh, 4)}/kWh`, source: DEFAULTS.electricityPerKwh.source, assumption: false },
      { label: 'Facility (colocation)', value: `$${fmt(inputs.coloPerKwMonth)}/kW-month`, source: DEFAULTS.coloPerKwMonth.source, assumption: false },
      { label: 'Staff', value: `${fmt(inputs.staffFte)} FTE × $${fmt(inputs.costPerFtePerYear, 0)}/year over ${fmt(servers, 0)} servers`, source: DEFAULTS.staffFte.source, assumption: true },
    ],
  };
}
