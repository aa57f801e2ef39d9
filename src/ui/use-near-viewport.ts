import { useEffect, useState } from 'react';

/** Without an observer (an old browser, a test DOM) everything counts as near: nothing is held. */
const CAN_OBSERVE = typeof IntersectionObserver !== 'undefined';

/**
 * Whether an element is on screen or within `margin` of it, kept current as the page scrolls. A part
 * that redraws often (a chart following a live run) can hold its last drawing while nobody can see
 * it, so the page's thread spends its time on what is in view. Returns a callback ref for the
 * element and the flag, which starts false: the element is drawn once, then follows only while near.
 */
export function useNearViewport<T extends Element>(margin = '300px') {
  const [element, setElement] = useState<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (!element || !CAN_OBSERVE) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: `${margin} 0px` });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return [setElement, near || !CAN_OBSERVE] as const;
}
