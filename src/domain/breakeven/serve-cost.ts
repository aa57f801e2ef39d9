/**
 * What a token costs to serve, seen from the operator's side (issue 15): a fleet of servers of one
 * accelerator, busy a chosen share of the time, costs its hardware, power, facility and staff every
 * hour; divided by the tokens it serves, that is a cost per 1M tokens to set beside Bedrock's price.
 * The same inputs and formulas as self-hosting (self-hosting.ts); nothing here is AWS's own cost,
 * which is not published.
 */
import { DEFAULTS } from './defaults.ts';
import { ownServerMonthly, rentServerMonthly, staffMonthly, tokensPerServerMonth, type SelfHostInputs } from './self-hosting.ts';

export type ServeCostPer1M = {
  hardware: number;
  power: number;
  facility: number;
  /** Renting at an hourly price instead of owning (hardware, power and facility are then in it). */
  rent: number;
  staff: number;
  total: number;
};

export type ServeCostInputs = {
  /** The self-hosting inputs: prices, power, facility, staff, throughput per server. */
  inputs: SelfHostInputs;
  /** Servers in the operator's fleet; the staff is spread over them. */
  servers: number;
  /** Share of the fleet's full throughput that serves paid tokens (0..1]. */
  utilization: number;
};

/** Cost per 1M tokens of one server's share of the fleet: (monthly cost per server) ÷ (K·U) · 10⁶. */
export function serveCostPer1M({ inputs, servers, utilization }: ServeCostInputs): ServeCostPer1M {
  const tokens = tokensPerServerMonth(inputs) * utilization;
  const per1M = (monthly: number) => (tokens > 0 ? (monthly / tokens) * 1e6 : Infinity);
  const node = inputs.mode === 'buy' ? ownServerMonthly(inputs) : rentServerMonthly(inputs);
  const staff = servers > 0 ? staffMonthly(inputs) / servers : Infinity;
  const parts = {
    hardware: per1M(node.depreciation),
    power: per1M(node.power),
    facility: per1M(node.colocation),
    rent: per1M(node.rent),
    staff: per1M(staff),
  };
  return { ...parts, total: parts.hardware + parts.power + parts.facility + parts.rent + parts.staff };
}

/** (price − cost) ÷ price: the share of Bedrock's price left after serving, if it cost what this fleet costs. */
export function grossMargin(pricePer1M: number, costPer1M: number): number {
  return pricePer1M > 0 ? (pricePer1M - costPer1M) / pricePer1M : Number.NaN;
}

type Ranged = 'serverPrice' | 'amortizationYears' | 'pue' | 'electricityPerKwh' | 'coloPerKwMonth' | 'costPerFtePerYear';

// Which end of each sourced range makes serving cheaper: a longer life spreads the price thinner.
const CHEAP_END: Record<Ranged, 'low' | 'high'> = {
  serverPrice: 'low',
  amortizationYears: 'high',
  pue: 'low',
  electricityPerKwh: 'low',
  coloPerKwMonth: 'low',
  costPerFtePerYear: 'low',
};

/**
 * The owned fleet's cost with every sourced input at its cheapest and at its dearest plausible end
 * (DEFAULTS ranges). An input the user changed from its default is theirs and stays put.
 */
export function ownedServeCostRange(c: ServeCostInputs): { cheapest: ServeCostPer1M; dearest: ServeCostPer1M } {
  const at = (end: 'cheap' | 'dear'): ServeCostInputs => {
    const inputs: SelfHostInputs = { ...c.inputs, mode: 'buy' };
    for (const key of Object.keys(CHEAP_END) as Ranged[]) {
      const d = DEFAULTS[key];
      if (inputs[key] !== d.value) continue;
      const cheapEnd = CHEAP_END[key];
      const pick = end === 'cheap' ? cheapEnd : cheapEnd === 'low' ? 'high' : 'low';
      inputs[key] = d.range[pick];
    }
    return { ...c, inputs };
  };
  return { cheapest: serveCostPer1M(at('cheap')), dearest: serveCostPer1M(at('dear')) };
}
