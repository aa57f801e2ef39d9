/** The equations with the scenario's own numbers in them, so every figure on the page can be checked. */
import { formatPercent } from '../../domain/format/percent.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { rentServerHourly, type SelfHostInputs } from '../../domain/breakeven/self-hosting.ts';
import type { FleetResults } from './fleet-results.ts';

export type FormulaLine = { name: string; formula: string; value: string };

function n(x: number, digits = 0): string {
  return Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—';
}

function per1M(x: number): string {
  return Number.isFinite(x) ? `${formatUsd(x)}/1M` : '—';
}

export function formulaLines(i: SelfHostInputs, r: FleetResults, volume: number, pricePer1M: number): FormulaLine[] {
  const H = i.hoursPerMonth;
  const node =
    i.mode === 'rent'
      ? `${formatUsd(rentServerHourly(i))}/h × ${n(H)} h`
      : `${formatUsd(i.serverPrice)}/(12×${n(i.amortizationYears, 2)}) + ${n(i.powerKw, 2)} kW×${formatPercent(i.powerDrawShare, 0)}×${n(i.pue, 2)}×${n(H)} h×$${i.electricityPerKwh} + ${n(i.powerKw, 2)} kW×${formatUsd(i.coloPerKwMonth)}`;
  const be = r.breakEven;
  const never = r.per1MAtSafeLoad >= pricePer1M;
  return [
    { name: 'Server, per month', formula: `C_node = ${node}`, value: formatUsd(r.node.total) },
    { name: 'Capacity per server', formula: `K = S × 3600 × H = ${n(i.throughputTokensPerSecond)} × 3600 × ${n(H)}`, value: `${n(r.capacityPerServer)} tokens` },
    {
      name: 'Servers needed',
      formula: `N = ⌈k·T/(K·Lmax)⌉ + R = ⌈${n(i.peakToAverage, 2)}×${n(volume)}/(K×${formatPercent(i.maxLoad, 0)})⌉ + ${n(i.redundantServers)}`,
      value: n(r.servers),
    },
    {
      name: 'Self-hosting, per month',
      formula: `C_self = N·C_node + FTE·W/12 + other = ${n(r.servers)}×${formatUsd(r.node.total)} + ${n(i.staffFte, 2)}×${formatUsd(i.costPerFtePerYear)}/12 + ${formatUsd(i.otherMonthly)}`,
      value: formatUsd(r.selfMonthly),
    },
    { name: 'Utilization', formula: 'U = T/(N·K)', value: formatPercent(r.utilisation) },
    { name: 'Per 1M, tokens served', formula: `C_self/T = ${formatUsd(r.selfMonthly)}/${n(volume)} × 10⁶`, value: per1M(r.per1MServed) },
    { name: 'Per 1M, at full use', formula: `C_self/(N·K) = ${formatUsd(r.selfMonthly)}/(${n(r.servers)}×${n(r.capacityPerServer)}) × 10⁶`, value: per1M(r.per1MFullUse) },
    { name: 'Bedrock, per month', formula: `C_api = T × p_blend = ${n(volume)} × ${per1M(pricePer1M)}`, value: formatUsd(r.bedrockMonthly) },
    {
      name: 'Never-breaks-even test',
      formula: `C_node·k/(K·Lmax) = ${per1M(r.per1MAtSafeLoad)} ${never ? '≥' : '<'} p_blend ${per1M(pricePer1M)}`,
      value: never ? 'never' : 'can break even',
    },
    { name: 'Break-even volume', formula: 'T* = smallest T with C_self(T) < T·p_blend', value: be.kind === 'never' ? 'never' : `${n(be.tokensPerMonth)} tokens` },
    {
      name: 'Break-even utilization',
      formula: `U* = (C_node/H)/(S·3600·p) = ${formatUsd(r.node.total / H)}/(${n(i.throughputTokensPerSecond)}×3600×${per1M(pricePer1M)})`,
      value: formatPercent(r.breakEvenUtilisation),
    },
  ];
}
