import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH, type PricePoint } from '../catalog/catalog-schema.ts';
import { exact } from './exact.ts';
import { project } from './projection.ts';
import { isGovCloud, rateCard, TOKEN_CLASSES } from './rate-card.ts';
import { regionalPremiumApplies, REGIONAL_PREMIUM_FACTOR } from './regional-premium.ts';
import { workloadCost, type Workload } from './workload-cost.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
// Every priced on-demand card of the catalog, with the batch card of its scope where one exists.
const cards = catalog.models.flatMap((m) =>
  m.pricePoints
    .filter((p) => p.tier !== 'batch' && p.inputPer1M !== null && p.outputPer1M !== null)
    .map((p) => ({ model: m, card: rateCard(m, p) })),
);

const workloadArb: fc.Arbitrary<Workload> = fc.record({
  inputTokens: fc.integer({ min: 0, max: 2_000_000 }),
  outputTokens: fc.integer({ min: 0, max: 200_000 }),
  cacheReadShare: fc.constant(0),
  cacheWriteShare: fc.constant(0),
  batchShare: fc.constant(0),
  cacheTtl: fc.constant('5m' as const),
});
const cardArb = fc.constantFrom(...cards);

describe('properties of the cost of a workload, over every priced card of the catalog', () => {
  it('is never negative', () => {
    fc.assert(
      fc.property(cardArb, workloadArb, ({ card }, w) => {
        const r = workloadCost(card, null, w);
        if (r.ok) expect(r.perRequest.gte(0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is linear in requests per day (exactly, in decimals)', () => {
    fc.assert(
      fc.property(cardArb, workloadArb, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 50 }), ({ card }, w, n, k) => {
        const r = workloadCost(card, null, w);
        if (!r.ok) return;
        expect(project(r.perRequest, n * k).perDay).toBe(Number(r.perRequest.times(n).times(k).toString()));
        const month = project(r.perRequest, n * k).perMonth;
        expect(Math.abs(month - project(r.perRequest, n).perMonth * k)).toBeLessThanOrEqual(1e-12 * Math.max(1, month));
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in input and output tokens, across the long-context threshold too', () => {
    fc.assert(
      fc.property(cardArb, workloadArb, fc.integer({ min: 1, max: 300_000 }), ({ card }, w, extra) => {
        const base = workloadCost(card, null, w);
        const moreIn = workloadCost(card, null, { ...w, inputTokens: w.inputTokens + extra });
        const moreOut = workloadCost(card, null, { ...w, outputTokens: w.outputTokens + extra });
        if (base.ok && moreIn.ok) expect(moreIn.perRequest.gte(base.perRequest)).toBe(true);
        if (base.ok && moreOut.ok) expect(moreOut.perRequest.gte(base.perRequest)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('with cache and batch shares, stays between zero and the most expensive token price', () => {
    fc.assert(
      fc.property(
        cardArb,
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        ({ card }, input, output, read, write) => {
          const r = workloadCost(card, null, { inputTokens: input, outputTokens: output, cacheReadShare: read, cacheWriteShare: write, batchShare: 0, cacheTtl: '5m' });
          if (!r.ok) return;
          const max = Math.max(...TOKEN_CLASSES.map((c) => card.rates[c]?.value ?? 0), ...TOKEN_CLASSES.map((c) => card.longContext?.rates[c]?.value ?? 0));
          expect(r.perRequest.gte(0)).toBe(true);
          expect(r.perRequest.lte(exact(input + output).times(max).div(1e6))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('regional = 1.10 × global, for every token class of every pair of sourced points where the rule applies', () => {
  const regional = new Set(['in-region', 'geo', 'unknown-regional']);
  const kind = (p: PricePoint) => p.validity?.kind ?? 'none';
  const fields = ['inputPer1M', 'outputPer1M', 'cacheReadPer1M', 'cacheWrite5mPer1M', 'cacheWrite1hPer1M', 'cacheWrite30mPer1M'] as const;
  let pairs = 0;
  for (const m of catalog.models.filter(regionalPremiumApplies)) {
    for (const g of m.pricePoints.filter((p) => p.scope.type === 'global')) {
      for (const r of m.pricePoints.filter((p) => regional.has(p.scope.type) && !isGovCloud(p) && p.tier === g.tier && kind(p) === kind(g))) {
        it(`${m.name}: ${r.id} = 1.10 × ${g.id}`, () => {
          for (const f of fields) {
            const gv = g[f];
            const rv = r[f];
            if (typeof gv === 'number' && typeof rv === 'number') {
              expect(`${f} ${rv}`).toBe(`${f} ${Number(exact(gv).times(REGIONAL_PREMIUM_FACTOR).toString())}`);
              pairs++;
            }
          }
          if (g.longContext && r.longContext) {
            for (const f of fields) {
              const gv = g.longContext[f];
              const rv = r.longContext[f];
              if (typeof gv === 'number' && typeof rv === 'number') expect(rv).toBe(Number(exact(gv).times(REGIONAL_PREMIUM_FACTOR).toString()));
            }
          }
        });
      }
    }
  }
  it('checks a real number of sourced pairs', () => {
    expect(pairs).toBeGreaterThanOrEqual(144);
  });
});
