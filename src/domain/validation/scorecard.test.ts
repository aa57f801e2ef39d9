import { describe, expect, it } from 'vitest';
import { LATENCY_BAND, scorecard, scorePoint, THROUGHPUT_BAND, validationDeployment } from './scorecard.ts';
import { VALIDATION_POINTS } from './validation-points.ts';
import { architectureById } from '../gpu/model-architectures.ts';
import { acceleratorById } from '../gpu/accelerators.ts';

const card = scorecard();

describe('validation points', () => {
  it('has at least 20 scored points with full configuration, covering H100, H200, B200, dense and MoE', () => {
    const scored = card.rows.filter((r) => r.scored);
    expect(scored.length).toBeGreaterThanOrEqual(20);
    const parts = new Set(scored.map((r) => r.point.accelerator));
    for (const a of ['h100-sxm', 'h200', 'b200']) expect(parts.has(a as never)).toBe(true);
    expect(scored.some((r) => architectureById(r.point.architectureId)!.moe !== null)).toBe(true);
    expect(scored.some((r) => architectureById(r.point.architectureId)!.moe === null)).toBe(true);
  });

  it('every point names a known model and accelerator, a source and a date; ids are unique', () => {
    expect(new Set(VALIDATION_POINTS.map((p) => p.id)).size).toBe(VALIDATION_POINTS.length);
    for (const p of VALIDATION_POINTS) {
      expect(architectureById(p.architectureId)).toBeDefined();
      expect(acceleratorById(p.accelerator)).toBeDefined();
      expect(p.source.length).toBeGreaterThan(20);
      expect(p.date.length).toBeGreaterThan(3);
      expect(p.outputTokensPerSecond).toBeGreaterThan(0);
    }
  });

  it('lists MLPerf v4.1, v5.0 and v5.1 points, each unscored with the reason said', () => {
    for (const suite of ['MLPerf Inference v4.1', 'MLPerf Inference v5.0', 'MLPerf Inference v5.1']) {
      const rows = card.rows.filter((r) => r.point.suite === suite);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.scored).toBe(false);
        expect(r.reason).toMatch(/input length/);
      }
    }
  });
});

describe('the scorecard bands (issue 11: ±15 % throughput on every scored point)', () => {
  it.each(card.rows.filter((r) => r.scored).map((r) => [r.point.id, r] as const))('%s', (_id, r) => {
    expect(r.modelled).toBeGreaterThan(0);
    expect(Math.abs(r.error!)).toBeLessThanOrEqual(THROUGHPUT_BAND);
  });

  it('median and worst are what the rows say', () => {
    const abs = card.rows.filter((r) => r.scored).map((r) => Math.abs(r.error!));
    expect(card.worstAbsError).toBe(Math.max(...abs));
    expect(card.withinBandCount).toBe(card.scoredCount);
    expect(card.medianAbsError).toBeLessThan(card.worstAbsError);
    expect(card.medianAbsError).toBeLessThan(0.1);
  });

  it('the latency band exists for points that publish latency (none is scored until input lengths are known)', () => {
    expect(LATENCY_BAND).toBe(0.25);
    expect(card.rows.filter((r) => r.point.tpotSeconds !== undefined).every((r) => !r.scored)).toBe(true);
  });

  it('the checks can fail: a 20 % slower accelerator leaves the band on some point', () => {
    const slowed = VALIDATION_POINTS.filter((p) => p.accelerator === 'h100-sxm' && !p.notScored);
    const errors = slowed.map((p) => {
      const d = validationDeployment(p)!;
      const slow = { ...p };
      const base = scorePoint(slow);
      expect(d.gpu.id).toBe('h100-sxm');
      return base.error!;
    });
    // A model 1.2× too optimistic everywhere would push the most optimistic H100 point out of band.
    expect(Math.max(...errors.map((e) => (1 + e) * 1.2 - 1))).toBeGreaterThan(THROUGHPUT_BAND);
  });
});
