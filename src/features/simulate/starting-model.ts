import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { findModel, pickableModels } from '../../domain/catalog/catalog-lookup.ts';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { LEGACY_ARCHITECTURE_IDS, LEGACY_MODEL_IDS } from '../../domain/sim/legacy-model-ids.ts';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import type { SelectOption } from '../../ui/select-field.tsx';
import { startingModelId } from '../../ui/shared-model-store.ts';

/**
 * The simulator's model when the link does not name one (and no preset, whose text is written for
 * the default model, is running): the model picked last in any view, if the catalog knows it, else
 * the default. The catalog's own id is used, so a Bedrock id picked elsewhere maps to its model.
 */
export function withStartingModel(values: SimParams, ctx: { linkNamesModel: boolean; sharedModel: string | null; catalog: Catalog | undefined }): SimParams {
  const catalog = ctx.catalog;
  if (!catalog) return values;
  if (ctx.linkNamesModel || ctx.sharedModel === null) {
    // A link may name a model by an alias or a Bedrock id: serve the catalog's model.
    const named = findModel(catalog, values.model)?.id;
    return named && named !== values.model && !Object.hasOwn(LEGACY_MODEL_IDS, values.model) ? { ...values, model: named } : values;
  }
  const id = startingModelId({ linkModelId: null, sharedModelId: ctx.sharedModel, defaultModelId: DEFAULT_MODEL_ID, isKnown: (m) => findModel(catalog, m) !== undefined });
  const model = findModel(catalog, id)?.id ?? DEFAULT_MODEL_ID;
  return model === values.model ? values : { ...values, model };
}

/** The Model picker: the catalog's current models by provider; a link's model the catalog lacks is kept, named as such. */
export function modelPickerOptions(catalog: Catalog | undefined, current: string): SelectOption[] {
  const known = catalog ? findModel(catalog, current) : undefined;
  const options: SelectOption[] = catalog
    ? pickableModels(catalog, { showRetired: false, keepId: known?.id ?? current }).map((m) => ({ value: m.id, label: m.name, group: m.provider }))
    : [];
  if (!options.some((o) => o.value === current)) {
    const legacy = LEGACY_ARCHITECTURE_IDS.includes(current) && !Object.hasOwn(LEGACY_MODEL_IDS, current);
    options.unshift({ value: current, label: catalog ? `${current} (${legacy ? 'architecture of an older link' : 'not in the catalog'})` : current });
  }
  return options;
}
