import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogModel, PricePoint } from '../catalog-schema.ts';
import { diffCatalogs } from './catalog-diff.ts';
import { formatCatalogDiff } from './format-catalog-diff.ts';
import { importReferenceJson } from './reference-json.ts';

const sample = (() => {
  const r = importReferenceJson(JSON.parse(readFileSync('src/domain/catalog/importers/samples/reference-sample.json', 'utf8')), 'reference-sample.json');
  if (!r.ok) throw new Error(r.error);
  return r;
})();

const US = { type: 'in-region', region: 'us-east-1' } as const;

function point(over: Partial<PricePoint> & Pick<PricePoint, 'id'>): PricePoint {
  return { scope: US, tier: 'standard', inputPer1M: 0.035, outputPer1M: 0.14, source: ['T-0720 row'], asOf: '2025-07-20', confidence: 'single-source', default: true, ...over };
}

function model(id: string, name: string, points: PricePoint[]): CatalogModel {
  return {
    id,
    provider: 'Amazon',
    name,
    aliases: [],
    modelIds: { bedrockRuntime: [`amazon.${id}-v1:0`], inferenceProfiles: {}, mantle: null },
    contextWindow: null,
    maxOutputTokens: null,
    limitsSource: 'test',
    lifecycle: { status: 'active', basis: 'test', source: [] },
    tokenizer: 'other',
    pricePoints: points,
    confidence: 'single-source',
  };
}

function catalog(models: CatalogModel[]): Catalog {
  return { ...sample.catalog, models };
}

const before = catalog([
  model('nova-micro', 'Nova Micro', [point({ id: 'in-region-us-east-1-standard' })]),
  model('old-model', 'Old Model', [point({ id: 'in-region-us-east-1-standard', inputPer1M: 1, outputPer1M: 2 })]),
]);

const after = catalog([
  model('nova-micro', 'Nova Micro', [
    point({
      id: 'in-region-us-east-1-standard',
      inputPer1M: 0.0175,
      cacheReadPer1M: 0.00875,
      source: ['PL-AB-20261201000000 Nova Micro: USE1-NovaMicro-input-tokens 0.0000175000 per 1K tokens', 'T-0720 row'],
      asOf: '2026-12-01',
      conflicts: [
        { field: 'inputPer1M', values: [{ value: 0.035, source: 'T-0720 row (asOf 2025-07-20; superseded by PL-AB-20261201000000 of 2026-12-01)' }] },
        { field: 'outputPer1M', values: [{ value: 0.15, source: 'LL-2026-08-01 amazon.nova-micro-v1:0: output_cost_per_token 1.5e-7 (asOf 2026-08-01)' }] },
      ],
    }),
    point({
      id: 'geo-eu-standard',
      scope: { type: 'geo', geography: 'eu' },
      inputPer1M: 0.046,
      outputPer1M: null,
      source: ['LL-2026-08-01 eu.amazon.nova-micro-v1:0: input_cost_per_token 4.6e-8'],
      asOf: '2026-08-01',
      default: false,
    }),
  ]),
  model('new-model', 'New Model', [point({ id: 'global-global-standard', scope: { type: 'global' }, inputPer1M: 0.000035, outputPer1M: 3, source: ['GP-2026-08-21 global.amazon.new-model-v1:0: input_mtok 0.000035, output_mtok 3'] })]),
]);

describe('the refresh diff', () => {
  it('lists models added and removed, and each changed price as old → new with its source, every digit kept', () => {
    expect(formatCatalogDiff(diffCatalogs(before, after))).toBe(
      [
        'Models: 2 → 2 (+1 −1); price points: 2 → 3 (+2 −0); 2 prices changed; 1 conflicts recorded; 0 points confirmed by a further source',
        '',
        'Models added (1)',
        '  + new-model "New Model" (amazon.new-model-v1:0)',
        '',
        'Models removed (1)',
        '  - old-model "Old Model"',
        '',
        'Prices changed (2)',
        '  nova-micro · In-Region · us-east-1 · Standard · input: $0.035 → $0.0175   [PL-AB-20261201000000 Nova Micro: USE1-NovaMicro-input-tokens 0.0000175000 per 1K tokens]',
        '  nova-micro · In-Region · us-east-1 · Standard · cache read: (none) → $0.00875   [PL-AB-20261201000000 Nova Micro: USE1-NovaMicro-input-tokens 0.0000175000 per 1K tokens]',
        '',
        'Price points added (2)',
        '  + nova-micro · Geographic profile (eu.) · Standard: input $0.046, output (no number in the sources)   [LL-2026-08-01 eu.amazon.nova-micro-v1:0: input_cost_per_token 4.6e-8]',
        '  + new-model · Global profile (global.) · Standard: input $0.000035, output $3   [GP-2026-08-21 global.amazon.new-model-v1:0: input_mtok 0.000035, output_mtok 3]',
        '',
        'Price points removed (0)',
        '',
        'Conflicts recorded (the catalog keeps its value; the other value is listed with its source) (1)',
        '  ! nova-micro · In-Region · us-east-1 · Standard · output: $0.14 kept, $0.15 from [LL-2026-08-01 amazon.nova-micro-v1:0: output_cost_per_token 1.5e-7 (asOf 2026-08-01)]',
        '',
        'Provisioned-throughput rates added or changed (USD per model unit per hour) (0)',
        '',
        'Confidence changes (0)',
        '',
        'Source records not applied (0)',
        '',
        'Source records skipped by the importers (0)',
      ].join('\n'),
    );
  });

  it('counts confidence changes and points that only gained a source', () => {
    const confirmed = catalog([model('nova-micro', 'Nova Micro', [point({ id: 'in-region-us-east-1-standard', confidence: 'confirmed', source: ['T-0720 row', 'GP-2026-08-21 row'] })])]);
    const d = diffCatalogs(catalog([before.models[0]!]), confirmed);
    expect(d.confidenceChanges).toEqual([{ model: 'nova-micro', point: 'in-region-us-east-1-standard', from: 'single-source', to: 'confirmed' }]);
    expect(d.pointsWithNewSources).toBe(1);
    expect(d.priceChanges).toEqual([]);
    expect(formatCatalogDiff(d)).toContain('Confidence changes (1)\n  single-source → confirmed: 1 points');
  });

  it('lists provisioned-throughput rates added or changed', () => {
    const withRates = (rates: { region: string; term: '1-month' | '6-month'; usdPerHour: number }[]) =>
      catalog([{ ...before.models[0]!, provisionedThroughput: { unit: 'USD per model unit per hour', rates, source: ['PL-AB-1 Nova Micro: USE1-NovaMicro-ProvisionedThroughput-1month-ModelUnits'], asOf: '2026-09-11', confidence: 'single-source' } }]);
    const d = diffCatalogs(withRates([{ region: 'us-east-1', term: '1-month', usdPerHour: 55 }]), withRates([{ region: 'us-east-1', term: '1-month', usdPerHour: 50.5 }, { region: 'us-west-2', term: '6-month', usdPerHour: 30 }]));
    expect(formatCatalogDiff(d)).toContain(
      [
        'Provisioned-throughput rates added or changed (USD per model unit per hour) (2)',
        '  nova-micro · us-east-1 · 1-month: $55 → $50.5   [PL-AB-1 Nova Micro: USE1-NovaMicro-ProvisionedThroughput-1month-ModelUnits]',
        '  nova-micro · us-west-2 · 6-month: (none) → $30   [PL-AB-1 Nova Micro: USE1-NovaMicro-ProvisionedThroughput-1month-ModelUnits]',
      ].join('\n'),
    );
  });
});
