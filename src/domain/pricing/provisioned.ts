import { HOURS_PER_MONTH } from './projection.ts';

export type CommitmentTerm = 'noCommit' | 'oneMonth' | 'sixMonth';

export type ProvisionedComparison = {
  /** Average tokens per minute the workload needs (input + output), scaled to its peak. */
  peakTokensPerMinute: number;
  unitsNeeded: number;
  provisionedPerMonth: number;
  onDemandPerMonth: number;
  /** Positive when provisioned is cheaper. */
  savingPerMonth: number;
  /** The on-demand monthly spend at which the same number of units breaks even. */
  breakEvenOnDemandPerMonth: number;
  /** Share of the provisioned capacity the average load uses. */
  averageUtilization: number;
};

/**
 * Model units are sized for the peak; they bill every hour of the month whether used or not.
 * Capacity per unit is not published by AWS: it comes from the user's account team.
 */
export function compareProvisioned(input: {
  requestsPerDay: number;
  tokensPerRequest: number;
  peakToAverage: number;
  tokensPerMinutePerUnit: number;
  hourlyRatePerUnit: number;
  onDemandPerMonth: number;
}): ProvisionedComparison {
  const averageTpm = (input.requestsPerDay * input.tokensPerRequest) / (24 * 60);
  const peakTokensPerMinute = averageTpm * Math.max(1, input.peakToAverage);
  const unitsNeeded = Math.max(1, Math.ceil(peakTokensPerMinute / input.tokensPerMinutePerUnit - 1e-9));
  const provisionedPerMonth = unitsNeeded * input.hourlyRatePerUnit * HOURS_PER_MONTH;
  return {
    peakTokensPerMinute,
    unitsNeeded,
    provisionedPerMonth,
    onDemandPerMonth: input.onDemandPerMonth,
    savingPerMonth: input.onDemandPerMonth - provisionedPerMonth,
    breakEvenOnDemandPerMonth: provisionedPerMonth,
    averageUtilization: averageTpm / (unitsNeeded * input.tokensPerMinutePerUnit),
  };
}
