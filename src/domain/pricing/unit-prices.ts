import type { CatalogModel, PricePoint } from '../catalog/catalog-schema.ts';
import { sameScope } from '../catalog/catalog-lookup.ts';
import { LONG_CONTEXT_THRESHOLD, type UnitPrices } from './token-cost.ts';

/**
 * The prices of one on-demand point in the shape costPerRequest reads, with the batch point of the
 * same scope where the catalog has one. A price the catalog lacks (null) is NaN, so it can never
 * pass for zero; callers check `priced`.
 */
export function unitPricesFor(model: CatalogModel, point: PricePoint): UnitPrices & { priced: boolean } {
  const batch = model.pricePoints.find((p) => p.tier === 'batch' && sameScope(p, point));
  const lc = point.longContext;
  const above =
    lc && lc.thresholdTokens === LONG_CONTEXT_THRESHOLD && lc.inputPer1M !== null && lc.outputPer1M !== null
      ? {
          inputPer1M: lc.inputPer1M,
          outputPer1M: lc.outputPer1M,
          cacheReadPer1M: lc.cacheReadPer1M ?? undefined,
          cacheWritePer1M: lc.cacheWrite5mPer1M ?? lc.cacheWrite30mPer1M ?? undefined,
        }
      : undefined;
  return {
    priced: point.inputPer1M !== null && point.outputPer1M !== null,
    inputPer1M: point.inputPer1M ?? Number.NaN,
    outputPer1M: point.outputPer1M ?? Number.NaN,
    cacheReadPer1M: point.cacheReadPer1M ?? undefined,
    cacheWritePer1M: point.cacheWrite5mPer1M ?? point.cacheWrite30mPer1M ?? undefined,
    batchInputPer1M: batch?.inputPer1M ?? undefined,
    batchOutputPer1M: batch?.outputPer1M ?? undefined,
    above200kInput: above,
  };
}
