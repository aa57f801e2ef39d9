/**
 * Points at a chapter's target (an element with data-tour="<id>") once the view has rendered it:
 * scrolls it into view and rings it for a few seconds. The view may still be loading its code or
 * its catalog, so the element is awaited; if it never appears, nothing happens.
 */
export function highlightTarget(id: string, reducedMotion: boolean, opts: { waitMs?: number; showMs?: number } = {}): () => void {
  const { waitMs = 8000, showMs = 5000 } = opts;
  let cancelled = false;
  let observer: MutationObserver | null = null;
  let waitTimer = 0;
  let showTimer = 0;
  let marked: Element | null = null;
  const selector = `[data-tour="${CSS.escape(id)}"]`;

  const mark = (el: Element) => {
    observer?.disconnect();
    window.clearTimeout(waitTimer);
    el.setAttribute('data-tour-highlight', '');
    // Stays while the chapter is on screen (the ring goes after a few seconds): what the chapter
    // points at, for a test or a screen reader tool to find without racing the ring.
    el.setAttribute('data-tour-pointed', '');
    // Its top just under the header (scroll-margin in src/index.css), so the room sees it from its
    // heading down; 'nearest' left a tall target's body behind the session panel at the bottom.
    el.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'start' });
    marked = el;
    showTimer = window.setTimeout(() => el.removeAttribute('data-tour-highlight'), showMs);
  };

  const found = document.querySelector(selector);
  if (found) mark(found);
  else {
    observer = new MutationObserver(() => {
      const el = document.querySelector(selector);
      if (el && !cancelled) mark(el);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    waitTimer = window.setTimeout(() => observer?.disconnect(), waitMs);
  }

  return () => {
    cancelled = true;
    observer?.disconnect();
    window.clearTimeout(waitTimer);
    window.clearTimeout(showTimer);
    marked?.removeAttribute('data-tour-highlight');
    marked?.removeAttribute('data-tour-pointed');
  };
}
