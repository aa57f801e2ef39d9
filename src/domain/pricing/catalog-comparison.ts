import type { Catalog } from '../catalog/catalog-schema.ts';
import { defaultPricePoint, pricePointLabel } from '../catalog/catalog-lookup.ts';
import { project } from './projection.ts';
import { costPerRequest, type TokenWorkload } from './token-cost.ts';
import { unitPricesFor } from './unit-prices.ts';

export type ComparisonRow = {
  modelId: string;
  name: string;
  provider: string;
  priceLabel: string;
  perMonth: number;
  uncertain: boolean;
  /** Prices the catalog lacks for this workload (batch, cache) and that fell back. */
  fallbacks: number;
};

/**
 * The same workload priced on every model at its default (in-Region) price, cheapest first.
 * Models whose published context window is smaller than one request are left out and counted.
 */
export function compareAcrossCatalog(
  catalog: Catalog,
  workload: TokenWorkload,
  requestsPerDay: number,
  provider: string,
): { rows: ComparisonRow[]; tooSmall: number } {
  const tokens = workload.inputTokens + workload.outputTokens;
  let tooSmall = 0;
  const rows: ComparisonRow[] = [];
  for (const m of catalog.models) {
    if (provider !== 'all' && m.provider !== provider) continue;
    if (m.contextWindow !== null && tokens > (m.contextWindowExtended ?? m.contextWindow)) {
      tooSmall++;
      continue;
    }
    const point = defaultPricePoint(m);
    const prices = unitPricesFor(m, point);
    if (!prices.priced) continue;
    const cost = costPerRequest(prices, workload);
    rows.push({
      modelId: m.id,
      name: m.name,
      provider: m.provider,
      priceLabel: pricePointLabel(point),
      perMonth: project(cost.total, requestsPerDay).perMonth,
      uncertain: m.confidence === 'conflicting' || point.confidence === 'conflicting',
      fallbacks: cost.warnings.length,
    });
  }
  rows.sort((a, b) => a.perMonth - b.perMonth || a.name.localeCompare(b.name));
  return { rows, tooSmall };
}
