import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { chapterHref } from '../../domain/session/session-format.ts';
import type { Session } from '../../domain/session/session-schema.ts';
import { usePresentationStore } from './presentation-store.ts';

/** Starts presenting a session at a chapter (0-based): the overlay appears over the chapter's view. */
export function useStartSession(): (session: Session, isDefault: boolean, index?: number) => void {
  const navigate = useNavigate();
  return useCallback(
    (session, isDefault, index = 0) => {
      const chapter = session.chapters[index] ?? session.chapters[0]!;
      usePresentationStore.getState().start(session, isDefault, session.chapters.indexOf(chapter));
      void navigate(chapterHref(chapter), { replace: true });
    },
    [navigate],
  );
}
