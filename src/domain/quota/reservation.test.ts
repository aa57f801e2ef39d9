import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputBurndown } from './burndown.ts';
import { BURNDOWN_ON_RESERVATION_DEFAULT, quotaBreakdown, reservationTokens, settlementTokens, splitPrompt, type QuotaModel } from './reservation.ts';

const sonnet: QuotaModel = { maxOutputTokens: 64_000, outputBurndown: 5, burndownOnReservation: BURNDOWN_ON_RESERVATION_DEFAULT };

describe('reservation at admission', () => {
  it('reserves input + max_tokens as in AWS’s example: 500 input, max 1,000 → 1,500', () => {
    expect(reservationTokens({ inputTokens: 500, cacheReadTokens: 0, cacheWriteTokens: 0, maxTokens: 1000 }, sonnet)).toBe(1500);
  });

  it('reserves the model’s maximum output when max_tokens is unset: 500 + 64,000 = 64,500', () => {
    expect(reservationTokens({ inputTokens: 500, cacheReadTokens: 0, cacheWriteTokens: 0, maxTokens: null }, sonnet)).toBe(64_500);
  });

  it('counts cache reads and writes in the reservation', () => {
    expect(reservationTokens({ inputTokens: 100, cacheReadTokens: 2000, cacheWriteTokens: 300, maxTokens: 400 }, sonnet)).toBe(2800);
  });

  it('multiplies max_tokens by the burndown only when the unknown knob is on', () => {
    expect(BURNDOWN_ON_RESERVATION_DEFAULT).toBe(false);
    expect(reservationTokens({ inputTokens: 500, cacheReadTokens: 0, cacheWriteTokens: 0, maxTokens: 1000 }, { ...sonnet, burndownOnReservation: true })).toBe(5500);
  });
});

describe('settlement at completion', () => {
  it('reproduces the zenn 5× arithmetic: 10,000 output tokens burn 50,000; 20,000 burn 100,000', () => {
    const m = { ...sonnet, outputBurndown: outputBurndown('claude-sonnet-4').multiplier };
    expect(settlementTokens({ inputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, outputTokens: 10_000 }, m)).toBe(50_000);
    expect(settlementTokens({ inputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, outputTokens: 20_000 }, m)).toBe(100_000);
  });

  it('releases cache reads and counts cache writes', () => {
    const b = quotaBreakdown({ inputTokens: 100, cacheReadTokens: 2000, cacheWriteTokens: 300, maxTokens: 400 }, 200, sonnet);
    expect(b.settled).toBe(100 + 300 + 200 * 5);
    expect(b.released).toBe(b.reserved - b.settled);
    expect(b.reserved).toBe(2800);
  });

  it('counts output 1:1 for models without burndown', () => {
    const llama: QuotaModel = { maxOutputTokens: 8192, outputBurndown: 1, burndownOnReservation: false };
    expect(settlementTokens({ inputTokens: 500, cacheReadTokens: 0, cacheWriteTokens: 0, outputTokens: 700 }, llama)).toBe(1200);
  });

  it('settles to no more than it reserved when the burndown is on the reservation and output ≤ max_tokens', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 64_000 }), fc.integer({ min: 1, max: 5 }), (input, read, write, max, burn) => {
        const m: QuotaModel = { maxOutputTokens: 64_000, outputBurndown: burn, burndownOnReservation: true };
        const req = { inputTokens: input, cacheReadTokens: read, cacheWriteTokens: write, maxTokens: max };
        for (const out of [0, Math.floor(max / 2), max]) {
          const s = settlementTokens({ inputTokens: input, cacheReadTokens: read, cacheWriteTokens: write, outputTokens: out }, m);
          expect(s).toBeLessThanOrEqual(reservationTokens(req, m));
        }
      }),
    );
  });
});

describe('prompt split', () => {
  it('splits a prompt into fresh, cache-read and cache-write tokens', () => {
    expect(splitPrompt(1000, 0.6, 0.2)).toEqual({ fresh: 200, cacheRead: 600, cacheWrite: 200 });
    expect(splitPrompt(1000, 0.8, 0.5)).toEqual({ fresh: 0, cacheRead: 800, cacheWrite: 200 });
    expect(splitPrompt(1000, Number.NaN, -1)).toEqual({ fresh: 1000, cacheRead: 0, cacheWrite: 0 });
  });
});
