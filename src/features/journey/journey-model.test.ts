import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { buildExportContext } from '../../domain/export/export-context.ts';
import { defaultsOf } from '../../domain/url/query-params.ts';
import { journeyExportJson, journeyPriceSources } from './journey-export.ts';
import { journeyView, startingModel } from './journey-model.ts';
import { JOURNEY_PARAMS } from './journey-params.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const defaults = defaultsOf(JOURNEY_PARAMS);

describe('journey view model', () => {
  it('starts from the link’s model, else the one last picked anywhere, else the default', () => {
    expect(startingModel(catalog, 'nova-pro', 'claude-haiku-4-5').model.id).toBe('nova-pro');
    expect(startingModel(catalog, '', 'claude-haiku-4-5').model.id).toBe('claude-haiku-4-5');
    expect(startingModel(catalog, '', null).model.id).toBe(DEFAULT_MODEL_ID);
    // A bare Bedrock ID from an older link still resolves; an unknown one is named as ignored.
    expect(startingModel(catalog, 'meta.llama3-1-70b-instruct-v1:0', null).model.id).toBe('llama-3-1-70b-instruct');
    expect(startingModel(catalog, 'nope.model', null)).toMatchObject({ ignoredLink: 'nope.model', model: { id: DEFAULT_MODEL_ID } });
  });

  it('turns the link and the catalog into a trace with prices, a cost and the next step', () => {
    const v = journeyView(catalog, { ...defaults, cache: 'read', sys: 4096 }, null, null);
    expect(v.model.catalogId).toBe(DEFAULT_MODEL_ID);
    expect(v.trace.stages).toHaveLength(10);
    expect(v.trace.cost?.totalUsd).toBeGreaterThan(0);
    expect(v.next.pricing).toMatch(/^\/pricing\?model=claude-sonnet-4-6&in=\d+&out=\d+&cacheRead=\d+$/);
    const unknown = journeyView(catalog, { ...defaults, model: 'nope.model' }, null, null);
    expect(unknown.notices[0]).toContain('nope.model');
  });

  it('gives OpenAI models the o200k tokenizer family and Llama 3.x the Llama one', () => {
    expect(journeyView(catalog, { ...defaults, model: 'gpt-oss-120b' }, null, null).model.tokenizer).toBe('o200k');
    expect(journeyView(catalog, { ...defaults, model: 'llama-3-1-70b-instruct' }, null, null).model.tokenizer).toBe('llama3');
    expect(journeyView(catalog, defaults, null, null).model.tokenizer).toBe('other');
  });

  it('exports the trace with the export context first and units in the names', () => {
    const v = journeyView(catalog, defaults, null, null);
    const ctx = buildExportContext({ appVersion: '1.0.0', exportedAt: new Date('2026-12-01T00:00:00Z'), view: '/journey', link: 'http://x/journey?step=1', priceSources: journeyPriceSources(v) });
    const out = JSON.parse(journeyExportJson(v, ctx));
    expect(Object.keys(out)[0]).toBe('context');
    expect(out.context.priceSources[0]).toMatchObject({ model: 'Claude Sonnet 4.6' });
    expect(out.totalMs).toBeGreaterThan(0);
    expect(out.quotaTokens.reserved).toBe(v.trace.quota.breakdown.reserved);
  });
});
