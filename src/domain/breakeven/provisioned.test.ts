import { describe, expect, it } from 'vitest';
import { commitmentTotal, provisionedBreakEven, provisionedMonthly } from './provisioned.ts';

describe('worked example 3: Claude Instant provisioned vs on-demand (early-2024 prices)', () => {
  // On-demand $0.80 in / $2.40 out at 3:1 input:output gives $1.20/M (blend computed by the pricing module).
  const onDemand = 1.2;
  it('1-month term: $28,908 per MU-month, break-even 24.09B tokens = 550,000 TPM', () => {
    expect(provisionedMonthly(1, 39.6, 730)).toBeCloseTo(28_908, 6);
    const r = provisionedBreakEven({ modelUnits: 1, ratePerUnitHour: 39.6, hoursPerMonth: 730, onDemandPricePer1M: onDemand, tokensPerMinutePerUnit: null });
    expect(r.breakEvenTokensPerMonth / 1e9).toBeCloseTo(24.09, 2);
    expect(r.breakEvenTokensPerMinute).toBeCloseTo(550_000, 0);
    expect(r.breakEvenTokensPerMinute / 60).toBeCloseTo(9166.7, 1);
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
    // 2 MU double the cost and the capacity: 1.1M TPM needed of 2.2M.
    expect(r.breakEvenTokensPerMinute).toBeCloseTo(1_100_000, 0);
    expect(r.breakEvenShareOfCapacity).toBeCloseTo(0.5, 9);
  });
  it('a 6-month commitment bills six months whatever is used', () => {
    expect(commitmentTotal('6-month', 16_060)).toBe(96_360);
    expect(commitmentTotal('no-commit', 16_060)).toBe(0);
  });
});
