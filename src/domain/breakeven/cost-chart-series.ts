/**
 * What the monthly-cost chart draws, as plain numbers: the range worth showing, the self-hosting
 * staircase, Bedrock's straight line, the crossovers and a table of the same points for readers
 * who cannot see the chart.
 */
import {
  apiMonthly,
  crossovers,
  selfHostMonthly,
  selfHostSteps,
  serversNeeded,
  servingCapacityPerServer,
  type BreakEven,
  type Crossover,
  type SelfHostInputs,
} from './self-hosting.ts';

export type ChartZoom = 'break-even' | 'volume';

export type CostStep = { fromTokensPerMonth: number; toTokensPerMonth: number; servers: number; costPerMonth: number };

export type CrossoverPoint = Crossover & { costPerMonth: number };

export type ChartTableRow = { label: string; tokensPerMonth: number; servers: number; selfPerMonth: number; bedrockPerMonth: number };

export type CostChartSeries = {
  xMax: number;
  /** Top of the cost axis before rounding to nice ticks. */
  yMax: number;
  steps: CostStep[];
  bedrockAtXMax: number;
  /** Where the cheaper side changes, with the (equal) monthly cost there. */
  crossovers: CrossoverPoint[];
  userTokensPerMonth: number;
  table: ChartTableRow[];
};

/** The volume range worth showing: the user's volume, the crossovers and a few server steps. */
export function chartRange(i: SelfHostInputs, volume: number, be: BreakEven | null, zoom: ChartZoom): number {
  if (zoom === 'volume') return Math.max(volume * 2, 1e6);
  const cap = servingCapacityPerServer(i);
  let max = Math.max(volume * 1.5, cap * 3, 1e6);
  if (be?.kind === 'volume') max = Math.max(max, be.sustainedFromTokensPerMonth * 1.25, be.tokensPerMonth * 1.5);
  // Thousands of steps read as a ramp; cap the range so each step stays visible.
  if (cap > 0) max = Math.min(max, Math.max(volume * 1.5, cap * 400));
  return max;
}

const MAX_TABLE_STEPS = 40;
const MAX_CROSSOVERS = 60;

export function costChartSeries(i: SelfHostInputs, pricePer1M: number, volume: number, be: BreakEven | null, zoom: ChartZoom): CostChartSeries {
  const xMax = chartRange(i, volume, be, zoom);
  const raw = selfHostSteps(i, xMax);
  const steps: CostStep[] = raw.map((s, k) => ({
    fromTokensPerMonth: Math.max(0, s.tokensPerMonth),
    toTokensPerMonth: Math.min(xMax, raw[k + 1]?.tokensPerMonth ?? xMax),
    servers: s.servers,
    costPerMonth: s.cost,
  }));
  const bedrockAtXMax = apiMonthly(pricePer1M, xMax);
  const cross = crossovers(i, pricePer1M, xMax)
    .slice(0, MAX_CROSSOVERS)
    .map((c) => ({ ...c, costPerMonth: apiMonthly(pricePer1M, c.tokensPerMonth) }));
  const row = (label: string, t: number): ChartTableRow => ({
    label,
    tokensPerMonth: t,
    servers: serversNeeded(i, t),
    selfPerMonth: selfHostMonthly(i, t),
    bedrockPerMonth: apiMonthly(pricePer1M, t),
  });
  const table = [
    ...steps.slice(0, MAX_TABLE_STEPS).map((s) => row(`Step to ${s.servers} servers`, Math.max(s.fromTokensPerMonth, 1))),
    row('Your volume', volume),
    ...cross.map((c) => row(`Crossover: ${c.cheaperAbove === 'self-hosting' ? 'self-hosting' : 'Bedrock'} cheaper above`, c.tokensPerMonth)),
  ].sort((a, b) => a.tokensPerMonth - b.tokensPerMonth);
  return {
    xMax,
    yMax: Math.max(selfHostMonthly(i, xMax), bedrockAtXMax) * 1.08,
    steps,
    bedrockAtXMax,
    crossovers: cross,
    userTokensPerMonth: volume,
    table,
  };
}
