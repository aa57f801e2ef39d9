import { describe, expect, it } from 'vitest';
import { NO_POINT_TEXT, speedLabel } from './speed-label.ts';
import { servingProfileFor } from '../gpu/serving-profile.ts';
import { heldOutRow } from './held-out.ts';

describe('speed label', () => {
  it('names the nearest published point and its error for a validated model and accelerator', () => {
    const l = speedLabel({ architectureId: 'llama-3.1-8b', acceleratorId: 'h100-sxm', tensorParallel: 1, precision: 'fp8', inputTokens: 1000, outputTokens: 1000 });
    expect(l.kind).toBe('validated');
    if (l.kind !== 'validated') return;
    expect(l.nearest.point.id).toBe('t12-h100-sxm');
    expect(l.text).toMatch(/^validated within \d+ % \(held-out error; nearest point: Llama 3\.1 8B 1000\/1000, 1× H100 FP8\)$/);
    expect(l.withinPercent).toBeLessThanOrEqual(15);
    // The figure is the held-out error (factors refitted without Llama 3.1 8B), not the in-sample one.
    expect(l.withinPercent).toBe(Math.ceil(Math.abs(heldOutRow(l.nearest.point)!.error!) * 100));
  });

  it('picks the point nearest in workload shape', () => {
    const l = speedLabel({ architectureId: 'llama-3.1-8b', acceleratorId: 'h100-sxm', inputTokens: 18_000, outputTokens: 2000 });
    expect(l.kind === 'validated' && l.nearest.point.id).toBe('t13-h100-sxm');
  });

  it('says estimate where no published point is near: other accelerators, stand-ins, unknown ids', () => {
    expect(speedLabel({ architectureId: 'llama-3.1-70b', acceleratorId: 'l40s' }).text).toBe(NO_POINT_TEXT);
    const sonnet = servingProfileFor('claude-sonnet-4-6');
    expect(speedLabel({ architectureId: sonnet.architecture.id, acceleratorId: sonnet.deployment.gpu.id }).kind).toBe('estimate');
    expect(speedLabel({ architectureId: '__proto__', acceleratorId: 'constructor' }).kind).toBe('estimate');
  });

  it('never cites an MLPerf row: those are scored with the MLPerf harness’s factors, not the ones the app’s speeds use', () => {
    // Mixtral on B200 and Llama 2 70B on H100 have MLPerf rows only.
    expect(speedLabel({ architectureId: 'mixtral-8x7b', acceleratorId: 'b200' }).kind).toBe('estimate');
    expect(speedLabel({ architectureId: 'llama-2-70b', acceleratorId: 'h100-sxm' }).kind).toBe('estimate');
  });
});
