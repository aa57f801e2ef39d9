/** What the self-hosted fleet costs and serves at one volume against one Bedrock price. */
import {
  apiMonthly,
  breakEven,
  breakEvenUtilisation,
  costPer1MAtMaxLoad,
  realisedUtilisation,
  selfHostMonthly,
  serverMonthly,
  serversNeeded,
  servingCapacityPerServer,
  staffMonthly,
  tokensPerServerMonth,
  type BreakEven,
  type NodeCostBreakdown,
  type SelfHostInputs,
} from '../../domain/breakeven/self-hosting.ts';

export type FleetResults = {
  servers: number;
  node: NodeCostBreakdown;
  staffMonthly: number;
  selfMonthly: number;
  bedrockMonthly: number;
  /** K: tokens one server serves in a month at 100 % load. */
  capacityPerServer: number;
  /** K·Lmax/k: the average monthly tokens one serving server may carry. */
  servingCapacityPerServer: number;
  /** U = T/(N·K). */
  utilisation: number;
  /** What the fleet costs ÷ the tokens it serves (idle capacity and spares counted). */
  per1MServed: number;
  /** The same fleet cost ÷ the tokens it would serve with every server busy every hour. */
  per1MFullUse: number;
  /** One server at its safe average load (the never-breaks-even test). */
  per1MAtSafeLoad: number;
  breakEven: BreakEven;
  breakEvenUtilisation: number;
  /** Lmax/k: the average load the sizing allows. */
  safeAverageLoad: number;
};

export function fleetResults(i: SelfHostInputs, volume: number, price: number): FleetResults {
  const servers = serversNeeded(i, volume);
  const node = serverMonthly(i);
  const selfMonthly = selfHostMonthly(i, volume);
  const capacityPerServer = tokensPerServerMonth(i);
  return {
    servers,
    node,
    staffMonthly: staffMonthly(i),
    selfMonthly,
    bedrockMonthly: apiMonthly(price, volume),
    capacityPerServer,
    servingCapacityPerServer: servingCapacityPerServer(i),
    utilisation: realisedUtilisation(i, volume),
    per1MServed: volume > 0 ? (selfMonthly / volume) * 1e6 : Infinity,
    per1MFullUse: servers > 0 ? (selfMonthly / (servers * capacityPerServer)) * 1e6 : Infinity,
    per1MAtSafeLoad: costPer1MAtMaxLoad(i),
    breakEven: breakEven(i, price),
    breakEvenUtilisation: breakEvenUtilisation(i, price),
    safeAverageLoad: i.maxLoad / i.peakToAverage,
  };
}

