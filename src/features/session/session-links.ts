import { sessionLink } from '../../domain/session/session-codec.ts';
import type { Session } from '../../domain/session/session-schema.ts';

/** The absolute address of /session under the app's base path. */
export function sessionPageUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}session`, window.location.origin).href;
}

/** A link that opens the session at a chapter (1-based); the built-in session needs no fragment. */
export function chapterLink(session: Session | null, chapterNumber: number): string {
  return sessionLink(sessionPageUrl(), chapterNumber, session);
}
