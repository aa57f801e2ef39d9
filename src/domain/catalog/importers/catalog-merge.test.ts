import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCatalogDerivations } from '../catalog-derivations.ts';
import { catalogSchema, type Catalog, type CatalogModel, type PricePoint } from '../catalog-schema.ts';
import { mergeSources } from './catalog-merge.ts';
import type { PriceObservation, SourceFormat, SourceImport } from './price-observation.ts';
import { newSkipped } from './price-observation.ts';
import { importReferenceJson } from './reference-json.ts';

const sample = (() => {
  const r = importReferenceJson(JSON.parse(readFileSync('src/domain/catalog/importers/samples/reference-sample.json', 'utf8')), 'reference-sample.json');
  if (!r.ok) throw new Error(r.error);
  return r;
})();

function point(over: Partial<PricePoint> & Pick<PricePoint, 'id' | 'scope'>): PricePoint {
  return { tier: 'standard', inputPer1M: 1, outputPer1M: 2, source: ['T-0720 pricing page row'], asOf: '2026-08-01', confidence: 'single-source', default: false, ...over };
}

function model(id: string, name: string, points: PricePoint[]): CatalogModel {
  return {
    id,
    provider: 'Vendor',
    name,
    aliases: [],
    modelIds: { bedrockRuntime: [`vendor.${id}-v1:0`], inferenceProfiles: { us: [`us.vendor.${id}-v1:0`], global: [`global.vendor.${id}-v1:0`] }, mantle: null },
    contextWindow: 100_000,
    maxOutputTokens: 8_000,
    limitsSource: 'test',
    lifecycle: { status: 'active', basis: 'test', source: [] },
    tokenizer: 'other',
    pricePoints: points,
    confidence: 'single-source',
  };
}

const US = { type: 'in-region', region: 'us-east-1' } as const;

function base(points: PricePoint[] = [point({ id: 'in-region-us-east-1-standard', scope: US, default: true, cacheReadPer1M: 0.1 })]): Catalog {
  return { ...sample.catalog, models: [model('test-model', 'Test Model', points)] };
}

const DATES: Record<SourceFormat, string> = { 'aws-price-list': 'PL', 'reference-json': 'REF', 'genai-prices': 'GP', litellm: 'LL' };

function source(format: SourceFormat, date: string, observations: Omit<PriceObservation, 'asOf' | 'quote'>[], asOf = date): SourceImport {
  const id = `${DATES[format]}-${date}`;
  return {
    source: { format, id, what: `${format} test file`, date, fileName: `${id}.json` },
    observations: observations.map((o, i) => ({ ...o, asOf, quote: `${id} row ${i}: ${JSON.stringify(o.prices)}` })),
    provisioned: [],
    models: [],
    skipped: newSkipped(),
  };
}

const ref = { bedrockId: 'vendor.test-model-v1:0' };

function merged(catalog: Catalog, imports: SourceImport[], addModels = false) {
  const r = mergeSources(catalog, imports, { addModels, today: '2026-12-02' });
  const checked = catalogSchema.safeParse({ ...r.catalog, models: applyCatalogDerivations(r.catalog.models) });
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe(true);
  return { ...r, m: r.catalog.models.find((m) => m.id === 'test-model')! };
}

