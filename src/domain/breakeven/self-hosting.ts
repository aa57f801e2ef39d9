/**
 * Self-hosting cost against a per-token API. Equations and sources: docs/break-even.md (from the
 * project's TCO reference, §6). Prices per token are given per 1M tokens, as the catalog stores them.
 *
 * The rule the whole model rests on: an always-on server bills every hour of the month; utilisation
 * divides the tokens it serves, never its bill.
 */

export type SelfHostMode = 'rent' | 'buy';
export type RentBasis = 'gpu' | 'instance';

export type SelfHostInputs = {
  mode: SelfHostMode;
  /** Billable hours in a month (730 = 8,760 / 12; AWS examples use 744). */
  hoursPerMonth: number;
  gpusPerServer: number;
  rentBasis: RentBasis;
  gpuPricePerHour: number;
  instancePricePerHour: number;
  serverPrice: number;
  amortizationYears: number;
  /** Provisioned (maximum) power of one server, kW; colocation bills on this. */
  powerKw: number;
  /** Average draw as a share of the maximum (energy bills on this). */
  powerDrawShare: number;
  pue: number;
  electricityPerKwh: number;
  coloPerKwMonth: number;
  /** Sustained input+output tokens per second of one server at your latency target. */
  throughputTokensPerSecond: number;
  /** Safe utilisation a server may be sized to (0..1). */
  maxLoad: number;
  /** Peak hour ÷ average hour; the fleet is sized for the peak. */
  peakToAverage: number;
  redundantServers: number;
  staffFte: number;
  costPerFtePerYear: number;
  /** Licences, support, storage, egress: anything else billed monthly. */
  otherMonthly: number;
};

export type NodeCostBreakdown = {
  depreciation: number;
  power: number;
  colocation: number;
  rent: number;
  total: number;
};

/** Rented hourly price of one server. */
export function rentServerHourly(i: Pick<SelfHostInputs, 'rentBasis' | 'gpuPricePerHour' | 'gpusPerServer' | 'instancePricePerHour'>): number {
  return i.rentBasis === 'gpu' ? i.gpuPricePerHour * i.gpusPerServer : i.instancePricePerHour;
}

/** The rented price of one GPU-hour, whichever way the rent was entered. */
export function rentGpuHourly(i: Pick<SelfHostInputs, 'rentBasis' | 'gpuPricePerHour' | 'gpusPerServer' | 'instancePricePerHour'>): number {
  return i.rentBasis === 'gpu' ? i.gpuPricePerHour : i.instancePricePerHour / i.gpusPerServer;
}

/** Own: P/(12·Y) + kW·draw·PUE·H·e + kW·colo. */
export function ownServerMonthly(i: SelfHostInputs): NodeCostBreakdown {
  const depreciation = i.serverPrice / (12 * i.amortizationYears);
  const power = i.powerKw * i.powerDrawShare * i.pue * i.hoursPerMonth * i.electricityPerKwh;
  const colocation = i.powerKw * i.coloPerKwMonth;
  return { depreciation, power, colocation, rent: 0, total: depreciation + power + colocation };
}

/** Rent: price × H — every hour of the month, whatever the load. */
export function rentServerMonthly(i: SelfHostInputs): NodeCostBreakdown {
  const rent = rentServerHourly(i) * i.hoursPerMonth;
  return { depreciation: 0, power: 0, colocation: 0, rent, total: rent };
}

export function serverMonthly(i: SelfHostInputs): NodeCostBreakdown {
  return i.mode === 'rent' ? rentServerMonthly(i) : ownServerMonthly(i);
}

export function staffMonthly(i: Pick<SelfHostInputs, 'staffFte' | 'costPerFtePerYear'>): number {
  return (i.staffFte * i.costPerFtePerYear) / 12;
}

/** K = S·3600·H: tokens one server can serve in a month at 100 % load. */
export function tokensPerServerMonth(i: Pick<SelfHostInputs, 'throughputTokensPerSecond' | 'hoursPerMonth'>): number {
  return i.throughputTokensPerSecond * 3600 * i.hoursPerMonth;
}

