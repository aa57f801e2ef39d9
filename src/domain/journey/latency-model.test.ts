import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latencyModel, LOAD_LEVELS, type LatencyInput } from './latency-model.ts';
import { LLAMA_3_1_8B, LLAMA_3_1_70B, PROPRIETARY_CLASS } from '../gpu/model-architectures.ts';
import { defaultDeployment, rooflineDecodeSeconds } from '../gpu/roofline.ts';
import { architectureFor } from './model-profile.ts';

const base: LatencyInput = {
  network: 'internet',
  clientKm: 500,
  crossRegionKm: 0,
  inputTokens: 100,
  outputTokens: 100,
  architecture: LLAMA_3_1_70B,
  load: 'typical',
  guardrails: false,
};

const inputArb = fc.record({
  network: fc.constantFrom('internet' as const, 'vpc-endpoint' as const),
  clientKm: fc.integer({ min: 0, max: 20000 }),
  crossRegionKm: fc.integer({ min: 0, max: 15000 }),
  inputTokens: fc.integer({ min: 1, max: 20000 }),
  outputTokens: fc.integer({ min: 0, max: 4000 }),
  architecture: fc.constantFrom(LLAMA_3_1_8B, LLAMA_3_1_70B, PROPRIETARY_CLASS),
  load: fc.constantFrom('low' as const, 'typical' as const, 'busy' as const),
  guardrails: fc.boolean(),
});

describe('latency model', () => {
  it('is monotone in prompt length', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 5000 }), (input, extra) => {
        const a = latencyModel(input);
        const b = latencyModel({ ...input, inputTokens: input.inputTokens + extra });
        expect(b.prefillMs).toBeGreaterThanOrEqual(a.prefillMs);
        expect(b.ttftMs).toBeGreaterThanOrEqual(a.ttftMs);
        expect(b.totalMs).toBeGreaterThanOrEqual(a.totalMs);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in output length', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 2000 }), (input, extra) => {
        const a = latencyModel(input);
        const b = latencyModel({ ...input, outputTokens: input.outputTokens + extra });
        expect(b.decodeMs).toBeGreaterThanOrEqual(a.decodeMs);
        expect(b.totalMs).toBeGreaterThan(a.totalMs);
      }),
      { numRuns: 300 },
    );
  });

  it('adds up: total = TTFT + decode + output screening', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const l = latencyModel(input);
        expect(l.totalMs).toBeCloseTo(l.ttftMs + l.decodeMs + l.guardrailOutputMs, 6);
        expect(l.decodeMs).toBeCloseTo(Math.max(0, input.outputTokens - 1) * l.decodeStepMs, 6);
      }),
    );
  });

  it('takes decode speed from the shared roofline: no faster than the single-sequence bound', () => {
    for (const architecture of [LLAMA_3_1_8B, LLAMA_3_1_70B, PROPRIETARY_CLASS]) {
      for (const load of ['low', 'typical', 'busy'] as const) {
        const l = latencyModel({ ...base, architecture, load });
        const bound = rooflineDecodeSeconds(defaultDeployment(architecture), base.inputTokens) * 1000;
        expect(l.decodeStepMs).toBeGreaterThanOrEqual(bound);
        // Memory-bound decode: within a small factor of the bound at these batch sizes.
        expect(l.decodeStepMs).toBeLessThan(bound * 3);
      }
    }
  });

  it('8B decodes faster than 70B (fewer bytes of weights per token)', () => {
    const small = latencyModel({ ...base, architecture: LLAMA_3_1_8B });
    const large = latencyModel({ ...base, architecture: LLAMA_3_1_70B });
    expect(small.decodeTokensPerSecond).toBeGreaterThan(large.decodeTokensPerSecond);
  });

  it('busier replicas wait longer and decode slower', () => {
    const low = latencyModel({ ...base, load: 'low' });
    const busy = latencyModel({ ...base, load: 'busy' });
    expect(busy.queueMs).toBeGreaterThan(low.queueMs);
    expect(busy.decodeStepMs).toBeGreaterThan(low.decodeStepMs);
    expect(LOAD_LEVELS.busy.utilisation).toBeLessThan(1);
  });

  it('a VPC endpoint in the Region is quicker than the internet from 500 km', () => {
    expect(latencyModel({ ...base, network: 'vpc-endpoint' }).networkOneWayMs).toBeLessThan(latencyModel(base).networkOneWayMs);
    // 500 km × 1.5 route factor ÷ 200 km/ms + 5 ms access = 8.75 ms.
    expect(latencyModel(base).networkOneWayMs).toBeCloseTo(8.75, 9);
  });

  it('cross-Region transit adds the round trip to time to first token', () => {
    const near = latencyModel(base);
    const far = latencyModel({ ...base, crossRegionKm: 4000 });
    expect(far.ttftMs - near.ttftMs).toBeCloseTo(2 * ((4000 * 1.5) / 200), 6);
  });

  it('labels every non-computed figure', () => {
    const l = latencyModel({ ...base, guardrails: true, architecture: PROPRIETARY_CLASS });
    expect(l.assumptions.find((a) => a.id === 'arch')!.kind).toBe('assumption');
    expect(l.assumptions.find((a) => a.id === 'guardrail')).toBeDefined();
    for (const a of l.assumptions) expect(a.value.length).toBeGreaterThan(0);
  });

  it('maps Llama 3.x sizes to their published shapes and everything else to the labelled stand-in', () => {
    expect(architectureFor('meta.llama3-1-8b-instruct-v1:0').id).toBe('llama-3.1-8b');
    expect(architectureFor('meta.llama3-8b-instruct-v1:0').id).toBe('llama-3.1-8b');
    expect(architectureFor('meta.llama3-3-70b-instruct-v1:0').id).toBe('llama-3.1-70b');
    expect(architectureFor('meta.llama3-1-405b-instruct-v1:0').id).toBe('llama-3.1-405b');
    expect(architectureFor('anthropic.claude-3-5-haiku-20241022-v1:0').assumption).toBe(true);
    expect(architectureFor('amazon.nova-pro-v1:0').assumption).toBe(true);
  });
});
