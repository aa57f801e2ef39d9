/**
 * While a run plays, a chart or panel out of sight keeps its last drawing and redraws on one chart
 * frame in OUT_OF_SIGHT_EVERY: redrawing a dozen charts several times a second is most of the page's
 * work during a run, and nobody sees the ones scrolled away. Each part has its own offset, so the
 * hidden parts take turns instead of all redrawing on the same frame.
 */
export const OUT_OF_SIGHT_EVERY = 8;

/**
 * Whether a part last drawn at chart frame `drawnAt` may keep that drawing at frame `now`. Frame
 * numbers can jump (React skips deferred renders that a newer frame overtakes), so a part's turn is
 * a boundary crossed since its last drawing, never one exact frame number that might be skipped.
 */
export function mayHold(drawnAt: number, now: number, offset: number): boolean {
  return Math.floor((drawnAt + offset) / OUT_OF_SIGHT_EVERY) === Math.floor((now + offset) / OUT_OF_SIGHT_EVERY);
}