/** Average monthly tokens one serving server may carry: K·Lmax/k (sized for the peak). */
export function servingCapacityPerServer(i: SelfHostInputs): number {
  return (tokensPerServerMonth(i) * i.maxLoad) / i.peakToAverage;
}

/** N = ceil(k·T/(K·Lmax)) + R. */
export function serversNeeded(i: SelfHostInputs, tokensPerMonth: number): number {
  if (tokensPerMonth <= 0) return i.redundantServers;
  const ratio = tokensPerMonth / servingCapacityPerServer(i);
  // Guard against 2.0000000001 turning into 3 servers through float noise.
  return Math.ceil(ratio - 1e-9) + i.redundantServers;
}

/** Fixed monthly cost that does not scale with servers. */
export function fixedMonthly(i: SelfHostInputs): number {
  return staffMonthly(i) + i.otherMonthly;
}

/** C_self = N·C_node + FTE·W/12 + C_other. */
export function selfHostMonthly(i: SelfHostInputs, tokensPerMonth: number): number {
  return serversNeeded(i, tokensPerMonth) * serverMonthly(i).total + fixedMonthly(i);
}

export function apiMonthly(pricePer1M: number, tokensPerMonth: number): number {
  return (pricePer1M * tokensPerMonth) / 1e6;
}

/** U = T/(N·K): the share of the fleet's capacity that does useful work. */
export function realisedUtilisation(i: SelfHostInputs, tokensPerMonth: number): number {
  const n = serversNeeded(i, tokensPerMonth);
  return n === 0 ? 0 : tokensPerMonth / (n * tokensPerServerMonth(i));
}

export function selfHostCostPer1M(i: SelfHostInputs, tokensPerMonth: number): number {
  return tokensPerMonth > 0 ? (selfHostMonthly(i, tokensPerMonth) / tokensPerMonth) * 1e6 : Infinity;
}

/** $/1M of one server whose bill is spread over the tokens it serves at utilisation U. */
export function costPer1MAtUtilisation(serverMonthlyCost: number, tokensPerServerMonthAtFullLoad: number, utilisation: number): number {
  return (serverMonthlyCost / (tokensPerServerMonthAtFullLoad * utilisation)) * 1e6;
}

/** The best a server can do: every serving server at max load at the peak (staff and spares excluded). */
export function costPer1MAtMaxLoad(i: SelfHostInputs): number {
  return (serverMonthly(i).total / servingCapacityPerServer(i)) * 1e6;
}

/** U* = (C_node/H)/(S·3600·p): utilisation at which a server's tokens cost what the API charges. */
export function breakEvenUtilisation(i: SelfHostInputs, pricePer1M: number): number {
  return serverMonthly(i).total / i.hoursPerMonth / ((i.throughputTokensPerSecond * 3600 * pricePer1M) / 1e6);
}

export type Crossover = { tokensPerMonth: number; cheaperAbove: 'self-hosting' | 'api'; servers: number };

export type BreakEven =
  | { kind: 'never'; costPer1MAtMaxLoad: number }
  | {
      kind: 'volume';
      /** The smallest volume at which self-hosting is cheaper than the API. */
      tokensPerMonth: number;
      /** From here on self-hosting stays cheaper at every larger volume. */
      sustainedFromTokensPerMonth: number;
      servers: number;
      costPer1MAtMaxLoad: number;
    };

/** Self cost over step m (m serving servers, plus spares). */
function stepCost(i: SelfHostInputs, m: number, node: number, fixed: number): number {
  return (m + i.redundantServers) * node + fixed;
}

/**
 * Break-even of a step-function cost against a straight API line, in closed form. With d = p·cap − C_node
 * (what one full server saves against the API), self-hosting first wins inside step
 * m1 = ⌊(R·C_node + F)/d⌋ + 1 and wins from the start of every step from m0 = ⌊(R·C_node + F + p·cap)/d⌋ + 1.
 * It never wins when d ≤ 0: each added server then costs at least what its tokens cost on the API.
 */
