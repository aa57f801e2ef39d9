import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addChapter, chapterFromLocation, deleteChapter, moveChapter, renameSession, updateChapter } from './session-edit.ts';
import {
  chapterNumberFrom,
  decodeSessionHash,
  encodeSessionHash,
  fitsInLink,
  MAX_LINK_CHARS,
  parseSessionFile,
  serializeSessionFile,
  sessionLink,
} from './session-codec.ts';
import { chapterHref, SESSION_FORMAT, SESSION_LIMITS, type Chapter, type Session } from './session-schema.ts';
import { DEFAULT_SESSION } from './default-session.ts';
import { formatClock } from './format-clock.ts';

function chapter(title: string, view: Chapter['view'] = '/pricing', query = ''): Chapter {
  return { title, view, query, narration: [], notes: '' };
}

const three: Session = { title: 'Three', chapters: [chapter('A'), chapter('B'), chapter('C')] };
const titles = (s: Session) => s.chapters.map((c) => c.title);

describe('editing a session', () => {
  it('adds a chapter from the view on screen, keeping its scenario', () => {
    const made = chapterFromLocation('/pricing', '?model=x&rpd=5000', 'Pricing');
    expect(made).toEqual({ ok: true, chapter: { title: 'Pricing', view: '/pricing', query: 'model=x&rpd=5000', narration: [], notes: '' } });
    if (!made.ok) return;
    const added = addChapter(three, made.chapter);
    expect(added.ok && titles(added.session)).toEqual(['A', 'B', 'C', 'Pricing']);
    expect(added.ok && added.index).toBe(3);
    const inserted = addChapter(three, made.chapter, 1);
    expect(inserted.ok && titles(inserted.session)).toEqual(['A', 'Pricing', 'B', 'C']);
    expect(titles(three)).toEqual(['A', 'B', 'C']); // the argument is untouched
  });

  it('refuses a route that is not a view, and a chapter beyond the limit', () => {
    expect(chapterFromLocation('/session', '', 'Session').ok).toBe(false);
    expect(chapterFromLocation('/nope', '', 'x').ok).toBe(false);
    expect(chapterFromLocation('/pricing', 'x='.padEnd(SESSION_LIMITS.query + 5, 'a'), 'x').ok).toBe(false);
    const full: Session = { title: 'Full', chapters: Array.from({ length: SESSION_LIMITS.chapters }, (_, i) => chapter(`C${i}`)) };
    expect(addChapter(full, chapter('one more')).ok).toBe(false);
  });

  it('moves a chapter and keeps the others in order', () => {
    expect(titles(moveChapter(three, 0, 2))).toEqual(['B', 'C', 'A']);
    expect(titles(moveChapter(three, 2, 0))).toEqual(['C', 'A', 'B']);
    expect(titles(moveChapter(three, 1, 99))).toEqual(['A', 'C', 'B']);
    expect(moveChapter(three, 5, 0)).toBe(three);
  });

  it('moving is a permutation: same chapters, the moved one lands where asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (n, a, b) => {
        const s: Session = { title: 'P', chapters: Array.from({ length: n }, (_, i) => chapter(`C${i}`)) };
        const from = a % n;
        const to = b % n;
        const moved = moveChapter(s, from, to);
        expect([...titles(moved)].sort()).toEqual([...titles(s)].sort());
        expect(moved.chapters[to]!.title).toBe(`C${from}`);
      }),
    );
  });

  it('deletes a chapter but never the last one', () => {
    const deleted = deleteChapter(three, 1);
    expect(deleted.ok && titles(deleted.session)).toEqual(['A', 'C']);
    expect(deleteChapter({ title: 'One', chapters: [chapter('A')] }, 0).ok).toBe(false);
    expect(deleteChapter(three, 3).ok).toBe(false);
  });

  it('edits texts with the same validation as a loaded file', () => {
    const edited = updateChapter(three, 0, { title: '  Costs\u202E  ', narration: ['Line one', '', 'Line two'], notes: 'Say this.\r\nThen that.' });
    expect(edited.ok && edited.session.chapters[0]).toEqual({
      title: 'Costs',
      view: '/pricing',
      query: '',
      narration: ['Line one', 'Line two'],
      notes: 'Say this.\nThen that.',
    });
    expect(updateChapter(three, 0, { title: '' })).toEqual({ ok: false, reason: 'Title is empty.' });
    expect(updateChapter(three, 0, { narration: ['1', '2', '3', '4', '5', '6'] }).ok).toBe(false);
    expect(updateChapter(three, 0, { target: 'Not An Id' }).ok).toBe(false);
    expect(renameSession(three, 'x'.repeat(SESSION_LIMITS.sessionTitle + 1)).ok).toBe(false);
    const renamed = renameSession(three, ' Workshop ');
    expect(renamed.ok && renamed.session.title).toBe('Workshop');
  });
});

