import type { PlannerResult, PlannerScope } from './planner.ts';

/**
 * A quota-increase request to paste into the Service Quotas console or a support case. The support
 * form's own fields were not found in any source, so this is plain text with everything AWS's page
 * says matters: the model, Region, endpoint, quota names, steady and peak TPM, tokens per day, and
 * the average request — plus the fact that AWS favours accounts already using their quota.
 */
export type IncreaseRequestInput = {
  modelName: string;
  /** The id as invoked (a base model id or an inference-profile id). */
  modelId: string;
  region: string;
  scope: PlannerScope;
  averageInputTokens: number;
  averageOutputTokens: number;
  maxTokens: number | null;
  plan: PlannerResult;
};

const n0 = (x: number) => Math.ceil(x).toLocaleString('en-US');

export function quotaIncreaseText(r: IncreaseRequestInput): string {
  const tpmQuota = r.scope === 'cross-region' ? `Cross-Region InvokeModel tokens per minute for ${r.modelName}` : `On-demand InvokeModel tokens per minute for ${r.modelName}`;
  const p = r.plan;
  return [
    `Service: Amazon Bedrock (endpoint bedrock-runtime), Region ${r.region}`,
    `Model: ${r.modelName} (${r.modelId})`,
    `Quota: ${tpmQuota}`,
    `Requested value: ${n0(p.tpmToRequest)} tokens per minute`,
    `  steady (settled usage at peak): ${n0(p.steadyTpm)} TPM`,
    `  peak (reservations held at once at peak): ${n0(p.peakTpm)} TPM`,
    `Quota: Model invocation max tokens per day for ${r.modelName}: ${n0(p.tokensPerDay)} tokens per day needed (the default for the requested TPM is ${n0(p.defaultTokensPerDayForRequest)})`,
    `Average request: ${n0(r.averageInputTokens)} input tokens, ${n0(r.averageOutputTokens)} output tokens, max_tokens ${r.maxTokens === null ? `unset (model maximum ${n0(p.perRequest.maxTokens)})` : n0(r.maxTokens)}`,
    `Quota accounting used: reservation ${n0(p.perRequest.reserved)} tokens per request at start, settled to ${n0(p.perRequest.settled)} (output burndown ${p.perRequest.outputBurndown}×).`,
    'We send traffic that consumes our current allocation and will keep max_tokens close to the expected output.',
  ].join('\n');
}
