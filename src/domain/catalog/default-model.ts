/**
 * The one model every view starts with when neither its link nor an earlier choice names one.
 * Claude Sonnet 4.6: active on Bedrock, confirmed regional prices, its 5× output-token quota
 * burndown is documented (Claude 4.x), and an observed Bedrock first-token time exists, so each
 * view's default story rests on sourced figures. Catalog v2 id (see public/data).
 */
export const DEFAULT_MODEL_ID = 'claude-sonnet-4-6';
