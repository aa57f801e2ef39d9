/**
 * Bedrock Provisioned Throughput: model units (MU) billed per hour, 24/7, for a committed term.
 * The one model used by /pricing and /break-even (TCO reference §6; pricing rules 2026 §8):
 *   C_PT = MU · rate_term · H ;  T*_PT = C_PT / p_blend ;  TPM* = T*_PT / (60 · H) ;  U*_PT = TPM* / (MU · TPM_MU)
 * A unit's capacity (TPM_MU) is not published: it is a user input "from your AWS account team".
 * Equations and sources: docs/pricing-model.md.
 */
import type { CatalogModel, ProvisionedThroughputRates } from '../catalog/catalog-schema.ts';
import type { ParamSpec } from '../url/query-params.ts';
import { HOURS_PER_MONTH } from './projection.ts';

/** The one spelling of a commitment term, in links and in the catalog (`CommitmentDuration` OneMonth | SixMonths). */
export const PT_TERMS = ['no-commit', '1-month', '6-month'] as const;
export type PtTerm = (typeof PT_TERMS)[number];

export const PT_TERM_LABELS: Record<PtTerm, string> = {
  'no-commit': 'No commitment (custom models only)',
  '1-month': '1-month commitment',
  '6-month': '6-month commitment',
};

/** Months billed whatever happens: a commitment cannot be cancelled early. */
export const PT_TERM_MONTHS: Record<PtTerm, number> = { 'no-commit': 0, '1-month': 1, '6-month': 6 };

// Spellings older links used: /pricing wrote `term=oneMonth`, /break-even `term=1-month`.
const LEGACY_TERM = new Map<string, PtTerm>([
  ['noCommit', 'no-commit'],
  ['oneMonth', '1-month'],
  ['sixMonth', '6-month'],
]);

/** The term a link value names, in the current or an older spelling; null when it names none. */
export function parsePtTerm(raw: string): PtTerm | null {
  if ((PT_TERMS as readonly string[]).includes(raw)) return raw as PtTerm;
  return LEGACY_TERM.get(raw) ?? null;
}

/** Link parameter for a term: reads old spellings, always writes the current one. */
export function ptTermParam(defaultValue: PtTerm): ParamSpec<PtTerm> {
  return {
    default: defaultValue,
    parse: (raw) => {
      const term = parsePtTerm(raw);
      return term ? { ok: true, value: term } : { ok: false, reason: `not one of ${PT_TERMS.join(', ')}` };
    },
    serialize: (value) => value,
  };
}

export type CatalogPtRates = {
  region: string;
  /** USD per model unit per hour, by term; a term without a sourced rate is absent. */
  perHour: Partial<Record<PtTerm, number>>;
  source: ProvisionedThroughputRates;
};

/** The model's published hourly rates in one Region (the first the catalog lists unless named), or null. */
export function catalogPtRates(model: CatalogModel | undefined, region?: string): CatalogPtRates | null {
  const pt = model?.provisionedThroughput;
  if (!pt) return null;
  const where = region && pt.rates.some((r) => r.region === region) ? region : pt.rates[0]!.region;
  const perHour: Partial<Record<PtTerm, number>> = {};
  for (const r of pt.rates) if (r.region === where) perHour[r.term] = r.usdPerHour;
  return { region: where, perHour, source: pt };
}

/** Every Region with published rates for the model. */
export function ptRegions(model: CatalogModel | undefined): string[] {
  return [...new Set(model?.provisionedThroughput?.rates.map((r) => r.region) ?? [])];
}

export function provisionedMonthly(modelUnits: number, ratePerUnitHour: number, hoursPerMonth = HOURS_PER_MONTH): number {
  return modelUnits * ratePerUnitHour * hoursPerMonth;
}

export function tokensPerMinuteFromMonthly(tokensPerMonth: number, hoursPerMonth = HOURS_PER_MONTH): number {
  return tokensPerMonth / (hoursPerMonth * 60);
}

/** What the whole commitment costs: the hourly bill for every hour of the term. */
export function commitmentTotal(term: PtTerm, monthlyCost: number): number {
  return PT_TERM_MONTHS[term] * monthlyCost;
}

export type ProvisionedInputs = {
  modelUnits: number;
  ratePerUnitHour: number;
  hoursPerMonth: number;
  /** On-demand blended price per 1M input+output tokens at the workload's mix. */
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

/** Where a number of units starts to beat on-demand at a blended price. */
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

export type ProvisionedSizing = {
  averageTokensPerMinute: number;
  /** Average load scaled to its peak minute: units are sized for the peak. */
  peakTokensPerMinute: number;
  unitsNeeded: number;
  provisionedPerMonth: number;
  onDemandPerMonth: number;
  /** Positive when provisioned is cheaper. */
  savingPerMonth: number;
  /** Share of the provisioned capacity the average load uses. */
  averageUtilization: number;
};

/** Units a workload needs at its peak, what they cost per month, and against on-demand. */
export function sizeProvisioned(input: {
  requestsPerDay: number;
  tokensPerRequest: number;
  peakToAverage: number;
  tokensPerMinutePerUnit: number;
  hourlyRatePerUnit: number;
  onDemandPerMonth: number;
  hoursPerMonth?: number;
}): ProvisionedSizing {
  const averageTokensPerMinute = (input.requestsPerDay * input.tokensPerRequest) / (24 * 60);
  const peakTokensPerMinute = averageTokensPerMinute * Math.max(1, input.peakToAverage);
  // The epsilon keeps an exact fit (e.g. 3.0000000001 from float division) at 3 units.
  const unitsNeeded = Math.max(1, Math.ceil(peakTokensPerMinute / input.tokensPerMinutePerUnit - 1e-9));
  const provisionedPerMonth = provisionedMonthly(unitsNeeded, input.hourlyRatePerUnit, input.hoursPerMonth ?? HOURS_PER_MONTH);
  return {
    averageTokensPerMinute,
    peakTokensPerMinute,
    unitsNeeded,
    provisionedPerMonth,
    onDemandPerMonth: input.onDemandPerMonth,
    savingPerMonth: input.onDemandPerMonth - provisionedPerMonth,
    averageUtilization: averageTokensPerMinute / (unitsNeeded * input.tokensPerMinutePerUnit),
  };
}
