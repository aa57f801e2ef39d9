import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, parseCatalog, parseCatalogText, SHIPPED_CATALOG_PATH } from './catalog-schema.ts';

const text = readFileSync(SHIPPED_CATALOG_PATH, 'utf8');
const raw = JSON.parse(text);
const reference = JSON.parse(readFileSync('src/domain/catalog/importers/samples/reference-sample.json', 'utf8'));

describe('the shipped catalog (public/data/catalog.v2.json)', () => {
  const catalog = catalogFromJsonText(text);

  it('holds every model and price point of the reference compilation of 2026-12-01', () => {
    expect(catalog.schemaVersion).toBe(2);
    expect(catalog.generated).toBe('2026-12-01');
    expect(catalog.models).toHaveLength(110);
    expect(catalog.models.reduce((n, m) => n + m.pricePoints.length, 0)).toBe(236);
  });

  it('gives every price point a source, an as-of date and a confidence', () => {
    for (const m of catalog.models) {
      for (const p of m.pricePoints) {
        expect(p.source.join(' ').length, `${m.id} ${p.id}`).toBeGreaterThan(5);
        expect(p.asOf).toMatch(/^20\d\d-\d\d(-\d\d)?$/);
        expect(['confirmed', 'single-source', 'conflicting']).toContain(p.confidence);
      }
    }
  });

  it('preselects a priced standard point for every model', () => {
    for (const m of catalog.models) {
      const d = m.pricePoints.filter((p) => p.default);
      expect(d, m.id).toHaveLength(1);
      expect(d[0]!.tier).toBe('standard');
      expect(d[0]!.inputPer1M).not.toBeNull();
      expect(d[0]!.outputPer1M).not.toBeNull();
    }
  });

  it('has the corrected prices the audit found wrong in v1', () => {
    const byId = new Map(catalog.models.map((m) => [m.id, m]));
    const sonnet5 = byId.get('claude-sonnet-5')!;
    expect(sonnet5.pricePoints.find((p) => p.default)).toMatchObject({ inputPer1M: 2.2, outputPer1M: 11 });
    expect(sonnet5.pricePoints.find((p) => p.scope.type === 'global' && p.tier === 'standard')).toMatchObject({ inputPer1M: 2, outputPer1M: 10 });
    const haikuEu = byId.get('claude-3-5-haiku')!.pricePoints.find((p) => p.scope.type === 'geo')!;
    expect(haikuEu).toMatchObject({ inputPer1M: 0.8, outputPer1M: 4 });
    const opus5Batch = byId.get('claude-opus-5')!.pricePoints.filter((p) => p.tier === 'batch');
    expect(opus5Batch.map((p) => [p.inputPer1M, p.outputPer1M])).toContainEqual([2.5, 12.5]);
  });

  it('gives every model a unique ID and Command R+ its own', () => {
    const ids = catalog.models.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalog.models.find((m) => m.name === 'Command R+')!.id).toBe('command-r-plus');
  });

  it('marks Llama 3.x models as exactly countable and others as estimates', () => {
    const byId = new Map(catalog.models.map((m) => [m.id, m]));
    expect(byId.get('llama-3-3-70b-instruct')!.tokenizer).toBe('llama3');
    expect(byId.get('llama-4-scout-17b-instruct')!.tokenizer).toBe('other');
    expect(byId.get('nova-pro')!.tokenizer).toBe('other');
  });
});

describe('parseCatalogText (what the catalog worker runs)', () => {
  it('gives the same catalog as parsing the JSON first, and survives structured clone unchanged', () => {
    const result = parseCatalogText(text);
    expect(result).toEqual(parseCatalog(JSON.parse(text)));
    if (!result.ok) throw new Error(result.error);
    // The worker posts the catalog to the page: only plain data may be in it.
    expect(structuredClone(result.catalog)).toEqual(result.catalog);
  });

  it('says the file is not JSON instead of throwing', () => {
    expect(parseCatalogText(text.slice(0, 1000))).toEqual({ ok: false, error: 'The model catalog is not valid JSON.' });
    expect(parseCatalogText('{"schemaVersion": 9}')).toMatchObject({ ok: false, error: expect.stringContaining('schema version 9') });
  });
});

describe('parseCatalog', () => {
  it('refuses a file of another schema version by name, before looking at its fields', () => {
    const v1 = parseCatalog({ schemaVersion: 1, models: [{ name: 'x' }] });
    expect(v1).toEqual({ ok: false, error: 'The model catalog has schema version 1; this app reads version 2 only (catalog.v2.json).' });
    expect(parseCatalog(reference)).toMatchObject({ ok: false, error: expect.stringContaining('schema version 2.0.0') });
    expect(parseCatalog({ models: [] })).toMatchObject({ ok: false, error: expect.stringContaining('schema version missing') });
  });

  it('explains what is wrong instead of throwing', () => {
    const broken = structuredClone(raw);
    broken.models[3].pricePoints[0].inputPer1M = -1;
    delete broken.models[5].name;
    const result = parseCatalog(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('models.3.pricePoints.0.inputPer1M');
      expect(result.error).toContain('models.5.name');
    }
  });

  it('rejects duplicate model IDs, a second default point, and non-objects', () => {
    const dup = structuredClone(raw);
    dup.models[1].id = dup.models[0].id;
    expect(parseCatalog(dup)).toMatchObject({ ok: false, error: expect.stringContaining('used by more than one model') });
    const twoDefaults = structuredClone(raw);
    for (const p of twoDefaults.models[0].pricePoints) p.default = true;
    expect(parseCatalog(twoDefaults)).toMatchObject({ ok: false, error: expect.stringContaining('default price points') });
    expect(parseCatalog('nope')).toMatchObject({ ok: false });
    expect(parseCatalog(null)).toMatchObject({ ok: false });
    expect(parseCatalog([])).toMatchObject({ ok: false });
  });

  it('treats hostile keys as data', () => {
    const hostile = structuredClone(raw);
    hostile.models[0].modelIds.inferenceProfiles = JSON.parse('{"__proto__": ["x.y"], "constructor": ["a.b"]}');
    const result = parseCatalog(hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
