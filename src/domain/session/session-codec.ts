import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { z } from 'zod';
import { toDocument } from './session-format.ts';
import {
  SESSION_FORMAT,
  SESSION_FORMAT_VERSION,
  SESSION_LIMITS,
  sessionSchema,
  type Session,
} from './session-schema.ts';

/**
 * A session travels two ways: as a JSON file, and compressed in the fragment of a session link
 * (`/session?c=3#s=…`). The fragment never reaches a server, so a long session cannot be refused
 * with HTTP 431; it only has to fit in the places a link is pasted.
 */

export type LoadResult = { ok: true; session: Session } | { ok: false; error: string };

/**
 * Longest session link offered as a link; beyond it the session is saved as a file. 8,000 characters
 * is the request-line length RFC 9110 §4.1 recommends every HTTP party support, a conservative bound
 * for chat tools, mail clients and browsers that keep or forward the whole address.
 */
export const MAX_LINK_CHARS = 8000;
/** The fragment key that carries an encoded session. */
export const HASH_KEY = 's';
// A fragment longer than this is not read at all: decompression time grows with its length.
const MAX_HASH_CHARS = 12_000;

export { toDocument };

export function serializeSessionFile(session: Session): string {
  return JSON.stringify(toDocument(session), null, 2) + '\n';
}

/** Where a session came from, to name it in messages. */
export type SessionSource = 'file' | 'link';

/** A session file's text → the session, or a message that says what is wrong (nothing is changed). */
export function parseSessionFile(text: string, source: SessionSource = 'file'): LoadResult {
  const it = source === 'file' ? 'This file' : 'The session in this link';
  if (text.length > SESSION_LIMITS.fileBytes) {
    return { ok: false, error: `${it} is larger than ${SESSION_LIMITS.fileBytes / 1_000_000} MB; a session is much smaller.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `${it} is not a session: it is not valid JSON.` };
  }
  return parseSessionDocument(json, source);
}

export function parseSessionDocument(json: unknown, source: SessionSource = 'file'): LoadResult {
  const it = source === 'file' ? 'This file' : 'The session in this link';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: `${it} is not a session: it holds no JSON object.` };
  }
  const format = Object.hasOwn(json, 'format') ? (json as { format: unknown }).format : undefined;
  if (format !== SESSION_FORMAT) {
    return {
      ok: false,
      error: `${it} is not a Bedrock Explorer session: it has no "format": "${SESSION_FORMAT}". It may be an export of a view, which cannot be loaded here.`,
    };
  }
  const version = Object.hasOwn(json, 'version') ? (json as { version: unknown }).version : undefined;
  if (typeof version === 'number' && version > SESSION_FORMAT_VERSION) {
    return {
      ok: false,
      error: `${it} was saved by a newer version of Bedrock Explorer (session format ${version}); this one reads format ${SESSION_FORMAT_VERSION}.`,
    };
  }
  const parsed = sessionSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${it} is not a valid session: ${describeIssues(parsed.error.issues)}` };
  return { ok: true, session: { title: parsed.data.title, chapters: parsed.data.chapters } };
}

/** The fragment (without "#") that carries the session. */
export function encodeSessionHash(session: Session): string {
  return `${HASH_KEY}=${compressToEncodedURIComponent(JSON.stringify(toDocument(session)))}`;
}

/** The session in a link's fragment; null when the fragment carries none. */
export function decodeSessionHash(hash: string): LoadResult | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${HASH_KEY}=`;
  if (!fragment.startsWith(prefix)) return null;
  const packed = fragment.slice(prefix.length);
  if (packed.length > MAX_HASH_CHARS) return { ok: false, error: 'The session in this link is too long to read.' };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(packed);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'The session in this link is damaged (it may have been cut off when the link was copied).' };
  return parseSessionFile(text, 'link');
}

/**
 * The link that opens a session at a chapter (1-based). `sessionPageUrl` is the absolute address of
 * /session under the app's base. The default session needs no fragment.
 */
export function sessionLink(sessionPageUrl: string, chapterNumber: number, session: Session | null): string {
  const query = chapterNumber > 0 ? `?c=${chapterNumber}` : '';
  return `${sessionPageUrl}${query}${session ? `#${encodeSessionHash(session)}` : ''}`;
}

/** True when the session's link is short enough to share as a link; otherwise offer the file. */
export function fitsInLink(link: string): boolean {
  return link.length <= MAX_LINK_CHARS;
}

/** Reads the chapter number of `?c=`; a missing or bad value gives null (the session's start). */
export function chapterNumberFrom(search: string, chapterCount: number): { value: number | null; ignored: string | null } {
  const params = new URLSearchParams(search);
  const raw = params.get('c');
  if (raw === null) return { value: null, ignored: null };
  const n = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || !Number.isInteger(n) || n < 1 || n > chapterCount) {
    return { value: null, ignored: `c=${raw.slice(0, 20)}: there is no chapter ${raw.slice(0, 20)} (chapters 1–${chapterCount})` };
  }
  return { value: n, ignored: null };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${where(issue.path)}${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more + '.';
}

function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'chapters' && typeof next === 'number') {
      parts.push(`chapter ${next + 1}`);
      i++;
    } else if (key === 'narration' && typeof next === 'number') {
      parts.push(`narration line ${next + 1}`);
      i++;
    } else if (typeof key === 'string') {
      parts.push(`"${key.slice(0, 40)}"`);
    }
  }
  return parts.length ? `${parts.join(', ')}: ` : '';
}
