import { QUOTA_SOURCES } from './sources.ts';

/**
 * How many quota tokens one output token burns, by model. Documented: 5 for Claude 3.7 Sonnet and
 * the Claude 4.x models, 1 for other Bedrock models. Claude models after 4.x are not named by any
 * source: they get 1 and are marked undocumented, so the screen can say so and offer the knob.
 */
export type Burndown = {
  /** Quota tokens per output token. */
  multiplier: number;
  /** False when no source names this model (the multiplier is then an assumption). */
  documented: boolean;
  note: string;
  source: string;
};

/** Strips a profile prefix (`us.`, `global.`…), a provider prefix and a version suffix from a Bedrock id. */
function normalise(modelId: string): string {
  let id = modelId.trim().toLowerCase();
  id = id.replace(/^(us|eu|apac|jp|au|ca|us-gov|global)\./, '');
  id = id.replace(/^anthropic\./, '');
  return id;
}

const CLAUDE_4 = /^claude-(?:(?:opus|sonnet|haiku)-4(?:[-.]|$)|4(?:[-.]|$))/;
const CLAUDE_3_7_SONNET = /^claude-3-7-sonnet(?:[-.]|$)/;
/** Claude generations after 4 (5, 5.5, …): not covered by the documented rule. */
const CLAUDE_LATER = /^claude-(?:(?:opus|sonnet|haiku|fable)-(?:[5-9]|\d\d)|[5-9](?:[-.]|$))/;

export function outputBurndown(modelId: string): Burndown {
  const id = normalise(modelId);
  if (CLAUDE_3_7_SONNET.test(id) || CLAUDE_4.test(id))
    return { multiplier: 5, documented: true, note: 'Claude 3.7 Sonnet and Claude 4.x burn 5 quota tokens per output token.', source: QUOTA_SOURCES.burndown };
  if (CLAUDE_LATER.test(id))
    return {
      multiplier: 1,
      documented: false,
      note: 'No source states the burndown for Claude models after 4.x: 1× is assumed here. If AWS applies 5× to this model too, set the multiplier to 5.',
      source: QUOTA_SOURCES.burndown,
    };
  return { multiplier: 1, documented: true, note: 'Other Bedrock models count output tokens 1:1 against the quota.', source: QUOTA_SOURCES.burndown };
}
