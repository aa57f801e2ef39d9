import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { catalogChart } from './catalog-chart.ts';
import type { Workload } from './workload-cost.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const w: Workload = { inputTokens: 1000, outputTokens: 500, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0, cacheTtl: '5m' };

describe('catalogChart', () => {
  it('sorts cheapest first, hides retired models unless asked, and filters by provider', () => {
    const chart = catalogChart(catalog, w, 1000, { provider: 'all', tier: 'standard', showRetired: false });
    for (let i = 1; i < chart.rows.length; i++) expect(chart.rows[i]!.perMonth).toBeGreaterThanOrEqual(chart.rows[i - 1]!.perMonth);
    expect(chart.hiddenRetired).toBe(2);
    expect(chart.rows.length + chart.unpriced.length).toBe(catalog.models.length - 2);
    expect(chart.rows[0]!.name).toBe('Voxtral Mini 3B (25.07)');
    expect(chart.cheapestFitId).toBe('voxtral-mini-3b');
    expect(catalogChart(catalog, w, 1000, { provider: 'all', tier: 'standard', showRetired: true }).hiddenRetired).toBe(0);
    const meta = catalogChart(catalog, w, 1000, { provider: 'Meta', tier: 'standard', showRetired: false }).rows;
    expect(meta.every((r) => r.provider === 'Meta')).toBe(true);
  });

  it('marks the cheapest model whose context window takes the request', () => {
    const big = { ...w, inputTokens: 150_000 };
    const chart = catalogChart(catalog, big, 1000, { provider: 'all', tier: 'standard', showRetired: false });
    const first = chart.rows.find((r) => r.modelId === chart.cheapestFitId)!;
    expect(first.fits).toBe(true);
    expect(chart.rows.slice(0, chart.rows.indexOf(first)).every((r) => !r.fits)).toBe(true);
    expect(chart.rows.some((r) => !r.fits)).toBe(true);
  });

  it('at the Batch tier, lists only models with a (sourced or rule-derived) batch price and counts the rest', () => {
    const chart = catalogChart(catalog, w, 1000, { provider: 'all', tier: 'batch', showRetired: false });
    const ids = chart.rows.map((r) => r.modelId);
    expect(ids).toContain('claude-opus-5');
    expect(ids).toContain('nova-micro');
    expect(ids).not.toContain('claude-sonnet-4-6');
    expect(chart.unpriced.find((u) => u.modelId === 'claude-sonnet-4-6')?.reason).toMatch(/No Batch price/);
  });

  it('at Flex, gpt-oss-120b cannot be priced with output tokens (output rate unpublished)', () => {
    const chart = catalogChart(catalog, w, 1000, { provider: 'all', tier: 'flex', showRetired: false });
    expect(chart.unpriced.find((u) => u.modelId === 'gpt-oss-120b')?.reason).toMatch(/Flex output price/);
    expect(chart.rows.map((r) => r.modelId)).toEqual([]);
  });
});
