import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import type { IgnoredParam } from '../../domain/url/query-params.ts';
import { DEFAULT_MODEL_ID } from './pricing-params.ts';

/** Finds the model and price point a link names, falling back to defaults and saying why. */
export function resolveModelAndScope(
  catalog: Catalog,
  modelId: string,
  scopeId: string,
): { model: CatalogModel; point: PricePoint; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  let model = catalog.models.find((m) => m.modelId === modelId);
  if (!model) {
    ignored.push({ key: 'model', raw: modelId, reason: 'no such model in the catalog' });
    model = catalog.models.find((m) => m.modelId === DEFAULT_MODEL_ID) ?? catalog.models[0]!;
  }
  let point = model.prices[0]!;
  if (scopeId) {
    const found = model.prices.find((p) => p.id === scopeId);
    if (found) point = found;
    else ignored.push({ key: 'scope', raw: scopeId, reason: `no such pricing scope for ${model.name}` });
  }
  return { model, point, ignored };
}
