/**
 * "What a token costs to serve": the operator's side of the self-hosting numbers. A fleet of the
 * chosen servers, busy a chosen share of the time, against Bedrock's price for the same model.
 */
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { grossMargin, ownedServeCostRange, serveCostPer1M, type ServeCostPer1M } from '../../domain/breakeven/serve-cost.ts';
import { tokensPerServerMonth, type SelfHostInputs } from '../../domain/breakeven/self-hosting.ts';
import type { SelfHostSide } from './self-host-side.ts';

export type LabelledInput = { label: string; value: string; source: string; assumption: boolean };

export type ServeCostView = {
  modelName: string;
  acceleratorName: string;
  /** Bedrock's price for the same model at the workload's mix, or null when Bedrock does not offer it. */
  bedrockPricePer1M: number | null;
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

export function serveCostView(
  side: SelfHostSide,
  fleet: { servers: number; utilisation: number },
  bedrock: { pricePer1M: number; label: string } | null,
  override: { servers: number | null; utilizationPercent: number | null },
): ServeCostView | null {
  if (!(side.inputs.throughputTokensPerSecond > 0)) return null;
  const derivedServers = Math.max(1, fleet.servers);
  const derivedUtil = Math.min(100, Math.max(1, Number((fleet.utilisation * 100).toFixed(1))));
  const servers = override.servers ?? derivedServers;
  const utilizationPercent = override.utilizationPercent ?? derivedUtil;
  const u = utilizationPercent / 100;
  const owned: SelfHostInputs = { ...side.inputs, mode: 'buy' };
  const ownedCost = serveCostPer1M({ inputs: owned, servers, utilization: u });
  const range = ownedServeCostRange({ inputs: owned, servers, utilization: u });
  const instance = side.prices.instancePerHour.value;
  const rentedAtEc2 =
    instance !== null ? serveCostPer1M({ inputs: { ...side.inputs, mode: 'rent', rentBasis: 'instance', instancePricePerHour: instance }, servers, utilization: u }) : null;
  const p = bedrock?.pricePer1M ?? null;
  const i = owned;
  return {
    modelName: side.model.name,
    acceleratorName: side.acceleratorName,
    bedrockPricePer1M: p,
    bedrockPriceLabel: bedrock?.label ?? '',
    servers: { derived: derivedServers, override: override.servers, value: servers },
    utilizationPercent: { derived: derivedUtil, override: override.utilizationPercent, value: utilizationPercent },
    owned: ownedCost,
    ownedCheapest: range.cheapest,
    ownedDearest: range.dearest,
    rentedAtEc2,
    ec2Label: instance !== null ? `$${fmt(instance)} an hour per server` : '',
    margin:
      p !== null && p > 0
        ? {
            central: grossMargin(p, ownedCost.total),
            low: grossMargin(p, range.dearest.total),
            high: grossMargin(p, range.cheapest.total),
            atEc2: rentedAtEc2 ? grossMargin(p, rentedAtEc2.total) : null,
          }
        : null,
    inputs: [
      { label: 'Throughput per server', value: `${fmt(i.throughputTokensPerSecond, 0)} tokens/s`, source: side.throughput.source, assumption: false },
      { label: 'Tokens per server-month at full use', value: fmt(tokensPerServerMonth(i), 0), source: 'Throughput × 3,600 × hours per month.', assumption: false },
      { label: 'Server price', value: `$${fmt(i.serverPrice, 0)}`, source: side.prices.serverPrice.source, assumption: false },
      { label: 'Amortization', value: `${fmt(i.amortizationYears)} years`, source: DEFAULTS.amortizationYears.source, assumption: false },
      { label: 'Power per server', value: `${fmt(i.powerKw)} kW × ${fmt(i.powerDrawShare * 100, 0)} % average draw`, source: side.prices.powerKw.source, assumption: side.prices.powerKw.assumption },
      { label: 'PUE', value: fmt(i.pue), source: DEFAULTS.pue.source, assumption: false },
      { label: 'Electricity', value: `$${fmt(i.electricityPerKwh, 4)}/kWh`, source: DEFAULTS.electricityPerKwh.source, assumption: false },
      { label: 'Facility (colocation)', value: `$${fmt(i.coloPerKwMonth)}/kW-month`, source: DEFAULTS.coloPerKwMonth.source, assumption: false },
      { label: 'Staff', value: `${fmt(i.staffFte)} FTE × $${fmt(i.costPerFtePerYear, 0)}/year over ${fmt(servers, 0)} servers`, source: DEFAULTS.staffFte.source, assumption: true },
    ],
  };
}
