import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: `step` at first, then `step` more in each following task once
 * the previous ones have been painted, until all are there. A long table is then built in several
 * short tasks instead of one long commit that holds up the page while it loads.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(() => Math.min(total, step));
  useEffect(() => {
    if (count >= total) return;
    let timer = 0;
    // A frame, then a task: the frame's paint happens between the two.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setCount((c) => c + step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [count, total, step]);
  return Math.min(count, total);
}
