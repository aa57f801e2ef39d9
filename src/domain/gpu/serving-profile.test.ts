import { describe, expect, it } from 'vitest';
import { servingProfileFor } from './serving-profile.ts';
import { OBSERVED_SPEEDS } from './observed-speeds.ts';
import { checkFit, DoesNotFitError, makeDeployment, requireFit } from './deployment.ts';
import { DEEPSEEK_V3, LLAMA_3_1_70B } from './model-architectures.ts';
import { L4, H100_SXM, A100_80GB } from './accelerators.ts';
import { decodeStepSeconds } from './roofline.ts';
import { CALIBRATION_LOAD } from './size-classes.ts';

describe('servingProfileFor', () => {
  it('gives open-weight models their published architecture', () => {
    const p = servingProfileFor('llama-3-3-70b-instruct');
    expect(p.weights).toBe('open');
    expect(p.architecture.id).toBe('llama-3.1-70b');
    expect(p.basis).toBe('modelled');
    expect(servingProfileFor('gpt-oss-120b').architecture.id).toBe('gpt-oss-120b');
    expect(servingProfileFor('deepseek-r1').architecture.moe?.routedExperts).toBe(256);
    expect(servingProfileFor('llama-4-maverick-17b-instruct').exactArchitecture).toBe(true);
  });

  it('calibrates closed models with an observed speed to it exactly, at the calibration load', () => {
    for (const [id, tps] of [
      ['nova-micro', (298 + 575) / 2],
      ['nova-pro', 141],
      ['claude-3-5-sonnet-v2-2024-10-22', 53.5],
    ] as const) {
      const p = servingProfileFor(id);
      expect(p.basis).toBe('calibrated');
      expect(p.decodeTokensPerSecond).toBeCloseTo(tps, 6);
      expect(1 / decodeStepSeconds(p.deployment, CALIBRATION_LOAD.batch, CALIBRATION_LOAD.meanContextTokens)).toBeCloseTo(tps, 6);
      expect(p.label).toMatch(/^calibrated to observed speed: .+, .+/);
    }
  });

  it('labels a sibling calibration and an assumption as such', () => {
    expect(servingProfileFor('nova-lite').basis).toBe('calibrated-sibling');
    expect(servingProfileFor('nova-lite').label).toMatch(/sibling/);
    const opus = servingProfileFor('claude-opus-4-6');
    expect(opus.basis).toBe('assumption');
    expect(opus.label).toMatch(/^assumption: /);
    expect(opus.architecture.assumption).toBe(true);
  });

  it('Haiku, Sonnet, Opus, Nova Micro, Lite and Pro get different speeds; Haiku is faster than Opus', () => {
    const ids = ['claude-haiku-4-5', 'claude-sonnet-4-6', 'claude-opus-4-6', 'nova-micro', 'nova-lite', 'nova-pro'];
    const speeds = ids.map((id) => servingProfileFor(id).decodeTokensPerSecond);
    expect(new Set(speeds.map((s) => s.toFixed(3))).size).toBe(ids.length);
    for (const s of speeds) expect(s).toBeGreaterThan(0);
    expect(speeds[0]!).toBeGreaterThan(speeds[2]!);
    expect(speeds[3]!).toBeGreaterThan(speeds[4]!);
    expect(speeds[4]!).toBeGreaterThan(speeds[5]!);
  });

  it('an unmeasured Claude takes the observed Sonnet’s factor over the roofline (vendor anchor), so Haiku 4.5 > Sonnet 4.6 > Opus 4.6, and says so', () => {
    const [haiku, sonnet, opus] = ['claude-haiku-4-5', 'claude-sonnet-4-6', 'claude-opus-4-6'].map((id) => servingProfileFor(id));
    expect(haiku!.decodeTokensPerSecond).toBeGreaterThan(sonnet!.decodeTokensPerSecond);
    expect(sonnet!.decodeTokensPerSecond).toBeGreaterThan(opus!.decodeTokensPerSecond);
    for (const p of [haiku!, opus!]) {
      expect(p.basis).toBe('assumption');
      expect(p.deployment.timeScale).toBeCloseTo(sonnet!.deployment.timeScale, 12);
      expect(p.label).toMatch(/as Claude Sonnet 4\.6 is \(observed /);
    }
    // Sonnet 4.6 itself stays at its observed speed.
    expect(sonnet!.decodeTokensPerSecond).toBeCloseTo(sonnet!.calibratedTo!.outputTokensPerSecond!.typical, 6);
    // No anchor for a vendor without an observed model: the plain stand-in.
    expect(servingProfileFor('claude-instant-legacy').basis).toBe('calibrated');
  });

  it('a mixture of experts decodes faster than a dense model of the same total size', () => {
    // Maverick (400B total, 17B active) vs Llama 3.1 405B dense, both on 8 × H100 FP8 at the calibration load.
    expect(servingProfileFor('llama-4-maverick-17b-instruct').decodeTokensPerSecond).toBeGreaterThan(
      servingProfileFor('llama-3-1-405b-instruct').decodeTokensPerSecond,
    );
  });

  it('unknown and hostile ids get a labelled stand-in, never a crash', () => {
    for (const id of ['', '__proto__', 'constructor', 'x'.repeat(10_000), 'ünïcødé-70b']) {
      const p = servingProfileFor(id);
      expect(p.basis).toBe('assumption');
      expect(p.decodeTokensPerSecond).toBeGreaterThan(0);
    }
  });

  it('an accelerator that cannot hold the model is refused with the numbers, not replaced', () => {
    const p = servingProfileFor('deepseek-r1', { accelerator: 'l4' });
    expect(p.deployment.gpu.id).toBe('l4');
    expect(p.fit.fits).toBe(false);
    expect(p.fit.message).toMatch(/does not fit on 8 × NVIDIA L4 24 GB: weights 1342\.1 GB \(BF16\) .* > usable \d+\.\d GB/);
    expect(p.decodeTokensPerSecond).toBe(0);
  });
});

describe('fit check', () => {
  it('refuses weights + minimum KV above usable memory, with the numbers', () => {
    const d = makeDeployment(DEEPSEEK_V3, 8, 'fp8', { gpu: H100_SXM });
    const fit = checkFit(d);
    expect(fit.fits).toBe(false);
    expect(fit.weightsBytes).toBeGreaterThan(fit.usableBytes);
    expect(fit.message).toContain('671.0 GB');
    expect(fit.message).toMatch(/> usable \d+\.\d GB \(90 % of 640\.0 GB, less \d+\.\d GB runtime reserve\)/);
    expect(() => requireFit(d)).toThrow(DoesNotFitError);
  });

  it('refuses a precision the accelerator has no tensor units for', () => {
    const fit = checkFit(makeDeployment(LLAMA_3_1_70B, 8, 'fp8', { gpu: A100_80GB }));
    expect(fit.fits).toBe(false);
    expect(fit.message).toMatch(/no FP8 tensor units/);
  });

  it('accepts what fits', () => {
    expect(checkFit(makeDeployment(LLAMA_3_1_70B, 8, 'fp8')).fits).toBe(true);
    expect(checkFit(makeDeployment(LLAMA_3_1_70B, 1, 'bf16', { gpu: L4 })).fits).toBe(false);
  });
});

describe('observed speeds data', () => {
  it('every row has a source, a date and at least one figure; ranges are ordered', () => {
    for (const o of OBSERVED_SPEEDS) {
      expect(o.source.length).toBeGreaterThan(5);
      expect(o.date.length).toBeGreaterThan(3);
      expect(o.outputTokensPerSecond !== null || o.ttftSeconds !== null).toBe(true);
      for (const r of [o.outputTokensPerSecond, o.ttftSeconds]) {
        if (!r) continue;
        expect(r.min).toBeLessThanOrEqual(r.typical);
        expect(r.typical).toBeLessThanOrEqual(r.max);
      }
    }
  });
});
