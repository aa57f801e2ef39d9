/**
 * Bedrock Provisioned Throughput against on-demand (TCO reference §6, "Bedrock PT"):
 *   C_PT = MU·rate·H ;  T*_PT = C_PT / p_blend ;  U*_PT = T*_PT / (MU·TPM_MU·60·H)
 * A commitment bills every hour of its term, used or not, so the comparison is per month of term.
 */

export type PtTerm = 'no-commit' | '1-month' | '6-month';

export const PT_TERM_LABELS: Record<PtTerm, string> = {
  'no-commit': 'No commitment (custom models only)',
  '1-month': '1-month commitment',
  '6-month': '6-month commitment',
};

/** Months billed whatever happens: a commitment cannot be cancelled early. */
export const PT_TERM_MONTHS: Record<PtTerm, number> = { 'no-commit': 0, '1-month': 1, '6-month': 6 };

export type ProvisionedInputs = {
  modelUnits: number;
  ratePerUnitHour: number;
  hoursPerMonth: number;
  /** On-demand blended price per 1M input+output tokens. */
  onDemandPricePer1M: number;
  /** Capacity of one model unit, tokens/minute; not published (from your AWS account team). */
  tokensPerMinutePerUnit: number | null;
};

export type ProvisionedResult = {
  monthlyCost: number;
  /** Monthly tokens above which provisioned is cheaper than on-demand. */
  breakEvenTokensPerMonth: number;
  /** The same as a sustained load, tokens per minute around the clock. */
  breakEvenTokensPerMinute: number;
  /** Break-even as a share of the units' capacity, when the capacity is known. */
  breakEvenShareOfCapacity: number | null;
  /** Monthly tokens the units can serve at most, when known. */
  capacityTokensPerMonth: number | null;
};

export function provisionedMonthly(modelUnits: number, ratePerUnitHour: number, hoursPerMonth: number): number {
  return modelUnits * ratePerUnitHour * hoursPerMonth;
}

export function tokensPerMinuteFromMonthly(tokensPerMonth: number, hoursPerMonth: number): number {
  return tokensPerMonth / (hoursPerMonth * 60);
}

export function provisionedBreakEven(i: ProvisionedInputs): ProvisionedResult {
  const monthlyCost = provisionedMonthly(i.modelUnits, i.ratePerUnitHour, i.hoursPerMonth);
  const breakEvenTokensPerMonth = i.onDemandPricePer1M > 0 ? (monthlyCost / i.onDemandPricePer1M) * 1e6 : Infinity;
  const capacityTokensPerMonth =
    i.tokensPerMinutePerUnit !== null && i.tokensPerMinutePerUnit > 0 ? i.modelUnits * i.tokensPerMinutePerUnit * 60 * i.hoursPerMonth : null;
  return {
    monthlyCost,
    breakEvenTokensPerMonth,
    breakEvenTokensPerMinute: tokensPerMinuteFromMonthly(breakEvenTokensPerMonth, i.hoursPerMonth),
    breakEvenShareOfCapacity: capacityTokensPerMonth === null ? null : breakEvenTokensPerMonth / capacityTokensPerMonth,
    capacityTokensPerMonth,
  };
}

/** What the whole commitment costs: the hourly bill for every hour of the term. */
export function commitmentTotal(term: PtTerm, monthlyCost: number): number {
  return PT_TERM_MONTHS[term] * monthlyCost;
}
