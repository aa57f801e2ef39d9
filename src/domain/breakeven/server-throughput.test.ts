import { describe, expect, it } from 'vitest';
import { serverThroughput, type ServerThroughputInput } from './server-throughput.ts';

const chat: ServerThroughputInput = {
  catalogId: 'llama-3-3-70b-instruct',
  accelerator: 'h100-sxm',
  acceleratorsPerServer: 8,
  tensorParallel: null,
  maxBatch: 256,
  inputTokens: 1000,
  outputTokens: 300,
  ttftSeconds: null,
  tpotSeconds: null,
};

describe('server throughput at a latency objective', () => {
  it('holds a 70B model to MLPerf’s llama2-70b server limits by default (TTFT 2 s, TPOT 200 ms)', () => {
    const t = serverThroughput(chat);
    expect(t.objective).toMatchObject({ ttftSeconds: 2, tpotSeconds: 0.2, benchmark: 'llama2-70b' });
    expect(t.objective.mapping).toContain('assumption');
    expect(t.refusal).toBeNull();
    expect(t.perReplica!.tpotSeconds).toBeLessThanOrEqual(0.2);
    expect(t.perReplica!.ttftSeconds).toBeLessThanOrEqual(2);
  });

  it('never exceeds the unconstrained maximum, and a tighter objective never raises it', () => {
    const loose = serverThroughput(chat);
    const tight = serverThroughput({ ...chat, ttftSeconds: 0.45, tpotSeconds: 0.04 });
    expect(loose.totalTokensPerSecond!).toBeLessThanOrEqual(loose.unconstrainedTotalTokensPerSecond! * (1 + 1e-12));
    expect(tight.totalTokensPerSecond!).toBeLessThanOrEqual(loose.totalTokensPerSecond!);
  });

  it('counts input and output tokens, over every replica of the server', () => {
    const t = serverThroughput({ ...chat, catalogId: 'llama-3-1-8b-instruct' });
    expect(t.tensorParallel).toBe(1);
    expect(t.replicas).toBe(8);
    expect(t.totalTokensPerSecond!).toBeCloseTo(t.outputTokensPerSecond! * (1 + 1000 / 300), 6);
    expect(t.outputTokensPerSecond!).toBeCloseTo(t.perReplica!.outputTokensPerSecond * 8, 6);
  });

  it('serves more on B200 than on H100 (more bandwidth and memory)', () => {
    const h100 = serverThroughput(chat);
    const b200 = serverThroughput({ ...chat, accelerator: 'b200' });
    expect(b200.totalTokensPerSecond!).toBeGreaterThan(h100.totalTokensPerSecond!);
  });

  it('refuses with the numbers a model that does not fit, and a replica wider than the server', () => {
    const big = serverThroughput({ ...chat, catalogId: 'llama-3-1-405b-instruct', acceleratorsPerServer: 2 });
    expect(big.totalTokensPerSecond).toBeNull();
    expect(big.refusal).toMatch(/does not fit on 2 × .*weights/);
    const wide = serverThroughput({ ...chat, tensorParallel: 8, acceleratorsPerServer: 4 });
    expect(wide.refusal).toContain('more than the 4 in a server');
  });

  it('defaults the tensor-parallel degree to what the server holds, and takes the user’s', () => {
    expect(serverThroughput({ ...chat, acceleratorsPerServer: 4 }).tensorParallel).toBeLessThanOrEqual(4);
    const tp4 = serverThroughput({ ...chat, tensorParallel: 4 });
    expect(tp4.tensorParallel).toBe(4);
    expect(tp4.replicas).toBe(2);
  });

  it('refuses an objective that even one request misses', () => {
    const t = serverThroughput({ ...chat, tpotSeconds: 0.001 });
    expect(t.totalTokensPerSecond).toBeNull();
    expect(t.refusal).toContain('Even one request alone misses the objective');
  });

  it('gives a closed model its calibrated stand-in (labelled)', () => {
    const t = serverThroughput({ ...chat, catalogId: 'claude-sonnet-4-6' });
    expect(t.profile.weights).toBe('closed');
    expect(t.profile.label).toMatch(/calibrated|assumption/);
  });
});
