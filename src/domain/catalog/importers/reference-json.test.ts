import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../catalog-schema.ts';
import { applyCatalogDerivations } from '../catalog-derivations.ts';
import { importReferenceJson, slugify } from './reference-json.ts';

// Eight records copied unchanged from the reference compilation (bedrock-models-v2.json, 2026-12-01).
const sample = JSON.parse(readFileSync('src/domain/catalog/importers/samples/reference-sample.json', 'utf8'));

function imported() {
  const result = importReferenceJson(structuredClone(sample), 'reference-sample.json');
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('importReferenceJson on a sample in the real format', () => {
  it('maps every record and price point, and the result passes the catalog schema after the derivations', () => {
    const { catalog } = imported();
    expect(catalog.models).toHaveLength(8);
    expect(catalog.models.reduce((n, m) => n + m.pricePoints.length, 0)).toBe(
      sample.models.reduce((n: number, m: { pricePoints: unknown[] }) => n + m.pricePoints.length, 0),
    );
    const checked = catalogSchema.safeParse({ ...catalog, models: applyCatalogDerivations(catalog.models) });
    expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe(true);
  });

  it('gives Command R+ its own ID: the reference repeats "command-r" for both Command models', () => {
    const { catalog, renamed } = imported();
    expect(renamed).toEqual([{ from: 'command-r', to: 'command-r-plus', name: 'Command R+' }]);
    expect(catalog.models.find((m) => m.name === 'Command R')!.id).toBe('command-r');
    expect(catalog.models.find((m) => m.name === 'Command R+')!.id).toBe('command-r-plus');
    expect(slugify('Command R+')).toBe('command-r-plus');
  });

  it('keeps prices exactly as published, with scope, tier, TTL-specific cache writes and long context', () => {
    const sonnet = imported().catalog.models.find((m) => m.id === 'claude-sonnet-4-5')!;
    const global = sonnet.pricePoints.find((p) => p.id === 'global-global-standard')!;
    expect(global).toMatchObject({
      scope: { type: 'global' },
      tier: 'standard',
      inputPer1M: 3,
      outputPer1M: 15,
      cacheReadPer1M: 0.3,
      cacheWrite5mPer1M: 3.75,
      cacheWrite1hPer1M: 6,
      longContext: { thresholdTokens: 200_000, inputPer1M: 6, outputPer1M: 22.5, cacheWrite5mPer1M: 7.5 },
      confidence: 'single-source',
    });
    expect(sonnet.contextWindowExtended).toBe(1_000_000);
    const sol = imported().catalog.models.find((m) => m.id === 'gpt-5-6-sol')!;
    expect(sol.pricePoints[0]!.cacheWrite30mPer1M).toBe(5.5);
    expect(sol.pricePoints[0]!.validity).toMatchObject({ kind: 'promotion', validFrom: '2026-08-21', validThroughAtLeast: '2026-11-21' });
    expect(sol.pricePoints[2]!.validity?.kind).toBe('list');
    expect(sol.pricePoints[0]!.conflicts?.[0]?.values).toHaveLength(2);
  });

  it('keeps a dimension without a number as null, never zero (gpt-oss-120b priority output)', () => {
    const oss = imported().catalog.models.find((m) => m.id === 'gpt-oss-120b')!;
    const priority = oss.pricePoints.find((p) => p.tier === 'priority')!;
    expect(priority.inputPer1M).toBe(0.2625);
    expect(priority.outputPer1M).toBeNull();
  });

  it('carries lifecycle, provisioned-throughput rates and the Llama-3 tokenizer flag', () => {
    const { catalog } = imported();
    expect(catalog.models.find((m) => m.id === 'claude-3-haiku')!.lifecycle).toMatchObject({ status: 'end-of-life', endOfLifeDate: '2026-09-10' });
    const instant = catalog.models.find((m) => m.id === 'claude-instant-legacy')!;
    expect(instant.provisionedThroughput?.rates).toContainEqual({ region: 'us-east-1', term: '1-month', usdPerHour: 39.6 });
    expect(catalog.models.every((m) => m.tokenizer === 'other')).toBe(true);
    expect(catalog.reservedTier).toMatchObject({ termsMonths: [1, 3], minimums: { inputTPM: 100_000, outputTPM: 10_000 } });
  });
});

describe('importReferenceJson on malformed input', () => {
  it('names the file, the record and the field, and returns no catalog', () => {
    const broken = structuredClone(sample);
    broken.models[3].pricePoints[0].inputPer1M = 'cheap';
    const result = importReferenceJson(broken, 'reference-sample.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('reference-sample.json');
      expect(result.error).toContain('model 3 (nova-micro)');
      expect(result.error).toContain('pricePoints.0.inputPer1M');
    }
  });

  it('refuses another schema version or a non-object', () => {
    expect(importReferenceJson({ ...sample, schemaVersion: '1.0.0' })).toMatchObject({ ok: false });
    expect(importReferenceJson('nope')).toMatchObject({ ok: false });
    expect(importReferenceJson(null)).toMatchObject({ ok: false });
  });
});

describe('catalog derivations', () => {
  it('gives Nova a free five-minute cache write, marked as derived, and nothing else', () => {
    const models = applyCatalogDerivations(imported().catalog.models);
    const micro = models.find((m) => m.id === 'nova-micro')!;
    const standard = micro.pricePoints.find((p) => p.id === 'in-region-us-east-1-standard')!;
    expect(standard.cacheReadPer1M).toBe(0.00875);
    expect(standard.cacheWrite5mPer1M).toBe(0);
    expect(standard.derived).toMatch(/Nova cache writes are free/);
    // A Nova point with no cache-read price is not given a write price either.
    expect(micro.pricePoints.find((p) => p.tier === 'batch')!.cacheWrite5mPer1M).toBeUndefined();
    const haiku = models.find((m) => m.id === 'claude-3-haiku')!;
    expect(haiku.pricePoints.every((p) => p.derived === undefined)).toBe(true);
  });

  it('leaves exactly one default point per model', () => {
    const models = applyCatalogDerivations(imported().catalog.models.map((m) => ({ ...m, pricePoints: m.pricePoints.map((p) => ({ ...p, default: false })) })));
    for (const m of models) expect(m.pricePoints.filter((p) => p.default)).toHaveLength(1);
  });
});
