import type { CatalogModel, PricePoint } from './catalog-schema.ts';

/**
 * Rules the catalog builder applies to records from any source, each from a sourced rule in
 * docs/pricing-model.md, and each marked on the point it touched (`derived`).
 */

export const NOVA_FREE_CACHE_WRITE =
  'Cache write set to $0: Amazon Nova cache writes are free (pricing rules 2026 §4: genai-prices aws.yml 2026-08-21 prices Nova Pro cache read 0.20 with no write charge; a Bedrock rate-card fixture 2026-09-26 gives Nova 2 Lite "cache read 0.0825, write 0"). TTL 5 minutes (Bedrock prompt-caching page: "5 minutes for most models").';

function isNova(model: CatalogModel): boolean {
  return model.provider === 'Amazon' && /^Nova\b/.test(model.name);
}

/** A Nova point with a cache-read price and no write price gets a $0 five-minute write, marked derived. */
function withFreeNovaWrite(point: PricePoint): PricePoint {
  const hasRead = typeof point.cacheReadPer1M === 'number';
  const hasWrite = point.cacheWrite5mPer1M !== undefined || point.cacheWrite1hPer1M !== undefined || point.cacheWrite30mPer1M !== undefined;
  if (!hasRead || hasWrite) return point;
  return { ...point, cacheWrite5mPer1M: 0, derived: NOVA_FREE_CACHE_WRITE };
}

/** Exactly one default point: the source's choice, else the first standard point with both prices. */
function withOneDefault(points: PricePoint[]): PricePoint[] {
  const first = points.findIndex((p) => p.default);
  const chosen =
    first >= 0 ? first : Math.max(0, points.findIndex((p) => p.tier === 'standard' && p.inputPer1M !== null && p.outputPer1M !== null));
  return points.map((p, i) => (p.default === (i === chosen) ? p : { ...p, default: i === chosen }));
}

export function applyCatalogDerivations(models: CatalogModel[]): CatalogModel[] {
  return models.map((m) => {
    const points = isNova(m) ? m.pricePoints.map(withFreeNovaWrite) : m.pricePoints;
    return { ...m, pricePoints: withOneDefault(points) };
  });
}
