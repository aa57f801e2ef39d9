import { formatUsd } from '../../domain/format/money.ts';
import { rentServerHourly } from '../../domain/breakeven/self-hosting.ts';
import { Card } from '../../ui/card.tsx';
import type { Scenario } from './resolve-scenario.ts';
import { num, pct, per1M } from './format.ts';

function Line({ name, formula, value }: { name: string; formula: string; value: string }) {
  return (
    <div className="grid gap-x-3 border-t border-line py-1.5 sm:grid-cols-[11rem_1fr]">
      <dt className="font-medium text-fg">{name}</dt>
      <dd className="font-mono text-[13px] text-fg [overflow-wrap:anywhere]">
        {formula} <span className="text-muted">=</span> <strong>{value}</strong>
      </dd>
    </div>
  );
}

/** The equations with the scenario's own numbers in them, so every figure on the page can be checked. */
export function FormulaCard({ s }: { s: Scenario }) {
  const i = s.inputs;
  const H = i.hoursPerMonth;
  const nodeFormula =
    i.mode === 'rent'
      ? `${formatUsd(rentServerHourly(i))}/h × ${num(H)} h`
      : `${formatUsd(i.serverPrice)}/(12×${num(i.amortizationYears, 2)}) + ${num(i.powerKw, 2)} kW×${pct(i.powerDrawShare, 0)}×${num(i.pue, 2)}×${num(H)} h×$${i.electricityPerKwh} + ${num(i.powerKw, 2)} kW×${formatUsd(i.coloPerKwMonth)}`;
  const be = s.breakEven;
  return (
    <Card title="The formula, with your numbers" headingLevel={3}>
      <p className="mb-3 rounded-md border-l-4 border-accent bg-accent-soft px-3 py-2 text-fg">
        <strong>An always-on server bills every hour; utilization divides the tokens served, never the bill.</strong> Calculators that multiply the
        GPU bill by utilization undercount what a server really costs.
      </p>
      <dl className="text-sm">
        <Line name="Server, per month" formula={`C_node = ${nodeFormula}`} value={formatUsd(s.node.total)} />
        <Line name="Capacity per server" formula={`K = S × 3600 × H = ${num(i.throughputTokensPerSecond)} × 3600 × ${num(H)}`} value={`${num(s.capacityPerServer)} tokens`} />
        <Line
          name="Servers needed"
          formula={`N = ⌈k·T/(K·Lmax)⌉ + R = ⌈${num(i.peakToAverage, 2)}×${num(s.volume)}/(K×${pct(i.maxLoad, 0)})⌉ + ${num(i.redundantServers)}`}
          value={num(s.servers)}
        />
        <Line
          name="Self-hosting, per month"
          formula={`C_self = N·C_node + FTE·W/12 + other = ${num(s.servers)}×${formatUsd(s.node.total)} + ${num(i.staffFte, 2)}×${formatUsd(i.costPerFtePerYear)}/12 + ${formatUsd(i.otherMonthly)}`}
          value={formatUsd(s.selfMonthly)}
        />
        <Line name="Utilization" formula={`U = T/(N·K)`} value={pct(s.utilisation)} />
        <Line name="Bedrock, per month" formula={`C_api = T × p_blend = ${num(s.volume)} × ${per1M(s.apiPrice)}`} value={formatUsd(s.apiMonthly)} />
        <Line
          name="Never-breaks-even test"
          formula={`C_node·k/(K·Lmax) = ${per1M(s.atMaxLoadPer1M)} ${s.atMaxLoadPer1M >= s.apiPrice ? '≥' : '<'} p_blend ${per1M(s.apiPrice)}`}
          value={s.atMaxLoadPer1M >= s.apiPrice ? 'never' : 'can break even'}
        />
        <Line
          name="Break-even volume"
          formula="T* = smallest T with C_self(T) < T·p_blend"
          value={!be ? '—' : be.kind === 'never' ? 'never' : `${num(be.tokensPerMonth)} tokens`}
        />
        <Line
          name="Break-even utilization"
          formula={`U* = (C_node/H)/(S·3600·p) = ${formatUsd(s.node.total / H)}/(${num(i.throughputTokensPerSecond)}×3600×${per1M(s.apiPrice)})`}
          value={pct(s.breakEvenUtilisation)}
        />
      </dl>
      <p className="mt-3 text-xs text-muted">
        T tokens/month, k peak-to-average, Lmax max load, R redundant servers, S throughput per server, H hours per month, W cost per FTE. Full
        derivation and sources: docs/break-even.md.
      </p>
    </Card>
  );
}
