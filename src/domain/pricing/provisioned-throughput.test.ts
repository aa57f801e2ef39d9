import { describe, expect, it } from 'vitest';
import { parseQuery } from '../url/query-params.ts';
import { readFileSync } from 'node:fs';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../catalog/catalog-schema.ts';
import { findModel } from '../catalog/catalog-lookup.ts';
import {
  catalogPtRates,
  commitmentTotal,
  parsePtTerm,
  provisionedBreakEven,
  provisionedMonthly,
  ptRegions,
  ptTermParam,
  sizeProvisioned,
} from './provisioned-throughput.ts';

describe('worked example 3 (tco-facts.md): Claude Instant provisioned vs on-demand', () => {
  // On-demand $0.80 in / $2.40 out at 3:1 input:output gives $1.20/M.
  const onDemand = 1.2;
  it('1-month term: $28,908 per MU-month, break-even 24.09B tokens = 550,000 TPM', () => {
    expect(provisionedMonthly(1, 39.6, 730)).toBeCloseTo(28_908, 6);
    const r = provisionedBreakEven({ modelUnits: 1, ratePerUnitHour: 39.6, hoursPerMonth: 730, onDemandPricePer1M: onDemand, tokensPerMinutePerUnit: null });
    expect(r.breakEvenTokensPerMonth / 1e9).toBeCloseTo(24.09, 2);
    expect(r.breakEvenTokensPerMinute).toBeCloseTo(550_000, 0);
    expect(r.breakEvenShareOfCapacity).toBeNull();
  });
  it('6-month term: $16,060, break-even 13.383B tokens = 305,556 TPM', () => {
    const r = provisionedBreakEven({ modelUnits: 1, ratePerUnitHour: 22, hoursPerMonth: 730, onDemandPricePer1M: onDemand, tokensPerMinutePerUnit: null });
    expect(r.monthlyCost).toBeCloseTo(16_060, 6);
    expect(r.breakEvenTokensPerMonth / 1e9).toBeCloseTo(13.383, 3);
    expect(r.breakEvenTokensPerMinute).toBeCloseTo(305_556, 0);
  });
  it('gives the share of capacity once the account team states a unit’s TPM', () => {
    const r = provisionedBreakEven({ modelUnits: 2, ratePerUnitHour: 39.6, hoursPerMonth: 730, onDemandPricePer1M: onDemand, tokensPerMinutePerUnit: 1_100_000 });
    expect(r.breakEvenTokensPerMinute).toBeCloseTo(1_100_000, 0);
    expect(r.breakEvenShareOfCapacity).toBeCloseTo(0.5, 9);
  });
  it('a 6-month commitment bills six months whatever is used; no commitment bills no term', () => {
    expect(commitmentTotal('6-month', 16_060)).toBe(96_360);
    expect(commitmentTotal('no-commit', 16_060)).toBe(0);
  });
  it('with no on-demand price there is no break-even volume', () => {
    const r = provisionedBreakEven({ modelUnits: 1, ratePerUnitHour: 39.6, hoursPerMonth: 730, onDemandPricePer1M: 0, tokensPerMinutePerUnit: null });
    expect(r.breakEvenTokensPerMonth).toBe(Infinity);
  });
});

describe('sizing units for the peak', () => {
  it('1M requests a day of 4,000 tokens at 1M TPM per unit needs 3 units', () => {
    const s = sizeProvisioned({ requestsPerDay: 1e6, tokensPerRequest: 4000, peakToAverage: 1, tokensPerMinutePerUnit: 1e6, hourlyRatePerUnit: 39.6, onDemandPerMonth: 146_000 });
    expect(s.averageTokensPerMinute).toBeCloseTo(2_777_777.78, 1);
    expect(s.unitsNeeded).toBe(3);
    expect(s.provisionedPerMonth).toBeCloseTo(3 * 28_908, 6);
    expect(s.savingPerMonth).toBeCloseTo(146_000 - 86_724, 6);
  });
  it('a peak twice the average doubles the units, and the average use halves', () => {
    const base = { requestsPerDay: 1440, tokensPerRequest: 1000, tokensPerMinutePerUnit: 1000, hourlyRatePerUnit: 1, onDemandPerMonth: 0 };
    expect(sizeProvisioned({ ...base, peakToAverage: 1 }).unitsNeeded).toBe(1);
    const peak = sizeProvisioned({ ...base, peakToAverage: 2 });
    expect(peak.unitsNeeded).toBe(2);
    expect(peak.averageUtilization).toBeCloseTo(0.5, 12);
  });
});

describe('one spelling of the term in links', () => {
  it('reads the current and both older spellings, and writes the current one', () => {
    expect(parsePtTerm('1-month')).toBe('1-month');
    expect(parsePtTerm('oneMonth')).toBe('1-month');
    expect(parsePtTerm('sixMonth')).toBe('6-month');
    expect(parsePtTerm('noCommit')).toBe('no-commit');
    expect(parsePtTerm('constructor')).toBeNull();
    expect(parsePtTerm('__proto__')).toBeNull();
    const specs = { term: ptTermParam('1-month') };
    expect(parseQuery(new URLSearchParams('term=oneMonth'), specs).values.term).toBe('1-month');
    const bad = parseQuery(new URLSearchParams('term=twoMonths'), specs);
    expect(bad.values.term).toBe('1-month');
    expect(bad.ignored.map((i) => i.key)).toEqual(['term']);
    expect(specs.term.serialize('6-month')).toBe('6-month');
  });
});

describe('rates from the catalog', () => {
  const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
  it('Claude Instant: $39.60 / $22.00 in us-east-1, $58.86 / $32.70 in eu-central-1', () => {
    const instant = findModel(catalog, 'anthropic.claude-instant-v1');
    expect(catalogPtRates(instant)).toMatchObject({ region: 'us-east-1', perHour: { '1-month': 39.6, '6-month': 22 } });
    expect(catalogPtRates(instant, 'eu-central-1')?.perHour).toEqual({ '1-month': 58.86, '6-month': 32.7 });
    expect(ptRegions(instant)).toEqual(['us-east-1', 'us-west-2', 'eu-central-1', 'ap-northeast-1']);
  });
  it('a current model has no published rate', () => {
    expect(catalogPtRates(findModel(catalog, 'claude-sonnet-4-6'))).toBeNull();
  });
});
