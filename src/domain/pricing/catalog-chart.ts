import type { Catalog, CatalogModel, PriceTier } from '../catalog/catalog-schema.ts';
import { contextLimit, defaultPricePoint, isRetired, pricePointLabel } from '../catalog/catalog-lookup.ts';
import { project } from './projection.ts';
import { rateCard, tierCard, type RateCard } from './rate-card.ts';
import { accepted, workloadCost, workloadIssues, type Workload } from './workload-cost.ts';

/**
 * The same workload priced on every model at its default scope and the chosen tier, cheapest first;
 * the cheapest model whose context window takes one request is marked. Models that cannot price the
 * workload at that tier are counted, never drawn at a guessed price.
 */
export type ChartTier = Extract<PriceTier, 'standard' | 'batch' | 'flex' | 'priority'>;
export const CHART_TIERS: readonly ChartTier[] = ['standard', 'batch', 'flex', 'priority'];

export type ChartRow = {
  modelId: string;
  name: string;
  provider: string;
  priceLabel: string;
  perMonth: number;
  conflicting: boolean;
  retired: boolean;
  /** Whether one request (input + output) fits the model's context window (extended window included). */
  fits: boolean;
  /** Shares the model refused at this tier (e.g. cache on a model without caching); priced without them. */
  refused: string[];
};

export type CatalogChart = {
  rows: ChartRow[];
  /** The cheapest model that fits the context window at the tier, or null. */
  cheapestFitId: string | null;
  /** Models without a price at this tier (or for this workload). */
  unpriced: { modelId: string; name: string; reason: string }[];
  hiddenRetired: number;
};

function fitsWindow(m: CatalogModel, tokens: number): boolean {
  const limit = contextLimit(m);
  return limit === null || tokens <= limit;
}

function cardFor(m: CatalogModel, tier: ChartTier): { card: RateCard } | { reason: string } {
  const base = defaultPricePoint(m);
  if (tier === 'standard') return { card: rateCard(m, base) };
  const t = tierCard(m, base, tier);
  return t.ok ? { card: t.card } : { reason: t.reason };
}

export function catalogChart(
  catalog: Catalog,
  w: Workload,
  requestsPerDay: number,
  opts: { provider: string; tier: ChartTier; showRetired: boolean },
): CatalogChart {
  const rows: ChartRow[] = [];
  const unpriced: CatalogChart['unpriced'] = [];
  let hiddenRetired = 0;
  // A batch column prices every request as batch (no cache tokens); other tiers keep the cache shares.
  const workload: Workload = opts.tier === 'batch' ? { ...w, batchShare: 0, cacheReadShare: 0, cacheWriteShare: 0 } : { ...w, batchShare: 0 };
  for (const m of catalog.models) {
    if (opts.provider !== 'all' && m.provider !== opts.provider) continue;
    if (!opts.showRetired && isRetired(m)) {
      hiddenRetired++;
      continue;
    }
    const found = cardFor(m, opts.tier);
    if ('reason' in found) {
      unpriced.push({ modelId: m.id, name: m.name, reason: found.reason });
      continue;
    }
    const issues = workloadIssues(m, found.card, null, workload, '');
    const cost = workloadCost(found.card, null, accepted(workload, issues));
    if (!cost.ok) {
      unpriced.push({ modelId: m.id, name: m.name, reason: cost.reason });
      continue;
    }
    rows.push({
      modelId: m.id,
      name: m.name,
      provider: m.provider,
      priceLabel: pricePointLabel(found.card.point),
      perMonth: project(cost.perRequest, requestsPerDay).perMonth,
      conflicting: found.card.point.confidence === 'conflicting',
      retired: isRetired(m),
      fits: fitsWindow(m, w.inputTokens + w.outputTokens),
      refused: issues.map((i) => i.field),
    });
  }
  rows.sort((a, b) => a.perMonth - b.perMonth || a.name.localeCompare(b.name));
  const cheapest = rows.find((r) => r.fits && !r.retired && r.refused.length === 0);
  return { rows, cheapestFitId: cheapest?.modelId ?? null, unpriced, hiddenRetired };
}
