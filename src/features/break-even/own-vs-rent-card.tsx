import { formatUsd } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import type { Scenario } from './resolve-scenario.ts';
import { num } from './format.ts';

/** Own vs rent in GPU-hours a month: below H*, renting by the hour is cheaper than owning. */
export function OwnVsRentCard({ s }: { s: Scenario }) {
  const o = s.ownVsRent;
  const H = s.inputs.hoursPerMonth;
  const verdict = (h: number) => (h > H ? `more than the ${num(H)} h in a month: owning never wins` : `owning wins if a GPU is busy more than ${num(h)} h a month`);
  return (
    <Card title="Own or rent the GPUs?" headingLevel={3} className="min-w-0">
      <p className="text-sm text-muted">
        Owned cost per GPU {formatUsd(o.ownNodeMonthly / s.inputs.gpusPerServer)}/month (from the Buy inputs) against renting at {formatUsd(o.rentPerGpuHour)}/GPU-hour (from the Rent inputs).
      </p>
      <dl className="mt-3 space-y-3">
        <div data-testid="own-vs-rent-hardware">
          <dt className="text-sm font-medium text-muted">Break-even, hardware only</dt>
          <dd className="tabular text-xl font-bold text-fg">{num(o.hoursNoStaff, 1)} GPU-hours/month</dd>
          <dd className="text-sm text-muted">{verdict(o.hoursNoStaff)}</dd>
        </div>
        <div data-testid="own-vs-rent-staff">
          <dt className="text-sm font-medium text-muted">With your ops staff spread over {num(o.gpusTotal)} GPUs</dt>
          <dd className="tabular text-xl font-bold text-fg">{num(o.hoursWithStaff, 1)} GPU-hours/month</dd>
          <dd className="text-sm text-muted">{verdict(o.hoursWithStaff)}</dd>
        </div>
      </dl>
      <p className="mt-3 font-mono text-xs text-muted [overflow-wrap:anywhere]">H* = (C_own/GPUs + FTE·W/12 ÷ GPUs_total) / r_gpu</p>
    </Card>
  );
}
