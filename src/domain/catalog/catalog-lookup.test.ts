import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from './catalog-schema.ts';
import {
  contextLimit,
  defaultPricePoint,
  findModel,
  invokeModelId,
  isKnownModel,
  pickableModels,
  pricePointLabel,
  resolveModel,
  sameScope,
} from './catalog-lookup.ts';
import { DEFAULT_MODEL_ID } from './default-model.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));

describe('finding a model by what a link names', () => {
  it('finds by catalog ID, by the v1 key (bare Bedrock model ID), by inference-profile and Mantle ID', () => {
    expect(findModel(catalog, 'claude-3-5-haiku')!.name).toBe('Claude 3.5 Haiku');
    expect(findModel(catalog, 'anthropic.claude-3-5-haiku-20241022-v1:0')!.id).toBe('claude-3-5-haiku');
    expect(findModel(catalog, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0')!.id).toBe('claude-sonnet-4-5');
    expect(findModel(catalog, 'openai.gpt-oss-120b')!.id).toBe('gpt-oss-120b');
    expect(findModel(catalog, 'cohere.command-r-plus-v1:0')!.id).toBe('command-r-plus');
  });

  it('every v1 key and every catalog ID names exactly one model', () => {
    for (const m of catalog.models) {
      expect(findModel(catalog, m.id)).toBe(m);
      for (const id of m.modelIds.bedrockRuntime) expect(findModel(catalog, id), id).toBe(m);
    }
    const invokeIds = catalog.models.map(invokeModelId);
    expect(new Set(invokeIds).size).toBe(invokeIds.length);
  });

  it('never answers with an inherited property', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '']) {
      expect(findModel(catalog, key)).toBeUndefined();
      expect(isKnownModel(catalog, key)).toBe(false);
    }
  });

  it('falls back to the default model for an unknown key and says it did', () => {
    expect(resolveModel(catalog, 'not.a.model', DEFAULT_MODEL_ID)).toMatchObject({ known: false, model: { id: 'claude-sonnet-4-6' } });
    expect(resolveModel(catalog, 'nova-pro', DEFAULT_MODEL_ID)).toMatchObject({ known: true, model: { id: 'nova-pro' } });
  });

  it('the default model is current and well sourced: active, confirmed, regional and global prices', () => {
    const m = findModel(catalog, DEFAULT_MODEL_ID)!;
    expect(m.lifecycle.status).toBe('active');
    expect(defaultPricePoint(m)).toMatchObject({ confidence: 'confirmed', inputPer1M: 3.3, outputPer1M: 16.5 });
    expect(m.pricePoints.some((p) => p.scope.type === 'global')).toBe(true);
  });
});

describe('context limit', () => {
  it('counts the extended window, and does not treat a short-context limit as the window', () => {
    expect(contextLimit(findModel(catalog, 'claude-sonnet-4-5')!)).toBe(1_000_000);
    expect(contextLimit(findModel(catalog, 'claude-sonnet-4-6')!)).toBe(1_000_000);
    expect(contextLimit(findModel(catalog, 'gpt-5-6-sol')!)).toBeNull();
    expect(contextLimit(findModel(catalog, 'llama-3-8b-instruct')!)).toBe(8192);
  });
});

describe('labels and scopes', () => {
  it('names a point by scope and tier', () => {
    const opus5 = findModel(catalog, 'claude-opus-5')!;
    expect(opus5.pricePoints.map(pricePointLabel)).toEqual([
      'In-Region · us-east-1 · Standard',
      'Geographic profile (us.) · Standard',
      'Global profile (global.) · Standard',
      'Geographic profile (us.) · Batch',
      'In-Region · us-east-1 · Batch',
      'Global profile (global.) · Batch',
    ]);
    expect(sameScope(opus5.pricePoints[2]!, opus5.pricePoints[5]!)).toBe(true);
    expect(sameScope(opus5.pricePoints[0]!, opus5.pricePoints[1]!)).toBe(false);
  });

  it('hides retired models unless asked, but keeps the current choice', () => {
    const all = catalog.models.length;
    expect(pickableModels(catalog, { showRetired: true })).toHaveLength(all);
    expect(pickableModels(catalog, { showRetired: false })).toHaveLength(all - 2);
    expect(pickableModels(catalog, { showRetired: false, keepId: 'claude-3-haiku' })).toHaveLength(all - 1);
  });
});
