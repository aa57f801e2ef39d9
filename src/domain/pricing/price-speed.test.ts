import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { OBSERVED_SPEEDS } from '../gpu/observed-speeds.ts';
import { priceSpeed } from './price-speed.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const w = { inputTokens: 3000, outputTokens: 1000, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0, cacheTtl: '5m' as const };

describe('priceSpeed', () => {
  const ps = priceSpeed(catalog, w, OBSERVED_SPEEDS, { showRetired: false });

  it('plots one point per model and tier, at the blended price of the workload mix and the observed speed', () => {
    const keys = ps.points.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    const micro = ps.points.find((p) => p.key === 'nova-micro:standard')!;
    // (3,000 × 0.035 + 1,000 × 0.14) / 4,000 tokens = $0.06125 per 1M
    expect(micro.blendedPer1M).toBe(0.06125);
    expect(micro.speed.min).toBe(298);
    expect(micro.ttftSeconds).toMatchObject({ min: 0.21, max: 0.33 });
    expect(ps.points.find((p) => p.key === 'llama-3-1-405b-instruct:latency-optimized')?.tierLabel).toBe('Latency-optimized');
  });

  it('never plots a model without an observed Bedrock speed: it is listed instead', () => {
    const plotted = new Set(ps.points.map((p) => p.modelId));
    for (const u of ps.unobserved) expect(plotted.has(u.modelId)).toBe(false);
    expect(ps.unobserved.some((u) => u.modelId === 'gpt-5-6-terra')).toBe(true);
    // Sonnet 4.5 was only measured off Bedrock: listed, with why.
    expect(ps.unobserved.find((u) => u.modelId === 'claude-sonnet-4-5')?.note).toMatch(/not a Bedrock speed/);
    expect(ps.points.length + ps.unobserved.length + ps.unpriced.length).toBeLessThanOrEqual(catalog.models.length + 2);
  });

  it('hides retired models unless asked', () => {
    expect(ps.points.some((p) => p.modelId === 'claude-3-5-haiku')).toBe(false);
    const all = priceSpeed(catalog, w, OBSERVED_SPEEDS, { showRetired: true });
    // Its standard-tier speed is not in the source excerpt; its latency-optimized speed has no price.
    expect(all.points.some((p) => p.modelId === 'claude-3-5-haiku')).toBe(false);
    expect(all.unpriced.find((u) => u.modelId === 'claude-3-5-haiku')?.reason).toMatch(/Latency-optimized tier/);
  });
});
