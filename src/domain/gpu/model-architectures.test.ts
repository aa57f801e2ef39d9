import { describe, expect, it } from 'vitest';
import {
  ARCHITECTURES,
  DEEPSEEK_V3,
  expectedDistinctExperts,
  GPT_OSS_120B,
  GPT_OSS_20B,
  LLAMA_2_70B,
  LLAMA_3_1_405B,
  LLAMA_3_1_70B,
  LLAMA_3_1_8B,
  LLAMA_4_MAVERICK,
  LLAMA_4_SCOUT,
  MIXTRAL_8X7B,
  QWEN3_235B_A22B,
  QWEN3_32B,
  attentionParameters,
} from './model-architectures.ts';
import { kvBytesPerToken } from './deployment.ts';

const bf16Kv = (m: (typeof ARCHITECTURES)[number]) => kvBytesPerToken({ model: m, kvPrecision: 'bf16' });

describe('exact shapes (gpu-models-benchmarks-2026.md §2)', () => {
  // Totals and active parameters computed from the shape, against the published figures (billions).
  const published = [
    [LLAMA_3_1_8B, 8.03, null],
    [LLAMA_3_1_70B, 70.6, null],
    [LLAMA_3_1_405B, 405.9, null],
    [LLAMA_2_70B, 69, null],
    [LLAMA_4_SCOUT, 109, 17],
    [LLAMA_4_MAVERICK, 400, 17],
    [DEEPSEEK_V3, 671, 37],
    [GPT_OSS_120B, 117, null],
    [GPT_OSS_20B, 21, null],
    [QWEN3_235B_A22B, 235, 22],
    // The name rounds down: the shape gives 32.76B, so this row allows the name's rounding (3 %).
    [QWEN3_32B, 32, null],
    [MIXTRAL_8X7B, 46.7, 12.9],
  ] as const;

  it.each(published)('%s: parameters computed from the shape match the published totals within 2 % (the rounded name: 3 %)', (m, total, active) => {
    expect(Math.abs(m.parameters / 1e9 / total - 1)).toBeLessThan(m === QWEN3_32B ? 0.03 : 0.02);
    if (active !== null) expect(Math.abs(m.activeParameters / 1e9 / active - 1)).toBeLessThan(0.03);
  });

  it('gpt-oss active counts one embedding in the published figure (5.1B, 3.6B): the rest is exact', () => {
    expect((GPT_OSS_120B.activeParameters - 201088 * 2880) / 1e9).toBeCloseTo(5.1, 1);
    expect((GPT_OSS_20B.activeParameters - 201088 * 2880) / 1e9).toBeCloseTo(3.6, 1);
  });

  it('DeepSeek-V3 MLA attention has 187,105,280 parameters per layer', () => {
    expect(attentionParameters(DEEPSEEK_V3.hiddenSize, DEEPSEEK_V3.attention)).toBe(187_105_280);
  });

  it('KV bytes per token (BF16) equal the reference', () => {
    expect(bf16Kv(LLAMA_4_SCOUT)).toBe(196_608);
    expect(bf16Kv(LLAMA_4_MAVERICK)).toBe(196_608);
    expect(bf16Kv(DEEPSEEK_V3)).toBe(70_272);
    expect(bf16Kv(GPT_OSS_120B)).toBe(73_728);
    expect(bf16Kv(GPT_OSS_20B)).toBe(49_152);
    expect(bf16Kv(QWEN3_235B_A22B)).toBe(192_512);
    expect(bf16Kv(QWEN3_32B)).toBe(262_144);
    expect(bf16Kv(MIXTRAL_8X7B)).toBe(131_072);
    expect(bf16Kv(LLAMA_3_1_70B)).toBe(327_680);
  });

  it('MoE routing shapes are exact', () => {
    expect(LLAMA_4_SCOUT.moe).toMatchObject({ moeLayers: 48, routedExperts: 16, expertsPerToken: 1, sharedExperts: 1 });
    expect(LLAMA_4_MAVERICK.moe).toMatchObject({ moeLayers: 24, routedExperts: 128, expertsPerToken: 1, sharedExperts: 1 });
    expect(DEEPSEEK_V3.moe).toMatchObject({ moeLayers: 58, routedExperts: 256, expertsPerToken: 8, sharedExperts: 1, expertIntermediateSize: 2048 });
    expect(GPT_OSS_120B.moe).toMatchObject({ moeLayers: 36, routedExperts: 128, expertsPerToken: 4, sharedExperts: 0 });
    expect(GPT_OSS_20B.moe).toMatchObject({ moeLayers: 24, routedExperts: 32, expertsPerToken: 4, sharedExperts: 0 });
    expect(QWEN3_235B_A22B.moe).toMatchObject({ moeLayers: 94, routedExperts: 128, expertsPerToken: 8, sharedExperts: 0 });
    expect(MIXTRAL_8X7B.moe).toMatchObject({ moeLayers: 32, routedExperts: 8, expertsPerToken: 2, sharedExperts: 0 });
  });

  it('distinct experts per iteration follow E·(1 − (1 − k/E)^B) (the reference worked values at B = 64)', () => {
    // The reference rounds to whole experts (50.5 → "50"), so compare within one expert.
    expect(Math.abs(expectedDistinctExperts(LLAMA_4_MAVERICK.moe!, 64) - 50)).toBeLessThan(1);
    expect(Math.abs(expectedDistinctExperts(QWEN3_235B_A22B.moe!, 64) - 126)).toBeLessThan(1);
    expect(Math.abs(expectedDistinctExperts(DEEPSEEK_V3.moe!, 64) - 222)).toBeLessThan(1);
    expect(expectedDistinctExperts(DEEPSEEK_V3.moe!, 1)).toBeCloseTo(8, 9);
    expect(expectedDistinctExperts(DEEPSEEK_V3.moe!, 0)).toBe(0);
  });

  it('ids are unique', () => {
    expect(new Set(ARCHITECTURES.map((m) => m.id)).size).toBe(ARCHITECTURES.length);
  });
});
