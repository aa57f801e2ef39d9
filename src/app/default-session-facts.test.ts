import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../domain/catalog/catalog-schema.ts';
import { DEFAULT_SESSION } from '../domain/session/default-session.ts';
import { parseQuery } from '../domain/url/query-params.ts';
import { buildBreakEvenModel } from '../features/break-even/break-even-model.ts';
import { BREAK_EVEN_PARAMS } from '../features/break-even/break-even-params.ts';
import { buildPricingView } from '../features/pricing/pricing-model.ts';
import { PRICING_PARAMS } from '../features/pricing/pricing-params.ts';

// The narration must state only what the view shows: the pricing chapters' claims, checked against the
// view model the page renders from (the e2e walk checks that each chapter opens its view).
const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const ctx = { startingModelId: 'claude-sonnet-4-6', today: '2026-12-02' };
const pricing = (query: string) => buildPricingView(catalog, parseQuery(query, PRICING_PARAMS).values, ctx);
const chapter = (title: string) => DEFAULT_SESSION.chapters.find((c) => c.title === title)!;

describe('the default session’s pricing chapters say what the page shows', () => {
  it('“Prompt caching and batch”: both prices are applied, at a quarter and at half, and the notes’ two costs', () => {
    const c = chapter('Prompt caching and batch');
    const v = pricing(c.query);
    expect(v.fieldIssues).toEqual({});
    const lines = v.cost.ok ? v.cost.lines : [];
    const price = (label: string) => lines.find((l) => l.label === label)?.pricePer1M;
    expect(price('Cache read')! / price('Input')!).toBe(0.25);
    expect(price('Batch input')! / price('Input')!).toBe(0.5);
    expect(price('Batch output')! / price('Output')!).toBe(0.5);
    expect(v.cost.ok && v.cost.perRequest).toBe(0.00162);
    const plain = pricing(c.query.replace('cacheRead=60', 'cacheRead=0').replace('batch=50', 'batch=0'));
    expect(plain.cost.ok && plain.cost.perRequest).toBe(0.0024);
    expect(c.notes).toContain('$0.0024 per request without, $0.00162 with');
  });

  it('“Service tiers: Flex and Priority”: Flex and Batch half of Standard, Priority 75 % more', () => {
    const v = pricing(chapter('Service tiers: Flex and Priority').query);
    expect(v.compare.map((c) => c.spec.tier)).toEqual(['standard', 'flex', 'priority', 'batch']);
    expect(v.compare.map((c) => c.diffShare === null ? null : Math.round(c.diffShare * 1000) / 1000)).toEqual([0, -0.5, 0.75, -0.5]);
  });

  it('on the previous chapter’s model the page would not apply batch, as the notes say', () => {
    const v = pricing('cacheRead=60&batch=50');
    expect(v.model.name).toBe('Claude Sonnet 4.6');
    expect(v.fieldIssues.batch).toMatch(/No Batch price is published for Claude Sonnet 4\.6/);
    expect(v.cost.ok && v.cost.lines.some((l) => l.mode === 'batch')).toBe(false);
  });
});

describe('the default session’s break-even chapter says what the page shows', () => {
  it('“When self-hosting pays”: the chart reaches a crossover, self-hosting steps by servers', () => {
    const c = chapter('When self-hosting pays');
    const m = buildBreakEvenModel(parseQuery(c.query, BREAK_EVEN_PARAMS).values, catalog, null);
    expect(m.chart).not.toBeNull();
    expect(m.chart!.crossovers.length).toBeGreaterThan(0);
    expect(m.chart!.crossovers[0]!.tokensPerMonth).toBeLessThan(m.chart!.xMax);
    expect(new Set(m.chart!.steps.map((s) => s.servers)).size).toBeGreaterThan(1);
  });
});
