import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { compareColumns, parseCompare, serializeCompare } from './compare-columns.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const w = { inputTokens: 1000, outputTokens: 500, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0, cacheTtl: '5m' as const };

describe('compare columns', () => {
  it('round-trips through the link and refuses hostile or malformed columns', () => {
    const specs = [
      { modelId: 'claude-opus-5', pointId: 'global-global-standard', tier: 'standard' as const },
      { modelId: 'claude-opus-5', pointId: 'global-global-standard', tier: 'batch' as const },
    ];
    expect(parseCompare(serializeCompare(specs))).toEqual({ specs, problems: [] });
    const bad = parseCompare('__proto__:x:standard~nova-pro::turbo~constructor~nova-pro::flex~a::standard~b::standard~c::standard');
    expect(bad.specs.map((s) => s.modelId)).toEqual(['constructor', 'nova-pro', 'a', 'b']);
    expect(bad.problems.length).toBeGreaterThan(1);
  });

  it('prices one model at two tiers with the difference: Opus 5 global batch is half of standard', () => {
    const cols = compareColumns(catalog, parseCompare('claude-opus-5:global-global-standard:standard~claude-opus-5:global-global-standard:batch').specs, w, 1000);
    expect(cols[0]!.projection!.perRequest).toBe(0.0175);
    expect(cols[1]!.projection!.perRequest).toBe(0.00875);
    expect(cols[1]!.diffPerMonth).toBe(-266.1458333333333);
    expect(cols[1]!.diffShare).toBe(-0.5);
    expect(cols[0]!.label).toBe('Claude Opus 5 · Global profile (global.) · Standard');
  });

  it('says why a column cannot be priced, and names a column that is not in the catalog', () => {
    const cols = compareColumns(catalog, parseCompare('claude-sonnet-4-6::batch~gone-model::standard').specs, w, 1000);
    expect(cols[0]!.projection).toBeNull();
    expect(cols[0]!.reason).toMatch(/No Batch price/);
    expect(cols[1]!.reason).toBe('not in the catalog');
  });
});
