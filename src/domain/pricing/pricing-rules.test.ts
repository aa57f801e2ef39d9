/**
 * Every rule of the pricing rules (2026) with its worked example, on the shipped catalog, exactly:
 * results are compared as numbers that print as the exact decimal (toBe, never toBeCloseTo).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH, type CacheTtl } from '../catalog/catalog-schema.ts';
import { findModel, findPricePoint } from '../catalog/catalog-lookup.ts';
import { toNumber } from './exact.ts';
import { project } from './projection.ts';
import { rateCard, tierCard, type RateCard } from './rate-card.ts';
import { priceRequest, type RequestTokens } from './request-cost.ts';
import { accepted, offersCaching, offeredTtls, workloadCost, workloadIssues, type Workload } from './workload-cost.ts';
import { lifecycleNotice, validityNotice } from './price-notices.ts';
import { regionalPremiumApplies } from './regional-premium.ts';
import { reservedTierCost } from './reserved-tier.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const model = (id: string) => findModel(catalog, id)!;
const card = (id: string, pointId: string): RateCard => rateCard(model(id), findPricePoint(model(id), pointId)!);
const tier = (id: string, pointId: string, t: 'batch' | 'flex' | 'priority' | 'standard') => tierCard(model(id), findPricePoint(model(id), pointId)!, t);
const batchOf = (id: string, pointId: string): RateCard => {
  const r = tier(id, pointId, 'batch');
  if (!r.ok) throw new Error(r.reason);
  return r.card;
};
function cost(c: RateCard, t: Partial<RequestTokens>, ttl: CacheTtl = '5m'): number {
  const r = priceRequest(c, { fresh: 0, cacheRead: 0, cacheWrite: 0, output: 0, ...t }, ttl);
  if (!r.ok) throw new Error(r.reason);
  return toNumber(r.total);
}
const plain: Workload = { inputTokens: 1000, outputTokens: 500, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0, cacheTtl: '5m' };

describe('§1 one request from one price point', () => {
  it('(1,000 × $5.00 + 500 × $25.00) / 1,000,000 = $0.0175 exactly (Opus 4.5 global)', () => {
    expect(cost(card('claude-opus-4-5', 'global-global-standard'), { fresh: 1000, output: 500 })).toBe(0.0175);
  });
  it('$0.000035 for 1,000 Nova Micro input tokens, not $0.00', () => {
    expect(cost(card('nova-micro', 'in-region-us-east-1-standard'), { fresh: 1000 })).toBe(0.000035);
  });
  it('fresh, cache read, cache write and output each at their own price (Sonnet 4, write $3.75, read $0.30)', () => {
    expect(cost(card('claude-sonnet-4', 'in-region-us-east-1-standard'), { fresh: 2000, cacheRead: 6000, cacheWrite: 2000, output: 500 })).toBe(0.0228);
  });
  it('a month is per day ÷ 24 × 730', () => {
    expect(project(0.0175, 1000)).toEqual({ perRequest: 0.0175, perDay: 17.5, perMonth: 532.2916666666666, perYear: 6387.5 });
  });
});

describe('§2 scope: regional = 1.10 × global for Claude 4.5+ and GPT-5.x/6', () => {
  it('Opus 5: input 5.00 / 5.50, cache write 6.25 / 6.875, cache read 0.50 / 0.55, 1-h write 10.00 / 11.00', () => {
    const g = card('claude-opus-5', 'global-global-standard').rates;
    const r = card('claude-opus-5', 'geo-us-standard').rates;
    expect([g.input?.value, g.cacheWrite5m?.value, g.cacheRead?.value, g.cacheWrite1h?.value]).toEqual([5, 6.25, 0.5, 10]);
    expect([r.input?.value, r.cacheWrite5m?.value, r.cacheRead?.value, r.cacheWrite1h?.value]).toEqual([5.5, 6.875, 0.55, 11]);
  });
  it('the premium reaches cache writes: 1,000 written tokens cost $0.006875 regional vs $0.00625 global', () => {
    expect(cost(card('claude-opus-5', 'geo-us-standard'), { cacheWrite: 1000 })).toBe(0.006875);
    expect(cost(card('claude-opus-5', 'global-global-standard'), { cacheWrite: 1000 })).toBe(0.00625);
  });
  it('and batch: Opus 5 batch 2.75 / 13.75 regional, 2.50 / 12.50 global', () => {
    expect(cost(batchOf('claude-opus-5', 'in-region-us-east-1-standard'), { fresh: 1e6, output: 1e6 })).toBe(16.5);
    expect(cost(batchOf('claude-opus-5', 'global-global-standard'), { fresh: 1e6, output: 1e6 })).toBe(15);
  });
  it('GPT-6 Astra: 10 / 50 global, 11 / 55 US geo', () => {
    expect(cost(card('gpt-6-astra', 'global-global-standard'), { fresh: 1e6, output: 1e6 })).toBe(60);
    expect(cost(card('gpt-6-astra', 'geo-us-standard'), { fresh: 1e6, output: 1e6 })).toBe(66);
  });
  it('older Claude has no global discount: Sonnet 4 global = regional = 3 / 15', () => {
    expect(regionalPremiumApplies(model('claude-sonnet-4'))).toBe(false);
    expect(cost(card('claude-sonnet-4', 'global-global-standard'), { fresh: 1000, output: 1000 })).toBe(cost(card('claude-sonnet-4', 'in-region-us-east-1-standard'), { fresh: 1000, output: 1000 }));
  });
  it('applies exactly to Claude 4.5 and later and GPT-5.x/6, by name', () => {
    const applies = catalog.models.filter(regionalPremiumApplies).map((m) => m.id).sort();
    expect(applies).toEqual(
      [
        'claude-fable-5', 'claude-fable-5-1', 'claude-haiku-4-5', 'claude-haiku-5-5', 'claude-opus-4-5', 'claude-opus-4-6', 'claude-opus-4-7',
        'claude-opus-4-8', 'claude-opus-5', 'claude-opus-5-5', 'claude-sonnet-4-5', 'claude-sonnet-4-6', 'claude-sonnet-5', 'claude-sonnet-5-5',
        'gpt-5-4', 'gpt-5-5', 'gpt-5-6-luna', 'gpt-5-6-sol', 'gpt-5-6-terra', 'gpt-6-astra',
      ].sort(),
    );
  });
  it('never derives where a sourced row exists, and says so where it derives', () => {
    // Fable 5.1: the regional points have no 1-hour write; global has $20.00 → $22.00, marked derived.
    const fable = card('claude-fable-5-1', 'in-region-us-east-1-standard').rates;
    expect(fable.cacheWrite1h).toEqual({ value: 22, derived: 'global $20 × 1.10 (regional premium rule)' });
    expect(fable.input).toEqual({ value: 11 });
    // Opus 5.5 has only a global batch row (2.00 / 10.00): the regional batch card is 2.20 / 11.00, derived.
    const b = batchOf('claude-opus-5-5', 'in-region-us-east-1-standard');
    expect([b.rates.input?.value, b.rates.output?.value]).toEqual([2.2, 11]);
    expect(b.derivedFrom).toMatch(/× 1.10/);
  });
});

describe('§3 batch', () => {
  it('a partial batch share: 50 % of Nova Pro requests at 0.40 / 1.60, 50 % on-demand at 0.80 / 3.20', () => {
    const c = card('nova-pro', 'in-region-us-east-1-standard');
    const r = workloadCost(c, batchOf('nova-pro', 'in-region-us-east-1-standard'), { ...plain, inputTokens: 3000, batchShare: 0.5 });
    expect(r.ok && toNumber(r.perRequest)).toBe(0.003);
    expect(project(r.ok ? r.perRequest : 0, 10_000).perMonth).toBe(912.5);
  });
  it('batch requests carry no cache tokens: the cache shares apply to on-demand requests only', () => {
    const c = card('claude-opus-5', 'in-region-us-east-1-standard');
    const r = workloadCost(c, batchOf('claude-opus-5', 'in-region-us-east-1-standard'), { ...plain, inputTokens: 10_000, outputTokens: 0, cacheReadShare: 0.5, batchShare: 0.5 });
    // on-demand half: 5,000 fresh × 5.50 + 5,000 read × 0.55; batch half: 10,000 fresh × 2.75.
    expect(r.ok && toNumber(r.perRequest)).toBe(0.028875);
    expect(r.ok && r.lines.filter((l) => l.mode === 'batch').map((l) => l.part)).toEqual(['input']);
  });
  it('a model without a sourced batch price refuses a batch share, never the on-demand price in disguise', () => {
    const sonnet46 = model('claude-sonnet-4-6');
    const base = findPricePoint(sonnet46, 'in-region-us-east-1-standard')!;
    const b = tierCard(sonnet46, base, 'batch');
    expect(b.ok).toBe(false);
    const issues = workloadIssues(sonnet46, rateCard(sonnet46, base), null, { ...plain, batchShare: 1 }, b.ok ? '' : b.reason);
    expect(issues).toEqual([{ field: 'batch', message: 'No Batch price is published for Claude Sonnet 4.6 in our sources.' }]);
    expect(accepted({ ...plain, batchShare: 1 }, issues).batchShare).toBe(0);
    expect(workloadCost(rateCard(sonnet46, base), null, { ...plain, batchShare: 0.5 })).toMatchObject({ ok: false });
  });
  it('Sonnet 5 regional batch 1.10 / 5.50 and Qwen3 Coder 30B 0.0773 / 0.309', () => {
    expect(cost(batchOf('claude-sonnet-5', 'in-region-us-east-1-standard'), { fresh: 1e6, output: 1e6 })).toBe(6.6);
    expect(cost(batchOf('qwen3-coder-30b-a3b', 'unknown-region-unknown-region-standard'), { fresh: 1e6, output: 1e6 })).toBe(0.3863);
  });
});

describe('§4 prompt caching', () => {
  it('the 1-hour write is priced at 2 × input (Sonnet 4.5 global $6.00), the 5-minute at 1.25 × ($3.75)', () => {
    const c = card('claude-sonnet-4-5', 'global-global-standard');
    expect(cost(c, { cacheWrite: 100_000 }, '1h')).toBe(0.6);
    expect(cost(c, { cacheWrite: 100_000 }, '5m')).toBe(0.375);
    // Above 200,000 input tokens no 1-hour long-context write price is published: refused, not guessed.
    expect(priceRequest(c, { fresh: 0, cacheRead: 0, cacheWrite: 200_001, output: 0 }, '1h')).toMatchObject({ ok: false, longContext: true });
    expect(offeredTtls(c)).toEqual(['5m', '1h']);
  });
  it('GPT-5.6 writes live 30 minutes at 1.25 × input (Terra regional $2.75)', () => {
    const c = card('gpt-5-6-terra', 'in-region-us-east-1-standard');
    expect(offeredTtls(c)).toEqual(['30m']);
    expect(cost(c, { cacheWrite: 100_000 }, '30m')).toBe(0.275);
    expect(priceRequest(c, { fresh: 0, cacheRead: 0, cacheWrite: 1000, output: 0 }, '1h')).toMatchObject({ ok: false });
    const issues = workloadIssues(model('gpt-5-6-terra'), c, null, { ...plain, cacheWriteShare: 0.5, cacheTtl: '1h' }, '');
    expect(issues[0]).toEqual({ field: 'ttl', message: 'No 1-hour cache-write price for this scope; it offers 30-minute.' });
  });
  it('Nova cache writes are free and reads cost 0.25 × input (Nova Pro 0.20 on 0.80)', () => {
    const c = card('nova-pro', 'in-region-us-east-1-standard');
    expect(cost(c, { cacheWrite: 1e6 })).toBe(0);
    expect(cost(c, { cacheRead: 1e6 })).toBe(0.2);
  });
  it('Opus 5.5 reads at 0.05 × (0.20 global), Fable 5.1 at 0.025 × (0.25 global)', () => {
    expect(card('claude-opus-5-5', 'global-global-standard').rates.cacheRead?.value).toBe(0.2);
    expect(card('claude-fable-5-1', 'global-global-standard').rates.cacheRead?.value).toBe(0.25);
  });
  it('a model without caching refuses cache shares (Claude 3 Haiku, Qwen3 32B)', () => {
    for (const id of ['claude-3-haiku', 'qwen3-32b']) {
      const m = model(id);
      expect(offersCaching(m)).toBe(id === 'claude-3-haiku'); // Claude 3 Haiku has GovCloud cache rows only
    }
    const qwen = model('qwen3-32b');
    const c = card('qwen3-32b', 'in-region-us-east-1-standard');
    const issues = workloadIssues(qwen, c, null, { ...plain, cacheReadShare: 0.3, cacheWriteShare: 0.1 }, '');
    expect(issues.map((i) => i.field)).toEqual(['cacheRead', 'cacheWrite']);
    expect(issues[0]!.message).toBe('Qwen3 32B does not offer prompt caching on Bedrock (no cache price in any source).');
    const haikuUsEast = card('claude-3-haiku', 'in-region-us-east-1-standard');
    expect(workloadIssues(model('claude-3-haiku'), haikuUsEast, null, { ...plain, cacheReadShare: 0.3 }, '')[0]!.field).toBe('cacheRead');
  });
});

describe('§5 long context: every token of a request whose total input exceeds the threshold', () => {
  const terra = () => card('gpt-5-6-terra', 'in-region-us-east-1-standard');
  it('GPT-5.6 Terra regional: just under 272,000 at 2.20 / 13.20, just over at 4.40 / 19.80 for every token', () => {
    expect(cost(terra(), { fresh: 272_000, output: 1000 })).toBe(0.6116);
    const over = priceRequest(terra(), { fresh: 272_001, cacheRead: 0, cacheWrite: 0, output: 1000 }, '30m');
    expect(over.longContext).toBe(true);
    expect(over.ok && toNumber(over.total)).toBe(1.2166044);
  });
  it('fresh input below the threshold but total input above it bills the whole request at long-context rates', () => {
    // 200,000 fresh + 50,000 read + 30,000 written = 280,000 > 272,000.
    const r = priceRequest(terra(), { fresh: 200_000, cacheRead: 50_000, cacheWrite: 30_000, output: 2000 }, '30m');
    expect(r.longContext).toBe(true);
    // 200,000 × 4.40 + 50,000 × 0.44 + 30,000 × 5.50 + 2,000 × 19.80
    expect(r.ok && toNumber(r.total)).toBe(1.1066);
    const w = workloadCost(terra(), null, { ...plain, inputTokens: 280_000, outputTokens: 2000, cacheReadShare: 50 / 280, cacheWriteShare: 30 / 280, cacheTtl: '30m' });
    expect(w.ok && w.longContext).toBe(true);
  });
  it('Sonnet 4.5 us.: 6.60 / 24.75, cache read 0.66, 5-min write 8.25 above 200,000', () => {
    const c = card('claude-sonnet-4-5', 'geo-us-standard');
    expect(cost(c, { fresh: 200_000, output: 1e6 })).toBe(0.66 + 16.5);
    expect(cost(c, { fresh: 200_001 })).toBe(1.3200066);
    expect(cost(c, { fresh: 100_000, cacheRead: 100_000, cacheWrite: 1 })).toBe(0.66 + 0.066 + 0.00000825);
  });
  it('the threshold is per model: Claude 4.6 and later bill the full 1M window at standard rates', () => {
    const c = card('claude-sonnet-4-6', 'in-region-us-east-1-standard');
    expect(c.longContext).toBeNull();
    expect(cost(c, { fresh: 900_000 })).toBe(2.97);
  });
  it('Haiku 5.5 crosses at 100,000 and, with no published Bedrock long-context rate, refuses', () => {
    const c = card('claude-haiku-5-5', 'unknown-regional-unknown-regional-standard');
    expect(cost(c, { fresh: 100_000 })).toBe(0.011);
    const r = priceRequest(c, { fresh: 100_001, cacheRead: 0, cacheWrite: 0, output: 0 }, '5m');
    expect(r).toMatchObject({ ok: false, longContext: true });
  });
});

describe('§6 Priority and Flex', () => {
  it('gpt-oss-120b input: standard 0.15, priority 0.2625 (1.75×), flex 0.075 (0.5×); its output rates are unpublished', () => {
    const p = tier('gpt-oss-120b', 'in-region-us-east-1-standard', 'priority');
    const f = tier('gpt-oss-120b', 'in-region-us-east-1-standard', 'flex');
    expect(p.ok && cost(p.card, { fresh: 1e6 })).toBe(0.2625);
    expect(f.ok && cost(f.card, { fresh: 1e6 })).toBe(0.075);
    expect(p.ok && priceRequest(p.card, { fresh: 1, cacheRead: 0, cacheWrite: 0, output: 1 }, '5m')).toMatchObject({
      ok: false,
      reason: 'No Priority output price is published for this scope in our sources.',
    });
  });
  it('Qwen3 Coder 30B (Region not stated): flex 0.0773 / 0.309, priority 0.2704 / 1.0815', () => {
    const f = tier('qwen3-coder-30b-a3b', 'unknown-region-unknown-region-standard', 'flex');
    const p = tier('qwen3-coder-30b-a3b', 'unknown-region-unknown-region-standard', 'priority');
    expect(f.ok && cost(f.card, { fresh: 1e6, output: 1e6 })).toBe(0.3863);
    expect(p.ok && cost(p.card, { fresh: 1e6, output: 1e6 })).toBe(1.3519);
  });
  it('a model without a tier says where it exists, or that none is published', () => {
    expect(tier('qwen3-coder-30b-a3b', 'in-region-us-east-1-standard', 'flex')).toEqual({
      ok: false,
      reason: 'Qwen3 Coder 30B A3B has a Flex price only at another scope (Region not stated).',
    });
    expect(tier('claude-sonnet-4-6', 'in-region-us-east-1-standard', 'priority')).toEqual({
      ok: false,
      reason: 'No Priority price is published for Claude Sonnet 4.6 in our sources.',
    });
  });
});

describe('§7 Reserved tier', () => {
  it('monthly = reserved input kTPM × rate + reserved output kTPM × rate, plus overflow at Standard', () => {
    const r = reservedTierCost({
      reservedInputTpm: 100_000,
      reservedOutputTpm: 10_000,
      inputRatePer1kTpmMonth: 12.5,
      outputRatePer1kTpmMonth: 40,
      termMonths: 3,
      demandInputTpm: 150_000,
      demandOutputTpm: 8_000,
      standardMonthly: { inputSide: 3000, output: 2000, cacheRead: 100 },
    });
    expect(r.fixedMonthly).toBe(1250 + 400);
    expect(r.overflowInputShare).toBeCloseTo(1 / 3, 15);
    expect(r.overflowOutputShare).toBe(0);
    expect(r.overflowMonthly).toBe(1000);
    expect(r.totalMonthly).toBe(1650 + 1000 + 100);
    expect(r.commitment).toBe(4950);
  });
});

describe('§10 promotions and lifecycle', () => {
  const sol = model('gpt-5-6-sol');
  it('GPT-5.6 Sol: promotional 4.40 / 22.00 in-Region and 4.00 / 20.00 global, list 5.50 / 33.00', () => {
    expect(cost(card('gpt-5-6-sol', 'in-region-us-east-1-standard-0'), { fresh: 100_000, output: 100_000 })).toBe(2.64);
    expect(cost(card('gpt-5-6-sol', 'global-global-standard-1'), { fresh: 100_000, output: 100_000 })).toBe(2.4);
    expect(cost(card('gpt-5-6-sol', 'in-region-us-east-1-standard-2'), { fresh: 100_000, output: 100_000 })).toBe(3.85);
  });
  it('a promotion shows its validity, and past the date says the price may have changed', () => {
    const promo = findPricePoint(sol, 'in-region-us-east-1-standard-0')!;
    expect(validityNotice(promo, '2026-11-01')).toEqual({ tone: 'info', text: 'This is a promotional price from 2026-08-21, known to hold at least through 2026-11-21.' });
    expect(validityNotice(promo, '2026-12-01')?.tone).toBe('warn');
    expect(validityNotice(promo, '2026-12-01')?.text).toContain('the price may have changed');
    expect(validityNotice(findPricePoint(sol, 'in-region-us-east-1-standard-2')!, '2026-12-01')?.text).toMatch(/^List price since 2026-07-13/);
  });
  it('end-of-life and legacy models are marked', () => {
    expect(lifecycleNotice(model('claude-3-haiku'))).toEqual({
      tone: 'danger',
      text: 'Claude 3 Haiku reached end of life on Bedrock on 2026-09-10: it can no longer be invoked. These prices are kept for the record.',
    });
    expect(lifecycleNotice(model('claude-instant-legacy'))?.tone).toBe('warn');
    expect(lifecycleNotice(model('claude-sonnet-4-6'))).toBeNull();
  });
});
