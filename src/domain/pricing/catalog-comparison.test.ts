import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { compareAcrossCatalog } from './catalog-comparison.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const w = { inputTokens: 1000, outputTokens: 500, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0 };

describe('compareAcrossCatalog', () => {
  it('sorts cheapest first and filters by provider', () => {
    const { rows } = compareAcrossCatalog(catalog, w, 1000, 'all');
    expect(rows.length).toBe(catalog.models.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.perMonth).toBeGreaterThanOrEqual(rows[i - 1]!.perMonth);
    expect(rows[0]!.name).toBe('Voxtral Mini 3B (25.07)');
    const meta = compareAcrossCatalog(catalog, w, 1000, 'Meta').rows;
    expect(meta.every((r) => r.provider === 'Meta')).toBe(true);
    expect(meta.length).toBeGreaterThan(5);
  });

  it('leaves out models whose context window is too small for one request', () => {
    const big = { ...w, inputTokens: 150_000 };
    const { rows, tooSmall } = compareAcrossCatalog(catalog, big, 1000, 'all');
    expect(tooSmall).toBeGreaterThan(0);
    expect(rows.length + tooSmall).toBe(catalog.models.length);
  });
});
