import { describe, expect, it } from 'vitest';
import { planQuota } from '../quota/planner.ts';
import { servingProfileFor } from '../gpu/serving-profile.ts';
import { TIER_ORDER, laneWaitMs } from './latency-model.ts';
import { buildTrace } from './trace.ts';
import { AUTHS, DEFAULT_SCENARIO, MANTLE_APIS, RUNTIME_APIS, TIERS, type JourneyModel, type Scenario } from './scenario.ts';
import type { JourneyPrices } from './request-cost.ts';

const SONNET: JourneyModel = {
  catalogId: 'claude-sonnet-4-6',
  modelId: 'anthropic.claude-sonnet-4-6',
  mantleId: null,
  provider: 'Anthropic',
  name: 'Claude Sonnet 4.6',
  tokenizer: 'other',
  inferenceProfileIds: ['us.anthropic.claude-sonnet-4-6', 'global.anthropic.claude-sonnet-4-6'],
  maxOutputTokens: 64000,
};
const GPT_OSS: JourneyModel = {
  catalogId: 'gpt-oss-120b',
  modelId: 'openai.gpt-oss-120b-1:0',
  mantleId: 'openai.gpt-oss-120b',
  provider: 'OpenAI',
  name: 'gpt-oss-120b',
  tokenizer: 'o200k',
  inferenceProfileIds: [],
  maxOutputTokens: 32768,
};
// Catalog prices of Claude Sonnet 4.6, us-east-1 standard (public/data, 2026-08-01).
const PRICES: JourneyPrices = { inputPer1M: 3.3, outputPer1M: 16.5, cacheReadPer1M: 0.33, cacheWrite5mPer1M: 4.125, cacheWrite1hPer1M: 6.6, label: 'test', source: 'test', asOf: '2026-08-01' };
const base: Scenario = { ...DEFAULT_SCENARIO, modelId: SONNET.modelId };

describe('endpoints and APIs: real host, path and body shape', () => {
  it('bedrock-runtime native APIs', () => {
    const paths = { InvokeModel: 'invoke', InvokeModelWithResponseStream: 'invoke-with-response-stream', Converse: 'converse', ConverseStream: 'converse-stream' } as const;
    for (const [api, tail] of Object.entries(paths)) {
      const t = buildTrace({ ...base, api: api as Scenario['api'] }, SONNET);
      expect(t.request.host).toBe('bedrock-runtime.us-east-1.amazonaws.com');
      expect(t.request.path).toBe(`/model/anthropic.claude-sonnet-4-6/${tail}`);
    }
    expect(buildTrace({ ...base, api: 'InvokeModel' }, SONNET).request.body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 512 });
    expect(buildTrace({ ...base, api: 'Converse' }, SONNET).request.body).toMatchObject({ messages: [{ role: 'user' }], inferenceConfig: { maxTokens: 512 } });
  });

  it('OpenAI Chat Completions on bedrock-runtime under /openai/v1', () => {
    const t = buildTrace({ ...base, modelId: GPT_OSS.modelId, api: 'ChatCompletions' }, GPT_OSS);
    expect(`${t.request.host}${t.request.path}`).toBe('bedrock-runtime.us-east-1.amazonaws.com/openai/v1/chat/completions');
    expect(t.request.body).toMatchObject({ model: 'openai.gpt-oss-120b-1:0', messages: [{ role: 'user' }], max_tokens: 512, stream: true });
  });

  it('bedrock-mantle: Responses and Chat Completions under /v1, Anthropic Messages under /anthropic/v1', () => {
    expect(MANTLE_APIS).toEqual(['Responses', 'ChatCompletions', 'Messages']);
    const resp = buildTrace({ ...base, endpoint: 'mantle', api: 'Responses', auth: 'api-key-short', modelId: GPT_OSS.modelId }, GPT_OSS);
    expect(`${resp.request.host}${resp.request.path}`).toBe('bedrock-mantle.us-east-1.api.aws/v1/responses');
    expect(resp.request.body).toMatchObject({ model: 'openai.gpt-oss-120b', input: base.prompt, max_output_tokens: 512 });
    const chat = buildTrace({ ...base, endpoint: 'mantle', api: 'ChatCompletions', modelId: GPT_OSS.modelId }, GPT_OSS);
    expect(chat.request.path).toBe('/v1/chat/completions');
    const msg = buildTrace({ ...base, endpoint: 'mantle', api: 'Messages' }, SONNET);
    expect(`${msg.request.host}${msg.request.path}`).toBe('bedrock-mantle.us-east-1.api.aws/anthropic/v1/messages');
    expect(msg.request.headers).toContainEqual({ name: 'anthropic-version', value: '2023-06-01' });
    expect(msg.request.body).toMatchObject({ model: 'anthropic.claude-sonnet-4-6', max_tokens: 512, messages: [{ role: 'user', content: base.prompt }] });
    // Mantle IDs carry no profile prefix: a profile choice is not applied there.
    expect(buildTrace({ ...base, endpoint: 'mantle', api: 'Messages', profile: 'global' }, SONNET).request.body).toMatchObject({ model: 'anthropic.claude-sonnet-4-6' });
  });

  it('the IAM stage names the action of each endpoint, and the bearer-token action for an API key', () => {
    const iam = (s: Scenario, m = SONNET) => buildTrace(s, m).stages.find((x) => x.id === 'iam')!.payload;
    expect(iam(base)).toContain('bedrock:InvokeModelWithResponseStream');
    expect(iam({ ...base, api: 'Converse' })).toContain('bedrock:InvokeModel');
    expect(iam({ ...base, auth: 'api-key-long' })).toContain('bedrock:CallWithBearerToken');
    expect(iam({ ...base, endpoint: 'mantle', api: 'Messages', auth: 'api-key-short' })).toContain('bedrock-mantle:CreateInference');
    expect(iam({ ...base, endpoint: 'mantle', api: 'Messages', auth: 'api-key-short' })).toContain('bedrock-mantle:CallWithBearerToken');
  });
});

