import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findModel } from '../../catalog/catalog-lookup.ts';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../catalog/catalog-schema.ts';
import { simBatchPrice } from './batch-price.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));

describe('the batch job’s price from the catalog', () => {
  it('prices a model with a published batch card from that card, not from the on-demand price', () => {
    const priced = catalog.models.map((m) => ({ m, price: simBatchPrice(m) })).filter((x) => x.price.ok);
    expect(priced.length).toBeGreaterThan(10);
    for (const { m, price } of priced) {
      if (!price.ok) continue;
      const batchPoint = m.pricePoints.find((p) => p.tier === 'batch' && p.inputPer1M === price.input && p.outputPer1M === price.output);
      // Either the catalog's own batch point, or a card the regional rule derived (said in the label).
      expect(batchPoint !== undefined || /1\.10/.test(price.label)).toBe(true);
      expect(price.label).toContain('Batch price');
    }
  });

  it('says so where no batch price is published, and never halves the on-demand price', () => {
    const unpriced = catalog.models.filter((m) => !m.pricePoints.some((p) => p.tier === 'batch'));
    expect(unpriced.length).toBeGreaterThan(0);
    for (const m of unpriced) {
      const price = simBatchPrice(m);
      if (price.ok) {
        // Only the regional rule may fill it (a batch point at the other scope), never on-demand ÷ 2.
        expect(price.label).toMatch(/1\.10/);
      } else expect(price.reason).toMatch(/Batch/);
    }
  });

  it('the default model, Claude Sonnet 4.6, has no batch price in our sources: the job stays unpriced and says why', () => {
    const m = findModel(catalog, 'claude-sonnet-4-6')!;
    expect(simBatchPrice(m)).toEqual({ ok: false, reason: 'No Batch price is published for Claude Sonnet 4.6 in our sources.' });
  });
});
