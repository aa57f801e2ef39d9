import { describe, expect, it } from 'vitest';
import { grossMargin, ownedServeCostRange, serveCostPer1M } from './serve-cost.ts';
import type { SelfHostInputs } from './self-hosting.ts';
import { DEFAULTS } from './defaults.ts';

// Worked example 2 of the TCO reference: two owned 8×H100 servers, 8,000 tok/s each, half an engineer.
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

describe('what a token costs to serve', () => {
  it('reproduces worked example 2: two servers at 50 % cost $1.1055 per 1M', () => {
    const c = serveCostPer1M({ inputs: own, servers: 2, utilization: 0.5 });
    expect(c.total).toBeCloseTo(1.1055, 4);
    // Hardware $5,000, power $576.60, colocation $1,877.41 a server; staff $4,166.67 a server; 10.512B tokens.
    expect(c.hardware).toBeCloseTo((5000 / 10.512e9) * 1e6, 6);
    expect(c.power).toBeCloseTo((576.6 / 10.512e9) * 1e6, 4);
    expect(c.facility).toBeCloseTo((1877.41 / 10.512e9) * 1e6, 4);
    expect(c.staff).toBeCloseTo((8333.33 / 2 / 10.512e9) * 1e6, 4);
    expect(c.rent).toBe(0);
  });

  it('renting at p5’s price costs what worked example 1 says at full use: $0.6233 per 1M at MLPerf throughput', () => {
    const rent = { ...own, mode: 'rent' as const, throughputTokensPerSecond: 24_528.3, staffFte: 0 };
    expect(serveCostPer1M({ inputs: rent, servers: 1, utilization: 1 }).total).toBeCloseTo(0.6233, 4);
    expect(serveCostPer1M({ inputs: rent, servers: 1, utilization: 0.6 }).total).toBeCloseTo(1.0389, 4);
  });

  it('halving the utilization doubles the cost per token; staff thins out over more servers', () => {
    const a = serveCostPer1M({ inputs: own, servers: 2, utilization: 0.8 });
    const b = serveCostPer1M({ inputs: own, servers: 2, utilization: 0.4 });
    expect(b.total).toBeCloseTo(2 * a.total, 9);
    expect(serveCostPer1M({ inputs: own, servers: 20, utilization: 0.8 }).staff).toBeCloseTo(a.staff / 10, 9);
  });

  it('gross margin is the share of the price left after cost', () => {
    expect(grossMargin(0.72, 0.36)).toBeCloseTo(0.5, 12);
    expect(grossMargin(0.72, 1.44)).toBeCloseTo(-1, 12);
    expect(grossMargin(0, 1)).toBeNaN();
  });

  it('the range spans the sourced ranges around the defaults, and keeps a value the user chose', () => {
    const defaults = { ...own, serverPrice: DEFAULTS.serverPrice.value, costPerFtePerYear: DEFAULTS.costPerFtePerYear.value };
    const mid = serveCostPer1M({ inputs: defaults, servers: 2, utilization: 0.5 }).total;
    const { cheapest, dearest } = ownedServeCostRange({ inputs: defaults, servers: 2, utilization: 0.5 });
    expect(cheapest.total).toBeLessThan(mid);
    expect(dearest.total).toBeGreaterThan(mid);
    // Cheapest hardware: $270k over 6 years.
    expect(cheapest.hardware).toBeCloseTo((270_000 / 72 / (8000 * 3600 * 730 * 0.5)) * 1e6, 6);
    const mine = ownedServeCostRange({ inputs: { ...defaults, serverPrice: 500_000 }, servers: 2, utilization: 0.5 });
    expect(mine.cheapest.hardware * 6).toBeCloseTo(mine.dearest.hardware * 4, 9); // same price, 6 vs 4 years
  });
});