describe('saving and loading', () => {
  it('a session survives the file and the link unchanged', () => {
    const s: Session = {
      title: 'Zürich workshop ✓ 日本語',
      chapters: [
        { title: 'Journey', view: '/journey', query: 'fail=access-denied&step=3', narration: ['Ünïcode — “quotes”'], notes: 'a\nb', target: 'journey-diagram' },
        chapter('Pricing', '/pricing', 'rpd=5000'),
      ],
    };
    expect(parseSessionFile(serializeSessionFile(s))).toEqual({ ok: true, session: s });
    expect(decodeSessionHash('#' + encodeSessionHash(s))).toEqual({ ok: true, session: s });
  });

  it('the default session is a valid session that round-trips', () => {
    const text = serializeSessionFile(DEFAULT_SESSION);
    expect(parseSessionFile(text)).toEqual({ ok: true, session: DEFAULT_SESSION });
    for (const c of DEFAULT_SESSION.chapters) {
      expect(c.narration.length, c.title).toBeGreaterThanOrEqual(2);
      expect(c.narration.length, c.title).toBeLessThanOrEqual(5);
      expect(c.notes.length, c.title).toBeGreaterThan(0);
    }
  });

  it('the default session names its model in every chapter that shows one, and its narration names no other', () => {
    // A chapter must not depend on the model the trainer happened to pick last in some view.
    const catalog = JSON.parse(readFileSync('public/data/catalog.v2.json', 'utf8')) as { models: { id: string; name: string }[] };
    for (const c of DEFAULT_SESSION.chapters) {
      const query = new URLSearchParams(c.query);
      if (c.view === '/journey' || c.view === '/pricing' || c.view === '/break-even') expect(query.get('model'), c.title).toBeTruthy();
      if (c.view === '/simulate') expect(query.get('preset') ?? query.get('model'), c.title).toBeTruthy();
      const text = c.narration.join(' ');
      // A name counts where it is whole: "Claude Sonnet 4" is not named by "Claude Sonnet 4.6".
      for (const m of catalog.models) if (new RegExp(`\\b${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\.?\\w)`).test(text)) expect(query.get('model'), `${c.title} narrates ${m.name}`).toBe(m.id);
    }
  });

  it('a link says whether it fits, and names the chapter', () => {
    const link = sessionLink('https://example.test/app/session', 7, three);
    expect(link.startsWith('https://example.test/app/session?c=7#s=')).toBe(true);
    expect(fitsInLink(link)).toBe(true);
    expect(sessionLink('https://example.test/session', 2, null)).toBe('https://example.test/session?c=2');
    const big: Session = {
      title: 'Big',
      chapters: Array.from({ length: 60 }, (_, i) => ({ ...chapter(`Chapter ${i}`), notes: `${i} `.repeat(400) + Math.sin(i).toString(36) })),
    };
    expect(fitsInLink(sessionLink('https://example.test/session', 1, big))).toBe(false);
    expect(MAX_LINK_CHARS).toBe(8000);
  });

  it('reads the chapter number and reports a bad one', () => {
    expect(chapterNumberFrom('?c=7', 15)).toEqual({ value: 7, ignored: null });
    expect(chapterNumberFrom('', 15)).toEqual({ value: null, ignored: null });
    expect(chapterNumberFrom('?c=16', 15).value).toBeNull();
    expect(chapterNumberFrom('?c=0x7', 15).ignored).toContain('c=0x7');
    expect(chapterNumberFrom('?c=-1', 15).value).toBeNull();
  });

  it('a chapter links to its view with its scenario', () => {
    expect(chapterHref(chapter('x', '/simulate', 'preset=az-outage'))).toBe('/simulate?preset=az-outage');
    expect(chapterHref(chapter('x', '/'))).toBe('/');
  });
});

