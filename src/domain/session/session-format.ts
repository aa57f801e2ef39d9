import type { Chapter, Session, SessionDocument } from './session-schema.ts';

/**
 * The parts of a session every page needs (the layout follows the chapter on screen, the running
 * session is kept in sessionStorage), apart from the schema: zod and the session's validator load
 * only when a session is read from outside (a file, a link, storage, the presenter window).
 * session-schema.ts re-exports these.
 */

export const SESSION_FORMAT = 'bedrock-explorer-session';
export const SESSION_FORMAT_VERSION = 1;

/** The view's address with its scenario, relative to the app's base. */
export function chapterHref(chapter: Pick<Chapter, 'view' | 'query'>): string {
  return chapter.query ? `${chapter.view}?${chapter.query}` : chapter.view;
}

export function toDocument(session: Session): SessionDocument {
  return { format: SESSION_FORMAT, version: SESSION_FORMAT_VERSION, title: session.title, chapters: session.chapters };
}
