import { describe, expect, it } from 'vitest';
import { outputBurndown } from './burndown.ts';

describe('output burndown by model', () => {
  it.each(['claude-3-7-sonnet', 'claude-sonnet-4', 'claude-sonnet-4-5', 'claude-sonnet-4-6', 'claude-opus-4', 'claude-opus-4-1', 'claude-haiku-4-5', 'claude-opus-4-8',
    'anthropic.claude-sonnet-4-20250514-v1:0', 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'global.anthropic.claude-opus-4-5-20251101-v1:0'])('%s burns 5× (documented)', (id) => {
    expect(outputBurndown(id)).toMatchObject({ multiplier: 5, documented: true });
  });

  it.each(['claude-3-5-sonnet-v2-2024-10-22', 'claude-3-haiku', 'claude-3-5-haiku', 'llama-3-1-70b', 'amazon-nova-pro', 'gpt-oss-120b'])('%s counts 1:1 (documented)', (id) => {
    expect(outputBurndown(id)).toMatchObject({ multiplier: 1, documented: true });
  });

  it.each(['claude-opus-5', 'claude-sonnet-5-5', 'claude-fable-5', 'claude-haiku-5-5'])('%s is not covered by any source: 1× assumed and flagged', (id) => {
    const b = outputBurndown(id);
    expect(b).toMatchObject({ multiplier: 1, documented: false });
    expect(b.note).toContain('No source');
  });
});