describe('a malformed or foreign file', () => {
  const valid = JSON.parse(serializeSessionFile(three)) as Record<string, unknown>;
  const withChapter = (patch: Record<string, unknown>) => JSON.stringify({ ...valid, chapters: [{ ...chapter('A'), ...patch }] });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['a JSON array', '[1,2]', /no JSON object/],
    ['a view export', JSON.stringify({ link: 'http://x/pricing', rows: [] }), /not a Bedrock Explorer session/],
    ['a newer format', JSON.stringify({ ...valid, version: 2 }), /newer version/],
    ['no chapters', JSON.stringify({ ...valid, chapters: [] }), /no chapters/],
    ['an unknown view', withChapter({ view: '/admin' }), /chapter 1, "view": view must be one of/],
    ['a view on another site', withChapter({ view: 'https://evil.test/' }), /"view"/],
    ['a huge title', withChapter({ title: 'x'.repeat(10_000) }), /"title": title is longer than 120/],
    ['too many narration lines', withChapter({ narration: ['1', '2', '3', '4', '5', '6'] }), /more than 5 lines/],
    ['a number for a title', withChapter({ title: 42 }), /title must be text/],
    ['a bad target', withChapter({ target: '<img src=x>' }), /"target"/],
    ['too large', ' '.repeat(SESSION_LIMITS.fileBytes + 1), /larger than 1 MB/],
  ])('%s gives a clear message', (_name, text, message) => {
    const result = parseSessionFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('keys named like built-in properties pollute nothing and are dropped', () => {
    const text = `{"format":"${SESSION_FORMAT}","version":1,"title":"T","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},
      "chapters":[{"title":"A","view":"/pricing","__proto__":{"polluted":1},"toString":"x","hasOwnProperty":1}]}`;
    const result = parseSessionFile(text);
    expect(result).toEqual({ ok: true, session: { title: 'T', chapters: [chapter('A')] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a query can only ever be a query of the chapter view', () => {
    const result = parseSessionFile(withChapter({ query: '?a=1#evil&b=//x.test' }));
    expect(result.ok && chapterHref(result.session.chapters[0]!)).toBe('/pricing?a=1%23evil&b=%2F%2Fx.test');
  });

  it('a damaged or cut link gives a message', () => {
    const hash = encodeSessionHash(three);
    expect(decodeSessionHash('#' + hash.slice(0, hash.length - 20))).toMatchObject({ ok: false });
    expect(decodeSessionHash('#s=!!!')).toMatchObject({ ok: false });
    expect(decodeSessionHash('#s=' + 'A'.repeat(20_000))).toMatchObject({ ok: false, error: expect.stringMatching(/too long/) });
    expect(decodeSessionHash('#top')).toBeNull();
    expect(decodeSessionHash('')).toBeNull();
  });

  it('never throws on arbitrary text or fragments', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(parseSessionFile(text).ok).toBe(false);
        decodeSessionHash('#s=' + text);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseSessionFile(JSON.stringify({ format: SESSION_FORMAT, version: 1, title: 'T', chapters: [json] }));
        if (result.ok) expect(result.session.chapters).toHaveLength(1);
      }),
    );
  });
});

describe('the presenter clock', () => {
  it('shows minutes and seconds, then hours', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59_999)).toBe('0:59');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
    expect(formatClock(-5)).toBe('0:00');
  });
});
