import type { Catalog, CatalogModel, PricePoint, PriceScope } from '../catalog-schema.ts';
import { ModelResolver } from './model-resolver.ts';
import { newModel, newPoint } from './new-catalog-records.ts';
import { mergeIntoPoint, type PointMergeState } from './point-merge.ts';
import { mergeProvisioned, type ProvisionedOutcome } from './provisioned-merge.ts';
import { AUTHORITY, CATALOG_AUTHORITY, PRICE_FIELDS, type PriceObservation, type SourceImport, type SourceInfo } from './price-observation.ts';

/**
 * Applies the observations of several sources to a base catalog (the shipped one, or the one a
 * reference JSON gives). Precedence (docs/catalog.md): observations are taken newest first and, on
 * the same date, the more authoritative source first; each is merged into the price point of its
 * model, scope and tier (point-merge.ts), or adds that point. Pure: the base is not changed.
 */

export interface MergeOptions {
  /** Add models the catalog lacks (lifecycle "availability-unconfirmed"); otherwise they are only reported. */
  addModels: boolean;
  /** The refresh day (YYYY-MM-DD), written as the catalog's `generated` date. */
  today: string;
}

export interface UnappliedRecord {
  source: string;
  model: string;
  reason: string;
}

export interface MergeResult {
  catalog: Catalog;
  unapplied: UnappliedRecord[];
  /** Observations per outcome: agreed, filled, updated, kept (a newer catalog value won), added (a new point). */
  outcomes: Record<'agreed' | 'filled' | 'updated' | 'kept' | 'added', number> & { provisioned: Record<ProvisionedOutcome, number> };
}

function sameScope(a: PriceScope, b: PriceScope): boolean {
  if (a.type !== b.type) return false;
  if ((a.type === 'in-region' || a.type === 'mantle') && (b.type === 'in-region' || b.type === 'mantle')) return a.region === b.region;
  if (a.type === 'geo' && b.type === 'geo') return a.geography === b.geography || (a.equivalentGeographies ?? []).includes(b.geography);
  return true;
}

/** The point an observation is about: same scope and tier; among several, the one it agrees with, else one not set aside by a promotion. */
function pickPoint(model: CatalogModel, obs: PriceObservation): PricePoint | undefined {
  const candidates = model.pricePoints.filter((p) => p.tier === obs.tier && sameScope(p.scope, obs.scope));
  if (candidates.length <= 1) return candidates[0];
  const agrees = (p: PricePoint) => PRICE_FIELDS.every((f) => obs.prices[f] === undefined || p[f] === undefined || p[f] === null || p[f] === obs.prices[f]);
  return candidates.find(agrees) ?? candidates.find((p) => p.validity?.kind !== 'list') ?? candidates[0];
}

function describeScope(obs: PriceObservation): string {
  const s = obs.scope;
  const where = s.type === 'in-region' || s.type === 'mantle' ? `${s.type} ${s.region}` : s.type === 'geo' ? `geo ${s.geography}` : s.type;
  return `${where}, ${obs.tier}`;
}

function label(obs: PriceObservation): string {
  return obs.model.bedrockId ?? obs.model.namedId ?? obs.model.name ?? '(unnamed)';
}

