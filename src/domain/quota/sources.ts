/**
 * Where the quota rules come from. Copied from the project's reference notes (bedrock-2026-facts.md
 * §1, compiled 2026-12-01); the app never reads those notes at run time.
 */
export const QUOTA_SOURCES = {
  reservation:
    'AWS agent-toolkit-for-aws skill reference quota-health.md (an AWS repository, not the user guide): “Bedrock reserves TPM quota at request start based on InputTokens + CacheWriteInputTokens + CacheReadInputTokens + maxTokens … Cache read tokens are included in the initial reservation but released at settlement.” A re:Post answer says the same.',
  awsExample:
    'AWS agent-toolkit-for-aws quota-health.md worked example, Claude Sonnet, 2,000,000 TPM: maxTokens 1,000 with 500 input reserves 1,500 → ~1,333 concurrent requests; maxTokens unset (64K) reserves ~64,500 → ~31.',
  burndown:
    'Output-token burndown (quota only, not billing): Claude 3.7 Sonnet and the Claude 4.x models count each output token as 5 against TPM, other models 1:1 — zenn.dev/pepabo article citing the Bedrock quotas page (table “Claude Sonnet 4 1:5, Claude Opus 4 1:5, other Bedrock models 1:1”); Kilo-Org aws-bedrock-o11y outputTokenBurndownRate: 5; section “Token burndown rate for Anthropic Claude 4 models” in docs.aws.amazon.com/bedrock/latest/userguide/quotas.html.',
  reservationBurndownUnknown:
    'Whether the 5× burndown also applies to the reservation (maxTokens × 5) was not found in a primary source. AWS’s own worked example reserves 1,500 (500 input + 1,000 max tokens) for Claude Sonnet, i.e. without the multiplier, so that is the default here.',
  unsetMaxTokens: 'If maxTokens is unset it “defaults to the model’s maximum (up to 64K–128K)” (agent-toolkit quota-health.md, single source).',
  quotaNames:
    'docs.aws.amazon.com/bedrock/latest/userguide/quotas-runtime: “On-demand InvokeModel tokens per minute for ${model}”, “Cross-Region InvokeModel tokens per minute for ${model}” (input + output combined), “Model invocation max tokens per day for ${model}” (default = per-minute quota × 24 × 60). The quotas are shared by InvokeModel, Converse, Responses and Chat Completions on bedrock-runtime.',
  rpmRemoved:
    'Requests-per-minute quotas are no longer enforced on bedrock-runtime or bedrock-mantle (docs.aws.eu copy; release-note digest dated 2026-05-27); older pages still list them.',
  tierSharing:
    'Service tiers: “The on-demand quota of a model is shared across the Priority, Default and Flex tiers”; Reserved capacity is separate, and traffic above a reservation “automatically overflows to the Standard tier” (docs service-tiers-inference, translated copies).',
  increase:
    'Quota increases: Service Quotas console, “Cross-Region InvokeModel tokens per minute for ${model}”; “priority will be given to customers who generate traffic that consumes their existing quota allocation” (docs quotas-increase, older copy). The support form’s fields were not found.',
} as const;
