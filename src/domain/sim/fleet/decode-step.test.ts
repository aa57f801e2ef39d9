import { describe, expect, it } from 'vitest';
import { ARCHITECTURES } from '../../gpu/model-architectures.ts';
import { compileDecodeStepTime, compileIterationTime, defaultDeployment } from '../../gpu/roofline.ts';

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
});
