import { describe, expect, it } from 'vitest';
import { ARCHITECTURES } from '../../gpu/model-architectures.ts';
import { compileDecodeStepTime, compileDecodeStepTimes, compileIterationTime, defaultDeployment } from '../../gpu/roofline.ts';

// Decode runs (batching.ts) step a fixed batch with the decode-only form; a run must end every iteration at the
// time one event per iteration would, so the two forms must agree to the bit, not just closely.
describe('the decode-only iteration time', () => {
  it('equals the full compiled iteration time to the bit for every architecture, batch and context', () => {
    for (const m of ARCHITECTURES) {
      const d = defaultDeployment(m);
      const full = compileIterationTime(d);
      const step = compileDecodeStepTime(d);
      let checked = 0;
      for (let n = 1; n <= 300; n += 7)
        for (const perSequence of [1, 17, 900, 4096, 8191, 8192, 8193, 30_000, 131_072]) {
          const context = n * perSequence + (n > 1 ? 3 : 0);
          expect(step(n, context)).toBe(full(n, context, 0, 0, 1));
          checked++;
        }
      expect(checked).toBeGreaterThan(300);
    }
  });

  it('over a run of consecutive steps equals the one-step form to the bit, across local windows and batch sizes', () => {
    const out = new Float64Array(65);
    let checked = 0;
    for (const m of ARCHITECTURES) {
      const d = defaultDeployment(m);
      const step = compileDecodeStepTime(d);
      const steps = compileDecodeStepTimes(d);
      for (const n of [1, 2, 3, 31, 64, 255])
        for (const perSequence of [1, 100, 900, 4090, 8185, 30_000]) {
          const context0 = n * perSequence + (n > 1 ? 5 : 0);
          steps(n, context0, 64, out);
          for (let i = 1; i <= 64; i++) expect(out[i]).toBe(step(n, context0 + i * n));
          checked += 64;
        }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