export function mergeSources(base: Catalog, imports: SourceImport[], options: MergeOptions): MergeResult {
  // The catalog is plain JSON: a JSON round trip is a deep copy (structuredClone is not in the domain's library).
  const catalog = JSON.parse(JSON.stringify(base)) as Catalog;
  const resolver = new ModelResolver(catalog.models);
  const state = new Map<PricePoint, PointMergeState>();
  const unapplied: UnappliedRecord[] = [];
  const outcomes = { agreed: 0, filled: 0, updated: 0, kept: 0, added: 0, provisioned: { added: 0, agreed: 0, updated: 0, kept: 0 } };
  const takenIds = new Set(catalog.models.flatMap((m) => [m.id, ...m.aliases]));
  /** Quotes of source records that lost to a newer catalog value somewhere. */
  const stale = new Set<string>();

  const queue = imports.flatMap((imp) => imp.observations.map((obs) => ({ obs, source: imp.source })));
  // Newest first, then the more authoritative source: the first value a point takes is the best one.
  queue.sort((a, b) => (a.obs.asOf === b.obs.asOf ? AUTHORITY[a.source.format] - AUTHORITY[b.source.format] : a.obs.asOf < b.obs.asOf ? 1 : -1));

  const resolveOrAdd = (obs: PriceObservation, source: SourceInfo): CatalogModel | null => {
    const found = resolver.resolve(obs.model);
    if (found.kind === 'found') return found.model;
    if (found.kind === 'ambiguous') {
      unapplied.push({ source: source.id, model: label(obs), reason: `fits more than one catalog model (${found.candidates.slice(0, 4).join(', ')})` });
      return null;
    }
    if (!options.addModels || !obs.model.bedrockId) {
      unapplied.push({ source: source.id, model: label(obs), reason: obs.model.bedrockId ? 'not in the catalog (add with --add-models)' : 'no catalog model has this name' });
      return null;
    }
    const bareId = obs.model.bedrockId;
    const facts = imports.flatMap((i) => i.models.filter((f) => f.model.bedrockId === bareId));
    const model = newModel(bareId, facts, source, takenIds);
    takenIds.add(model.id);
    catalog.models.push(model);
    resolver.add(model);
    return model;
  };

  const merge = (model: CatalogModel, point: PricePoint, obs: PriceObservation, source: SourceInfo) => {
    const pointState = state.get(point) ?? { authority: CATALOG_AUTHORITY };
    state.set(point, pointState);
    const result = mergeIntoPoint(point, obs, source, pointState);
    outcomes[result.outcome]++;
    if (result.lost) stale.add(obs.quote);
    if (result.note) unapplied.push({ source: source.id, model: `${model.id} ${point.id}`, reason: result.note });
  };

  // Pass 1: observations about points the catalog has. A source record that loses to a newer catalog
  // value anywhere is stale, and adds no new point in pass 2 (a superseded price must not come back
  // through a scope the catalog lacks).
  const pending: { obs: PriceObservation; source: SourceInfo; model: CatalogModel }[] = [];
  for (const { obs, source } of queue) {
    const model = resolveOrAdd(obs, source);
    if (!model) continue;
    const point = pickPoint(model, obs);
    if (point) merge(model, point, obs, source);
    else pending.push({ obs, source, model });
  }
  // Pass 2: new points, in the same order (a second source for the same new point merges into it).
  for (const { obs, source, model } of pending) {
    if (stale.has(obs.quote)) {
      unapplied.push({ source: source.id, model: `${model.id} (${describeScope(obs)})`, reason: 'new point not added: the same source record is older than the catalog for another scope of this model' });
      continue;
    }
    const point = pickPoint(model, obs);
    if (point) {
      merge(model, point, obs, source);
      continue;
    }
    if (Object.keys(obs.prices).length === 0) {
      unapplied.push({ source: source.id, model: `${model.id} (${describeScope(obs)})`, reason: 'long-context rates only, and the model has no point for this scope and tier' });
      continue;
    }
    const created = newPoint(model, obs);
    model.pricePoints.push(created);
    state.set(created, { authority: AUTHORITY[source.format] });
    outcomes.added++;
  }

  // Provisioned-throughput rates, newest first (provisioned-merge.ts).
  const rates = imports.flatMap((imp) => imp.provisioned.map((obs) => ({ obs, source: imp.source })));
  rates.sort((a, b) => (a.obs.asOf === b.obs.asOf ? AUTHORITY[a.source.format] - AUTHORITY[b.source.format] : a.obs.asOf < b.obs.asOf ? 1 : -1));
  for (const { obs, source } of rates) {
    const found = resolver.resolve(obs.model);
    if (found.kind !== 'found') {
      unapplied.push({ source: source.id, model: obs.model.bedrockId ?? obs.model.name ?? '(unnamed)', reason: found.kind === 'ambiguous' ? 'provisioned-throughput rate for a name that fits more than one model' : 'provisioned-throughput rate for a model not in the catalog' });
      continue;
    }
    outcomes.provisioned[mergeProvisioned(found.model, obs, source)]++;
  }

  // A model added without any standard point keeps its first point as the default (catalog-derivations picks it).
  catalog.models = catalog.models.filter((m) => m.pricePoints.length > 0);
  const known = new Set(catalog.sources.map((s) => s.id));
  for (const imp of imports) {
    if (imp.source.format === 'reference-json' || known.has(imp.source.id)) continue;
    catalog.sources.push(sourceEntry(imp.source));
    known.add(imp.source.id);
  }
  const refreshed = imports.filter((i) => i.source.format !== 'reference-json').map((i) => i.source.id);
  const note = `; refreshed ${options.today} from ${refreshed.join(', ')}`;
  if (refreshed.length && !catalog.builtFrom.endsWith(note)) {
    catalog.builtFrom = `${catalog.builtFrom}${note}`.slice(-2000);
    catalog.generated = options.today;
  }
  return { catalog, unapplied, outcomes };
}

function sourceEntry(source: SourceInfo): Catalog['sources'][number] {
  const kind = source.format === 'aws-price-list' ? 'price-list-offer-file' : source.format === 'genai-prices' ? 'price-list-derived' : 'aggregator';
  return { id: source.id.slice(0, 40), what: source.what.slice(0, 4000), date: source.date, kind };
}
