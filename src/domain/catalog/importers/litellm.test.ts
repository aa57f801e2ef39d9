import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLitellm } from './litellm.ts';
import type { SourceInfo } from './price-observation.ts';

// 17 entries of BerriAI/litellm's prices file (MIT), values unmodified: fixtures/README.md.
const text = readFileSync('src/domain/catalog/importers/fixtures/litellm-bedrock-excerpt.json', 'utf8');
const source: SourceInfo = { format: 'litellm', id: 'LL-2026-08-01', what: 'test', date: '2026-08-01', fileName: 'litellm-bedrock-excerpt.json' };

function imported(json: unknown = JSON.parse(text)) {
  const r = importLitellm(json, source);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function find(key: string) {
  return imported().observations.filter((o) => o.quote.startsWith(`LL-2026-08-01 ${key}:`));
}

describe('importLitellm on an excerpt of the real file', () => {
  it('converts USD per token to per 1M exactly, and reads the scope from the key', () => {
    const [micro] = find('amazon.nova-micro-v1:0');
    expect(micro).toMatchObject({ model: { bedrockId: 'amazon.nova-micro-v1:0' }, scope: { type: 'in-region', region: 'us-east-1' }, tier: 'standard' });
    expect(micro!.prices).toEqual({ inputPer1M: 0.035, outputPer1M: 0.14 });
    expect(find('eu.amazon.nova-micro-v1:0')[0]).toMatchObject({ scope: { type: 'geo', geography: 'eu' }, prices: { inputPer1M: 0.046, outputPer1M: 0.184 } });
    expect(find('bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0')[0]).toMatchObject({ scope: { type: 'in-region', region: 'ap-south-1' }, prices: { inputPer1M: 3.18, outputPer1M: 4.2 } });
    expect(find('bedrock/us-gov-west-1/amazon.nova-pro-v1:0')[0]!.scope).toEqual({ type: 'in-region', region: 'us-gov-west-1' });
    expect(find('global.anthropic.claude-opus-5')[0]).toMatchObject({
      scope: { type: 'global' },
      prices: { inputPer1M: 5, outputPer1M: 25, cacheReadPer1M: 0.5, cacheWrite5mPer1M: 6.25, cacheWrite1hPer1M: 10 },
      asOf: '2026-08-01',
    });
  });

  it('reads batch prices, long-context rates above 200K and the 30-minute write of GPT-5.x on Mantle', () => {
    const maverick = find('meta.llama4-maverick-17b-instruct-v1:0');
    expect(maverick.map((o) => [o.tier, o.prices])).toEqual([
      ['standard', { inputPer1M: 0.24, outputPer1M: 0.97 }],
      ['batch', { inputPer1M: 0.12, outputPer1M: 0.485 }],
    ]);
    expect(find('us.anthropic.claude-sonnet-4-5-20250929-v1:0')[0]!.longContext).toEqual({
      thresholdTokens: 200_000,
      prices: { inputPer1M: 6.6, outputPer1M: 24.75, cacheReadPer1M: 0.66, cacheWrite5mPer1M: 8.25, cacheWrite1hPer1M: 13.2 },
    });
    // 1.32e-5 per token; multiplied in floating point it would be 13.200000000000001.
    expect(1.32e-5 * 1e6).not.toBe(13.2);
    expect(find('bedrock_mantle/openai.gpt-5.6-terra')[0]).toMatchObject({
      model: { bedrockId: 'openai.gpt-5.6-terra', namedId: 'openai.gpt-5.6-terra' },
      scope: { type: 'mantle', region: 'us-east-1' },
      prices: { inputPer1M: 2.2, outputPer1M: 13.2, cacheReadPer1M: 0.22, cacheWrite30mPer1M: 2.75 },
    });
  });

  it('skips what is not a text model price, saying why', () => {
    const { skipped, observations, models } = imported();
    expect(Object.fromEntries(skipped.counts)).toEqual({
      'not a text model (mode image_generation)': 1,
      'not a text model (mode embedding)': 1,
      'no per-token input and output price (not a text model)': 1,
      'not a Bedrock model ID': 1,
    });
    expect(observations).toHaveLength(13);
    // input_cost_per_second 0.011 × 3600: Claude Instant's 1-month rate in us-east-1.
    expect(imported().provisioned).toEqual([
      {
        model: { bedrockId: 'anthropic.claude-instant-v1' },
        region: 'us-east-1',
        term: '1-month',
        usdPerHour: 39.6,
        asOf: '2026-08-01',
        quote: 'LL-2026-08-01 bedrock/us-east-1/1-month-commitment/anthropic.claude-instant-v1: input_cost_per_second 0.011 (× 3600, to the cent)',
      },
    ]);
    expect(models.find((m) => m.model.bedrockId === 'anthropic.claude-opus-5')).toMatchObject({ contextWindow: 1_000_000, maxOutputTokens: 128_000 });
  });
});

describe('importLitellm on a malformed or hostile file', () => {
  const good = () => JSON.parse(text) as Record<string, Record<string, unknown>>;

  it('names the record and the field of a wrong value', () => {
    const bad = good();
    bad['amazon.nova-micro-v1:0']!.input_cost_per_token = 'NaN';
    const r = importLitellm(bad, source);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('litellm-bedrock-excerpt.json: record amazon.nova-micro-v1:0, field input_cost_per_token:') });
  });

  it('names a missing field', () => {
    const bad = good();
    delete bad['eu.amazon.nova-micro-v1:0']!.mode;
    expect(importLitellm(bad, source)).toEqual({ ok: false, error: 'litellm-bedrock-excerpt.json: record eu.amazon.nova-micro-v1:0, field mode: missing' });
  });

  it('refuses a huge price, a negative one and infinity', () => {
    for (const value of [1e300, -1e-6, Number.POSITIVE_INFINITY]) {
      const bad = good();
      bad['amazon.nova-micro-v1:0']!.output_cost_per_token = value;
      const r = importLitellm(bad, source);
      expect(r.ok, String(value)).toBe(false);
      if (!r.ok) expect(r.error).toContain('field output_cost_per_token');
    }
  });

  it('refuses a forbidden key anywhere, naming where it sits', () => {
    const proto = JSON.parse(text.replace('"amazon.nova-micro-v1:0": {', '"__proto__": {"polluted": true}, "amazon.nova-micro-v1:0": {'));
    expect(importLitellm(proto, source)).toEqual({ ok: false, error: 'litellm-bedrock-excerpt.json: key __proto__, field __proto__: a forbidden key name' });
    const nested = JSON.parse(text.replace('"mode": "chat",\n    "output_cost_per_token": 1.4e-07', '"mode": "chat", "constructor": {"prototype": 1},\n    "output_cost_per_token": 1.4e-07'));
    expect(importLitellm(nested, source)).toMatchObject({ ok: false, error: expect.stringContaining('key amazon.nova-micro-v1:0.constructor') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a key outside the key grammar (unicode, spaces) and a non-object record', () => {
    const bad = good();
    bad['amazon.nova-micro\u202E-v1:0'] = bad['amazon.nova-micro-v1:0']!;
    expect(importLitellm(bad, source)).toMatchObject({ ok: false, error: expect.stringContaining('field (key): not a model key') });
    expect(importLitellm({ 'amazon.nova-micro-v1:0': 5 }, source)).toMatchObject({ ok: false, error: expect.stringContaining('field (record): not an object') });
    expect(importLitellm([], source)).toMatchObject({ ok: false });
  });
});
