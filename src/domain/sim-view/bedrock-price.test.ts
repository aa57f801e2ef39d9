import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findModel } from '../catalog/catalog-lookup.ts';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { bedrockOnDemandPer1M } from './bedrock-price.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const sonnet = findModel(catalog, 'claude-sonnet-4-6')!;

describe('Bedrock on-demand price per 1M tokens of the simulated mix', () => {
  it('blends input and output at the default point’s Standard price (Claude Sonnet 4.6 In-Region: $3.30 in, $16.50 out, the ×1.10 regional premium)', () => {
    const price = bedrockOnDemandPer1M(sonnet, { inputTokens: 1000, outputTokens: 300, cacheReadShare: 0, cacheWriteShare: 0 });
    if (!price.ok) throw new Error(price.reason);
    // (1,000 × $3.30 + 300 × $16.50) / 1,300 tokens = $6.346… per 1M.
    expect(price.per1M).toBeCloseTo((1000 * 3.3 + 300 * 16.5) / 1300, 9);
    expect(price.label).toMatch(/^Claude Sonnet 4\.6, In-Region · us-east-1 · Standard$/);
    expect(price.source).not.toBe('');
    expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('cache reads make the same tokens cheaper; output-heavy mixes dearer', () => {
    const base = { inputTokens: 1000, outputTokens: 300, cacheReadShare: 0, cacheWriteShare: 0 };
    const plain = bedrockOnDemandPer1M(sonnet, base);
    const cached = bedrockOnDemandPer1M(sonnet, { ...base, cacheReadShare: 0.8 });
    const chatty = bedrockOnDemandPer1M(sonnet, { ...base, outputTokens: 3000 });
    if (!plain.ok || !cached.ok || !chatty.ok) throw new Error('priced');
    expect(cached.per1M).toBeLessThan(plain.per1M);
    expect(chatty.per1M).toBeGreaterThan(plain.per1M);
  });

  it('says why when nothing is served', () => {
    expect(bedrockOnDemandPer1M(sonnet, { inputTokens: 0, outputTokens: 0, cacheReadShare: 0, cacheWriteShare: 0 }).ok).toBe(false);
  });
});
