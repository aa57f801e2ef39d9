import { describe, expect, it } from 'vitest';
import { servingProfileFor } from '../gpu/serving-profile.ts';
import { acceleratorOptions, servingChoice } from './serving-choice.ts';

const knobs = { model: 'claude-sonnet-4-6', accel: 'default', gpus: 0, precision: 'default' } as const;

describe('serving choice', () => {
  it('serves a catalog model by its serving profile, as the engine does', () => {
    const c = servingChoice(knobs);
    const p = servingProfileFor('claude-sonnet-4-6');
    expect(c.catalogId).toBe('claude-sonnet-4-6');
    expect(c.fits).toBe(true);
    expect(c.profile.deployment.tensorParallel).toBe(p.deployment.tensorParallel);
    expect(c.server).toContain(p.deployment.gpu.name);
    expect(c.server).toContain(p.label);
    expect(c.refusal).toBe('');
  });

  it('refuses a model that does not fit with the numbers, and marks it in the accelerator list', () => {
    // Llama 3.1 405B in BF16 on one L4 (24 GB): weights alone are ~810 GB.
    const knobs405 = { model: 'llama-3-1-405b-instruct', accel: 'l4', gpus: 1, precision: 'bf16' } as const;
    const c = servingChoice(knobs405);
    expect(c.fits).toBe(false);
    expect(c.refusal).toMatch(/does not fit on 1 × NVIDIA L4 24 GB: weights [\d.]+ GB \(BF16\)/);
    expect(c.refusal).toMatch(/> usable [\d.]+ GB/);
    const l4 = acceleratorOptions(knobs405).find((a) => a.value === 'l4')!;
    expect(l4.fits).toBe(false);
    expect(l4.label).toMatch(/does not fit/);
    expect(l4.detail).toBe(c.refusal);
  });

  it('lists every accelerator with its own smallest server when no GPU count is set', () => {
    const list = acceleratorOptions({ ...knobs, model: 'llama-3-1-70b-instruct' });
    expect(list[0]!.value).toBe('default');
    expect(list.length).toBeGreaterThan(5);
    const h100 = list.find((a) => a.value === 'h100-sxm')!;
    expect(h100.fits).toBe(true);
    expect(h100.detail).toMatch(/^\d × NVIDIA H100/);
    for (const a of list) expect(a.fits ? a.detail : a.label).not.toBe('');
  });

  it('reads older links that name an architecture', () => {
    const c = servingChoice({ ...knobs, model: 'llama-3.1-8b' });
    expect(c.catalogId).toBe('llama-3-1-8b-instruct');
    expect(c.fits).toBe(true);
  });


  it('says how close a modelled speed came to published measurements; a calibrated stand-in has no such label', () => {
    const open = servingChoice({ ...knobs, model: 'llama-3-1-70b-instruct', accel: 'h100-sxm' });
    expect(open.validation?.text).toMatch(/^(validated within \d+ % \((held-out error; )?nearest point: .+\)|estimate: no published point nearby)$/);
    expect(servingChoice(knobs).validation).toBeNull();
  });

  it('carries each accelerator’s sourced price per GPU-hour (p5.48xlarge: $55.04 ÷ 8 = $6.88 for H100)', () => {
    const list = acceleratorOptions(knobs);
    expect(list.find((a) => a.value === 'h100-sxm')!.gpuHourUsd).toBeCloseTo(55.04 / 8, 9);
    for (const a of list) expect(a.gpuHourUsd === null || a.gpuHourUsd > 0).toBe(true);
  });

  it('states the server’s modelled decode speed from the GPU module, and B200 decodes faster than H100', () => {
    const h100 = servingChoice({ ...knobs, accel: 'h100-sxm' });
    const b200 = servingChoice({ ...knobs, accel: 'b200' });
    const speedOf = (c: ReturnType<typeof servingChoice>) => Number(/about ([\d,]+) tokens\/s/.exec(c.speed)![1]!.replace(/,/g, ''));
    expect(speedOf(h100)).toBe(Math.round(servingProfileFor('claude-sonnet-4-6', { accelerator: 'h100-sxm' }).decodeTokensPerSecond));
    expect(speedOf(b200)).toBe(Math.round(servingProfileFor('claude-sonnet-4-6', { accelerator: 'b200' }).decodeTokensPerSecond));
    expect(speedOf(b200)).toBeGreaterThan(speedOf(h100));
    expect(h100.speed).toContain('with 64 requests in a batch');
    expect(servingChoice({ model: 'llama-3-1-405b-instruct', accel: 'l4', gpus: 1, precision: 'bf16' }).speed).toBe('');
  });
});
