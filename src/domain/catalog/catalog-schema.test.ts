import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from './catalog-schema.ts';

const raw = JSON.parse(readFileSync('public/data/catalog.v1.json', 'utf8'));

describe('the shipped catalog', () => {
  const parsed = parseCatalog(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  const { catalog } = parsed;

  it('validates and holds every reference model with a dated, sourced price', () => {
    expect(catalog.models).toHaveLength(65);
    for (const m of catalog.models) {
      expect(m.prices.length).toBeGreaterThan(0);
      for (const p of m.prices) {
        expect(p.source.length).toBeGreaterThan(10);
        expect(p.asOf).toMatch(/^20\d\d-\d\d-\d\d$/);
      }
    }
  });

  it('never makes an expired promotion the default price', () => {
    const sonnet5 = catalog.models.find((m) => m.name === 'Claude Sonnet 5')!;
    expect(sonnet5.prices[0]!.expired).toBe(false);
    expect(sonnet5.prices[0]!.inputPer1M).toBe(3.3);
    expect(sonnet5.prices.some((p) => p.expired && p.inputPer1M === 2.2)).toBe(true);
  });

  it('marks Llama 3.x models as exactly countable and others as estimates', () => {
    expect(catalog.models.find((m) => m.modelId === 'meta.llama3-3-70b-instruct-v1:0')!.tokenizer).toBe('llama3');
    expect(catalog.models.find((m) => m.modelId === 'meta.llama4-scout-17b-instruct-v1:0')!.tokenizer).toBe('other');
    expect(catalog.models.find((m) => m.modelId === 'amazon.nova-pro-v1:0')!.tokenizer).toBe('other');
  });

  it('carries provisioned-throughput rates where the reference has them (Claude Instant $39.60 / $22.00)', () => {
    const instant = catalog.models.find((m) => m.modelId === 'anthropic.claude-instant-v1')!;
    expect(instant.provisioned?.terms[0]).toMatchObject({ region: 'us-east-1', oneMonthPerHour: 39.6, sixMonthPerHour: 22 });
  });
});

describe('parseCatalog on malformed input', () => {
  it('explains what is wrong instead of throwing', () => {
    const broken = structuredClone(raw);
    broken.models[3].prices[0].inputPer1M = -1;
    delete broken.models[5].name;
    const result = parseCatalog(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('models.3.prices.0.inputPer1M');
      expect(result.error).toContain('models.5.name');
    }
  });

  it('rejects duplicate model IDs and non-objects', () => {
    const dup = structuredClone(raw);
    dup.models[1].modelId = dup.models[0].modelId;
    expect(parseCatalog(dup)).toMatchObject({ ok: false });
    expect(parseCatalog('nope')).toMatchObject({ ok: false });
    expect(parseCatalog(null)).toMatchObject({ ok: false });
  });
});
