import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { buildExportContext } from '../../domain/export/export-context.ts';
import { defaultsOf } from '../../domain/url/query-params.ts';
import { journeyExportJson, journeyPriceSources } from './journey-export.ts';
import { BATCH_STAGE_IDS } from '../../domain/journey/trace-types.ts';
import { journeyView, startingModel, walkthroughOf } from './journey-model.ts';
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
    if (v.walk !== 'request') throw new Error('request walk expected');
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
    if (v.walk !== 'request') throw new Error('request walk expected');
    const ctx = buildExportContext({ appVersion: '1.0.0', exportedAt: new Date('2026-12-01T00:00:00Z'), view: '/journey', link: 'http://x/journey?step=1', priceSources: journeyPriceSources(v) });
    const out = JSON.parse(journeyExportJson(v, ctx));
    expect(Object.keys(out)[0]).toBe('context');
    expect(out.context.priceSources[0]).toMatchObject({ model: 'Claude Sonnet 4.6' });
    expect(out.totalMs).toBeGreaterThan(0);
    expect(out.quotaTokens.reserved).toBe(v.trace.quota.breakdown.reserved);
  });
});

describe('journey view model: the batch walk', () => {
  const batchView = (patch: Partial<typeof defaults>) => {
    const v = journeyView(catalog, { ...defaults, walk: 'batch', ...patch }, null, null);
    if (v.walk !== 'batch') throw new Error('batch walk expected');
    return v;
  };

  it('turns walk=batch and its keys into the batch trace, with the pricing link for the job', () => {
    const v = batchView({ model: 'claude-3-haiku', recs: 500, hours: 48, kms: false, cache: 'read' });
    expect(walkthroughOf(v).stages.map((s) => s.id)).toEqual([...BATCH_STAGE_IDS]);
    expect(v.batch.options).toMatchObject({ records: 500, timeoutHours: 48, kms: false });
    expect(v.batch.job.body.timeoutDurationInHours).toBe(48);
    expect(v.notices.join(' ')).toMatch(/Prompt caching is not supported with batch inference/);
    expect(v.next.pricing).toBe(`/pricing?model=claude-3-haiku&in=${v.batch.inputTokensPerRecord}&out=${v.batch.outputTokensPerRecord}&rpd=500&batch=100`);
  });

  it('leaves batch=100 out of the pricing link when the model has no batch price', () => {
    const v = batchView({ model: 'claude-sonnet-4-6' });
    expect(v.batch.pricing?.batch.ok).toBe(false);
    expect(v.next.pricing).not.toContain('batch=');
  });

  it('ends a failed job at its stage with its status', () => {
    const failed = batchView({ bfail: 'malformed-record' });
    expect(failed.batch.stages.map((s) => s.id)).toEqual(['batch-input', 'batch-submit', 'batch-iam', 'batch-queue']);
    expect(failed.batch.statusAt.at(-1)).toBe('Failed');
    const partial = batchView({ model: 'nova-pro', bfail: 'partial', bdone: 30, recs: 1000 });
    expect(partial.batch.outcome).toMatchObject({ finalStatus: 'PartiallyCompleted', processed: 300 });
  });

  it('exports the job: request, first input line, manifest, price and the export context first', () => {
    const v = batchView({ model: 'claude-3-haiku', recs: 2000 });
    const ctx = buildExportContext({ appVersion: '1.0.0', exportedAt: new Date('2026-12-01T00:00:00Z'), view: '/journey', link: 'http://x/journey?walk=batch', priceSources: journeyPriceSources(v) });
    const out = JSON.parse(journeyExportJson(v, ctx));
    expect(Object.keys(out)[0]).toBe('context');
    expect(out.walk).toBe('batch');
    expect(out.context.priceSources.map((p: { pricePoint: string }) => p.pricePoint)).toEqual([expect.stringMatching(/Batch$/), expect.stringMatching(/Standard$/)]);
    expect(out.createModelInvocationJob.path).toBe('/model-invocation-job');
    expect(JSON.parse(out.firstInputLine)).toHaveProperty('modelInput');
    expect(out.manifest.totalRecordCount).toBe(2000);
    expect(out.batchCostUsd).toBeCloseTo(out.onDemandCostUsd / 2, 10);
  });
});
