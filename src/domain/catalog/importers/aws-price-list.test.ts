import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAwsPriceList, priceListSourceInfo } from './aws-price-list.ts';

const dir = 'src/domain/catalog/importers/fixtures/';
// A trimmed live AmazonBedrock offer file (us-east-1, 2026-09-11) and two AmazonBedrockFoundationModels
// files rebuilt from measured rows: fixtures/README.md says which parts are real.
const files = {
  bedrock: 'aws-price-list-amazonbedrock-us-east-1.json',
  sonnet: 'aws-price-list-foundationmodels-sonnet-4-6.json',
  opus: 'aws-price-list-foundationmodels-opus-5.json',
};

function load(name: string) {
  return JSON.parse(readFileSync(dir + name, 'utf8')) as Record<string, unknown>;
}

function imported(name: string, json = load(name)) {
  const source = priceListSourceInfo(json, name);
  if (!source) throw new Error('no source info');
  const r = importAwsPriceList(json, source);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('importAwsPriceList: AmazonBedrock (per 1K tokens)', () => {
  it('names the source by offer and version, dated by its publication', () => {
    expect(imported(files.bedrock).source).toMatchObject({ id: 'PL-AB-20260911124408', date: '2026-09-11', format: 'aws-price-list' });
  });

  it('converts per-1K prices to per 1M exactly, grouping a model’s rows into one observation per scope and tier', () => {
    const obs = imported(files.bedrock).observations;
    const micro = obs.find((o) => o.model.name === 'Nova Micro' && o.tier === 'standard')!;
    // "0.0000087500" per 1K tokens is $0.00875 per 1M: every digit kept.
    expect(micro).toMatchObject({
      scope: { type: 'in-region', region: 'us-east-1' },
      prices: { inputPer1M: 0.035, outputPer1M: 0.14, cacheReadPer1M: 0.00875, cacheWrite5mPer1M: 0 },
      asOf: '2026-09-11',
    });
    expect(micro.quote).toContain('USE1-NovaMicro-cache-read-input-token-count 0.0000087500 per 1K tokens');
    expect(obs.find((o) => o.model.name === 'Nova Pro' && o.tier === 'flex')!.prices).toEqual({ inputPer1M: 0.4 });
    expect(obs.find((o) => o.model.name === 'Nova Lite' && o.tier === 'batch')!.prices).toEqual({ inputPer1M: 0.03 });
    expect(obs.find((o) => o.model.name === 'Titan Text G1 Lite')!.prices).toEqual({ inputPer1M: 0.15 });
    expect(obs.map((o) => o.model.name)).toContain('Nova 2.0 Lite');
  });

  it('leaves out custom-model and image rows, saying why, and reads the provisioned-throughput rate per hour', () => {
    const { skipped, provisioned } = imported(files.bedrock);
    expect(Object.fromEntries(skipped.counts)).toEqual({
      'custom-model inference (not a base-model price)': 1,
      'usage type outside the token-price grammar (image, embedding or unknown)': 1,
    });
    expect(provisioned).toEqual([
      {
        model: { name: 'Nova Lite' },
        region: 'us-east-1',
        term: '1-month',
        usdPerHour: 55,
        asOf: '2026-09-11',
        quote: 'PL-AB-20260911124408 Nova Lite: USE1-NovaLite-ProvisionedThroughput-1month-ModelUnits 55.0000000000 per hour',
      },
    ]);
  });
});

describe('importAwsPriceList: AmazonBedrockFoundationModels (per 1M tokens)', () => {
  it('reads regional and global, standard and batch, 5-minute and 1-hour rows; excludes the Reserved-capacity SKUs', () => {
    const { observations, skipped } = imported(files.sonnet);
    expect(observations.map((o) => [o.model.name, o.scope, o.tier, o.prices])).toEqual([
      ['Claude Sonnet 4.6', { type: 'in-region', region: 'us-east-1' }, 'standard', { inputPer1M: 3.3, outputPer1M: 16.5, cacheReadPer1M: 0.33, cacheWrite5mPer1M: 4.125, cacheWrite1hPer1M: 6.6 }],
      ['Claude Sonnet 4.6', { type: 'global' }, 'standard', { inputPer1M: 3, outputPer1M: 15, cacheReadPer1M: 0.3, cacheWrite5mPer1M: 3.75, cacheWrite1hPer1M: 6 }],
      ['Claude Sonnet 4.6', { type: 'in-region', region: 'us-east-1' }, 'batch', { inputPer1M: 1.65, outputPer1M: 8.25 }],
      ['Claude Sonnet 4.6', { type: 'global' }, 'batch', { inputPer1M: 1.5, outputPer1M: 7.5 }],
    ]);
    expect(Object.fromEntries(skipped.counts)).toEqual({ 'Reserved-capacity SKU (priced per TPM-hour, not per token)': 8 });
  });

  it('reads the snake-case usage types of newer models', () => {
    const { observations } = imported(files.opus);
    expect(observations.map((o) => [o.scope.type, o.tier, o.prices])).toEqual([
      ['in-region', 'standard', { inputPer1M: 5.5, cacheReadPer1M: 0.55, cacheWrite1hPer1M: 11 }],
      ['global', 'standard', { inputPer1M: 5, cacheReadPer1M: 0.5, cacheWrite1hPer1M: 10 }],
      ['in-region', 'batch', { inputPer1M: 2.75 }],
      ['global', 'batch', { inputPer1M: 2.5 }],
    ]);
  });

  it('reads a Marketplace row whose unit is "Units" described as Million tokens, and skips an unknown unit', () => {
    const json = load(files.sonnet) as { terms: { OnDemand: Record<string, Record<string, { priceDimensions: Record<string, { unit: string }> }>> } };
    const [first, second] = Object.values(json.terms.OnDemand);
    Object.values(Object.values(first!)[0]!.priceDimensions)[0]!.unit = 'Units';
    Object.values(Object.values(second!)[0]!.priceDimensions)[0]!.unit = 'Quanta';
    const { observations, skipped } = imported(files.sonnet, json as unknown as Record<string, unknown>);
    expect(observations[0]!.prices.inputPer1M).toBe(3.3);
    expect(observations.find((o) => o.scope.type === 'global' && o.tier === 'standard')!.prices.inputPer1M).toBeUndefined();
    expect(skipped.counts.get('unit "Quanta" is not a token unit')).toBe(1);
  });
});

describe('importAwsPriceList on a malformed or hostile file', () => {
  it('names the SKU and the field of a price that is not a decimal', () => {
    for (const bad of ['NaN', '-1', '1e999', '0x10', '']) {
      const json = load(files.bedrock) as { terms: { OnDemand: Record<string, Record<string, { priceDimensions: Record<string, { pricePerUnit: { USD: string } }> }>> } };
      Object.values(Object.values(json.terms.OnDemand['XAR69MSGZSU6FEM9']!)[0]!.priceDimensions)[0]!.pricePerUnit.USD = bad;
      const r = importAwsPriceList(json, priceListSourceInfo(json, files.bedrock)!);
      expect(r, bad).toMatchObject({ ok: false, error: expect.stringContaining(`${files.bedrock}: terms.OnDemand.XAR69MSGZSU6FEM9 (USE1-NovaMicro-input-tokens), field pricePerUnit.USD`) });
    }
  });

  it('names a product without a usage type', () => {
    const json = load(files.bedrock) as { products: Record<string, { attributes: Record<string, unknown> }> };
    delete json.products['8X836UXRHN5Q5T2H']!.attributes.usagetype;
    expect(importAwsPriceList(json, priceListSourceInfo(json, files.bedrock)!)).toEqual({
      ok: false,
      error: `${files.bedrock}: product 8X836UXRHN5Q5T2H, field attributes.usagetype: missing`,
    });
  });

  it('refuses a forbidden key and an offer of another service', () => {
    const proto = JSON.parse(readFileSync(dir + files.sonnet, 'utf8').replace('"attributesList": {}', '"attributesList": {"constructor": {}}'));
    expect(importAwsPriceList(proto, priceListSourceInfo(proto, files.sonnet)!)).toEqual({ ok: false, error: `${files.sonnet}: key attributesList.constructor, field constructor: a forbidden key name` });
    const other = { ...load(files.bedrock), offerCode: 'AmazonEC2' };
    expect(priceListSourceInfo(other, 'x.json')).toBeNull();
    expect(importAwsPriceList(other, { format: 'aws-price-list', id: 'x', what: 'x', date: '2026-01-01', fileName: 'x.json' })).toMatchObject({ ok: false, error: expect.stringContaining('field offerCode') });
  });
});