describe('credentials', () => {
  it('an API key never shows a signature, and SigV4 never a bearer header', () => {
    for (const auth of AUTHS) {
      for (const [endpoint, apis] of [['runtime', RUNTIME_APIS], ['mantle', MANTLE_APIS]] as const) {
        for (const api of apis) {
          const t = buildTrace({ ...base, endpoint, api, auth }, SONNET);
          const headers = t.request.headers.map((h) => `${h.name}: ${h.value}`).join('\n');
          const iam = t.stages.find((x) => x.id === 'iam')!.payload;
          if (auth === 'sigv4') {
            expect(headers).toContain('AWS4-HMAC-SHA256');
            expect(headers).not.toMatch(/Bearer|x-api-key/i);
          } else {
            expect(headers).not.toMatch(/Signature|AWS4-HMAC-SHA256|X-Amz-Date/);
            expect(iam).not.toMatch(/Signature=/);
            expect(headers).toMatch(/Bearer bedrock-api-key-‹redacted›|Bearer ‹long-term|x-api-key: /);
          }
          expect(headers).toMatch(/redacted/);
        }
      }
    }
  });

  it('a short-term key is bound to its Region and at most 12 hours', () => {
    const t = buildTrace({ ...base, auth: 'api-key-short', region: 'eu-west-1' }, SONNET);
    expect(t.credentialSummary).toMatch(/bound to eu-west-1, valid at most 12 hours/);
    expect(t.request.notes.join(' ')).toContain('X-Amz-Expires=43200');
  });
});

describe('service tiers', () => {
  it('lanes order the waits: Reserved ≤ Priority ≤ Standard ≤ Flex, at every load', () => {
    for (const rho of [0.3, 0.6, 0.85]) {
      const waits = TIER_ORDER.map((t) => laneWaitMs(t, rho, 10));
      for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]!);
    }
    const traces = TIERS.map((tier) => buildTrace({ ...base, tier }, SONNET));
    const wait = (tier: string) => traces[TIERS.indexOf(tier as (typeof TIERS)[number])]!.latency.queueMs;
    expect(wait('reserved')).toBeLessThan(wait('priority'));
    expect(wait('priority')).toBeLessThan(wait('standard'));
    expect(wait('standard')).toBeLessThan(wait('flex'));
    // The response says which tier served it.
    const priority = buildTrace({ ...base, tier: 'priority', api: 'Converse' }, SONNET);
    expect(priority.response!.body).toMatchObject({ serviceTier: { type: 'priority' } });
    expect(priority.request.body).toMatchObject({ serviceTier: { type: 'priority' } });
  });
});

