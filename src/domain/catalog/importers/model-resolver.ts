import type { CatalogModel } from '../catalog-schema.ts';
import type { ModelReference } from './price-observation.ts';

/**
 * Finds the catalog model a source record is about: by a Bedrock ID the model answers to (bare,
 * profile or Mantle ID), then by the source's genai-prices `match` patterns, then by display name
 * (the AWS Price List names models only by name). A name or pattern that fits more than one model
 * is ambiguous and matches nothing: the refresh reports it rather than guess.
 */

export type Resolution = { kind: 'found'; model: CatalogModel } | { kind: 'none' } | { kind: 'ambiguous'; candidates: string[] };

/** "Nova 2.0 Lite" and "Nova 2 Lite", "Ministral 8B 3.0" and "Ministral 3 8B" give the same key. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\((amazon bedrock edition|legacy|preview)\)/g, ' ')
    .split(/[^a-z0-9.]+/)
    .map((t) => t.replace(/^\.+|\.+$/g, '').replace(/\.0$/, ''))
    .filter(Boolean)
    .sort()
    .join(' ');
}

function bedrockIds(m: CatalogModel): string[] {
  return [...m.modelIds.bedrockRuntime, ...Object.values(m.modelIds.inferenceProfiles).flat(), ...(m.modelIds.mantle ? [m.modelIds.mantle] : [])];
}

export class ModelResolver {
  private byId = new Map<string, CatalogModel>();
  private byName = new Map<string, CatalogModel[]>();
  private models: CatalogModel[] = [];

  constructor(models: CatalogModel[]) {
    for (const m of models) this.add(m);
  }

  add(model: CatalogModel): void {
    this.models.push(model);
    for (const id of bedrockIds(model)) if (!this.byId.has(id)) this.byId.set(id, model);
    const key = nameKey(model.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), model]);
  }

  resolve(ref: ModelReference): Resolution {
    // genai-prices writes "anthropic.claude-sonnet-5-v1:0" where Bedrock's ID is "anthropic.claude-sonnet-5".
    const unversioned = ref.bedrockId?.replace(/(-v\d+)?(:\d+)?$/, '');
    for (const id of [ref.bedrockId, ref.namedId, unversioned]) {
      const hit = id === undefined ? undefined : this.byId.get(id);
      if (hit) return { kind: 'found', model: hit };
    }
    if (ref.patterns?.length) {
      const exact = new Set(ref.patterns.map((p) => this.byId.get(p.text)).filter((m): m is CatalogModel => m !== undefined));
      if (exact.size === 1) return { kind: 'found', model: [...exact][0]! };
      const hits = new Set<CatalogModel>();
      for (const m of this.models) {
        const ids = bedrockIds(m);
        const fits = ref.patterns.some((p) =>
          ids.some((id) => (p.kind === 'equals' ? id === p.text : p.kind === 'starts_with' ? id.startsWith(p.text) : id.includes(p.text))),
        );
        if (fits) hits.add(m);
      }
      if (hits.size === 1) return { kind: 'found', model: [...hits][0]! };
      if (hits.size > 1) return { kind: 'ambiguous', candidates: [...hits].map((m) => m.id) };
    }
    if (ref.name && !ref.bedrockId) {
      const hits = this.byName.get(nameKey(ref.name)) ?? [];
      if (hits.length === 1) return { kind: 'found', model: hits[0]! };
      if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.map((m) => m.id) };
    }
    return { kind: 'none' };
  }
}
