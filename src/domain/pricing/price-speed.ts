import type { Catalog, CatalogModel, PricePoint } from '../catalog/catalog-schema.ts';
import { defaultPricePoint, isRetired, TIER_LABEL } from '../catalog/catalog-lookup.ts';
import type { ObservedSpeed, SpeedRange } from '../gpu/observed-speeds.ts';
import { toNumber } from './exact.ts';
import { rateCard } from './rate-card.ts';
import { accepted, workloadCost, workloadIssues, type Workload } from './workload-cost.ts';

/**
 * Price against speed: the blended price per 1M tokens of the user's workload mix against the output
 * speed observed on Bedrock, one point per model and tier, each with its sources and dates. A model
 * with no observed Bedrock speed is listed, never plotted at a guessed speed.
 */
export type PriceSpeedPoint = {
  key: string;
  modelId: string;
  name: string;
  tierLabel: string;
  blendedPer1M: number;
  speed: SpeedRange;
  ttftSeconds: SpeedRange | null;
  speedSource: string;
  speedDate: string;
  quality: string;
  priceSource: string;
  priceAsOf: string;
  /** Further Bedrock observations of the same model and tier, not plotted. */
  otherObservations: number;
};

export type PriceSpeed = {
  points: PriceSpeedPoint[];
  /** Priced models without an observed Bedrock output speed. */
  unobserved: { modelId: string; name: string; note: string | null }[];
  /** Observations that could not be priced (e.g. a latency-optimized speed without a latency-optimized price). */
  unpriced: { modelId: string; name: string; reason: string }[];
};

function blended(model: CatalogModel, point: PricePoint, w: Workload): number | null {
  const card = rateCard(model, point);
  const workload = accepted({ ...w, batchShare: 0 }, workloadIssues(model, card, null, { ...w, batchShare: 0 }, ''));
  const cost = workloadCost(card, null, workload);
  const tokens = w.inputTokens + w.outputTokens;
  return cost.ok && tokens > 0 ? toNumber(cost.perRequest.div(tokens).times(1e6)) : null;
}

export function priceSpeed(catalog: Catalog, w: Workload, observed: readonly ObservedSpeed[], opts: { showRetired: boolean }): PriceSpeed {
  const points: PriceSpeedPoint[] = [];
  const unpriced: PriceSpeed['unpriced'] = [];
  const plotted = new Set<string>();
  const observedOffBedrock = new Map<string, string>();
  for (const m of catalog.models) {
    if (!opts.showRetired && isRetired(m)) continue;
    const mine = observed.filter((o) => o.catalogIds.includes(m.id) && o.outputTokensPerSecond !== null);
    for (const o of mine.filter((x) => !x.onBedrock)) observedOffBedrock.set(m.id, `${o.route} (${o.source}); not a Bedrock speed, not plotted`);
    for (const tier of ['standard', 'latency-optimized'] as const) {
      const obs = mine.filter((o) => o.onBedrock && o.tier === tier);
      if (obs.length === 0) continue;
      const point = tier === 'standard' ? defaultPricePoint(m) : m.pricePoints.find((p) => p.tier === 'latency-optimized');
      const price = point ? blended(m, point, w) : null;
      if (!point || price === null) {
        unpriced.push({ modelId: m.id, name: m.name, reason: point ? 'this workload cannot be priced' : `observed at the ${TIER_LABEL[tier]} tier, which has no price in the catalog` });
        continue;
      }
      const o = obs[0]!;
      plotted.add(m.id);
      points.push({
        key: `${m.id}:${tier}`,
        modelId: m.id,
        name: m.name,
        tierLabel: TIER_LABEL[tier],
        blendedPer1M: price,
        speed: o.outputTokensPerSecond!,
        ttftSeconds: o.ttftSeconds,
        speedSource: o.source,
        speedDate: o.date,
        quality: o.quality,
        priceSource: point.source.join(' · '),
        priceAsOf: point.asOf,
        otherObservations: obs.length - 1,
      });
    }
  }
  const unobserved = catalog.models
    .filter((m) => !plotted.has(m.id) && (opts.showRetired || !isRetired(m)) && !unpriced.some((u) => u.modelId === m.id))
    .filter((m) => blended(m, defaultPricePoint(m), w) !== null)
    .map((m) => ({ modelId: m.id, name: m.name, note: observedOffBedrock.get(m.id) ?? null }));
  return { points, unobserved, unpriced };
}
