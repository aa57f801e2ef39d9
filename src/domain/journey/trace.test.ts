import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import llama3Tokenizer from 'llama3-tokenizer-js';
import { buildTrace } from './trace.ts';
import { failureNotApplicable, failureStage } from './failures.ts';
import { DEFAULT_SCENARIO, FAILURES, PROFILES, RUNTIME_APIS, type JourneyModel, type Scenario } from './scenario.ts';
import { GEO_REGIONS, SOURCE_REGIONS, geosOf } from './regions.ts';
import type { Token } from './tokens.ts';

const HAIKU: JourneyModel = {
  modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0',
  provider: 'Anthropic',
  name: 'Claude Haiku 4.5',
  tokenizer: 'other',
  inferenceProfileIds: [
    'us.anthropic.claude-haiku-4-5-20251001-v1:0',
    'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
    'apac.anthropic.claude-haiku-4-5-20251001-v1:0',
    'au.anthropic.claude-haiku-4-5-20251001-v1:0',
    'jp.anthropic.claude-haiku-4-5-20251001-v1:0',
    'global.anthropic.claude-haiku-4-5-20251001-v1:0',
  ],
  maxOutputTokens: 64000,
};
const LLAMA: JourneyModel = {
  modelId: 'meta.llama3-1-70b-instruct-v1:0',
  provider: 'Meta',
  name: 'Llama 3.1 70B Instruct',
  tokenizer: 'llama3',
  inferenceProfileIds: ['us.meta.llama3-1-70b-instruct-v1:0'],
  maxOutputTokens: 2048,
};
const encode = (text: string): Token[] =>
  llama3Tokenizer.encode(text, { bos: false, eos: false }).map((id) => ({ id, text: llama3Tokenizer.decode([id]) }));

const base: Scenario = { ...DEFAULT_SCENARIO, modelId: HAIKU.modelId };

/** Failure → [stage, exception, HTTP status, attempts the AWS SDK for JavaScript v3 makes]. */
const EXPECTED = {
  'access-denied': ['iam', 'AccessDeniedException', 403, 1],
  'invalid-body': ['endpoint', 'ValidationException', 400, 1],
  'not-found': ['endpoint', 'ResourceNotFoundException', 404, 1],
  'quota-exceeded': ['quota', 'ServiceQuotaExceededException', 400, 1],
  'throttled-gives-up': ['quota', 'ThrottlingException', 429, 3],
  'model-not-ready': ['deployment', 'ModelNotReadyException', 429, 3],
  'service-unavailable': ['routing', 'ServiceUnavailableException', 503, 3],
  'model-timeout': ['inference', 'ModelTimeoutException', 408, 1],
  'model-error': ['inference', 'ModelErrorException', 424, 1],
  'stream-error': ['inference', 'ModelStreamErrorException', 424, 1],
} as const;