export function breakEven(i: SelfHostInputs, pricePer1M: number): BreakEven {
  const atMax = costPer1MAtMaxLoad(i);
  if (!(pricePer1M > 0) || !(atMax < pricePer1M)) return { kind: 'never', costPer1MAtMaxLoad: atMax };
  const cap = servingCapacityPerServer(i);
  const node = serverMonthly(i).total;
  const fixed = fixedMonthly(i);
  const p = pricePer1M / 1e6;
  const d = p * cap - node;
  const overhead = i.redundantServers * node + fixed;
  const m1 = Math.floor(overhead / d) + 1;
  const m0 = Math.floor((overhead + p * cap) / d) + 1;
  const first = stepCost(i, m1, node, fixed) / p;
  const sustained = m0 - 1 > m1 ? stepCost(i, m0 - 1, node, fixed) / p : first;
  return {
    kind: 'volume',
    tokensPerMonth: first,
    sustainedFromTokensPerMonth: sustained,
    servers: m1 + i.redundantServers,
    costPer1MAtMaxLoad: atMax,
  };
}

/** Every volume in (0, maxTokens] where the cheaper option changes (for marking on the chart). */
export function crossovers(i: SelfHostInputs, pricePer1M: number, maxTokens: number, maxSteps = 5000): Crossover[] {
  const cap = servingCapacityPerServer(i);
  if (!(cap > 0) || !(pricePer1M > 0)) return [];
  const node = serverMonthly(i).total;
  const fixed = fixedMonthly(i);
  const p = pricePer1M / 1e6;
  const out: Crossover[] = [];
  let selfWinning = false;
  const steps = Math.min(maxSteps, Math.ceil(maxTokens / cap));
  for (let m = 1; m <= steps; m++) {
    const c = stepCost(i, m, node, fixed);
    const start = (m - 1) * cap;
    const end = m * cap;
    const selfAtStart = c < p * start;
    if (selfAtStart !== selfWinning && start > 0) {
      out.push({ tokensPerMonth: start, cheaperAbove: selfAtStart ? 'self-hosting' : 'api', servers: m + i.redundantServers });
    }
    selfWinning = selfAtStart;
    const from = c / p;
    if (!selfWinning && from < end && from <= maxTokens) {
      out.push({ tokensPerMonth: from, cheaperAbove: 'self-hosting', servers: m + i.redundantServers });
      selfWinning = true;
    }
  }
  return out;
}

/** Breakpoints of the self-hosting staircase in [0, maxTokens]: [volume, cost] pairs, for drawing. */
export function selfHostSteps(i: SelfHostInputs, maxTokens: number, maxSteps = 2000): { tokensPerMonth: number; servers: number; cost: number }[] {
  const cap = servingCapacityPerServer(i);
  const node = serverMonthly(i).total;
  const fixed = fixedMonthly(i);
  const steps = Math.min(maxSteps, Math.max(1, Math.ceil(maxTokens / cap)));
  const out: { tokensPerMonth: number; servers: number; cost: number }[] = [];
  for (let m = 1; m <= steps; m++) {
    out.push({ tokensPerMonth: (m - 1) * cap, servers: m + i.redundantServers, cost: stepCost(i, m, node, fixed) });
  }
  return out;
}

/**
 * Own vs rent, per GPU: H* = (C_own/GPUs + staff/GPUs_total)/r_gpu GPU-hours a month.
 * Below H* hours of use, renting by the hour is cheaper; above it, owning is.
 */
export function ownVsRentHours(ownServerMonthlyCost: number, gpusPerServer: number, rentPerGpuHour: number, staffMonthlyCost = 0, gpusTotal = gpusPerServer): number {
  return (ownServerMonthlyCost / gpusPerServer + staffMonthlyCost / gpusTotal) / rentPerGpuHour;
}

/** Tokens a month → requests a day, for a request of the given size. */
export function requestsPerDay(tokensPerMonth: number, tokensPerRequest: number, hoursPerMonth: number): number {
  return tokensPerMonth / tokensPerRequest / (hoursPerMonth / 24);
}

export function tokensPerMonthFromRequests(requestsPerDayValue: number, tokensPerRequest: number, hoursPerMonth: number): number {
  return requestsPerDayValue * tokensPerRequest * (hoursPerMonth / 24);
}
