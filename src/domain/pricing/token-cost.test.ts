import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { unitPricesFor } from './unit-prices.ts';
import { blendedPricePer1M, costPerRequest, type TokenWorkload, type UnitPrices } from './token-cost.ts';
import { project } from './projection.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));

function pricePoint(name: string, id: string) {
  const model = catalog.models.find((m) => m.name === name);
  const point = model?.pricePoints.find((p) => p.id === id);
  if (!model || !point) throw new Error(`${name} ${id} not in catalog`);
  return unitPricesFor(model, point);
}

const plain = (inputTokens: number, outputTokens: number): TokenWorkload => ({
  inputTokens,
  outputTokens,
  cacheReadShare: 0,
  cacheWriteShare: 0,
  batchShare: 0,
});

describe('costPerRequest', () => {
  it('reproduces the worked example: (1,000 × $5.00 + 500 × $25.00) / 1,000,000 = $0.0175', () => {
    const opusGlobal = pricePoint('Claude Opus 4.5', 'global-global-standard');
    expect(opusGlobal.inputPer1M).toBe(5);
    expect(opusGlobal.outputPer1M).toBe(25);
    expect(costPerRequest(opusGlobal, plain(1000, 500)).total).toBeCloseTo(0.0175, 12);
  });

  it('prices batch requests at the catalog batch prices (Claude 3 Haiku: $0.125 / $0.625)', () => {
    const haiku = pricePoint('Claude 3 Haiku', 'in-region-us-east-1-standard');
    const all = costPerRequest(haiku, { ...plain(1000, 1000), batchShare: 1 });
    expect(all.total).toBeCloseTo((1000 * 0.125 + 1000 * 0.625) / 1e6, 12);
    const half = costPerRequest(haiku, { ...plain(1000, 1000), batchShare: 0.5 });
    const onDemand = (1000 * 0.25 + 1000 * 1.25) / 1e6;
    expect(half.total).toBeCloseTo(0.5 * onDemand + 0.5 * all.total, 12);
    expect(half.warnings).toEqual([]);
  });

  it('prices cache reads and writes (Claude Sonnet 4: write $3.75, read $0.30 per 1M)', () => {
    const sonnet = pricePoint('Claude Sonnet 4', 'in-region-us-east-1-standard');
    const r = costPerRequest(sonnet, { ...plain(10_000, 500), cacheReadShare: 0.6, cacheWriteShare: 0.2 });
    const expected = (2000 * 3 + 6000 * 0.3 + 2000 * 3.75 + 500 * 15) / 1e6;
    expect(r.total).toBeCloseTo(expected, 12);
    expect(r.byPart.cacheRead).toBeCloseTo((6000 * 0.3) / 1e6, 12);
    expect(r.byPart.cacheWrite).toBeCloseTo((2000 * 3.75) / 1e6, 12);
  });

  it('shows the 10 % regional premium over global for Claude 4.5+ where the catalog has both', () => {
    const regional = pricePoint('Claude Sonnet 4.5', 'in-region-us-east-1-standard');
    const global = pricePoint('Claude Sonnet 4.5', 'global-global-standard');
    const w = plain(2000, 800);
    expect(costPerRequest(regional, w).total / costPerRequest(global, w).total).toBeCloseTo(1.1, 9);
  });

  it('warns and falls back when a price is missing instead of treating it as free', () => {
    const noBatch = pricePoint('Claude Opus 4', 'in-region-us-east-1-standard');
    expect(noBatch.batchInputPer1M).toBeUndefined();
    const r = costPerRequest(noBatch, { ...plain(1000, 100), batchShare: 1 });
    expect(r.total).toBeCloseTo(costPerRequest(noBatch, plain(1000, 100)).total, 12);
    expect(r.warnings.join(' ')).toMatch(/batch/i);
  });

  it('applies the long-context tier above 200K input tokens when the price point has one', () => {
    const sonnetGlobal = pricePoint('Claude Sonnet 4', 'global-global-standard');
    const r = costPerRequest(sonnetGlobal, plain(300_000, 1000));
    expect(r.longContextTier).toBe(true);
    expect(r.total).toBeCloseTo((300_000 * 6 + 1000 * 22.5) / 1e6, 12);
  });
});

describe('projection', () => {
  it('projects a month as 730 hours and a year as 8,760 hours', () => {
    const p = project(0.0175, 10_000);
    expect(p.perDay).toBeCloseTo(175, 9);
    expect(p.perMonth).toBeCloseTo((175 / 24) * 730, 9);
    expect(p.perYear).toBeCloseTo(175 * 365, 9);
  });
});

const pricesArb: fc.Arbitrary<UnitPrices> = fc.record({
  inputPer1M: fc.double({ min: 0, max: 100, noNaN: true }),
  outputPer1M: fc.double({ min: 0, max: 100, noNaN: true }),
  cacheWritePer1M: fc.double({ min: 0, max: 100, noNaN: true }),
  cacheReadPer1M: fc.double({ min: 0, max: 100, noNaN: true }),
  batchInputPer1M: fc.double({ min: 0, max: 100, noNaN: true }),
  batchOutputPer1M: fc.double({ min: 0, max: 100, noNaN: true }),
});
const workloadArb: fc.Arbitrary<TokenWorkload> = fc.record({
  inputTokens: fc.integer({ min: 0, max: 190_000 }),
  outputTokens: fc.integer({ min: 0, max: 100_000 }),
  cacheReadShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  cacheWriteShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  batchShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('properties', () => {
  it('cost is never negative', () => {
    fc.assert(fc.property(pricesArb, workloadArb, (p, w) => costPerRequest(p, w).total >= 0));
  });

  it('cost is linear in requests per day', () => {
    fc.assert(
      fc.property(pricesArb, workloadArb, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 50 }), (p, w, n, k) => {
        const c = costPerRequest(p, w).total;
        const a = project(c, n).perMonth * k;
        const b = project(c, n * k).perMonth;
        expect(Math.abs(b - a)).toBeLessThanOrEqual(1e-9 * Math.max(1, a));
      }),
    );
  });

  it('cost is monotone in input and output tokens', () => {
    fc.assert(
      fc.property(pricesArb, workloadArb, fc.integer({ min: 1, max: 5000 }), (p, w, extra) => {
        const base = costPerRequest(p, w).total;
        expect(costPerRequest(p, { ...w, inputTokens: w.inputTokens + extra }).total).toBeGreaterThanOrEqual(base - 1e-15);
        expect(costPerRequest(p, { ...w, outputTokens: w.outputTokens + extra }).total).toBeGreaterThanOrEqual(base - 1e-15);
      }),
    );
  });

  it('the blended price times the tokens gives back the cost', () => {
    fc.assert(
      fc.property(pricesArb, workloadArb, (p, w) => {
        fc.pre(w.inputTokens + w.outputTokens > 0);
        const blended = blendedPricePer1M(p, w);
        expect((blended * (w.inputTokens + w.outputTokens)) / 1e6).toBeCloseTo(costPerRequest(p, w).total, 9);
      }),
    );
  });
});
