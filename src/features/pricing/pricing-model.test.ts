import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { parseQuery } from '../../domain/url/query-params.ts';
import { buildPricingView } from './pricing-model.ts';
import { PRICING_PARAMS } from './pricing-params.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const ctx = { startingModelId: 'claude-sonnet-4-6', today: '2026-12-01' };
function view(query: string, c = ctx) {
  const { values, ignored } = parseQuery(query, PRICING_PARAMS);
  const v = buildPricingView(catalog, values, c);
  return { ...v, linkIgnored: ignored };
}

describe('buildPricingView', () => {
  it('opens on the starting model with its default point and prices the request exactly', () => {
    const v = view('in=1000&out=500&rpd=1000');
    expect(v.model.id).toBe('claude-sonnet-4-6');
    expect(v.cost).toEqual({
      ok: true,
      perRequest: 0.01155,
      lines: expect.any(Array),
      formula: '(1,000 × $3.30 + 500 × $16.50) / 1,000,000 = $0.0116 per request',
    });
    expect(v.projection?.perDay).toBe(11.55);
    expect(v.priceSources[0]).toMatchObject({ model: 'Claude Sonnet 4.6', pricePoint: 'In-Region · us-east-1 · Standard', asOf: '2026-08-01', confidence: 'confirmed' });
  });

  it('resolves a v1 link (bare Bedrock ID) and reports an unknown model as ignored', () => {
    expect(view('model=anthropic.claude-opus-4-5-20251101-v1%3A0').model.id).toBe('claude-opus-4-5');
    const bad = view('model=not.a.model');
    expect(bad.model.id).toBe('claude-sonnet-4-6');
    expect(bad.ignored).toEqual([{ key: 'model', raw: 'not.a.model', reason: 'no such model in the catalog' }]);
  });

  it('offers Priority and Flex only where priced, with the reason otherwise', () => {
    const sonnet = view('');
    expect(sonnet.tierOptions.map((o) => [o.tier, o.enabled])).toEqual([['standard', true], ['priority', false], ['flex', false]]);
    expect(sonnet.tierOptions[1]!.reason).toBe('No Priority price is published for Claude Sonnet 4.6 in our sources.');
    const qwen = view('model=qwen3-coder-30b-a3b&scope=unknown-region-unknown-region-standard&tier=flex&in=1000000&out=1000000&rpd=1');
    expect(qwen.tier).toBe('flex');
    expect(qwen.cost.ok && qwen.cost.perRequest).toBe(0.3863);
    const refused = view('tier=priority');
    expect(refused.tier).toBe('standard');
    expect(refused.ignored.map((i) => i.key)).toEqual(['tier']);
  });

  it('prices the 1-hour write and refuses a lifetime the model does not offer', () => {
    const oneHour = view('model=claude-sonnet-4-5&scope=global-global-standard&ttl=1h&in=10000&out=0&cacheWrite=100&rpd=1');
    expect(oneHour.ttl).toBe('1h');
    expect(oneHour.cost.ok && oneHour.cost.perRequest).toBe(0.06);
    expect(oneHour.ttlOptions.map((o) => o.value)).toEqual(['5m', '1h']);
    const gpt = view('model=gpt-5-6-terra&ttl=1h&cacheWrite=10');
    expect(gpt.ttl).toBe('30m');
    expect(gpt.ignored[0]).toMatchObject({ key: 'ttl', reason: 'GPT-5.6 Terra offers 30-minute cache writes here' });
  });

  it('says when the long-context threshold is crossed, counting cached input', () => {
    const under = view('model=gpt-5-6-terra&in=272000&out=1000');
    expect(under.longContext).toMatchObject({ thresholdTokens: 272000, active: false });
    const over = view('model=gpt-5-6-terra&in=280000&out=1000&cacheRead=50');
    expect(over.longContext.active).toBe(true);
    expect(over.longContext.message).toContain("exceeds GPT-5.6 Terra's 272,000-token threshold");
  });

  it('refuses a batch share without a batch price and a cache share without caching, beside the field', () => {
    const v = view('batch=50&in=1000&out=0&rpd=1');
    expect(v.fieldIssues.batch).toBe('No Batch price is published for Claude Sonnet 4.6 in our sources.');
    expect(v.workload.batchShare).toBe(0);
    expect(v.cost.ok && v.cost.perRequest).toBe(0.0033);
    expect(view('model=qwen3-32b&cacheRead=20').fieldIssues.cacheRead).toMatch(/does not offer prompt caching/);
  });

  it('hides retired models unless asked, and warns when one is priced', () => {
    expect(view('').modelOptions.some((o) => o.value === 'claude-3-haiku')).toBe(false);
    expect(view('retired=1').modelOptions.find((o) => o.value === 'claude-3-haiku')?.label).toBe('Claude 3 Haiku (retired)');
    const haiku = view('model=claude-3-haiku');
    expect(haiku.modelOptions.some((o) => o.value === 'claude-3-haiku')).toBe(true);
    expect(haiku.notices[0]).toMatchObject({ tone: 'danger' });
  });

  it('shows a promotion with its validity, and both values where sources conflict', () => {
    const sol = view('model=gpt-5-6-sol');
    expect(sol.notices.map((n) => n.tone)).toContain('warn');
    expect(sol.notices.some((n) => n.text.includes('the price may have changed'))).toBe(true);
    expect(sol.provenance.conflicts[0]).toContain('5.50 / 33.00');
    expect(sol.scopeOptions.map((o) => o.label)).toContain('In-Region · us-east-1 · Standard (list price)');
  });

  it('compares columns from the link and lists their price sources', () => {
    const v = view('cmp=claude-opus-5:global-global-standard:standard~claude-opus-5:global-global-standard:batch&in=1000&out=500&rpd=1000');
    expect(v.compare.map((c) => c.projection?.perRequest)).toEqual([0.0175, 0.00875]);
    expect(v.priceSources.length).toBe(3);
  });

  it('sizes provisioned throughput from the one module (Claude Instant $39.60/h at $1.20/M → 550,000 TPM)', () => {
    const v = view('model=claude-instant-legacy&in=3000&out=1000&rpd=1000000&muTpm=1000000');
    expect(v.blendedPer1M).toBe(1.2);
    expect(v.provisioned.rate).toBe(39.6);
    expect(v.provisioned.breakEvenTpm).toBeCloseTo(550_000, 6);
    expect(v.provisioned.sizing?.unitsNeeded).toBe(3);
    expect(view('model=claude-instant-legacy&term=sixMonth').provisioned.rate).toBe(22);
  });

  it('prices the Reserved tier with user rates, input + cache writes against the reservation, overflow at Standard', () => {
    // 200,000 requests/day × 1,000 input = 138,889 input TPM against 100,000 reserved: 28 % overflows.
    const v = view('model=claude-sonnet-4-6&in=1000&out=100&rpd=200000&rRateIn=10&rRateOut=50');
    expect(v.reserved.demandInputTpm).toBeCloseTo(138_888.89, 1);
    expect(v.reserved.result?.fixedMonthly).toBe(1000 + 500);
    expect(v.reserved.result?.overflowInputShare).toBeCloseTo(0.28, 12);
    expect(view('').reserved.missing).toMatch(/Enter both Reserved rates/);
  });
});
