import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../domain/url/query-params.ts';
import { SIM_PARAMS } from '../domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../domain/sim-view/training-presets.ts';
import { applySettings, linkQuery, parseSetting, resolveLinkParams } from './link-params.ts';

describe('--set key=value', () => {
  it('takes every /simulate link parameter with its own parser', () => {
    expect(parseSetting('rate=80')).toEqual({ ok: true, key: 'rate', raw: '80' });
    expect(parseSetting('rate=1,000')).toMatchObject({ ok: true });
    expect(parseSetting('auto=0')).toMatchObject({ ok: true, key: 'auto' });
    expect(parseSetting('lb=round-robin')).toMatchObject({ ok: true, key: 'lb' });
    const r = applySettings(defaultsOf(SIM_PARAMS), ['rate=1,000', 'auto=0', 'lb=round-robin', 'model=claude-haiku-4-5']);
    expect(r.ok && [r.values.rate, r.values.auto, r.values.lb, r.values.model]).toEqual([1000, false, 'round-robin', 'claude-haiku-4-5']);
  });

  it.each([
    ['__proto__=1', 'not a /simulate link parameter'],
    ['constructor=1', 'not a /simulate link parameter'],
    ['toString=x', 'not a /simulate link parameter'],
    ['hasOwnProperty=1', 'not a /simulate link parameter'],
    ['rate=abc', '--set rate=abc: not a number'],
    ['rate=0x1F', 'hexadecimal'],
    ['rate=1e-400', 'too small to represent'],
    ['rate=１２', 'use the digits 0–9'],
    ['rate=1e999', 'too large'],
    ['rate=100001', 'above the maximum 100000'],
    ['rate=-1', 'below the minimum 0'],
    ['seed=1.5', 'not a whole number'],
    ['seed=123456789012345678901234567890', 'above the maximum'],
    ['lb=random', 'not one of least-outstanding, round-robin, power-of-two'],
    ['model=../../etc/passwd', 'not in the expected form'],
    ['model=' + 'a'.repeat(500), 'longer than 80 characters'],
    ['rate', '--set needs key=value'],
    ['=5', '--set needs key=value'],
    ['preset=daily', 'use --preset'],
  ])('refuses %s with a clear message', (text, message) => {
    const r = parseSetting(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('shows invisible characters of a hostile key instead of printing them', () => {
    const r = parseSetting('ra\u202Ete=1');
    expect(!r.ok && r.message).toContain('ra\\u{202E}te');
  });

  it('refuses a key set twice, and never touches the prototype', () => {
    expect(applySettings(defaultsOf(SIM_PARAMS), ['rate=1', 'rate=2'])).toEqual({ ok: false, errors: ['--set rate is given twice'] });
    expect(applySettings(defaultsOf(SIM_PARAMS), ['__proto__=1']).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('--url <a copied /simulate link>', () => {
  it('reads the query of a full address, a path or a bare query, and refuses other views', () => {
    expect(linkQuery('https://example.org/bedrock/simulate?rate=5')).toEqual({ ok: true, search: '?rate=5' });
    expect(linkQuery('/simulate/?rate=5')).toEqual({ ok: true, search: '?rate=5' });
    expect(linkQuery('?rate=5')).toEqual({ ok: true, search: '?rate=5' });
    expect(linkQuery('https://example.org/pricing?model=x')).toMatchObject({ ok: false });
    expect(linkQuery('http://[::1')).toMatchObject({ ok: false, message: expect.stringContaining('not a link') });
  });

  it('runs the link as the web does: its values, a preset filled in under its own keys, and the ignored keys reported', () => {
    const r = resolveLinkParams({ url: 'https://example.org/simulate?preset=launch-spike&rate=55&__proto__=x&constructor=1&rate=9&pri=abc&qRpm=5' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const preset = presetParams(findTrainingPreset('launch-spike')!);
    expect(r.values).toEqual({ ...preset, rate: 55 });
    expect(r.notices).toEqual([
      'ignored __proto__=x: unknown parameter',
      'ignored constructor=1: unknown parameter',
      'ignored rate=9: given more than once; the first value is used',
      'ignored pri=abc: not a number',
    ]);
  });

  it('reports an unknown preset like the web notice and keeps the defaults', () => {
    const r = resolveLinkParams({ url: '/simulate?preset=no-such' });
    expect(r).toEqual({ ok: true, values: defaultsOf(SIM_PARAMS), notices: ['ignored preset=no-such: no preset of that name'] });
  });

  it('summarises a link with hundreds of keys in one line', () => {
    const query = Array.from({ length: 150 }, (_, i) => `k${i}=1`).join('&');
    const r = resolveLinkParams({ url: `?${query}` });
    expect(r.ok && r.notices.length).toBe(101);
    expect(r.ok && r.notices.at(-1)).toBe('ignored and 50 more parameters');
  });

  it('lets --set win over the link', () => {
    const r = resolveLinkParams({ url: '/simulate?rate=5&azs=2', sets: ['rate=7'] });
    expect(r.ok && [r.values.rate, r.values.azs]).toEqual([7, 2]);
  });
});

describe('docs/cli.md', () => {
  it('documents every link parameter of /simulate', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/cli.md', import.meta.url)), 'utf8');
    const table = doc.slice(doc.indexOf('## Link parameters'));
    const missing = Object.keys(SIM_PARAMS).filter((key) => !table.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
