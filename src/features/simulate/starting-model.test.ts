import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { parseQuery } from '../../domain/url/query-params.ts';
import { SIM_PARAMS } from '../../domain/sim-view/sim-params.ts';
import { modelPickerOptions, withStartingModel } from './starting-model.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const defaults = parseQuery(new URLSearchParams(), SIM_PARAMS).values;

describe('the simulator’s starting model', () => {
  it('is the default without a link model or a shared pick', () => {
    expect(withStartingModel(defaults, { linkNamesModel: false, sharedModel: null, catalog }).model).toBe(DEFAULT_MODEL_ID);
  });
  it('is the model picked in another view when the link names none', () => {
    expect(withStartingModel(defaults, { linkNamesModel: false, sharedModel: 'claude-haiku-4-5', catalog }).model).toBe('claude-haiku-4-5');
  });
  it('the link wins over the shared pick', () => {
    const v = { ...defaults, model: 'claude-opus-4-5' };
    expect(withStartingModel(v, { linkNamesModel: true, sharedModel: 'claude-haiku-4-5', catalog }).model).toBe('claude-opus-4-5');
  });
  it('a shared pick the catalog does not know falls back to the default', () => {
    expect(withStartingModel(defaults, { linkNamesModel: false, sharedModel: 'no-such-model', catalog }).model).toBe(DEFAULT_MODEL_ID);
  });
  it('keeps an older link’s architecture id, and lists it in the picker by name', () => {
    const v = { ...defaults, model: 'llama-3.1-8b' };
    expect(withStartingModel(v, { linkNamesModel: true, sharedModel: null, catalog }).model).toBe('llama-3.1-8b');
    expect(modelPickerOptions(catalog, 'made-up-model')[0]).toEqual({ value: 'made-up-model', label: 'made-up-model (not in the catalog)' });
  });
  it('lists the catalog’s current models by provider, the default among them', () => {
    const options = modelPickerOptions(catalog, DEFAULT_MODEL_ID);
    expect(options.find((o) => o.value === DEFAULT_MODEL_ID)).toMatchObject({ label: 'Claude Sonnet 4.6', group: 'Anthropic' });
    expect(options.length).toBeGreaterThan(50);
  });
});
