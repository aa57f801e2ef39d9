import { describe, expect, it } from 'vitest';
import { acceleratorById } from '../gpu/accelerators.ts';
import { SERVER_TO_GPU_POWER, serverDefaults } from './server-defaults.ts';

const acc = (id: string) => acceleratorById(id)!;

describe('server defaults from the chosen accelerator', () => {
  it('prices an 8×H100 server at p5’s $55.04/h = $6.88 per GPU-hour, $310k to buy, 10.2 kW', () => {
    const d = serverDefaults(acc('h100-sxm'), 8);
    expect(d.gpuPerHour!.value).toBeCloseTo(6.88, 12);
    expect(d.instancePerHour!.value).toBeCloseTo(55.04, 9);
    expect(d.serverPrice!.value).toBe(310_000);
    expect(d.powerKw!.value).toBe(10.2);
    expect(d.powerKw!.assumption).toBe(false);
  });

  it('prices B200 from p6-b200 ($113.9328/h ÷ 8) and has no sourced purchase price', () => {
    const d = serverDefaults(acc('b200'), 8);
    expect(d.gpuPerHour!.value).toBeCloseTo(14.2416, 4);
    expect(d.gpuPerHour!.source).toContain('single source');
    expect(d.serverPrice).toBeNull();
    expect(d.gaps.serverPrice).toContain('No sourced purchase price');
    // Power scaled from DGX H100, labelled an assumption: 8 × 1,000 W × 1.82.
    expect(SERVER_TO_GPU_POWER).toBeCloseTo(10.2 / 5.6, 12);
    expect(d.powerKw!.value).toBeCloseTo(8 * SERVER_TO_GPU_POWER, 2);
    expect(d.powerKw!.assumption).toBe(true);
  });

  it('says when no EC2 price or power is published (Trainium2)', () => {
    const d = serverDefaults(acc('trainium2'), 16);
    expect(d.gpuPerHour).toBeNull();
    expect(d.gaps.gpuPerHour).toContain('No EC2 price');
    expect(d.powerKw).toBeNull();
  });

  it('uses the EC2 instance of the server’s size, else scales the largest one', () => {
    expect(serverDefaults(acc('l40s'), 4).instancePerHour!.value).toBeCloseTo(10.493, 9);
    expect(serverDefaults(acc('l40s'), 2).instancePerHour!.value).toBeCloseTo((30.13 / 8) * 2, 9);
  });
});
