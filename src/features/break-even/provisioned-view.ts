/** The provisioned-throughput part of the view: model units against on-demand at the workload's mix. */
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import type { TokenWorkload } from '../../domain/pricing/token-workload.ts';
import {
  PT_TERM_LABELS,
  PT_TERM_MONTHS,
  PT_TERMS,
  commitmentTotal,
  provisionedBreakEven,
  tokensPerMinuteFromMonthly,
  type ProvisionedResult,
  type PtTerm,
} from '../../domain/pricing/provisioned-throughput.ts';
import { ptModelOptions, ptRates, quote, resolveModel, type ModelOption, type PtRates } from './bedrock-price.ts';
import { DEFAULT_PT_MODEL_ID, type BreakEvenValues } from './break-even-params.ts';

export type ProvisionedView = {
  modelId: string;
  modelName: string;
  modelKnown: boolean;
  options: ModelOption[];
  term: PtTerm;
  termOptions: { value: PtTerm; label: string }[];
  termMonths: number;
  units: number;
  hoursPerMonth: number;
  /** Published rates of the model (first Region listed), or null. */
  rates: PtRates | null;
  /** The catalog's rate for the chosen term, the user's override, and the one in use. */
  catalogRate: number | null;
  rateOverride: number | null;
  rate: number | null;
  /** On-demand blended price of the same model at the workload's mix, and its price point. */
  onDemandPer1M: number;
  onDemandLabel: string;
  onDemandMonthly: number;
  tokensPerMinutePerUnit: number | null;
  result: ProvisionedResult | null;
  /** What the whole term bills whatever is used; null without a commitment or a rate. */
  commitmentTotal: number | null;
  workloadTokensPerMinute: number;
  workloadAboveBreakEven: boolean;
  /** True when the units could not carry the workload's volume. */
  overCapacity: boolean;
};

export function provisionedView(catalog: Catalog, v: BreakEvenValues, workload: TokenWorkload, tokensPerMonth: number): ProvisionedView {
  const { model, known } = resolveModel(catalog, v.pt, [DEFAULT_PT_MODEL_ID]);
  const rates = ptRates(catalog, model.id);
  const q = quote(catalog, model.id, workload);
  const onDemandPer1M = q?.blendPer1M ?? 0;
  const catalogRate = rates?.perHour[v.term] ?? null;
  const rate = v.ptRate ?? catalogRate;
  const result =
    rate !== null
      ? provisionedBreakEven({ modelUnits: v.mu, ratePerUnitHour: rate, hoursPerMonth: v.hours, onDemandPricePer1M: onDemandPer1M, tokensPerMinutePerUnit: v.tpmMu })
      : null;
  const workloadTokensPerMinute = tokensPerMinuteFromMonthly(tokensPerMonth, v.hours);
  return {
    modelId: model.id,
    modelName: model.name,
    modelKnown: known,
    options: ptModelOptions(catalog, model.id),
    term: v.term,
    termOptions: PT_TERMS.map((t) => ({ value: t, label: PT_TERM_LABELS[t] })),
    termMonths: PT_TERM_MONTHS[v.term],
    units: v.mu,
    hoursPerMonth: v.hours,
    rates,
    catalogRate,
    rateOverride: v.ptRate,
    rate,
    onDemandPer1M,
    onDemandLabel: q?.price.label ?? '',
    onDemandMonthly: (onDemandPer1M * tokensPerMonth) / 1e6,
    tokensPerMinutePerUnit: v.tpmMu,
    result,
    commitmentTotal: result && v.term !== 'no-commit' ? commitmentTotal(v.term, result.monthlyCost) : null,
    workloadTokensPerMinute,
    workloadAboveBreakEven: result ? workloadTokensPerMinute > result.breakEvenTokensPerMinute : false,
    overCapacity: result?.capacityTokensPerMonth != null && tokensPerMonth > result.capacityTokensPerMonth,
  };
}
