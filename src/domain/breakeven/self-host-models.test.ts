import { describe, expect, it } from 'vitest';
import { PUBLISHED_THROUGHPUT, rooflineServerThroughput, selfHostModelById, selfHostModelForBedrock, weightsReleased } from './self-host-models.ts';

const chat = { inputTokens: 1000, outputTokens: 300, maxBatch: 256 };

describe('default throughput from the shared roofline model', () => {
  it('puts a 70B model on 8×H100 between the published vLLM and MLPerf output rates', () => {
    const r = rooflineServerThroughput(selfHostModelById('llama-3.3-70b')!, 8, chat)!;
    const outputs = PUBLISHED_THROUGHPUT.filter((p) => p.gpus === 8).map((p) => p.outputTokensPerSecond);
    expect(r.outputTokensPerSecond).toBeGreaterThan(Math.min(...outputs));
    expect(r.outputTokensPerSecond).toBeLessThan(Math.max(...outputs));
    // Near the reference's tool default of ~1,000 output tok/s per H100 (range 300–3,000).
    expect(r.outputTokensPerSecond / 8).toBeGreaterThan(300);
    expect(r.outputTokensPerSecond / 8).toBeLessThan(3000);
    expect(r.totalTokensPerSecond).toBeCloseTo(r.outputTokensPerSecond * (1 + 1000 / 300), 6);
  });

  it('runs one 8B replica per GPU on an 8-GPU server', () => {
    const r = rooflineServerThroughput(selfHostModelById('llama-3.1-8b')!, 8, chat)!;
    expect(r.replicas).toBe(8);
    expect(r.gpusPerReplica).toBe(1);
  });

  it('shards a 70B model over 4 GPUs when the server has 4, and gives nothing when it cannot fit', () => {
    expect(rooflineServerThroughput(selfHostModelById('llama-3.1-70b')!, 4, chat)?.gpusPerReplica).toBe(4);
    expect(rooflineServerThroughput(selfHostModelById('llama-3.1-405b')!, 4, chat)).toBeNull();
  });

  it('pairs Bedrock models with the same open weights, and knows Claude and Nova are closed', () => {
    expect(selfHostModelForBedrock('meta.llama3-3-70b-instruct-v1:0')?.id).toBe('llama-3.3-70b');
    expect(selfHostModelForBedrock('anthropic.claude-sonnet-4-20250514-v1:0')).toBeUndefined();
    expect(weightsReleased('Anthropic')).toBe(false);
    expect(weightsReleased('Amazon')).toBe(false);
    expect(weightsReleased('Meta')).toBe(true);
  });
});
