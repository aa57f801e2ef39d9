import { useState } from 'react';
import { useLocation } from 'react-router';
import { chapterHref } from '../../domain/session/session-format.ts';
import { usePresentationStore } from './presentation-store.ts';

/**
 * The key that mounts the view afresh for each chapter. Views read their link when they mount, so
 * moving between two chapters of one view (two journey scenarios) must remount it; the key changes
 * only once the router shows the chapter's address, never while the previous address is on screen.
 */
export function useChapterOutletKey(): number {
  const location = useLocation();
  const visit = usePresentationStore((s) => s.visit);
  const href = usePresentationStore((s) => {
    const chapter = s.session?.chapters[s.index];
    return chapter ? chapterHref(chapter) : null;
  });
  const [key, setKey] = useState(visit);
  if (href !== null && location.pathname + location.search === href && key !== visit) setKey(visit);
  return key;
}
