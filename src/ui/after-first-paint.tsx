import { startTransition, useEffect, useState } from 'react';

/**
 * Parts waiting to be drawn, one at a time: each is revealed a frame after the previous one has
 * committed, so the page's thread does one part's layout per task instead of all of them in one.
 */
const waiting: (() => void)[] = [];
let drawing: (() => void) | null = null;

function drawNext(): void {
  if (drawing) return;
  const next = waiting.shift();
  if (!next) return;
  drawing = next;
  // A frame, then a task: the frame's paint happens between the two.
  requestAnimationFrame(() => {
    setTimeout(() => {
      if (drawing === next) startTransition(next);
    }, 0);
  });
}

function finished(reveal: () => void): void {
  if (drawing !== reveal) return;
  drawing = null;
  drawNext();
}

/**
 * False on the first render, true once the browser has painted it (and every part queued before
 * this one has been drawn). A view renders what is on screen first and the rest (long tables, charts
 * further down) after, as interruptible updates, one part per task: the first paint is not held up by
 * parts nobody can see yet, and no single task blocks the page for long.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    const reveal = () => setPainted(true);
    waiting.push(reveal);
    drawNext();
    // Runs once this part has committed (painted turned true) or when it leaves the page: either
    // way the next part may go.
    return () => {
      const at = waiting.indexOf(reveal);
      if (at >= 0) waiting.splice(at, 1);
      finished(reveal);
    };
  }, [painted]);
  return painted;
}

/**
 * Renders its children after the first paint; until then an empty box of `minHeight` holds their
 * place. For parts below the fold on a phone, so what takes their place later shifts nothing in view.
 * Drawn, they are laid out and painted only once near the screen (content-visibility: auto, which
 * the browser lifts a little before they scroll into view, and for print, src/index.css): a long
 * table far down the page then costs its layout when someone scrolls to it, not during the load.
 */
export function AfterFirstPaint({ children, minHeight }: { children: React.ReactNode; minHeight: string }) {
  const painted = useAfterFirstPaint();
  return painted ? (
    <div style={{ contentVisibility: 'auto', containIntrinsicBlockSize: `auto ${minHeight}` }} data-after-first-paint="">
      {children}
    </div>
  ) : (
    <div style={{ minHeight }} aria-hidden="true" data-testid="after-first-paint" />
  );
}
