import { chapterSchema, isSessionView, SESSION_LIMITS, sessionTitleSchema, type Chapter, type Session } from './session-schema.ts';

/** Pure edits of a session: each returns a new session and leaves the argument untouched. */

export type EditResult = { ok: true; session: Session; index: number } | { ok: false; reason: string };

/**
 * A chapter for the view on screen: its route and query become the chapter's scenario. Returns a
 * reason instead when the route is not a view a session can show or the query is too long to keep.
 */
export function chapterFromLocation(
  pathname: string,
  search: string,
  title: string,
): { ok: true; chapter: Chapter } | { ok: false; reason: string } {
  if (!isSessionView(pathname)) return { ok: false, reason: `${pathname} is not a view a session can show` };
  const parsed = chapterSchema.safeParse({ title, view: pathname, query: search, narration: [], notes: '' });
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'the chapter is not valid' };
  return { ok: true, chapter: parsed.data };
}

/** Inserts a chapter (at the end unless `at` is given); refused beyond the chapter limit. */
export function addChapter(session: Session, chapter: Chapter, at: number = session.chapters.length): EditResult {
  if (session.chapters.length >= SESSION_LIMITS.chapters) {
    return { ok: false, reason: `A session holds at most ${SESSION_LIMITS.chapters} chapters.` };
  }
  const index = clamp(Math.trunc(at), 0, session.chapters.length);
  const chapters = [...session.chapters.slice(0, index), chapter, ...session.chapters.slice(index)];
  return { ok: true, session: { ...session, chapters }, index };
}

/** Moves the chapter at `from` to position `to` (both clamped); the others keep their order. */
export function moveChapter(session: Session, from: number, to: number): Session {
  const n = session.chapters.length;
  if (n === 0 || from < 0 || from >= n) return session;
  const target = clamp(Math.trunc(to), 0, n - 1);
  if (target === from) return session;
  const chapters = [...session.chapters];
  const [moved] = chapters.splice(from, 1);
  chapters.splice(target, 0, moved!);
  return { ...session, chapters };
}

/** Removes one chapter; a session keeps at least one, so the last chapter cannot be deleted. */
export function deleteChapter(session: Session, index: number): EditResult {
  if (index < 0 || index >= session.chapters.length) return { ok: false, reason: 'No such chapter.' };
  if (session.chapters.length === 1) return { ok: false, reason: 'A session needs at least one chapter.' };
  const chapters = session.chapters.filter((_, i) => i !== index);
  return { ok: true, session: { ...session, chapters }, index: Math.min(index, chapters.length - 1) };
}

/** Replaces texts of one chapter; every field passes the same validation as a loaded file. */
export function updateChapter(
  session: Session,
  index: number,
  patch: Partial<Pick<Chapter, 'title' | 'narration' | 'notes' | 'target'>>,
): EditResult {
  const current = session.chapters[index];
  if (!current) return { ok: false, reason: 'No such chapter.' };
  const parsed = chapterSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) return { ok: false, reason: capitalize(parsed.error.issues[0]?.message ?? 'not valid') + '.' };
  const chapters = session.chapters.map((c, i) => (i === index ? parsed.data : c));
  return { ok: true, session: { ...session, chapters }, index };
}

export function renameSession(session: Session, title: string): EditResult {
  const parsed = sessionTitleSchema.safeParse(title);
  if (!parsed.success) return { ok: false, reason: capitalize(parsed.error.issues[0]?.message ?? 'not valid') + '.' };
  return { ok: true, session: { ...session, title: parsed.data }, index: 0 };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(x) ? x : lo));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
