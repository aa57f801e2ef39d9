import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breakEven,
  breakEvenUtilisation,
  costPer1MAtMaxLoad,
  costPer1MAtUtilisation,
  crossovers,
  ownServerMonthly,
  ownVsRentHours,
  realisedUtilisation,
  rentServerMonthly,
  requestsPerDay,
  selfHostMonthly,
  selfHostSteps,
  serversNeeded,
  staffMonthly,
  tokensPerMonthFromRequests,
  tokensPerServerMonth,
  apiMonthly,
  type SelfHostInputs,
} from './self-hosting.ts';

const base: SelfHostInputs = {
  mode: 'rent',
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
  throughputTokensPerSecond: 24_528.3,
  maxLoad: 1,
  peakToAverage: 1,
  redundantServers: 0,
  staffFte: 0,
  costPerFtePerYear: 200_000,
  otherMonthly: 0,
};

describe('worked example 1: renting a p5 against Bedrock Llama 3.3 70B at $0.72/M', () => {
  it('serves 88,301,880 tokens an hour at MLPerf throughput', () => {
    expect(tokensPerServerMonth({ ...base, hoursPerMonth: 1 })).toBeCloseTo(88_301_880, 0);
  });
  it('breaks even at 86.57 % utilisation', () => {
    expect(breakEvenUtilisation(base, 0.72)).toBeCloseTo(0.8657, 4);
  });
  it('costs $1.0389/M at 60 % and $0.6233/M at 100 %', () => {
    const node = rentServerMonthly(base).total;
    const k = tokensPerServerMonth(base);
    expect(costPer1MAtUtilisation(node, k, 0.6)).toBeCloseTo(1.0389, 4);
    expect(costPer1MAtUtilisation(node, k, 1)).toBeCloseTo(0.6233, 4);
  });
  it('at vLLM 0.5.4 throughput costs $5.9425/M even when full, so it never breaks even', () => {
    const slow = { ...base, throughputTokensPerSecond: 2572.8 };
    expect(costPer1MAtMaxLoad(slow)).toBeCloseTo(5.9425, 4);
    expect(breakEven(slow, 0.72).kind).toBe('never');
  });
  it('the per-GPU rent basis gives the same bill as the instance price', () => {
    expect(rentServerMonthly({ ...base, rentBasis: 'gpu' }).total).toBeCloseTo(rentServerMonthly(base).total, 6);
  });
});

describe('worked example 2: owning two 8×H100 servers', () => {
  const own: SelfHostInputs = { ...base, mode: 'buy', throughputTokensPerSecond: 8000, staffFte: 0.5 };
  it('costs $7,454.01 a server a month: $5,000 depreciation, $576.60 power, $1,877.41 colocation', () => {
    const c = ownServerMonthly(own);
    expect(c.depreciation).toBeCloseTo(5000, 2);
    expect(c.power).toBeCloseTo(576.6, 2);
    expect(c.colocation).toBeCloseTo(1877.41, 2);
    expect(c.total).toBeCloseTo(7454.01, 2);
    expect(staffMonthly(own)).toBeCloseTo(8333.33, 2);
  });
  it('two servers and half an engineer cost $23,241.36 a month and hold 42.048B tokens', () => {
    const t = 21.024e9 * 2; // exactly two servers' capacity
    expect(serversNeeded(own, t)).toBe(2);
    expect(selfHostMonthly(own, t)).toBeCloseTo(23_241.36, 1);
    expect(2 * tokensPerServerMonth(own)).toBeCloseTo(42.048e9, -3);
  });
  it('at 50 % of two servers costs $1.1055/M', () => {
    const total = 2 * ownServerMonthly(own).total + staffMonthly(own);
    expect(costPer1MAtUtilisation(total, 2 * tokensPerServerMonth(own), 0.5)).toBeCloseTo(1.1055, 4);
  });
  it('breaks even with Llama 3.3 70B at 32.28B tokens/month, 76.8 % of the two servers', () => {
    const b = breakEven(own, 0.72);
    expect(b.kind).toBe('volume');
    if (b.kind !== 'volume') return;
    expect(b.tokensPerMonth / 1e9).toBeCloseTo(32.28, 2);
    expect(b.servers).toBe(2);
    expect(realisedUtilisation(own, b.tokensPerMonth)).toBeCloseTo(0.768, 3);
  });
  it('against a $6/M blend the fixed two-server fleet breaks even at 3.87B tokens', () => {
    const total = 2 * ownServerMonthly(own).total + staffMonthly(own);
    expect(total / 6e-6 / 1e9).toBeCloseTo(3.87, 2);
  });
  it('2b: own vs rent at $2.99 is 311.6 GPU-hours (no staff) and 1,008.4 with 1 FTE per 8 GPUs', () => {
    const c = ownServerMonthly(own).total;
    expect(c / 8).toBeCloseTo(931.75, 2);
    expect(ownVsRentHours(c, 8, 2.99)).toBeCloseTo(311.6, 1);
    expect(ownVsRentHours(c, 8, 2.99, 200_000 / 12, 8)).toBeCloseTo(1008.4, 1);
    expect(ownVsRentHours(c, 8, 6.88)).toBeCloseTo(135.4, 1);
    expect(ownVsRentHours(c, 8, 6.88, 200_000 / 12, 8)).toBeCloseTo(438.2, 1);
  });
});