describe('merge precedence: newer first, then the more authoritative source', () => {
  it('a newer source replaces a price; the old value stays as a conflict with its source and date', () => {
    const { m, outcomes } = merged(base(), [source('litellm', '2026-10-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1.2, outputPer1M: 2 } }])]);
    const p = m.pricePoints[0]!;
    expect(p).toMatchObject({ inputPer1M: 1.2, outputPer1M: 2, asOf: '2026-10-01', confidence: 'single-source' });
    expect(p.source[0]).toMatch(/^LL-2026-10-01 row 0/);
    expect(p.conflicts).toEqual([{ field: 'inputPer1M', values: [{ value: 1, source: 'T-0720 pricing page row (asOf 2026-08-01; superseded by LL-2026-10-01 of 2026-10-01)' }] }]);
    expect(outcomes.updated).toBe(1);
  });

  it('an older source changes nothing but is recorded as a conflict with its source', () => {
    const { m, outcomes } = merged(base(), [source('aws-price-list', '2026-07-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 0.8 } }])]);
    const p = m.pricePoints[0]!;
    expect(p).toMatchObject({ inputPer1M: 1, asOf: '2026-08-01', confidence: 'single-source' });
    expect(p.conflicts).toEqual([{ field: 'inputPer1M', values: [{ value: 0.8, source: 'PL-2026-07-01 row 0: {"inputPer1M":0.8} (asOf 2026-07-01)' }] }]);
    expect(outcomes.kept).toBe(1);
  });

  it('on the same date the more authoritative source wins, and the point is marked conflicting', () => {
    const pl = merged(base(), [source('aws-price-list', '2026-08-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 0.8 } }])]).m.pricePoints[0]!;
    expect(pl).toMatchObject({ inputPer1M: 0.8, confidence: 'conflicting' });
    expect(pl.conflicts![0]!.values[0]!.value).toBe(1);
    const ll = merged(base(), [source('litellm', '2026-08-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 0.8 } }])]).m.pricePoints[0]!;
    expect(ll).toMatchObject({ inputPer1M: 1, confidence: 'conflicting' });
    expect(ll.conflicts![0]!.values[0]!.value).toBe(0.8);
  });

  it('a point two sources confirm stays confirmed when one less authoritative source of the same date disagrees', () => {
    const confirmed = base([point({ id: 'in-region-us-east-1-standard', scope: US, default: true, confidence: 'confirmed', source: ['T-0720 row', 'MD-0702 row'] })]);
    const p = merged(confirmed, [source('litellm', '2026-08-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 0.8 } }])]).m.pricePoints[0]!;
    expect(p).toMatchObject({ inputPer1M: 1, confidence: 'confirmed' });
    expect(p.conflicts![0]!.values[0]!.value).toBe(0.8);
  });

  it('gives the same result whatever order the files come in', () => {
    const pl = source('aws-price-list', '2026-10-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1.5 } }]);
    const gp = source('genai-prices', '2026-09-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1.4 } }]);
    const a = merged(base(), [pl, gp]).m.pricePoints[0]!;
    const b = merged(base(), [gp, pl]).m.pricePoints[0]!;
    expect(a).toEqual(b);
    expect(a.inputPer1M).toBe(1.5);
    expect(a.conflicts![0]!.values.map((v) => v.value)).toEqual([1, 1.4]);
  });
});

describe('conflict and confidence bookkeeping', () => {
  it('an agreeing source of another family confirms a single-source point and is added to its sources', () => {
    const { m, outcomes } = merged(base(), [source('genai-prices', '2026-09-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1, outputPer1M: 2 } }])]);
    const p = m.pricePoints[0]!;
    expect(p).toMatchObject({ confidence: 'confirmed', asOf: '2026-09-01' });
    expect(p.source).toEqual(['T-0720 pricing page row', 'GP-2026-09-01 row 0: {"inputPer1M":1,"outputPer1M":2}']);
    expect(p.conflicts).toBeUndefined();
    expect(outcomes.agreed).toBe(1);
  });

  it('a second snapshot of the same source is not independent confirmation', () => {
    const fromLitellm = base([point({ id: 'in-region-us-east-1-standard', scope: US, default: true, source: ['LL-0801 vendor.test-model-v1:0 1e-6 / 2e-6'] })]);
    const p = merged(fromLitellm, [source('litellm', '2026-11-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1, outputPer1M: 2 } }])]).m.pricePoints[0]!;
    expect(p.confidence).toBe('single-source');
    expect(p.source).toHaveLength(2);
  });

  it('fills a figure the point lacks, naming its source first', () => {
    const p = merged(base(), [source('litellm', '2026-09-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1, cacheWrite1hPer1M: 2 } }])]).m.pricePoints[0]!;
    expect(p.cacheWrite1hPer1M).toBe(2);
    expect(p.source[0]).toMatch(/^LL-2026-09-01/);
  });

  it('does not apply again a value the catalog already lists as a conflict (a reviewed rejection)', () => {
    const reviewed = base([
      point({
        id: 'in-region-us-east-1-standard',
        scope: US,
        default: true,
        conflicts: [{ field: 'inputPer1M/outputPer1M', values: [{ value: '5.32 / 16.00', source: 'LL-0801 (launch price, stale)' }] }],
      }),
    ]);
    const { m, outcomes } = merged(reviewed, [source('litellm', '2026-11-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 5.32, outputPer1M: 16 } }])]);
    expect(m.pricePoints[0]).toMatchObject({ inputPer1M: 1, outputPer1M: 2, asOf: '2026-08-01' });
    expect(m.pricePoints[0]!.conflicts).toHaveLength(1);
    expect(outcomes.agreed).toBe(1);
  });

  it('is idempotent: the same refresh twice changes nothing the second time', () => {
    const files = [source('litellm', '2026-10-01', [{ model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 1.2, outputPer1M: 2 } }])];
    const once = merged(base(), files).catalog;
    expect(merged(once, files).catalog).toEqual(once);
  });
});

describe('new points and models', () => {
  it('adds a point for a scope the model lacks; a stale source record adds none', () => {
    const geo = { type: 'geo', geography: 'eu' } as const;
    const fresh = merged(base(), [source('litellm', '2026-09-01', [{ model: { ...ref, namedId: 'eu.vendor.test-model-v1:0' }, scope: geo, tier: 'standard', prices: { inputPer1M: 1.3, outputPer1M: 2.6 } }])]);
    expect(fresh.m.pricePoints.find((p) => p.id === 'geo-eu-standard')).toMatchObject({ inputPer1M: 1.3, outputPer1M: 2.6, confidence: 'single-source', default: false, asOf: '2026-09-01' });
    // One genai-prices record priced both us-east-1 (older than the catalog, and different) and eu: the eu point is not added.
    const gp = source('genai-prices', '2026-07-01', [
      { model: ref, scope: US, tier: 'standard', prices: { inputPer1M: 3, outputPer1M: 2 } },
      { model: ref, scope: geo, tier: 'standard', prices: { inputPer1M: 3, outputPer1M: 2 } },
    ]);
    gp.observations[1]!.quote = gp.observations[0]!.quote;
    const stale = merged(base(), [gp]);
    expect(stale.m.pricePoints.map((p) => p.id)).toEqual(['in-region-us-east-1-standard']);
    expect(stale.unapplied[0]!.reason).toMatch(/older than the catalog/);
  });

  it('matches Price List rows by display name, and refuses to guess between two models', () => {
    const two = base();
    two.models.push(model('test-model-2', 'Test  Model', [point({ id: 'in-region-us-east-1-standard', scope: US, default: true })]));
    const byName = merged(base(), [source('aws-price-list', '2026-09-11', [{ model: { name: 'Test Model' }, scope: US, tier: 'batch', prices: { inputPer1M: 0.5 } }])]);
    expect(byName.m.pricePoints.find((p) => p.tier === 'batch')).toMatchObject({ inputPer1M: 0.5, outputPer1M: null });
    const ambiguous = merged(two, [source('aws-price-list', '2026-09-11', [{ model: { name: 'Test Model' }, scope: US, tier: 'batch', prices: { inputPer1M: 0.5 } }])]);
    expect(ambiguous.unapplied).toEqual([{ source: 'PL-2026-09-11', model: 'Test Model', reason: 'fits more than one catalog model (test-model, test-model-2)' }]);
  });

  it('adds a model the catalog lacks only when asked, with an unconfirmed lifecycle', () => {
    const other = { bedrockId: 'vendor.new-model-v2:0' };
    const file = source('litellm', '2026-09-01', [{ model: other, scope: US, tier: 'standard', prices: { inputPer1M: 4, outputPer1M: 8 } }]);
    expect(merged(base(), [file]).unapplied[0]!.reason).toBe('not in the catalog (add with --add-models)');
    const added = merged(base(), [file], true).catalog.models.find((m) => m.modelIds.bedrockRuntime[0] === 'vendor.new-model-v2:0')!;
    expect(added).toMatchObject({ id: 'vendor-new-model-v2-0', provider: 'vendor', lifecycle: { status: 'availability-unconfirmed' }, pricePoints: [{ inputPer1M: 4, outputPer1M: 8 }] });
  });

  it('records the imported files in the catalog sources and dates the catalog', () => {
    const { catalog } = merged(base(), [source('litellm', '2026-09-01', [])]);
    expect(catalog.sources.at(-1)).toEqual({ id: 'LL-2026-09-01', what: 'litellm test file', date: '2026-09-01', kind: 'aggregator' });
    expect(catalog.generated).toBe('2026-12-02');
  });
});

describe('provisioned-throughput rates', () => {
  const rate = (date: string, usdPerHour: number, region = 'us-east-1'): SourceImport => ({
    ...source('litellm', date, []),
    provisioned: [{ model: ref, region, term: '1-month', usdPerHour, asOf: date, quote: `LL-${date} commitment row` }],
  });

  it('adds rates the model lacks, confirms equal ones, and lets a newer source change one, noting the old value', () => {
    const added = merged(base(), [rate('2026-08-01', 39.6)]).m.provisionedThroughput!;
    expect(added).toMatchObject({ unit: 'USD per model unit per hour', rates: [{ region: 'us-east-1', term: '1-month', usdPerHour: 39.6 }], asOf: '2026-08-01' });
    const withRates = base();
    withRates.models[0]!.provisionedThroughput = added;
    const newer = merged(withRates, [rate('2026-10-01', 41), rate('2026-10-01', 50, 'us-west-2')]);
    expect(newer.m.provisionedThroughput!.rates).toEqual([
      { region: 'us-east-1', term: '1-month', usdPerHour: 41 },
      { region: 'us-west-2', term: '1-month', usdPerHour: 50 },
    ]);
    expect(newer.m.provisionedThroughput!.note).toBe('us-east-1 1-month was 39.6 (asOf 2026-08-01), superseded by LL-2026-10-01 41.');
    const older = merged(withRates, [rate('2026-07-01', 30)]).m.provisionedThroughput!;
    expect(older.rates[0]!.usdPerHour).toBe(39.6);
    expect(older.note).toBe('LL-2026-07-01 (asOf 2026-07-01) gives us-east-1 1-month 30.');
    expect(newer.outcomes.provisioned).toEqual({ added: 1, agreed: 0, updated: 1, kept: 0 });
  });
});
