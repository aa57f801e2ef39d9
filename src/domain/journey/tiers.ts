/** Service tiers: facts copied from bedrock-2026-facts.md §2 (AWS docs service-tiers-inference, product page). */
export const TIER_SOURCES = {
  tiers:
    'AWS docs service-tiers-inference (translated copies) and aws.amazon.com/bedrock/service-tiers: Priority requests “are prioritized over Standard and Flex tier requests”; Flex is the lowest priority “for workloads that can handle longer processing times”; Reserved is “prioritized compute capacity” with separate input and output TPM, overflowing to Standard; service_tier = reserved | priority | default | flex, echoed in the response.',
  priorityOtps: 'Product page: “For most models that support Priority tier, customers can realize up to 25% better output tokens per second (OTPS) latency compared to Standard tier.”',
} as const;