describe('volume conversions', () => {
  it('requests a day and tokens a month are inverse', () => {
    const t = tokensPerMonthFromRequests(100_000, 1300, 730);
    expect(requestsPerDay(t, 1300, 730)).toBeCloseTo(100_000, 6);
    expect(t).toBeCloseTo(100_000 * 1300 * 730 / 24, 0);
  });
});

const inputsArb = fc.record({
  mode: fc.constantFrom('rent' as const, 'buy' as const),
  hoursPerMonth: fc.constantFrom(720, 730, 744),
  gpusPerServer: fc.integer({ min: 1, max: 16 }),
  rentBasis: fc.constantFrom('gpu' as const, 'instance' as const),
  gpuPricePerHour: fc.double({ min: 0.5, max: 20, noNaN: true }),
  instancePricePerHour: fc.double({ min: 1, max: 150, noNaN: true }),
  serverPrice: fc.double({ min: 10_000, max: 600_000, noNaN: true }),
  amortizationYears: fc.double({ min: 1, max: 8, noNaN: true }),
  powerKw: fc.double({ min: 0.5, max: 15, noNaN: true }),
  powerDrawShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
  pue: fc.double({ min: 1, max: 2, noNaN: true }),
  electricityPerKwh: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
  coloPerKwMonth: fc.double({ min: 0, max: 400, noNaN: true }),
  throughputTokensPerSecond: fc.double({ min: 100, max: 50_000, noNaN: true }),
  maxLoad: fc.double({ min: 0.1, max: 1, noNaN: true }),
  peakToAverage: fc.double({ min: 1, max: 5, noNaN: true }),
  redundantServers: fc.integer({ min: 0, max: 3 }),
  staffFte: fc.double({ min: 0, max: 3, noNaN: true }),
  costPerFtePerYear: fc.double({ min: 0, max: 400_000, noNaN: true }),
  otherMonthly: fc.double({ min: 0, max: 20_000, noNaN: true }),
});
const priceArb = fc.double({ min: 0.01, max: 80, noNaN: true });

function volumeOf(i: SelfHostInputs, p: number): number {
  const b = breakEven(i, p);
  return b.kind === 'never' ? Infinity : b.tokensPerMonth;
}

describe('properties', () => {
  it('break-even volume rises with server cost', () => {
    fc.assert(
      fc.property(inputsArb, priceArb, fc.double({ min: 1.01, max: 3, noNaN: true }), (i, p, f) => {
        const dearer = { ...i, gpuPricePerHour: i.gpuPricePerHour * f, instancePricePerHour: i.instancePricePerHour * f, serverPrice: i.serverPrice * f };
        expect(volumeOf(dearer, p)).toBeGreaterThanOrEqual(volumeOf(i, p) * (1 - 1e-9));
      }),
    );
  });

  it('break-even volume falls as the API price rises', () => {
    fc.assert(
      fc.property(inputsArb, priceArb, fc.double({ min: 1.01, max: 3, noNaN: true }), (i, p, f) => {
        expect(volumeOf(i, p * f)).toBeLessThanOrEqual(volumeOf(i, p) * (1 + 1e-9));
      }),
    );
  });

  it('"never" exactly when the per-token cost at max load is at or above the API price', () => {
    fc.assert(
      fc.property(inputsArb, priceArb, (i, p) => {
        expect(breakEven(i, p).kind === 'never').toBe(costPer1MAtMaxLoad(i) >= p);
      }),
    );
  });

  it('the self-hosting cost is a non-decreasing step function of volume', () => {
    fc.assert(
      fc.property(inputsArb, fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 2, maxLength: 30 }), (i, volumes) => {
        const sorted = [...volumes].sort((a, b) => a - b);
        const costs = sorted.map((t) => selfHostMonthly(i, t));
        for (let k = 1; k < costs.length; k++) expect(costs[k]!).toBeGreaterThanOrEqual(costs[k - 1]!);
        // Steps: cost takes only the values fixed + n·C_node.
        const steps = new Set(sorted.map((t) => serversNeeded(i, t)));
        expect(new Set(costs).size).toBeLessThanOrEqual(steps.size);
      }),
    );
  });

  it('the break-even volume is where the cheaper option first changes, and self-hosting wins just above it', () => {
    fc.assert(
      fc.property(inputsArb, priceArb, (i, p) => {
        const b = breakEven(i, p);
        if (b.kind === 'never') return;
        const t = b.tokensPerMonth;
        const above = t * (1 + 1e-7);
        expect(selfHostMonthly(i, above)).toBeLessThan(apiMonthly(p, above) * (1 + 1e-6));
        const below = t * (1 - 1e-6);
        expect(selfHostMonthly(i, below)).toBeGreaterThanOrEqual(apiMonthly(p, below) * (1 - 1e-6));
        expect(b.sustainedFromTokensPerMonth).toBeGreaterThanOrEqual(t * (1 - 1e-9));
        const list = crossovers(i, p, b.sustainedFromTokensPerMonth * 1.5 + 1, 100_000);
        if (list.length > 0) expect(list[0]!.tokensPerMonth / t).toBeCloseTo(1, 6);
      }),
    );
  });

  it('the drawn staircase starts at the first server and never steps down', () => {
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 1e6, max: 1e11, noNaN: true }), (i, max) => {
        const steps = selfHostSteps(i, max);
        expect(steps[0]!.tokensPerMonth).toBe(0);
        for (let k = 1; k < steps.length; k++) expect(steps[k]!.cost).toBeGreaterThan(steps[k - 1]!.cost);
      }),
    );
  });
});
