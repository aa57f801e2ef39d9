import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGenaiPrices } from './genai-prices.ts';
import type { SourceInfo } from './price-observation.ts';

// 11 records of pydantic/genai-prices prices/providers/aws.yml @47df840 (MIT), unchanged: fixtures/README.md.
const text = readFileSync('src/domain/catalog/importers/fixtures/genai-prices-aws-excerpt.yml', 'utf8');
const source: SourceInfo = { format: 'genai-prices', id: 'GP-2026-08-21', what: 'test', date: '2026-08-21', fileName: 'aws.yml' };

function imported(yaml = text, effectiveOn = '2026-12-01') {
  const r = importGenaiPrices(yaml, source, { effectiveOn });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function about(id: string, o = imported()) {
  return o.observations.filter((x) => x.quote.startsWith(`GP-2026-08-21 ${id}`));
}

describe('importGenaiPrices on an excerpt of the real aws.yml', () => {
  it('keeps per-1M prices as published, with the row date (prices_checked) or the file date', () => {
    expect(about('amazon.nova-micro-v1:0')).toEqual([
      {
        model: { bedrockId: 'amazon.nova-micro-v1:0', patterns: [{ kind: 'contains', text: 'amazon.nova-micro' }], name: 'Nova Micro' },
        scope: { type: 'in-region', region: 'us-east-1' },
        tier: 'standard',
        prices: { inputPer1M: 0.035, outputPer1M: 0.14, cacheReadPer1M: 0.00875 },
        asOf: '2026-08-21',
        quote: 'GP-2026-08-21 amazon.nova-micro-v1:0: input_mtok 0.035, cache_read_mtok 0.00875, output_mtok 0.14',
      },
    ]);
    expect(about('global.anthropic.claude-opus-5')[0]).toMatchObject({
      scope: { type: 'global' },
      prices: { inputPer1M: 5, outputPer1M: 25, cacheReadPer1M: 0.5, cacheWrite5mPer1M: 6.25 },
      asOf: '2026-07-25',
    });
  });

  it('prices the geographic profiles a regional entry matches, and the in-Region ID when it matches the bare ID', () => {
    const opus = about('regional.anthropic.claude-opus-5');
    expect(opus.map((o) => o.scope)).toEqual([
      { type: 'in-region', region: 'us-east-1' },
      { type: 'geo', geography: 'us' },
      { type: 'geo', geography: 'eu' },
      { type: 'geo', geography: 'jp' },
      { type: 'geo', geography: 'au' },
    ]);
    expect(opus[1]!.model.namedId).toBe('us.anthropic.claude-opus-5');
    expect(opus[0]!.prices).toEqual({ inputPer1M: 5.5, outputPer1M: 27.5, cacheReadPer1M: 0.55, cacheWrite5mPer1M: 6.875 });
    // Nova 2 Lite's regional entry matches only us., eu. and jp. profiles: no in-Region price.
    expect(about('regional.amazon.nova-2-lite-v1:0').map((o) => o.scope)).toEqual([
      { type: 'geo', geography: 'us' },
      { type: 'geo', geography: 'eu' },
      { type: 'geo', geography: 'jp' },
    ]);
  });

  it('reads the price set in effect on the refresh day, naming its start date', () => {
    expect(about('global.anthropic.claude-sonnet-5-v1:0', imported(text, '2026-08-31'))[0]!.prices).toEqual({ inputPer1M: 2, outputPer1M: 10, cacheReadPer1M: 0.2, cacheWrite5mPer1M: 2.5 });
    const after = about('global.anthropic.claude-sonnet-5-v1:0', imported(text, '2026-09-01'))[0]!;
    expect(after.prices).toEqual({ inputPer1M: 3, outputPer1M: 15, cacheReadPer1M: 0.3, cacheWrite5mPer1M: 3.75 });
    expect(after.quote).toContain('(constraint start_date 2026-09-01)');
    expect(after.asOf).toBe('2026-06-30');
  });

  it('turns a tiered price into long-context rates, and a GPT-5.x cache write into the 30-minute write', () => {
    const [terra] = about('openai.gpt-5.6-terra');
    expect(terra).toMatchObject({
      prices: { inputPer1M: 2.2, outputPer1M: 13.2, cacheReadPer1M: 0.22, cacheWrite30mPer1M: 2.75 },
      longContext: { thresholdTokens: 272_000, prices: { inputPer1M: 4.4, outputPer1M: 19.8, cacheReadPer1M: 0.44, cacheWrite30mPer1M: 5.5 } },
      asOf: '2026-08-10',
    });
    // Before the 2026-07-30 cut the launch set (flat, no long-context tier) was in effect.
    expect(about('openai.gpt-5.6-terra', imported(text, '2026-07-29'))[0]).toMatchObject({ prices: { inputPer1M: 2.75, cacheWrite30mPer1M: 3.4375 } });
  });

  it('skips speech and embedding models, saying why', () => {
    expect(Object.fromEntries(imported().skipped.counts)).toEqual({
      'speech model (audio prices; not a text model)': 1,
      'no input and output price (not a text model)': 1,
    });
  });
});

describe('importGenaiPrices on a malformed or hostile file', () => {
  it('reports a YAML syntax error with the file named', () => {
    const r = importGenaiPrices('models:\n  - id: [unclosed\n', source, { effectiveOn: '2026-12-01' });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^aws\.yml: file, field \(YAML\): /) });
  });

  it('names the record and the field of a missing id or a wrong price', () => {
    expect(importGenaiPrices(text.replace('  - id: amazon.nova-micro-v1:0\n', '  - idx: amazon.nova-micro-v1:0\n'), source, { effectiveOn: '2026-12-01' })).toEqual({
      ok: false,
      error: 'aws.yml: model 1, field id: missing',
    });
    const bad = importGenaiPrices(text.replace('input_mtok: 0.035', "input_mtok: 'NaN'"), source, { effectiveOn: '2026-12-01' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('aws.yml: model 1 (amazon.nova-micro-v1:0), field prices.input_mtok') });
    const huge = importGenaiPrices(text.replace('input_mtok: 0.035', 'input_mtok: 1e300'), source, { effectiveOn: '2026-12-01' });
    expect(huge).toMatchObject({ ok: false, error: expect.stringContaining('field prices.input_mtok') });
  });

  it('refuses a forbidden key and a YAML alias bomb', () => {
    const proto = importGenaiPrices(text.replace('    prices:\n      input_mtok: 0.035', '    prices:\n      __proto__: {polluted: 1}\n      input_mtok: 0.035'), source, { effectiveOn: '2026-12-01' });
    expect(proto).toEqual({ ok: false, error: 'aws.yml: key models.1.prices.__proto__, field __proto__: a forbidden key name' });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), 'models: []'].join('\n');
    expect(importGenaiPrices(bomb, source, { effectiveOn: '2026-12-01' }).ok).toBe(false);
  });
});
