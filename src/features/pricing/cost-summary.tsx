import type { CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import { formatCount, formatUsd } from '../../domain/format/money.ts';
import { formatCostFormula } from '../../domain/pricing/formula.ts';
import type { Projection } from '../../domain/pricing/projection.ts';
import type { CostPart, RequestCost } from '../../domain/pricing/token-cost.ts';
import { Card } from '../../ui/card.tsx';

const PART_COLOR: Record<CostPart, string> = {
  input: 'var(--chart-1)',
  cacheRead: 'var(--chart-4)',
  cacheWrite: 'var(--chart-2)',
  output: 'var(--chart-3)',
  batchInput: 'var(--chart-6)',
  batchOutput: 'var(--chart-5)',
};

function Stat({ label, value, testId, emphasis }: { label: string; value: string; testId: string; emphasis?: boolean }) {
  return (
    <div className={`rounded-lg border p-3 ${emphasis ? 'border-accent bg-accent-soft' : 'border-line bg-surface-2'}`}>
      <div className={`text-sm font-medium ${emphasis ? 'text-fg' : 'text-muted'}`}>{label}</div>
      <div className={`tabular mt-1 font-bold text-fg ${emphasis ? 'text-3xl' : 'text-2xl'}`} data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

export function CostSummary({
  requestCost,
  projection,
  requestsPerDay,
  model,
  point,
}: {
  requestCost: RequestCost;
  projection: Projection;
  requestsPerDay: number;
  model: CatalogModel;
  point: PricePoint;
}) {
  const total = requestCost.total;
  return (
    <Card title="Cost" actions={<span className="text-sm text-muted">{model.name} · {pricePointLabel(point)}</span>}>
      <div className="grid grid-cols-2 gap-3" aria-live="polite">
        <Stat label="Cost per request" value={formatUsd(projection.perRequest)} testId="cost-per-request" emphasis />
        <Stat label="Per day" value={formatUsd(projection.perDay)} testId="cost-per-day" />
        <Stat label="Per month (730 h)" value={formatUsd(projection.perMonth)} testId="cost-per-month" emphasis />
        <Stat label="Per year" value={formatUsd(projection.perYear)} testId="cost-per-year" />
      </div>
      <p className="mt-4 text-sm text-muted">Cost per request, with the numbers filled in:</p>
      <p className="tabular mt-1 overflow-x-auto rounded-md bg-surface-2 px-3 py-2 font-mono text-[15px] text-fg" data-testid="cost-formula">
        {formatCostFormula(requestCost)}
      </p>
      <p className="mt-1 text-xs text-muted">
        Per day = per request × {formatCount(requestsPerDay)} requests; per month = per day ÷ 24 × 730 h; per year = per day × 365.
      </p>

      <h3 className="mt-5 text-sm font-semibold text-fg">Where the money goes</h3>
      {total > 0 ? (
        <>
          <div className="mt-2 flex h-5 w-full overflow-hidden rounded" aria-hidden="true">
            {requestCost.terms.map((t) => (
              <div key={t.part} style={{ width: `${(t.cost / total) * 100}%`, background: PART_COLOR[t.part] }} />
            ))}
          </div>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">Cost per request by kind of token</caption>
            <thead className="text-left text-muted">
              <tr>
                <th scope="col" className="py-1 font-medium">Part</th>
                <th scope="col" className="py-1 text-right font-medium">Tokens / request</th>
                <th scope="col" className="py-1 text-right font-medium">Cost / request</th>
                <th scope="col" className="py-1 text-right font-medium">Share</th>
              </tr>
            </thead>
            <tbody>
              {requestCost.terms.map((t) => (
                <tr key={t.part} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-medium text-fg">
                    <span className="mr-2 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: PART_COLOR[t.part] }} aria-hidden="true" />
                    {t.label}
                  </th>
                  <td className="tabular py-1 text-right">{formatCount(t.tokens)}</td>
                  <td className="tabular py-1 text-right">{formatUsd(t.cost)}</td>
                  <td className="tabular py-1 text-right">{((t.cost / total) * 100).toFixed(1)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="mt-2 text-sm text-muted">No tokens, no cost.</p>
      )}
      {requestCost.longContextTier ? (
        <p className="mt-3 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
          Input above 200K tokens: the long-context price tier applies.
        </p>
      ) : null}
      {requestCost.warnings.length > 0 ? (
        <ul className="mt-3 space-y-1 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
          {requestCost.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
