import type { CatalogModel } from '../catalog/catalog-schema.ts';

/**
 * Regional endpoints and geographic profiles cost 1.10 × the global price, for every token class
 * (input, output, cache read, 5-minute and 1-hour writes, batch, long context), for Claude Sonnet /
 * Haiku / Opus 4.5 "and all future models" and for GPT-5.x / GPT-6 on Bedrock (pricing rules 2026 §2:
 * ANTH-PAGE "regional and multi-region endpoints include a 10% premium over global"; GP-0821;
 * PL-FM-0929 pairs such as Opus 5 5.00 / 5.50; FIXTURE-0926 "AWS adds 10% to the OpenAI official
 * price … Global CRIS equals the OpenAI official price"). Older Claude and other providers: no split.
 */
export const REGIONAL_PREMIUM_FACTOR = '1.1';

export const REGIONAL_PREMIUM_SOURCE =
  'Pricing rules 2026 §2: regional and geographic endpoints = 1.10 × global for Claude 4.5 and later and GPT-5.x/6 on Bedrock, every token class (Anthropic pricing page; genai-prices aws.yml 2026-08-21; AWS Price List 2026-09-29; Bedrock rate cards 2026-09-26).';

const CLAUDE_FAMILY_VERSION = /^Claude (?:Sonnet|Haiku|Opus|Fable|Mythos) (\d+)(?:\.(\d+))?$/;
const GPT_5_OR_6 = /^GPT-(?:5\.\d+|6)\b/;

/** Whether the ×1.10 rule applies to the model (by its name, as the sources state the rule). */
export function regionalPremiumApplies(model: Pick<CatalogModel, 'provider' | 'name'>): boolean {
  if (model.provider === 'OpenAI') return GPT_5_OR_6.test(model.name);
  if (model.provider !== 'Anthropic') return false;
  const m = CLAUDE_FAMILY_VERSION.exec(model.name);
  if (!m) return false;
  const major = Number(m[1]);
  const minor = Number(m[2] ?? 0);
  return major > 4 || (major === 4 && minor >= 5);
}
