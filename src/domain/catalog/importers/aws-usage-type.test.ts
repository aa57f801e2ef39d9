import { describe, expect, it } from 'vitest';
import { readUsageType } from './aws-usage-type.ts';

function usage(u: string) {
  const r = readUsageType(u);
  if (r.kind !== 'token') throw new Error(`${u}: ${r.kind}`);
  return r.usage;
}

describe('AWS Price List usage-type grammar (pricing rules 2026 §9)', () => {
  it('reads AmazonBedrock kebab usage types: direction, tier, cache, latency-optimized', () => {
    expect(usage('USE1-NovaLite-input-tokens')).toEqual({ direction: 'input', global: false, longContext: false, tier: null, modelWord: 'NovaLite' });
    expect(usage('USE1-NovaLite-input-tokens-batch')).toMatchObject({ tier: 'batch', modelWord: 'NovaLite' });
    expect(usage('USE1-NovaPro-input-tokens-flex')).toMatchObject({ tier: 'flex' });
    expect(usage('USE1-NovaPro-output-tokens-latency-optimized')).toMatchObject({ direction: 'output', tier: 'latency-optimized' });
    expect(usage('USE1-NovaMicro-cache-read-input-token-count')).toMatchObject({ direction: 'cache-read', modelWord: 'NovaMicro' });
    expect(usage('USE1-Nova2.0Lite-input-tokens')).toMatchObject({ modelWord: 'Nova2.0Lite' });
    expect(usage('USE1-Llama3-1-405B-output-tokens-batch')).toMatchObject({ direction: 'output', tier: 'batch', modelWord: 'Llama3-1-405B' });
    expect(usage('USE1-Ministral-3-8b-Instruct-input-tokens')).toMatchObject({ modelWord: 'Ministral-3-8b-Instruct' });
  });

  it('reads mantle rows with their Mantle ID, TTL and long context', () => {
    expect(usage('USE1-openai.gpt-oss-120b-mantle-input-tokens-standard')).toMatchObject({ mantleId: 'openai.gpt-oss-120b', tier: 'standard' });
    expect(usage('USE1-openai.gpt-5.6-luna-mantle-cache-write-tokens-5m-long-ctx-flex')).toMatchObject({
      mantleId: 'openai.gpt-5.6-luna',
      direction: 'cache-write',
      ttl: '5m',
      longContext: true,
      tier: 'flex',
    });
    expect(usage('USE1-Claude4Sonnet-output-tokens-long-context-cross-region-global')).toMatchObject({ longContext: true, global: true, modelWord: 'Claude4Sonnet' });
  });

  it('reads AmazonBedrockFoundationModels camel and snake dimensions', () => {
    expect(usage('USE1-MP:USE1_InputTokenCount-Units')).toMatchObject({ direction: 'input', global: false, tier: null });
    expect(usage('USE1-MP:USE1_InputTokenCount_Global-Units')).toMatchObject({ direction: 'input', global: true });
    expect(usage('USE1-MP:USE1_OutputTokenCount_Global_Batch-Units')).toMatchObject({ direction: 'output', global: true, tier: 'batch' });
    expect(usage('USE1-MP:USE1_CacheWrite1hInputTokenCount_Global-Units')).toMatchObject({ direction: 'cache-write', ttl: '1h', global: true });
    expect(usage('USE1-MP:USE1_CacheWriteInputTokenCount-Units')).toMatchObject({ direction: 'cache-write', global: false });
    expect(usage('APN1-MP:APN1_MillionBatchInputTokens-Units')).toMatchObject({ direction: 'input', tier: 'batch' });
    expect(usage('USW2-MP:USW2_input_tokens_standard-Units')).toMatchObject({ direction: 'input', global: false, tier: 'standard' });
    expect(usage('USW2-MP:USW2_input_tokens_global_standard-Units')).toMatchObject({ global: true, tier: 'standard' });
    expect(usage('USE1-MP:USE1_cache_write_tokens_1h_global_standard-Units')).toMatchObject({ direction: 'cache-write', ttl: '1h', global: true });
    expect(usage('USE1-MP:USE1_input_tokens_long_ctx_standard-Units')).toMatchObject({ longContext: true, tier: 'standard' });
    expect(usage('USE1-MP:USE1_cached_input_tokens_batch-Units')).toMatchObject({ direction: 'cache-read', tier: 'batch' });
  });

  it('excludes Reserved-capacity, provisioned-throughput and custom-model SKUs', () => {
    for (const u of ['USE1-MP:USE1_Reserved_1Month_InputTPM_Geo-Units', 'USW2-MP:USW2_Reserved_3Month_OutputTPM_Global-Units']) {
      expect(readUsageType(u)).toMatchObject({ kind: 'excluded', reason: expect.stringMatching(/Reserved/) });
    }
    expect(readUsageType('USE1-NovaLite-ProvisionedThroughput-1month-ModelUnits')).toMatchObject({ kind: 'excluded' });
    expect(readUsageType('USE1-NovaLite-input-tokens-custom-model')).toMatchObject({ kind: 'excluded' });
  });

  it('does not guess at anything outside the grammar', () => {
    for (const u of ['USE1-NovaCanvas-T2I-1024-Standard', 'USE1-NovaPro-input-tokens-turbo', 'NovaPro-input-tokens', 'USE1-MP:USE1_input_tokens_weird-Units', 'USE1-MP:USE1_InputTokenCount_Batch_Priority-Units', '']) {
      expect(readUsageType(u).kind, u).toBe('unknown');
    }
  });
});
