import { describe, expect, it } from 'vitest';
import { sensitivity } from './sensitivity.ts';
import type { SelfHostInputs } from './self-hosting.ts';

const rent: SelfHostInputs = {
  mode: 'rent',
  hoursPerMonth: 730,
  gpusPerServer: 8,
  rentBasis: 'gpu',
  gpuPricePerHour: 6.88,
  instancePricePerHour: 55.04,
  serverPrice: 310_000,
  amortizationYears: 5,
  powerKw: 10.2,
  powerDrawShare: 0.75,
  pue: 1.25,
  electricityPerKwh: 0.0826,
  coloPerKwMonth: 184.06,
  throughputTokensPerSecond: 32_000,
  maxLoad: 0.75,
  peakToAverage: 1,
  redundantServers: 1,
  staffFte: 1,
  costPerFtePerYear: 200_000,
  otherMonthly: 0,
};

describe('sensitivity (tornado)', () => {
  it('moves the break-even the expected way for each input', () => {
    const { base, rows } = sensitivity(rent, 0.72);
    expect(Number.isFinite(base)).toBe(true);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('gpuPrice').atLow).toBeLessThan(base);
    expect(row('gpuPrice').atHigh).toBeGreaterThan(base);
    expect(row('throughput').atLow).toBeGreaterThan(base);
    expect(row('throughput').atHigh).toBeLessThan(base);
    expect(row('apiPrice').atLow).toBeGreaterThan(base);
    expect(row('staff').atLow).toBeLessThan(base);
    // Buy-only inputs are not shown when renting.
    expect(rows.find((r) => r.key === 'pue')).toBeUndefined();
  });

  it('sorts the widest swing first and counts "never" as widest', () => {
    const { rows } = sensitivity(rent, 0.72);
    // At ×0.3 throughput a server costs more per token than the API: never.
    expect(rows[0]!.key).toBe('throughput');
    expect(rows[0]!.atLow).toBe(Infinity);
    const finite = rows.filter((r) => Number.isFinite(r.atLow) && Number.isFinite(r.atHigh));
    for (let k = 1; k < finite.length; k++) {
      expect(Math.abs(finite[k]!.atHigh - finite[k]!.atLow)).toBeLessThanOrEqual(Math.abs(finite[k - 1]!.atHigh - finite[k - 1]!.atLow));
    }
  });

  it('shows the buy-side inputs when owning', () => {
    const keys = sensitivity({ ...rent, mode: 'buy' }, 0.72).rows.map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['serverPrice', 'pue', 'electricity', 'colo', 'amortization']));
    expect(keys).not.toContain('gpuPrice');
  });
});
