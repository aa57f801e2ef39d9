import { LLAMA_3_1_405B, LLAMA_3_1_70B, LLAMA_3_1_8B, PROPRIETARY_CLASS, type ModelArchitecture } from '../gpu/model-architectures.ts';
import { GEO_REGIONS, geosOf, globalRegions, type Geo } from './regions.ts';
import type { JourneyModel, Mode, ProfileChoice } from './scenario.ts';

/** Request-body families with a documented native InvokeModel format in the reference facts (§5). */
export type BodyFamily = 'anthropic' | 'llama' | 'nova' | 'titan' | 'mistral' | 'other';

export function bodyFamily(modelId: string): BodyFamily {
  if (/^anthropic\.claude-(instant|v2)/.test(modelId)) return 'other'; // legacy Text Completions format
  if (modelId.startsWith('anthropic.')) return 'anthropic';
  if (modelId.startsWith('meta.llama3')) return 'llama';
  if (modelId.startsWith('amazon.nova')) return 'nova';
  if (modelId.startsWith('amazon.titan-text')) return 'titan';
  if (/^mistral\.(mistral|mixtral)/.test(modelId)) return 'mistral';
  return 'other';
}

/**
 * The GPU shape behind a model's latency. Llama 3.x 8B/70B/405B have published shapes (Llama 3 and
 * 3.3 share 3.1's); every other model gets the proprietary-class stand-in, labelled as an assumption.
 */
export function architectureFor(modelId: string): ModelArchitecture {
  if (/^meta\.llama3(-1)?-8b/.test(modelId)) return LLAMA_3_1_8B;
  if (/^meta\.llama3(-1|-3)?-70b/.test(modelId)) return LLAMA_3_1_70B;
  if (/^meta\.llama3-1-405b/.test(modelId)) return LLAMA_3_1_405B;
  return PROPRIETARY_CLASS;
}

export type Routing = {
  /** What the request names in its path: a model ID, an inference-profile ID or a provisioned-model ARN. */
  invokedId: string;
  kind: 'in-region' | 'geo' | 'global' | 'provisioned';
  geo?: Geo;
  /** Regions the request may be processed in. */
  destinations: string[];
  /** The one this trace shows (the real choice depends on capacity at that moment). */
  destination: string;
  /** Why the chosen option could not be used as asked, if so. */
  notice?: string;
};

export const DEMO_ACCOUNT = '111122223333';

/** Deterministic 32-bit FNV-1a hash, so the same scenario always "picks" the same destination. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(items: readonly T[], seed: number): T {
  return items[seed % items.length]!;
}

export function resolveRouting(model: JourneyModel, region: string, mode: Mode, profile: ProfileChoice, seedText: string): Routing {
  const seed = hash32(seedText);
  if (mode === 'provisioned') {
    return {
      invokedId: `arn:aws:bedrock:${region}:${DEMO_ACCOUNT}:provisioned-model/abc123example`,
      kind: 'provisioned',
      destinations: [region],
      destination: region,
      notice:
        profile !== 'none'
          ? 'Provisioned throughput is bought in one Region and invoked by its provisioned-model ARN, so no cross-Region profile applies.'
          : undefined,
    };
  }
  const inRegion = (notice?: string): Routing => ({
    invokedId: model.modelId,
    kind: 'in-region',
    destinations: [region],
    destination: region,
    notice,
  });
  if (profile === 'none') return inRegion();
  if (profile === 'global') {
    const id = `global.${model.modelId}`;
    if (!model.inferenceProfileIds.includes(id)) {
      return inRegion(`${model.name} has no global profile in the catalog, so the request stays in ${region}.`);
    }
    const destinations = globalRegions();
    return { invokedId: id, kind: 'global', destinations, destination: pick(destinations, seed) };
  }
  for (const geo of geosOf(region)) {
    const id = `${geo}.${model.modelId}`;
    if (model.inferenceProfileIds.includes(id)) {
      const destinations = [...GEO_REGIONS[geo]];
      return { invokedId: id, kind: 'geo', geo, destinations, destination: pick(destinations, seed) };
    }
  }
  return inRegion(`${model.name} has no geographic profile for ${region} in the catalog, so the request stays in ${region}.`);
}
