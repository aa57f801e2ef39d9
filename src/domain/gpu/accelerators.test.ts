import { describe, expect, it } from 'vitest';
import { A100_80GB, ACCELERATORS, B200, GB200, H100_SXM, H200, INFERENTIA2, L4, L40S, pricePerAcceleratorHour, TRAINIUM2 } from './accelerators.ts';

const T = 1e12;
const GIB = 2 ** 30;

describe('accelerator constants equal the reference (gpu-models-benchmarks-2026.md §1)', () => {
  // [accelerator, memory bytes, bandwidth B/s, dense BF16, FP8, FP4, link B/s, TDP W]
  const table = [
    [H100_SXM, 80e9, 3.35 * T, 989.4 * T, 1978.9 * T, null, 900e9, 700],
    [H200, 141e9, 4.8 * T, 989 * T, 1979 * T, null, 900e9, 700],
    [B200, 180e9, 8 * T, 2250 * T, 4500 * T, 9000 * T, 1800e9, 1000],
    [GB200, 186e9, 8 * T, 2500 * T, 5000 * T, 10000 * T, 1800e9, 1200],
    [A100_80GB, 80e9, 2.039 * T, 312 * T, null, null, 600e9, 400],
    [L40S, 48e9, 864e9, 362 * T, 733 * T, null, 64e9, 350],
    [L4, 24e9, 300e9, 121 * T, null, null, null, 72],
    [TRAINIUM2, 96 * GIB, 2.9 * T, 667 * T, 1299 * T, null, null, null],
    [INFERENTIA2, 32 * GIB, 820 * GIB, 190 * T, 190 * T, null, null, null],
  ] as const;

  it.each(table)('%s', (a, mem, bw, bf16, fp8, fp4, link, tdp) => {
    expect(a.memoryBytes).toBeCloseTo(mem, -6);
    expect(a.memoryBandwidth).toBeCloseTo(bw, -6);
    expect(a.denseFlops.bf16).toBeCloseTo(bf16, -9);
    if (fp8 === null) expect(a.denseFlops.fp8).toBeNull();
    else expect(a.denseFlops.fp8).toBeCloseTo(fp8, -9);
    if (fp4 === null) expect(a.denseFlops.fp4).toBeNull();
    else expect(a.denseFlops.fp4).toBeCloseTo(fp4, -9);
    expect(a.interconnect.bytesPerSecond).toBe(link);
    expect(a.tdpWatts).toBe(tdp);
  });

  it('lists all nine accelerators once each', () => {
    expect(ACCELERATORS).toHaveLength(9);
    expect(new Set(ACCELERATORS.map((a) => a.id)).size).toBe(9);
  });

  it('shows the conflicting values the reference marks', () => {
    expect(B200.conflicts.map((c) => c.other)).toEqual(expect.arrayContaining(['192 GB', '7.7 TB/s']));
    expect(GB200.conflicts.some((c) => c.other === '192 GB')).toBe(true);
    expect(TRAINIUM2.conflicts.some((c) => c.other === '3 TB/s')).toBe(true);
  });

  it('prices per accelerator-hour come from the sourced EC2 rows (§1.2), none invented', () => {
    expect(pricePerAcceleratorHour(H100_SXM)!.usd).toBeCloseTo(6.88, 2);
    expect(pricePerAcceleratorHour(H200)!.usd).toBeCloseTo(7.912, 3);
    expect(pricePerAcceleratorHour(B200)!.usd).toBeCloseTo(14.2416, 3);
    expect(pricePerAcceleratorHour(A100_80GB)!.usd).toBeCloseTo(3.43, 2);
    expect(pricePerAcceleratorHour(L40S)!.usd).toBeCloseTo(3.766, 3);
    expect(pricePerAcceleratorHour(L4)!.usd).toBeCloseTo(1.669, 3);
    expect(pricePerAcceleratorHour(TRAINIUM2)).toBeNull();
    expect(pricePerAcceleratorHour(INFERENTIA2)).toBeNull();
    expect(pricePerAcceleratorHour(GB200)).toBeNull();
  });
});
