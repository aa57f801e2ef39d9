import { quotaBreakdown, splitPrompt, type QuotaBreakdown, type QuotaModel } from './reservation.ts';

/**
 * “What quota do I need?” — the planner's arithmetic, without running a simulation.
 *
 * A per-minute token bucket has to cover two things at the peak:
 *  - what the requests burn once settled: peak RPM × settled tokens (“steady TPM”);
 *  - what their reservations hold while they run: the reservations outstanding at once,
 *    peak RPM × (hold / 60 s) × reserved tokens (“peak TPM”).
 * With a reservation held about a minute — the assumption behind AWS's own worked example, which
 * divides a per-minute quota by a per-request reservation — the second is peak RPM × reserved.
 */
export type PlannerTier = 'standard' | 'priority' | 'flex' | 'reserved';
export type PlannerScope = 'in-region' | 'cross-region';

/** AWS's example divides TPM by one reservation: it assumes each reservation is held about a minute. */
export const DEFAULT_HOLD_SECONDS = 60;

export type PlannerInput = {
  peakRequestsPerMinute: number;
  /** Requests per minute averaged over a day, for tokens per day; null = the peak all day (an upper bound). */
  averageRequestsPerMinute: number | null;
  /** Prompt tokens per request, cached parts included. */
  inputTokens: number;
  /** Output tokens a request actually produces. */
  outputTokens: number;
  /** null = unset (the model's maximum output is reserved). */
  maxTokens: number | null;
  /** Shares (0–1) of the prompt read from and written to the prompt cache. */
  cacheReadShare: number;
  cacheWriteShare: number;
  model: QuotaModel;
  tier: PlannerTier;
  /** The quota the “requests in flight” figure is measured against; null = the TPM this plan requests. */
  quotaTokensPerMinute: number | null;
  /** How long each reservation is held (about a request's duration); AWS's example assumes ~60 s. */
  holdSeconds: number;
};

export type Headroom = {
  /** Reserved tokens per request beyond what max_tokens = the actual output would reserve. */
  extraTokensPerRequest: number;
  /** Peak TPM the headroom adds. */
  extraPeakTpm: number;
  /** Share of each reservation that is headroom (0–1). */
  shareOfReservation: number;
  /** Requests in flight the quota would admit with max_tokens = the output, and how many fewer it admits now. */
  requestsInFlightWithoutHeadroom: number;
  requestsInFlightLost: number;
};

export type PlannerResult = {
  perRequest: QuotaBreakdown;
  /** Peak RPM × settled tokens: what the quota burns per minute at the peak once requests settle. */
  steadyTpm: number;
  /** Peak RPM × (hold / 60) × reserved tokens: what the reservations hold at once at the peak. */
  peakTpm: number;
  /** The TPM to ask for: the larger of the two. */
  tpmToRequest: number;
  /** Average RPM × settled tokens × 1,440. */
  tokensPerDay: number;
  /** AWS's default daily quota for the requested TPM: TPM × 24 × 60. */
  defaultTokensPerDayForRequest: number;
  /** The quota the admission figures use. */
  quotaTokensPerMinute: number;
  /** floor(quota ÷ reserved): reservations that fit in the bucket at once (AWS's “concurrent requests”). */
  requestsInFlight: number;
  /** Requests per minute the quota sustains: the tighter of reservations (held `holdSeconds`) and settled burn. */
  requestsPerMinuteAdmitted: number;
  headroom: Headroom;
  /** Reserved tier only: the input and output TPM to reserve with the account team (Reserved counts input + cache write). */
  reservedTier: { inputTpm: number; outputTpm: number } | null;
  /** The arithmetic written out, one line each, for the panel. */
  lines: string[];
  /** Assumptions to show beside the figures. */
  assumptions: string[];
  warnings: string[];
};

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');

