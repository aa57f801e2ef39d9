import type { CatalogModel } from '../../domain/catalog/catalog-schema.ts';
import { formatCount } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { outputBurndown } from '../../domain/quota/burndown.ts';
import { quotaIncreaseText } from '../../domain/quota/increase-request.ts';
import { BURNDOWN_ON_RESERVATION_DEFAULT } from '../../domain/quota/reservation.ts';
import { DEFAULT_HOLD_SECONDS, planQuota, type PlannerResult } from '../../domain/quota/planner.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';
import type { PLANNER_PARAMS } from './quota-planner-params.ts';

export type PlannerValues = ParamValues<typeof PLANNER_PARAMS>;

export type PlannerFigure = { key: string; label: string; value: string; note: string | null };

export type QuotaPlannerView =
  | { ok: false; message: string }
  | {
      ok: true;
      figures: PlannerFigure[];
      /** The reservation arithmetic, one line each. */
      lines: string[];
      assumptions: string[];
      warnings: string[];
      burndownNote: string;
      increaseRequest: string;
      /** What "Simulate this" writes into the simulator's link: the same workload at the peak and the TPM to request. */
      simulate: { rate: number; inTok: number; outTok: number; tpm: number };
      plan: PlannerResult;
    };

/** The planner's inputs and the chosen model → everything the panel shows. Pure. */
export function quotaPlannerModel(v: PlannerValues, model: CatalogModel | undefined): QuotaPlannerView {
  if (!model) return { ok: false, message: `Model “${v.qModel}” is not in the catalog; pick one from the list.` };
  if (v.qRead + v.qWrite > 100) return { ok: false, message: 'Input read from and written to the prompt cache add up to more than 100 %.' };
  const maxTokens = v.qMaxTok > 0 ? v.qMaxTok : null;
  if (maxTokens === null && model.maxOutputTokens === null)
    return { ok: false, message: `The catalog has no maximum output for ${model.name}, so what an unset max_tokens reserves is unknown: set Max tokens.` };
  const burndown = outputBurndown(model.modelIds.bedrockRuntime[0] ?? model.id);
  const plan = planQuota({
    peakRequestsPerMinute: v.qRpm,
    averageRequestsPerMinute: null,
    inputTokens: v.qIn,
    outputTokens: v.qOut,
    maxTokens,
    cacheReadShare: v.qRead / 100,
    cacheWriteShare: v.qWrite / 100,
    model: { maxOutputTokens: model.maxOutputTokens ?? 0, outputBurndown: burndown.multiplier, burndownOnReservation: BURNDOWN_ON_RESERVATION_DEFAULT },
    tier: v.qTier,
    quotaTokensPerMinute: v.qQuota > 0 ? v.qQuota : null,
    holdSeconds: DEFAULT_HOLD_SECONDS,
  });
  const h = plan.headroom;
  const figures: PlannerFigure[] = [
    { key: 'tpm', label: 'TPM to request', value: formatCount(Math.ceil(plan.tpmToRequest)), note: `steady ${formatCount(Math.ceil(plan.steadyTpm))} · peak ${formatCount(Math.ceil(plan.peakTpm))}` },
    {
      key: 'inflight',
      label: 'Requests in flight the quota admits',
      value: formatCount(plan.requestsInFlight),
      note: `against ${formatCount(plan.quotaTokensPerMinute)} TPM; ${formatCount(Math.floor(plan.requestsPerMinuteAdmitted))} requests per minute sustained`,
    },
    {
      key: 'headroom',
      label: 'What max_tokens headroom costs',
      value: `${formatCount(Math.round(h.extraTokensPerRequest))} tokens per request`,
      note: `${formatPercent(h.shareOfReservation, 0)} of each reservation; ${formatCount(h.requestsInFlightLost)} fewer requests in flight (${formatCount(h.requestsInFlightWithoutHeadroom)} with max_tokens = the output)`,
    },
    { key: 'tpd', label: 'Tokens per day', value: formatCount(Math.ceil(plan.tokensPerDay)), note: 'at the peak all day (an upper bound)' },
  ];
  return {
    ok: true,
    figures,
    lines: plan.lines,
    assumptions: plan.assumptions,
    warnings: plan.warnings,
    burndownNote: burndown.note,
    increaseRequest: quotaIncreaseText({
      modelName: model.name,
      modelId: model.modelIds.bedrockRuntime[0] ?? model.id,
      region: 'us-east-1',
      scope: 'in-region',
      averageInputTokens: v.qIn,
      averageOutputTokens: v.qOut,
      maxTokens,
      plan,
    }),
    simulate: { rate: v.qRpm / 60, inTok: Math.max(1, v.qIn), outTok: Math.max(1, v.qOut), tpm: Math.ceil(plan.tpmToRequest) },
    plan,
  };
}
