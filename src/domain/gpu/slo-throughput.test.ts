import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sloConstrainedThroughput } from './slo-throughput.ts';
import { makeDeployment } from './deployment.ts';
import { ARCHITECTURES, LLAMA_2_70B, LLAMA_3_1_70B } from './model-architectures.ts';
import { defaultLatencyObjective, mlperfLimit } from './latency-objectives.ts';
import { defaultDeployment } from './deployment.ts';
import { steadyStateAtBatch } from './roofline.ts';

describe('SLO-constrained throughput', () => {
  it('never exceeds the unconstrained maximum, and meets the objectives it reports', () => {
    const deployments = ARCHITECTURES.map((m) => defaultDeployment(m));
    fc.assert(
      fc.property(
        fc.constantFrom(...deployments),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        fc.double({ min: 0.005, max: 0.5, noNaN: true }),
        (d, input, output, maxBatch, ttft, tpot) => {
          const r = sloConstrainedThroughput(d, { inputTokens: input, outputTokens: output, maxBatch, ttftObjectiveSeconds: ttft, tpotObjectiveSeconds: tpot });
          expect(r.outputTokensPerSecond).toBeLessThanOrEqual(r.unconstrained.outputTokensPerSecond * (1 + 1e-12));
          if (r.batch > 0) {
            expect(r.tpotSeconds).toBeLessThanOrEqual(tpot);
            expect(r.ttftSeconds).toBeLessThanOrEqual(ttft);
          } else {
            expect(r.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a tighter TPOT objective never raises throughput', () => {
    const d = makeDeployment(LLAMA_3_1_70B, 8, 'fp8');
    const w = { inputTokens: 1000, outputTokens: 300, maxBatch: 1024, ttftObjectiveSeconds: 10 };
    let last = Infinity;
    for (const tpot of [0.2, 0.1, 0.05, 0.03, 0.02]) {
      const r = sloConstrainedThroughput(d, { ...w, tpotObjectiveSeconds: tpot });
      expect(r.outputTokensPerSecond).toBeLessThanOrEqual(last);
      last = r.outputTokensPerSecond;
    }
  });

  it('reports which limit binds, and the batch one step larger breaks the TPOT objective', () => {
    const d = makeDeployment(LLAMA_2_70B, 8, 'fp8');
    const lim = mlperfLimit('llama2-70b-interactive');
    const w = { inputTokens: 700, outputTokens: 290, maxBatch: 4096, ttftObjectiveSeconds: lim.ttftSeconds, tpotObjectiveSeconds: lim.tpotSeconds };
    const r = sloConstrainedThroughput(d, w);
    expect(r.batch).toBeGreaterThan(0);
    if (r.limitedBy === 'TPOT objective') expect(steadyStateAtBatch(d, w, r.batch + 1)).toBeGreaterThan(lim.tpotSeconds);
    expect(r.outputTokensPerSecond).toBeLessThan(r.unconstrained.outputTokensPerSecond);
  });

  it('refuses a model that does not fit, with its numbers', () => {
    const d = makeDeployment(LLAMA_3_1_70B, 1, 'bf16');
    const r = sloConstrainedThroughput(d, { inputTokens: 100, outputTokens: 100, maxBatch: 64, ttftObjectiveSeconds: 2, tpotObjectiveSeconds: 0.2 });
    expect(r.limitedBy).toBe('does not fit');
    expect(r.message).toMatch(/does not fit on 1 × NVIDIA H100/);
  });
});

describe('latency objectives', () => {
  it('are MLPerf server limits (reference §3.1)', () => {
    expect(mlperfLimit('llama2-70b')).toMatchObject({ ttftSeconds: 2, tpotSeconds: 0.2 });
    expect(mlperfLimit('llama3_1-405b')).toMatchObject({ ttftSeconds: 6, tpotSeconds: 0.175 });
    expect(mlperfLimit('deepseek-r1-interactive')).toMatchObject({ ttftSeconds: 1.5, tpotSeconds: 0.015 });
    expect(defaultLatencyObjective(LLAMA_3_1_70B).benchmark).toBe('llama2-70b');
    expect(defaultLatencyObjective(LLAMA_3_1_70B, true).benchmark).toBe('llama2-70b-interactive');
    expect(defaultLatencyObjective(LLAMA_3_1_70B).mapping).toMatch(/^assumption/);
  });
});
