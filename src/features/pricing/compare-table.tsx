import { TIER_LABEL } from '../../domain/catalog/catalog-lookup.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { formatPercentChange } from '../../domain/format/percent.ts';
import { COMPARE_TIERS, MAX_COMPARE, serializeCompare, type CompareSpec, type CompareTier } from '../../domain/pricing/compare-columns.ts';
import { Button } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import type { PricingView } from './pricing-model.ts';

const ROWS = [
  ['perRequest', 'Per request'],
  ['perDay', 'Per day'],
  ['perMonth', 'Per month (730 h)'],
  ['perYear', 'Per year'],
] as const;

/** Two to four models, or one model at two scopes or tiers, on the same workload, side by side. */
export function CompareTable({ view, onChange }: { view: PricingView; onChange: (cmp: string) => void }) {
  const specs = view.compare.map((c) => c.spec);
  const set = (next: CompareSpec[]) => onChange(serializeCompare(next));
  const current: CompareSpec = { modelId: view.model.id, pointId: view.base.id, tier: view.tier as CompareTier };
  const already = specs.some((s) => s.modelId === current.modelId && s.pointId === current.pointId && s.tier === current.tier);
  return (
    <Card
      className="mt-5"
      print={view.compare.length === 0 ? 'omit' : undefined}
      title="Compare side by side"
      actions={
        <Button onClick={() => set([...specs, current])} disabled={specs.length >= MAX_COMPARE || already}>
          Add {view.model.name} · {TIER_LABEL[view.tier]}
        </Button>
      }
    >
      {view.compare.length === 0 ? (
        <p className="text-sm text-muted">
          Add the model on screen, then pick another model (or another scope or tier of the same one) and add it too: up to {MAX_COMPARE} columns, priced on this workload,
          kept in the link and the exports.
        </p>
      ) : (
        <div className="overflow-x-auto" data-testid="compare-table" data-tour="pricing-compare">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="sr-only">The same workload on each compared model, scope and tier, in USD</caption>
            <thead>
              <tr className="text-left align-bottom">
                <th scope="col" className="py-1 font-medium text-muted">USD</th>
                {view.compare.map((c, i) => (
                  <th key={`${serializeCompare([c.spec])}-${i}`} scope="col" className="px-2 py-1 text-right font-semibold text-fg">
                    <span className="block">{c.label}</span>
                    <span className="mt-1 flex items-center justify-end gap-1 font-normal">
                      <label className="sr-only" htmlFor={`cmp-tier-${i}`}>
                        Tier of column {i + 1}
                      </label>
                      <select
                        id={`cmp-tier-${i}`}
                        value={c.spec.tier}
                        onChange={(e) => set(specs.map((s, j) => (j === i ? { ...s, tier: e.target.value as CompareTier } : s)))}
                        className="rounded border border-line bg-surface px-1 py-0.5 text-xs text-fg"
                      >
                        {COMPARE_TIERS.map((t) => (
                          <option key={t} value={t}>
                            {TIER_LABEL[t]}
                          </option>
                        ))}
                      </select>
                      <button type="button" className="rounded px-1 text-xs text-accent-strong underline" onClick={() => set(specs.filter((_, j) => j !== i))} aria-label={`Remove ${c.label}`}>
                        Remove
                      </button>
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([key, label]) => (
                <tr key={key} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-medium text-fg">
                    {label}
                  </th>
                  {view.compare.map((c, i) => (
                    <td key={i} className="tabular px-2 py-1 text-right">
                      {c.projection ? formatUsd(c.projection[key]) : '—'}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="border-t border-line">
                <th scope="row" className="py-1 text-left font-medium text-fg">
                  Per month vs first column
                </th>
                {view.compare.map((c, i) => (
                  <td key={i} className="tabular px-2 py-1 text-right">
                    {i === 0 || c.diffPerMonth === null ? '—' : `${c.diffPerMonth >= 0 ? '+' : '−'}${formatUsd(Math.abs(c.diffPerMonth))}${c.diffShare === null ? '' : ` (${formatPercentChange(c.diffShare)})`}`}
                  </td>
                ))}
              </tr>
              {view.compare.some((c) => c.reason || c.refused.length) ? (
                <tr className="border-t border-line align-top text-xs text-muted">
                  <th scope="row" className="py-1 text-left font-medium">
                    Notes
                  </th>
                  {view.compare.map((c, i) => (
                    <td key={i} className="px-2 py-1 text-right">
                      {c.reason ?? c.refused.join(' ')}
                    </td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
