import { describe, expect, it } from 'vitest';
import { quotaIncreaseText } from './increase-request.ts';
import { DEFAULT_HOLD_SECONDS, planQuota, type PlannerInput } from './planner.ts';

const awsExample: PlannerInput = {
  peakRequestsPerMinute: 1000,
  averageRequestsPerMinute: null,
  inputTokens: 500,
  outputTokens: 300,
  maxTokens: 1000,
  cacheReadShare: 0,
  cacheWriteShare: 0,
  model: { maxOutputTokens: 64_000, outputBurndown: 5, burndownOnReservation: false },
  tier: 'standard',
  quotaTokensPerMinute: 2_000_000,
  holdSeconds: DEFAULT_HOLD_SECONDS,
};

describe('the quota planner', () => {
  it('reproduces AWS’s example: 2,000,000 TPM, 500 input, max_tokens 1,000 → 1,333 requests in flight', () => {
    const r = planQuota(awsExample);
    expect(r.perRequest.reserved).toBe(1500);
    expect(r.requestsInFlight).toBe(1333);
    expect(r.lines.join('\n')).toContain('2,000,000 TPM ÷ 1,500 reserved = 1,333.3 → 1,333');
  });

  it('reproduces AWS’s example with max_tokens unset: 64,500 reserved → 31 requests in flight', () => {
    const r = planQuota({ ...awsExample, maxTokens: null });
    expect(r.perRequest.reserved).toBe(64_500);
    expect(r.perRequest.maxTokensUnset).toBe(true);
    expect(r.requestsInFlight).toBe(31);
    expect(r.lines[0]).toContain('max_tokens unset');
  });

  it('states the example’s one-minute assumption', () => {
    expect(planQuota(awsExample).assumptions[0]).toContain('held about a minute');
  });

  it('asks for the larger of settled burn and held reservations', () => {
    // 100 requests/min, 2,000 input, 500 output at 5×, max_tokens 1,000: settled 4,500, reserved 3,000.
    const r = planQuota({ ...awsExample, peakRequestsPerMinute: 100, inputTokens: 2000, outputTokens: 500, maxTokens: 1000, quotaTokensPerMinute: null });
    expect(r.steadyTpm).toBe(450_000);
    expect(r.peakTpm).toBe(300_000);
    expect(r.tpmToRequest).toBe(450_000);
    expect(r.tokensPerDay).toBe(450_000 * 1440);
    // Against its own request, the settled burn binds: 100 requests/min.
    expect(r.requestsPerMinuteAdmitted).toBeCloseTo(100, 9);
  });

  it('prices max_tokens headroom in TPM and in requests in flight', () => {
    const r = planQuota({ ...awsExample, maxTokens: null });
    // Unset reserves 64,500; max_tokens = output (300) would reserve 800.
    expect(r.headroom.extraTokensPerRequest).toBe(64_000 - 300);
    expect(r.headroom.requestsInFlightWithoutHeadroom).toBe(2500);
    expect(r.headroom.requestsInFlightLost).toBe(2500 - 31);
    expect(r.headroom.extraPeakTpm).toBe(1000 * 63_700);
  });

  it('scales peak TPM with how long reservations are held', () => {
    const minute = planQuota(awsExample);
    const tenSeconds = planQuota({ ...awsExample, holdSeconds: 10 });
    expect(tenSeconds.peakTpm).toBeCloseTo(minute.peakTpm / 6, 6);
    expect(tenSeconds.assumptions[0]).toContain('10 s');
  });

  it('uses cache shares: reads reserved then released, writes settled', () => {
    const r = planQuota({ ...awsExample, inputTokens: 1000, cacheReadShare: 0.5, cacheWriteShare: 0.1, maxTokens: 300 });
    expect(r.perRequest).toMatchObject({ input: 400, cacheRead: 500, cacheWrite: 100, reserved: 1300, settled: 400 + 100 + 1500 });
  });

  it('warns about impossible settings', () => {
    expect(planQuota({ ...awsExample, maxTokens: 100 }).warnings[0]).toContain('cut off');
    expect(planQuota({ ...awsExample, maxTokens: 100_000 }).warnings[0]).toContain('ValidationException');
  });

  it('gives the Reserved tier its input and output TPM', () => {
    const r = planQuota({ ...awsExample, tier: 'reserved', inputTokens: 1000, cacheWriteShare: 0.2 });
    expect(r.reservedTier).toEqual({ inputTpm: 1000 * 1000, outputTpm: 1000 * 300 });
    expect(planQuota(awsExample).reservedTier).toBeNull();
  });

  it('writes a quota-increase request with the model, Region, endpoint and figures', () => {
    const plan = planQuota({ ...awsExample, quotaTokensPerMinute: null });
    const text = quotaIncreaseText({ modelName: 'Claude Sonnet 4.6', modelId: 'us.anthropic.claude-sonnet-4-6', region: 'us-east-1', scope: 'cross-region', averageInputTokens: 500, averageOutputTokens: 300, maxTokens: 1000, plan });
    expect(text).toContain('Cross-Region InvokeModel tokens per minute for Claude Sonnet 4.6');
    expect(text).toContain('Region us-east-1');
    expect(text).toContain('bedrock-runtime');
    expect(text).toContain(`Requested value: ${Math.ceil(plan.tpmToRequest).toLocaleString('en-US')} tokens per minute`);
    expect(text).toContain('Model invocation max tokens per day');
    expect(text).toContain('500 input tokens, 300 output tokens, max_tokens 1,000');
  });
});
