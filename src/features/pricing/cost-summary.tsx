import { formatCount, formatPrice, formatUsd } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { Card } from '../../ui/card.tsx';
import type { CostLineView, PricingView } from './pricing-model.ts';

const PART_COLOR: Record<string, string> = {
  'on-demand-input': 'var(--chart-1)',
  'on-demand-cacheRead': 'var(--chart-4)',
  'on-demand-cacheWrite': 'var(--chart-2)',
  'on-demand-output': 'var(--chart-3)',
  'batch-input': 'var(--chart-6)',
  'batch-output': 'var(--chart-5)',
};

function Stat({ label, value, testId, emphasis }: { label: string; value: string; testId: string; emphasis?: boolean }) {
  return (
    <div className={`rounded-lg border p-3 ${emphasis ? 'border-accent bg-accent-soft' : 'border-line bg-surface-2'}`}>
      <div className={`text-sm font-medium ${emphasis ? 'text-fg' : 'text-muted'}`}>{label}</div>
      <div className={`tabular mt-1 font-bold text-fg ${emphasis ? 'text-xl sm:text-3xl' : 'text-lg sm:text-2xl'}`} data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

function Breakdown({ lines, total }: { lines: CostLineView[]; total: number }) {
  if (total <= 0) return <p className="mt-2 text-sm text-muted">No tokens, no cost.</p>;
  return (
    <>
      <div className="mt-2 flex h-5 w-full overflow-hidden rounded" aria-hidden="true">
        {lines.map((l) => (
          <div key={l.key} style={{ width: `${(l.cost / total) * 100}%`, background: PART_COLOR[l.key] }} />
        ))}
      </div>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Cost per request by kind of token</caption>
          <thead className="text-left text-muted">
            <tr>
              <th scope="col" className="py-1 font-medium">Part</th>
              <th scope="col" className="py-1 text-right font-medium">Tokens / request</th>
              <th scope="col" className="py-1 text-right font-medium">USD / 1M</th>
              <th scope="col" className="py-1 text-right font-medium">USD / request</th>
              <th scope="col" className="py-1 text-right font-medium">Share</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key} className="border-t border-line">
                <th scope="row" className="py-1 text-left font-medium text-fg">
                  <span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: PART_COLOR[l.key] }} aria-hidden="true" />
                  {l.label}
                  {l.derived ? <span className="ml-1 text-xs font-normal text-muted" title={l.derived}>({l.derived === 'your price' ? 'your price' : 'derived'})</span> : null}
                </th>
                <td className="tabular whitespace-nowrap py-1 text-right">{formatCount(l.tokens)}</td>
                <td className="tabular whitespace-nowrap py-1 text-right">{formatPrice(l.pricePer1M)}</td>
                <td className="tabular whitespace-nowrap py-1 text-right">{formatUsd(l.cost)}</td>
                <td className="tabular whitespace-nowrap py-1 text-right">{formatPercent(l.cost / total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function CostSummary({ view }: { view: PricingView }) {
  const { cost, projection, longContext } = view;
  return (
    <Card title="Cost" actions={<span className="text-sm text-muted">{view.model.name} · {view.provenance.label}</span>}>
      {cost.ok && projection ? (
        <>
          <div className="grid grid-cols-2 gap-3" aria-live="polite" data-tour="pricing-cost">
            <Stat label="Cost per request" value={formatUsd(projection.perRequest)} testId="cost-per-request" emphasis />
            <Stat label="Per day" value={formatUsd(projection.perDay)} testId="cost-per-day" />
            <Stat label="Per month (730 h)" value={formatUsd(projection.perMonth)} testId="cost-per-month" emphasis />
            <Stat label="Per year" value={formatUsd(projection.perYear)} testId="cost-per-year" />
          </div>
          <div data-tour="pricing-formula">
            <p className="mt-4 text-sm text-muted">Cost per request, with the numbers filled in:</p>
            <p className="tabular mt-1 overflow-x-auto rounded-md bg-surface-2 px-3 py-2 font-mono text-[15px] text-fg" data-testid="cost-formula">
              {cost.formula}
            </p>
            <p className="mt-1 text-xs text-muted">
              Per day = per request × {formatCount(view.requestsPerDay)} requests; per month = per day ÷ 24 × 730 h; per year = per day ÷ 24 × 8,760 h. Sums are exact decimals.
            </p>
          </div>
          <h3 className="mt-5 text-sm font-semibold text-fg">Where the money goes</h3>
          <Breakdown lines={cost.lines} total={cost.perRequest} />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-fg" data-testid="cost-refused" data-tour="pricing-cost">
          This workload cannot be priced here: {cost.ok ? '' : cost.reason}
        </p>
      )}
      <p
        className={`mt-3 rounded-md border px-3 py-2 text-sm text-fg ${longContext.active ? 'border-warn bg-warn-soft' : 'border-line bg-surface-2'}`}
        data-testid="long-context"
      >
        {longContext.message}
      </p>
    </Card>
  );
}