export function planQuota(p: PlannerInput): PlannerResult {
  const prompt = splitPrompt(p.inputTokens, p.cacheReadShare, p.cacheWriteShare);
  const request = { inputTokens: prompt.fresh, cacheReadTokens: prompt.cacheRead, cacheWriteTokens: prompt.cacheWrite, maxTokens: p.maxTokens };
  const b = quotaBreakdown(request, p.outputTokens, p.model);
  const hold = p.holdSeconds > 0 ? p.holdSeconds : DEFAULT_HOLD_SECONDS;
  const steadyTpm = p.peakRequestsPerMinute * b.settled;
  const peakTpm = p.peakRequestsPerMinute * (hold / 60) * b.reserved;
  const tpmToRequest = Math.max(steadyTpm, peakTpm);
  const averageRpm = p.averageRequestsPerMinute ?? p.peakRequestsPerMinute;
  const tokensPerDay = averageRpm * b.settled * 1440;
  const quota = p.quotaTokensPerMinute ?? tpmToRequest;
  const requestsInFlight = b.reserved > 0 ? Math.floor(quota / b.reserved) : Infinity;
  const byReservation = b.reserved > 0 ? (quota / b.reserved) * (60 / hold) : Infinity;
  const bySettlement = b.settled > 0 ? quota / b.settled : Infinity;
  const requestsPerMinuteAdmitted = Math.min(byReservation, bySettlement);

  const tight = quotaBreakdown({ ...request, maxTokens: p.outputTokens }, p.outputTokens, p.model);
  const extra = b.reserved - tight.reserved;
  const inFlightTight = tight.reserved > 0 ? Math.floor(quota / tight.reserved) : Infinity;
  const headroom: Headroom = {
    extraTokensPerRequest: extra,
    extraPeakTpm: p.peakRequestsPerMinute * (hold / 60) * extra,
    shareOfReservation: b.reserved > 0 ? extra / b.reserved : 0,
    requestsInFlightWithoutHeadroom: inFlightTight,
    requestsInFlightLost: Math.max(0, inFlightTight - requestsInFlight),
  };

  const maxLabel = b.maxTokensUnset ? `${n0(b.maxTokens)} (max_tokens unset: the model's maximum output)` : n0(b.maxTokens);
  const mult = b.reservationMultiplier === 1 ? '' : ` × ${b.reservationMultiplier}`;
  const lines = [
    `Reserved at start = input ${n0(b.input)} + cache read ${n0(b.cacheRead)} + cache write ${n0(b.cacheWrite)} + max_tokens ${maxLabel}${mult} = ${n0(b.reserved)} tokens`,
    `Settled at the end = input ${n0(b.input)} + cache write ${n0(b.cacheWrite)} + output ${n0(b.output)} × ${b.outputBurndown} = ${n0(b.settled)} tokens (the ${n0(b.released)} difference goes back to the quota${b.cacheRead > 0 ? ', cache reads included' : ''})`,
    `Steady TPM = ${n0(p.peakRequestsPerMinute)} requests/min × ${n0(b.settled)} settled = ${n0(steadyTpm)}`,
    `Peak TPM = ${n0(p.peakRequestsPerMinute)} requests/min × ${hold === 60 ? '' : `${hold} s ÷ 60 s × `}${n0(b.reserved)} reserved = ${n0(peakTpm)}`,
    `Requests in flight = ${n0(quota)} TPM ÷ ${n0(b.reserved)} reserved = ${(b.reserved > 0 ? quota / b.reserved : Infinity).toLocaleString('en-US', { maximumFractionDigits: 1 })} → ${n0(requestsInFlight)}`,
    `Tokens per day = ${n0(averageRpm)} requests/min × ${n0(b.settled)} settled × 1,440 min = ${n0(tokensPerDay)}`,
  ];
  const assumptions = [
    `Each request's reservation is assumed to be held about ${hold === 60 ? 'a minute' : `${hold} s`} (AWS's worked example divides the per-minute quota by one reservation, which assumes a minute); shorter requests hand their reservation back sooner.`,
  ];
  if (p.model.burndownOnReservation)
    assumptions.push('The output burndown is applied to max_tokens in the reservation too (a knob: no primary source says whether it is).');
  if (p.averageRequestsPerMinute === null) assumptions.push('Tokens per day assume the peak rate all day (an upper bound); enter an average rate for a tighter figure.');
  const warnings: string[] = [];
  if (p.maxTokens !== null && p.maxTokens < p.outputTokens) warnings.push(`max_tokens (${n0(p.maxTokens)}) is below the output per request (${n0(p.outputTokens)}): responses would be cut off at max_tokens.`);
  if (p.maxTokens !== null && p.maxTokens > p.model.maxOutputTokens) warnings.push(`max_tokens (${n0(p.maxTokens)}) is above the model's maximum output (${n0(p.model.maxOutputTokens)}): Bedrock rejects it with ValidationException.`);
  if (p.cacheReadShare + p.cacheWriteShare > 1) warnings.push('The cache read and write shares add up to more than 100 %: the write share was reduced to fit.');
  if (p.tier === 'reserved') warnings.push('Reserved tier capacity is bought from the AWS account team as separate input and output TPM (minimum 100,000 input and 10,000 output TPM); traffic above it overflows to Standard and its on-demand quota. Whether Reserved output TPM counts the burndown is not documented: output is shown 1:1.');
  return {
    perRequest: b,
    steadyTpm,
    peakTpm,
    tpmToRequest,
    tokensPerDay,
    defaultTokensPerDayForRequest: tpmToRequest * 1440,
    quotaTokensPerMinute: quota,
    requestsInFlight,
    requestsPerMinuteAdmitted,
    headroom,
    reservedTier:
      p.tier === 'reserved'
        ? { inputTpm: p.peakRequestsPerMinute * (b.input + b.cacheWrite), outputTpm: p.peakRequestsPerMinute * b.output }
        : null,
    lines,
    assumptions,
    warnings,
  };
}
