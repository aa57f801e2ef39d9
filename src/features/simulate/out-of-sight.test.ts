import { describe, expect, it } from 'vitest';
import { mayHold, OUT_OF_SIGHT_EVERY } from './out-of-sight.ts';

describe('mayHold', () => {
  it('lets a part hold for fewer than OUT_OF_SIGHT_EVERY frames, never more', () => {
    for (let offset = 0; offset < OUT_OF_SIGHT_EVERY; offset++) {
      let drawnAt = 0;
      let longest = 0;
      for (let now = 1; now < 200; now++) {
        if (!mayHold(drawnAt, now, offset)) {
          longest = Math.max(longest, now - drawnAt);
          drawnAt = now;
        }
      }
      expect(longest).toBeLessThanOrEqual(OUT_OF_SIGHT_EVERY);
      expect(longest).toBeGreaterThan(1);
    }
  });

  it('redraws after skipped frames that jumped over the turn', () => {
    // Drawn at 3, the next render seen is frame 20: two turns went by unseen.
    expect(mayHold(3, 20, 0)).toBe(false);
    expect(mayHold(3, 4, 0)).toBe(true);
  });

  it('spreads the turns of parts with different offsets over different frames', () => {
    const redrawsAt = (offset: number) => Array.from({ length: 16 }, (_, now) => now + 1).filter((now) => !mayHold(now - 1, now, offset));
    expect(redrawsAt(0)).toEqual([8, 16]);
    expect(redrawsAt(3)).toEqual([5, 13]);
  });
});
