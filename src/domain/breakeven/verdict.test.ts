import { describe, expect, it } from 'vitest';
import { breakEven, selfHostMonthly, tokensPerMonthFromRequests, type SelfHostInputs } from './self-hosting.ts';
import { roundVolume, verdict, WHY_TWO_FIGURES } from './verdict.ts';

const own: SelfHostInputs = {
  mode: 'buy',
  hoursPerMonth: 730,
  gpusPerServer: 8,
  rentBasis: 'instance',
  gpuPricePerHour: 6.88,
  instancePricePerHour: 55.04,
  serverPrice: 300_000,
  amortizationYears: 5,
  powerKw: 10.2,
  powerDrawShare: 0.75,
  pue: 1.25,
  electricityPerKwh: 0.0826,
  coloPerKwMonth: 184.06,
  throughputTokensPerSecond: 8000,
  maxLoad: 1,
  peakToAverage: 1,
  redundantServers: 0,
  staffFte: 0.5,
  costPerFtePerYear: 200_000,
  otherMonthly: 0,
};

function at(requestsPerDay: number, inputs: SelfHostInputs, price = 0.72) {
  const volume = tokensPerMonthFromRequests(requestsPerDay, 1300, 730);
  return verdict({
    requestsPerDay,
    tokensPerRequest: 1300,
    hoursPerMonth: 730,
    selfMonthly: selfHostMonthly(inputs, volume),
    bedrockMonthly: (volume * price) / 1e6,
    bedrockPricePer1M: price,
    breakEven: breakEven(inputs, price),
    bedrockName: 'Bedrock',
  });
}

describe('the verdict in one sentence', () => {
  it('worked example 2: Bedrock cheaper at 100,000 requests a day, break-even near 820,000 (32.28B tokens)', () => {
    const v = at(100_000, own);
    expect(v.cheaper).toBe('bedrock');
    // 100,000 × 1,300 × 730/24 = 3.954B tokens: self $15,787.34 (one server + staff) vs Bedrock $2,846.99.
    expect(v.ratio).toBeCloseTo(15_787.34 / 2846.99, 3);
    expect(v.ratioText).toBe('5.5×');
    expect(v.firstBreakEvenRequestsPerDay).toBeCloseTo(32.28e9 / 1300 / (730 / 24), -3);
    expect(v.sentence).toMatch(/^At 100,000 requests a day Bedrock is 5\.5× cheaper; your own GPUs first break even near 820,000 requests a day and win at every volume above /);
    expect(v.whyTwoFigures).toBe(WHY_TWO_FIGURES);
    expect(v.sustainedRequestsPerDay!).toBeGreaterThan(v.firstBreakEvenRequestsPerDay!);
  });

  it('says when self-hosting is cheaper at the user’s volume', () => {
    const v = at(900_000, own);
    expect(v.cheaper).toBe('self-hosting');
    expect(v.sentence).toMatch(/^At 900,000 requests a day your own GPUs are \d+ % cheaper than Bedrock; they first break even near 820,000 requests a day/);
  });

  it('says never, with the cost per 1M at the safe load, when a full server costs more than Bedrock', () => {
    const v = at(100_000, { ...own, mode: 'rent', throughputTokensPerSecond: 2572.8, staffFte: 0 });
    expect(v.firstBreakEvenRequestsPerDay).toBeNull();
    expect(v.whyTwoFigures).toBeNull();
    expect(v.sentence).toContain('never break even: a full server’s tokens cost $5.94 per 1M at its safe load, more than $0.72.');
  });

  it('gives one figure when the first break-even is already for good', () => {
    // Without staff or spares, the first step that pays keeps paying.
    const v = at(100_000, { ...own, staffFte: 0 });
    expect(v.whyTwoFigures).toBeNull();
    expect(v.sentence).toMatch(/break even near [\d,.]+( million)? requests a day and win at every volume above it\.$/);
  });

  it('says what it can when no throughput is known', () => {
    const v = verdict({ requestsPerDay: 10, tokensPerRequest: 1300, hoursPerMonth: 730, selfMonthly: Number.NaN, bedrockMonthly: 1, bedrockPricePer1M: 1, breakEven: null, bedrockName: 'Bedrock' });
    expect(v.cheaper).toBe('unknown');
    expect(v.sentence).toContain('enter a throughput per server');
  });

  it('rounds volumes as a person says them', () => {
    expect(roundVolume(816_341)).toBe('820,000');
    expect(roundVolume(2_149_000)).toBe('2.1 million');
    expect(roundVolume(349_999_999)).toBe('350 million');
    expect(roundVolume(3.4e9)).toBe('3.4 billion');
    expect(roundVolume(512.4)).toBe('512');
  });
});
