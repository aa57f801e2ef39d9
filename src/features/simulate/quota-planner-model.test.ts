import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findModel } from '../../domain/catalog/catalog-lookup.ts';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { defaultsOf } from '../../domain/url/query-params.ts';
import { SIM_PARAMS } from '../../domain/sim-view/sim-params.ts';
import { PLANNER_PARAMS } from './quota-planner-params.ts';
import { quotaPlannerModel } from './quota-planner-model.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
const defaults = defaultsOf(PLANNER_PARAMS);
const sonnet = findModel(catalog, 'claude-sonnet-4-6');

describe('the quota planner panel', () => {
  it('reproduces AWS’s example by default: 2,000,000 TPM, 500 input, max_tokens 1,000 → 1,333 in flight', () => {
    const view = quotaPlannerModel(defaults, sonnet);
    if (!view.ok) throw new Error(view.message);
    expect(view.figures.find((f) => f.key === 'inflight')!.value).toBe('1,333');
    expect(view.lines.join('\n')).toContain('2,000,000 TPM ÷ 1,500 reserved = 1,333.3 → 1,333');
    expect(view.assumptions.join(' ')).toContain('about a minute');
    expect(view.burndownNote).toContain('5');
  });

  it('max_tokens unset reserves the model’s maximum: 31 in flight', () => {
    const view = quotaPlannerModel({ ...defaults, qMaxTok: 0 }, sonnet);
    if (!view.ok) throw new Error(view.message);
    expect(view.figures.find((f) => f.key === 'inflight')!.value).toBe('31');
    expect(view.plan.perRequest.reserved).toBe(64_500);
  });

  it('“Simulate this” carries the workload at the peak and the TPM to request', () => {
    const view = quotaPlannerModel({ ...defaults, qRpm: 600 }, sonnet);
    if (!view.ok) throw new Error(view.message);
    expect(view.simulate).toEqual({ rate: 10, inTok: 500, outTok: 300, tpm: Math.ceil(view.plan.tpmToRequest) });
    expect(view.increaseRequest).toContain('Claude Sonnet 4.6');
  });

  it('refuses what it cannot compute, with a reason', () => {
    expect(quotaPlannerModel(defaults, undefined)).toEqual({ ok: false, message: expect.stringContaining('not in the catalog') });
    expect(quotaPlannerModel({ ...defaults, qRead: 70, qWrite: 40 }, sonnet)).toEqual({ ok: false, message: expect.stringContaining('more than 100 %') });
  });
});

describe('planner link keys', () => {
  it('share no key with the simulator’s (one link holds both)', () => {
    const shared = Object.keys(PLANNER_PARAMS).filter((k) => Object.hasOwn(SIM_PARAMS, k));
    expect(shared).toEqual([]);
  });
});
