import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { defaultPricePoint, findModel, findPricePoint } from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import type { IgnoredParam } from '../../domain/url/query-params.ts';

/** Finds the model and price point a link names, falling back to the starting model and saying why. */
export function resolveModelAndScope(
  catalog: Catalog,
  modelKey: string,
  scopeId: string,
  startingModelId: string,
): { model: CatalogModel; point: PricePoint; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  let model = modelKey ? findModel(catalog, modelKey) : undefined;
  if (!model) {
    if (modelKey) ignored.push({ key: 'model', raw: modelKey, reason: 'no such model in the catalog' });
    model = findModel(catalog, startingModelId) ?? findModel(catalog, DEFAULT_MODEL_ID) ?? catalog.models[0]!;
  }
  let point = defaultPricePoint(model);
  if (scopeId) {
    const found = findPricePoint(model, scopeId);
    if (found && found.tier !== 'batch') point = found;
    else ignored.push({ key: 'scope', raw: scopeId, reason: `no such pricing scope for ${model.name}` });
  }
  return { model, point, ignored };
}
