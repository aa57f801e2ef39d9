import { z } from 'zod';
import { chapterHref, SESSION_FORMAT, SESSION_FORMAT_VERSION } from './session-format.ts';
import { isSessionView, SESSION_VIEWS, type SessionView } from './session-views.ts';

/**
 * A guided session: an ordered list of chapters, each a view with its full scenario (the view's own
 * link query), a title, narration for the room, speaker notes, and optionally an element to point at.
 * The same document is a session file and, compressed, the fragment of a session link.
 */

export { chapterHref, isSessionView, SESSION_FORMAT, SESSION_FORMAT_VERSION, SESSION_VIEWS, type SessionView };

export const SESSION_LIMITS = {
  sessionTitle: 120,
  chapterTitle: 120,
  narrationLines: 5,
  narrationLine: 400,
  notes: 4000,
  query: 4000,
  target: 60,
  chapters: 80,
  /** A session file larger than this is refused before it is parsed. */
  fileBytes: 1_000_000,
} as const;

// Control characters (other than tab and newline) and the bidirectional overrides can make text
// render differently from what it is; a loaded file may carry them, so they are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const NEWLINES = /[\r\n\t]+/g;

function singleLine(max: number, what: string) {
  return z
    .string({ error: `${what} must be text` })
    .max(max, { error: `${what} is longer than ${max} characters` })
    .transform((s) => s.replace(UNSAFE_CHARS, '').replace(NEWLINES, ' ').trim());
}

function multiLine(max: number, what: string) {
  return z
    .string({ error: `${what} must be text` })
    .max(max, { error: `${what} is longer than ${max} characters` })
    .transform((s) => s.replace(UNSAFE_CHARS, '').replace(/\r\n?/g, '\n'));
}

/** The view's own query, without "?"; re-serialized so it can only ever be a query string. */
const querySchema = z
  .string({ error: 'query must be text' })
  .max(SESSION_LIMITS.query, { error: `query is longer than ${SESSION_LIMITS.query} characters` })
  .transform((s) => new URLSearchParams(s.startsWith('?') ? s.slice(1) : s).toString());

export const chapterSchema = z.object({
  title: singleLine(SESSION_LIMITS.chapterTitle, 'title').refine((s) => s.length > 0, { error: 'title is empty' }),
  view: z.enum(SESSION_VIEWS, { error: `view must be one of ${SESSION_VIEWS.join(', ')}` }),
  query: querySchema.default(''),
  narration: z
    .array(singleLine(SESSION_LIMITS.narrationLine, 'narration line'), { error: 'narration must be a list of lines' })
    .max(SESSION_LIMITS.narrationLines, { error: `narration has more than ${SESSION_LIMITS.narrationLines} lines` })
    .transform((lines) => lines.filter((l) => l.length > 0))
    .default([]),
  notes: multiLine(SESSION_LIMITS.notes, 'notes').default(''),
  target: z
    .string({ error: 'target must be text' })
    .max(SESSION_LIMITS.target, { error: `target is longer than ${SESSION_LIMITS.target} characters` })
    .regex(/^[a-z0-9-]+$/, { error: 'target must be lower-case letters, digits and dashes' })
    .optional(),
});

export const sessionTitleSchema = singleLine(SESSION_LIMITS.sessionTitle, 'session title').refine((s) => s.length > 0, {
  error: 'session title is empty',
});

export const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_FORMAT_VERSION, { error: `version must be ${SESSION_FORMAT_VERSION}` }),
  title: sessionTitleSchema,
  chapters: z
    .array(chapterSchema, { error: 'chapters must be a list' })
    .min(1, { error: 'the session has no chapters' })
    .max(SESSION_LIMITS.chapters, { error: `the session has more than ${SESSION_LIMITS.chapters} chapters` }),
});

export type Chapter = z.output<typeof chapterSchema>;
export type Session = { title: string; chapters: Chapter[] };
export type SessionDocument = z.output<typeof sessionSchema>;
