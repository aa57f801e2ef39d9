import { formatUsd } from '../../domain/format/money.ts';
import { Card } from '../../ui/card.tsx';
import type { OwnVsRent } from './break-even-model.ts';
import { whole } from './format.ts';

function hours(h: number): string {
  return h.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** Own vs rent in GPU-hours a month: below H*, renting by the hour is cheaper than owning. */
export function OwnVsRentCard({ o }: { o: OwnVsRent }) {
  const verdict = (h: number) =>
    h > o.hoursPerMonth ? `more than the ${whole(o.hoursPerMonth)} h in a month: owning never wins` : `owning wins if a GPU is busy more than ${whole(h)} h a month`;
  return (
    <Card title="Own or rent the GPUs?" headingLevel={3} className="min-w-0" print="omit">
      <p className="text-sm text-muted">
        Owned cost per GPU {formatUsd(o.ownServerMonthly / o.gpusPerServer)}/month (from the Buy inputs) against renting at {formatUsd(o.rentPerGpuHour)}/GPU-hour (from the Rent inputs).
      </p>
      <dl className="mt-3 space-y-3">
        <div data-testid="own-vs-rent-hardware">
          <dt className="text-sm font-medium text-muted">Break-even, hardware only</dt>
          <dd className="tabular text-xl font-bold text-fg">{hours(o.hoursHardwareOnly)} GPU-hours/month</dd>
          <dd className="text-sm text-muted">{verdict(o.hoursHardwareOnly)}</dd>
        </div>
        <div data-testid="own-vs-rent-staff">
          <dt className="text-sm font-medium text-muted">With your ops staff spread over {whole(o.gpusTotal)} GPUs</dt>
          <dd className="tabular text-xl font-bold text-fg">{hours(o.hoursWithStaff)} GPU-hours/month</dd>
          <dd className="text-sm text-muted">{verdict(o.hoursWithStaff)}</dd>
        </div>
      </dl>
      <p className="mt-3 font-mono text-xs text-muted [overflow-wrap:anywhere]">H* = (C_own/GPUs + FTE·W/12 ÷ GPUs_total) / r_gpu</p>
    </Card>
  );
}
