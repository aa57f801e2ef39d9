import { describe, expect, it } from 'vitest';
import { QuotaMeter, RefillingBucket } from './quota-meter.ts';

describe('refilling bucket', () => {
  it('refills a minute’s worth per minute up to capacity', () => {
    const b = new RefillingBucket(600, 60);
    expect(b.tryTake(0, 600)).toBe(true);
    expect(b.tryTake(0, 1)).toBe(false);
    expect(b.available(30)).toBeCloseTo(300, 9);
    expect(b.available(1000)).toBe(600);
  });

  it('can be overdrawn by a settlement larger than the reservation', () => {
    const b = new RefillingBucket(600, 60);
    b.tryTake(0, 500);
    b.adjust(0, -300);
    expect(b.available(0)).toBe(-200);
    expect(b.tryTake(10, 1)).toBe(false);
    expect(b.available(30)).toBeCloseTo(100, 9);
  });
});

describe('quota meter', () => {
  it('admits AWS’s example: 31 reservations of 64,500 fit in 2,000,000 TPM, the 32nd is throttled', () => {
    const m = new QuotaMeter({ tokensPerMinute: 2_000_000, tokensPerDay: null, requestsPerMinute: null });
    for (let i = 0; i < 31; i++) expect(m.reserve(0, 64_500)).toBeNull();
    expect(m.reserve(0, 64_500)).toBe('tokens-per-minute');
    expect(m.outstanding).toBe(31 * 64_500);
  });

  it('admits 1,333 reservations of 1,500 at once and refuses the 1,334th', () => {
    const m = new QuotaMeter({ tokensPerMinute: 2_000_000, tokensPerDay: null, requestsPerMinute: null });
    let admitted = 0;
    while (m.reserve(0, 1500) === null) admitted++;
    expect(admitted).toBe(1333);
  });

  it('hands back the unused reservation at settlement, so the next request fits', () => {
    const m = new QuotaMeter({ tokensPerMinute: 100_000, tokensPerDay: null, requestsPerMinute: null });
    expect(m.reserve(0, 64_500)).toBeNull();
    expect(m.reserve(0, 64_500)).toBe('tokens-per-minute');
    m.settle(0, 64_500, 2000);
    expect(m.reserve(0, 64_500)).toBeNull();
    expect(m).toMatchObject({ outstanding: 64_500, reservedTotal: 129_000, settledTotal: 2000 });
  });

  it('enforces tokens per day and the historical requests-per-minute knob', () => {
    const day = new QuotaMeter({ tokensPerMinute: 1_000_000, tokensPerDay: 1500, requestsPerMinute: null });
    expect(day.reserve(0, 1000)).toBeNull();
    expect(day.reserve(0, 1000)).toBe('tokens-per-day');
    const rpm = new QuotaMeter({ tokensPerMinute: null, tokensPerDay: null, requestsPerMinute: 2 });
    expect(rpm.reserve(0, 1)).toBeNull();
    expect(rpm.reserve(0, 1)).toBeNull();
    expect(rpm.reserve(0, 1)).toBe('requests-per-minute');
    expect(rpm.reserve(30, 1)).toBeNull();
  });

  it('takes nothing from any bucket when one refuses', () => {
    const m = new QuotaMeter({ tokensPerMinute: 1000, tokensPerDay: 1000, requestsPerMinute: 1 });
    expect(m.reserve(0, 2000)).toBe('tokens-per-minute');
    expect(m.reserve(0, 1000)).toBeNull();
  });
});
