import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { visibleParamText, boolParam, enumParam, numberParam, optionalNumberParam, parseQuery, serializeQuery, stringParam } from './query-params.ts';

const specs = {
  n: numberParam(10, { min: 0, max: 1e12, integer: true }),
  mode: enumParam('a', ['a', 'b'] as const),
  on: boolParam(false),
  text: stringParam('hi', { maxLength: 5 }),
  price: optionalNumberParam({ min: 0 }),
};

describe('parseQuery', () => {
  it('returns defaults for an empty query', () => {
    expect(parseQuery('', specs)).toEqual({
      values: { n: 10, mode: 'a', on: false, text: 'hi', price: null },
      ignored: [],
    });
  });

  it('keeps valid values and reports each bad one with a reason', () => {
    const { values, ignored } = parseQuery('?n=-4&mode=b&on=yes&text=toolong&zzz=1&price=2.5', specs);
    expect(values).toEqual({ n: 10, mode: 'b', on: false, text: 'hi', price: 2.5 });
    expect(ignored.map((i) => i.key)).toEqual(['n', 'on', 'text', 'zzz']);
    expect(ignored[0]!.reason).toMatch(/minimum/);
    expect(ignored[3]!.reason).toBe('unknown parameter');
  });

  it('rejects non-numbers, fractions where integers are required, and absurd values', () => {
    expect(parseQuery('n=abc', specs).ignored[0]!.reason).toBe('not a number');
    expect(parseQuery('n=1.5', specs).ignored[0]!.reason).toBe('not a whole number');
    expect(parseQuery('n=1e13', specs).ignored[0]!.reason).toMatch(/maximum/);
    expect(parseQuery('n=', specs).ignored[0]!.reason).toBe('not a number');
  });

  it('never reaches an inherited property for a key named like one', () => {
    const hostile = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];
    for (const key of hostile) {
      const { values, ignored } = parseQuery(`${encodeURIComponent(key)}=1&n=3`, specs);
      expect(values).toEqual({ n: 3, mode: 'a', on: false, text: 'hi', price: null });
      expect(ignored).toEqual([{ key, raw: '1', reason: 'unknown parameter' }]);
      expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses number text a person does not mean', () => {
    expect(parseQuery('n=0x1F', specs).ignored[0]!.reason).toMatch(/hexadecimal/);
    expect(parseQuery('price=1e-400', specs).ignored[0]!.reason).toBe('too small to represent');
    expect(parseQuery('n=%D9%A3', specs).ignored[0]!.reason).toBe('use the digits 0–9');
    expect(parseQuery('n=123456789012345678901234567890', specs).ignored[0]!.reason).toMatch(/maximum/);
    expect(parseQuery(`n=${'9'.repeat(30)}&price=${'9'.repeat(30)}`, specs).values.price).toBe(1e30);
  });

  it('uses the first of repeated keys and reports the others', () => {
    const { values, ignored } = parseQuery('n=1&n=2', specs);
    expect(values.n).toBe(1);
    expect(ignored).toEqual([{ key: 'n', raw: '2', reason: 'given more than once; the first value is used' }]);
  });

  it('reports a flood of parameters in bounded space', () => {
    const query = Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&');
    const { ignored } = parseQuery(query, specs);
    expect(ignored).toHaveLength(101);
    expect(ignored.at(-1)).toEqual({ key: '…', raw: '', reason: 'and 4900 more parameters' });
  });

  it('round-trips any valid state through the URL', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom('a' as const, 'b' as const),
        fc.boolean(),
        fc.string({ maxLength: 5 }),
        fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
        (n, mode, on, text, price) => {
          const values = { n, mode, on, text, price };
          const query = serializeQuery(values, specs).toString();
          expect(parseQuery(query, specs)).toEqual({ values, ignored: [] });
        },
      ),
    );
  });

  it('omits defaults from the serialized query', () => {
    expect(serializeQuery({ n: 10, mode: 'a', on: false, text: 'hi', price: null }, specs).toString()).toBe('');
  });
});

describe('visibleParamText', () => {
  it('shows blank, invisible and direction-flipping text for what it is', () => {
    expect(visibleParamText('', 40)).toBe('(empty)');
    expect(visibleParamText(' ', 40)).toBe('␠');
    expect(visibleParamText('a\u202Eb', 40)).toBe('a\\u{202E}b');
    expect(visibleParamText('\u0000', 40)).toBe('\\u{0}');
    expect(visibleParamText('💥💥💥', 2)).toBe('💥💥…');
    expect(visibleParamText('model', 40)).toBe('model');
  });
});