describe('quota reservation and settlement', () => {
  it('equals the quota planner’s reservation for the same inputs (one shared function)', () => {
    for (const maxUnset of [false, true]) {
      for (const cache of ['off', 'write', 'read'] as const) {
        const t = buildTrace({ ...base, api: 'Converse', maxUnset, cache, systemTokens: 2048 }, SONNET);
        const total = t.cache.fresh + t.cache.read + t.cache.write;
        const plan = planQuota({
          peakRequestsPerMinute: 1,
          averageRequestsPerMinute: null,
          inputTokens: total,
          outputTokens: t.usage!.outputTokens,
          maxTokens: maxUnset ? null : base.maxTokens,
          cacheReadShare: t.cache.read / total,
          cacheWriteShare: t.cache.write / total,
          model: t.quota.model,
          tier: 'standard',
          quotaTokensPerMinute: null,
          holdSeconds: 60,
        });
        expect(t.quota.breakdown.reserved).toBe(plan.perRequest.reserved);
        expect(t.quota.breakdown.settled).toBe(plan.perRequest.settled);
      }
    }
  });

  it('max tokens unset reserves the model’s maximum, so fewer requests fit the quota', () => {
    const set = buildTrace({ ...base, api: 'Converse' }, SONNET);
    const unset = buildTrace({ ...base, api: 'Converse', maxUnset: true }, SONNET);
    expect(unset.quota.breakdown.maxTokens).toBe(64000);
    expect(unset.quota.breakdown.reserved).toBeGreaterThan(set.quota.breakdown.reserved);
    expect(unset.stages.find((s) => s.id === 'quota')!.narration.text).toMatch(/throttles sooner/);
    // Claude 4.x burns output 5× at settlement.
    expect(set.quota.breakdown.settled).toBe(set.quota.breakdown.input + set.usage!.outputTokens * 5);
  });
});

describe('prompt caching', () => {
  it('a cache hit lowers the time to first token and never raises the cost', () => {
    for (const sys of [1024, 4096, 20000]) {
      const off = buildTrace({ ...base, systemTokens: sys, cache: 'off' }, SONNET, null, PRICES);
      const write = buildTrace({ ...base, systemTokens: sys, cache: 'write' }, SONNET, null, PRICES);
      const read = buildTrace({ ...base, systemTokens: sys, cache: 'read' }, SONNET, null, PRICES);
      expect(read.clientFirstTokenMs!).toBeLessThan(off.clientFirstTokenMs!);
      expect(read.cost!.totalUsd!).toBeLessThanOrEqual(off.cost!.totalUsd!);
      expect(write.cost!.totalUsd!).toBeGreaterThan(off.cost!.totalUsd!);
      expect(read.usage).toMatchObject({ cacheReadTokens: sys, cacheWriteTokens: 0 });
      expect(write.usage).toMatchObject({ cacheReadTokens: 0, cacheWriteTokens: sys });
    }
  });

  it('a prefix below the model’s minimum is not cached', () => {
    const t = buildTrace({ ...base, systemTokens: 500, cache: 'read' }, SONNET);
    expect(t.cache.effective).toBe(false);
    expect(t.usage!.cacheReadTokens).toBe(0);
    expect(t.notices.join(' ')).toMatch(/below the model’s minimum of 1,024/);
  });
});

describe('guardrail interventions', () => {
  it('a blocked prompt ends before the model with stopReason guardrail_intervened (HTTP 200)', () => {
    const t = buildTrace({ ...base, api: 'Converse', failure: 'guardrail-input' }, SONNET);
    expect(t.outcome.ok).toBe(true);
    expect(t.intervention).toBe('input');
    expect(t.stages.map((s) => s.id)).not.toContain('inference');
    expect(t.response!.body).toMatchObject({ stopReason: 'guardrail_intervened' });
    const out = buildTrace({ ...base, api: 'Converse', failure: 'guardrail-output' }, SONNET);
    expect(out.stages.map((s) => s.id)).toContain('inference');
    expect(out.response!.body).toMatchObject({ stopReason: 'guardrail_intervened' });
  });
});

describe('latency per model from the GPU serving profiles', () => {
  it('Haiku decodes faster than Opus; a MoE model faster than a dense one of similar total size', () => {
    const speed = (catalogId: string) => servingProfileFor(catalogId).decodeTokensPerSecond;
    expect(speed('claude-haiku-4-5')).toBeGreaterThan(speed('claude-opus-4-5'));
    // Llama 4 Maverick (MoE, ~400B total, 17B active) against Llama 3.1 405B (dense): decode reads only the active experts.
    expect(speed('llama-4-maverick-17b-instruct')).toBeGreaterThan(speed('llama-3-1-405b-instruct'));
    const t = buildTrace({ ...base, modelId: GPT_OSS.modelId }, GPT_OSS);
    expect(t.speedLabel.length).toBeGreaterThan(0);
  });
});