describe('failure injection', () => {
  for (const [failure, [stage, exception, status, attempts]] of Object.entries(EXPECTED)) {
    it(`${failure} stops at ${stage} with ${exception} ${status} after ${attempts} attempt(s)`, () => {
      let checked = 0;
      for (const api of RUNTIME_APIS) {
        const scenario = { ...base, failure: failure as Scenario['failure'], api };
        if (failureNotApplicable(scenario)) continue;
        checked++;
        const trace = buildTrace(scenario, HAIKU);
        expect(trace.outcome).toMatchObject({ ok: false, stageId: stage, exception, httpStatus: status, attempts });
        const ids = trace.stages.map((s) => s.id);
        // The failing stage is the last one before the error travels back to the client.
        expect(ids.at(-2)).toBe(stage);
        expect(ids.at(-1)).toBe('response');
        expect(trace.stages.at(-2)!.status).toBe('failed');
        expect(trace.stages.at(-1)!.error).toMatchObject({ exception, httpStatus: status });
        expect(trace.usage).toBeNull();
        expect(failureStage(failure as Scenario['failure'])).toBe(stage);
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('a throttled request retried by the SDK reaches the model, later, after jittered backoff', () => {
    const ok = buildTrace(base, HAIKU);
    const retried = buildTrace({ ...base, failure: 'throttled-recovers' }, HAIKU);
    expect(retried.outcome.ok).toBe(true);
    const quota = retried.stages.find((s) => s.id === 'quota')!;
    expect(quota.status).toBe('retried');
    expect(quota.attempts!.map((a) => a.outcome)).toEqual(['rejected', 'rejected', 'accepted']);
    quota.attempts!.slice(0, 2).forEach((a, i) => {
      // The current SDK: the first retry waits up to 500 ms, the second up to 1,000 ms.
      expect(a.capMs).toBe(500 * 2 ** i);
      expect(a.waitAfterMs).toBeGreaterThanOrEqual(0);
      expect(a.waitAfterMs).toBeLessThan(a.capMs!);
    });
    expect(retried.totalMs).toBeGreaterThan(ok.totalMs);
    expect(retried.totalMs - ok.totalMs).toBeCloseTo(retried.retryMs, 6);
    // Deterministic: the same scenario replays the same jitter.
    expect(buildTrace({ ...base, failure: 'throttled-recovers' }, HAIKU).totalMs).toBe(retried.totalMs);
  });

  it('gives up after three throttled attempts', () => {
    const trace = buildTrace({ ...base, failure: 'throttled-gives-up' }, HAIKU);
    expect(trace.outcome).toMatchObject({ ok: false, attempts: 3 });
    expect(trace.stages.find((s) => s.id === 'quota')!.attempts!.every((a) => a.outcome === 'rejected')).toBe(true);
  });

  it('every failure kind is covered', () => {
    const elsewhere = ['none', 'throttled-recovers', 'internal-error', 'guardrail-input', 'guardrail-output'];
    expect(FAILURES.filter((f) => !elsewhere.includes(f)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

const scenarioArb = fc.record({
  prompt: fc.string({ minLength: 1, maxLength: 200 }),
  region: fc.constantFrom(...SOURCE_REGIONS),
  api: fc.constantFrom(...RUNTIME_APIS),
  network: fc.constantFrom('internet' as const, 'vpc-endpoint' as const),
  mode: fc.constantFrom('on-demand' as const, 'provisioned' as const),
  profile: fc.constantFrom(...PROFILES),
  logging: fc.boolean(),
  guardrails: fc.boolean(),
  failure: fc.constantFrom(...FAILURES),
  maxTokens: fc.integer({ min: 1, max: 4096 }),
});

describe('privacy and paths', () => {
  it('with invocation logging off, no stage stores the prompt text', () => {
    fc.assert(
      fc.property(scenarioArb, (partial) => {
        const trace = buildTrace({ ...base, ...partial, logging: false }, HAIKU);
        for (const stage of trace.stages) {
          expect(stage.stores.every((st) => !st.containsPromptText)).toBe(true);
          expect(stage.visibility.level).not.toBe('stored');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('with logging on, only the customer-owned log destination stores it', () => {
    const trace = buildTrace({ ...base, logging: true }, HAIKU);
    const storing = trace.stages.flatMap((s) => s.stores.filter((st) => st.containsPromptText).map((st) => ({ id: s.id, ...st })));
    expect(storing).toHaveLength(1);
    expect(storing[0]).toMatchObject({ id: 'logging', owner: 'customer' });
  });

  it('a VPC endpoint path never touches the public internet', () => {
    fc.assert(
      fc.property(scenarioArb, (partial) => {
        const trace = buildTrace({ ...base, ...partial, network: 'vpc-endpoint' }, HAIKU);
        for (const stage of trace.stages) {
          expect(stage.transport).not.toBe('public-internet');
          expect(stage.account).not.toBe('internet');
        }
        expect(trace.stages.find((s) => s.id === 'network')!.transport).toBe('privatelink');
      }),
      { numRuns: 200 },
    );
  });

  it('the internet path is drawn as the internet', () => {
    const trace = buildTrace({ ...base, network: 'internet' }, HAIKU);
    expect(trace.stages.find((s) => s.id === 'network')!.transport).toBe('public-internet');
  });

  it('the model provider is never among those who can read the prompt', () => {
    const trace = buildTrace(base, HAIKU);
    for (const stage of trace.stages) expect(stage.visibility.badge).not.toMatch(/Readable by: Anthropic/);
    expect(trace.stages.find((s) => s.id === 'deployment')!.visibility.badge).toMatch(/not Anthropic/);
  });
});

describe('cross-Region routing', () => {
  it('a geographic profile routes only within its geography', () => {
    fc.assert(
      fc.property(scenarioArb, (partial) => {
        const trace = buildTrace({ ...base, ...partial, mode: 'on-demand', profile: 'geo', failure: 'none' }, HAIKU);
        const r = trace.routing;
        expect(r.kind).toBe('geo');
        const allowed = GEO_REGIONS[r.geo!];
        expect(geosOf(partial.region)).toContain(r.geo);
        expect(allowed).toContain(r.destination);
        for (const d of r.destinations) expect(allowed).toContain(d);
        for (const stage of trace.stages) {
          if (stage.account === 'deployment') expect(allowed).toContain(stage.region);
          else expect(stage.region).toBe(partial.region);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses the jp. and au. profiles where the model has them', () => {
    expect(buildTrace({ ...base, region: 'ap-northeast-1', profile: 'geo' }, HAIKU).routing.invokedId).toMatch(/^jp\./);
    expect(buildTrace({ ...base, region: 'ap-southeast-2', profile: 'geo' }, HAIKU).routing.invokedId).toMatch(/^au\./);
  });

  it('falls back to in-Region with a notice when the model has no such profile', () => {
    const trace = buildTrace({ ...base, modelId: LLAMA.modelId, region: 'eu-west-1', profile: 'geo' }, LLAMA);
    expect(trace.routing.kind).toBe('in-region');
    expect(trace.routing.destination).toBe('eu-west-1');
    expect(trace.notices.join(' ')).toMatch(/no geographic profile/);
  });

  it('provisioned throughput stays in its Region and is invoked by its ARN', () => {
    const trace = buildTrace({ ...base, mode: 'provisioned', profile: 'global' }, HAIKU);
    expect(trace.routing.kind).toBe('provisioned');
    expect(trace.routing.destination).toBe(base.region);
    expect(trace.request.path).toContain(encodeURIComponent(':provisioned-model/'));
  });
});

describe('tokens and timing', () => {
  it('tokenizes Llama prompts exactly with the Llama 3 tokenizer', () => {
    const trace = buildTrace({ ...base, modelId: LLAMA.modelId, prompt: 'Hello world!' }, LLAMA, encode);
    expect(trace.input.exact).toBe(true);
    // The package's own README example: "Hello world!" is 3 tokens without BOS/EOS.
    expect(trace.input.tokens.map((t) => t.text)).toEqual(['Hello', ' world', '!']);
  });

  it('labels other families as estimates', () => {
    const trace = buildTrace(base, HAIKU, encode);
    expect(trace.input.exact).toBe(false);
    expect(trace.input.method).toMatch(/Estimate/);
  });

  it('stages are ordered in time and the stream ends at the total', () => {
    fc.assert(
      fc.property(scenarioArb, (partial) => {
        const trace = buildTrace({ ...base, ...partial }, HAIKU);
        trace.stages.forEach((stage, i) => {
          expect(stage.number).toBe(i + 1);
          expect(stage.endMs).toBeGreaterThanOrEqual(stage.startMs);
        });
        expect(Math.max(...trace.stages.map((s) => s.endMs))).toBeCloseTo(trace.totalMs, 6);
        if (trace.outcome.ok) {
          expect(trace.usage!.outputTokens).toBeLessThanOrEqual(partial.maxTokens);
          expect(trace.output.tokenTimesMs.at(-1)).toBeLessThanOrEqual(trace.totalMs + 1e-6);
          if (!partial.guardrails) expect(trace.output.tokenTimesMs.at(-1)).toBeCloseTo(trace.totalMs, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stops on max tokens when the answer is longer than allowed', () => {
    const trace = buildTrace({ ...base, maxTokens: 5 }, HAIKU);
    expect(trace.output.tokens).toHaveLength(5);
    expect(trace.output.stopReason).toBe('max_tokens');
    expect(buildTrace(base, HAIKU).output.stopReason).toBe('end_turn');
  });
});
