import { checkNumberRange, parseNumberText } from '../format/parse-number.ts';

/**
 * Typed, validated URL query parameters. A view declares its fields once; parsing never throws:
 * a malformed or out-of-range value falls back to the default and is reported as ignored.
 *
 * Every key in a link is hostile: a key is used only when it is one of the view's OWN parameters
 * (`__proto__`, `constructor` or `toString` must never reach an inherited property).
 */

export type ParamSpec<T> = {
  default: T;
  /** Returns the value, or a reason string when the raw text is not acceptable. */
  parse: (raw: string) => { ok: true; value: T } | { ok: false; reason: string };
  // Method syntax keeps the parameter bivariant, so specs of different types fit one record.
  serialize(value: T): string;
};

export type ParamSpecs = Record<string, ParamSpec<unknown>>;
export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never };
export type IgnoredParam = { key: string; raw: string; reason: string };

export function numberParam(
  defaultValue: number,
  opts: { min?: number; max?: number; integer?: boolean } = {},
): ParamSpec<number> {
  const { min = -Infinity, max = Infinity, integer = false } = opts;
  return {
    default: defaultValue,
    parse: (raw) => {
      const parsed = parseNumberText(raw);
      if (!parsed.ok) return { ok: false, reason: parsed.reason === 'empty' ? 'not a number' : parsed.reason };
      const value = parsed.value;
      const range = checkNumberRange(value, { min, max, integer });
      if (range.ok) return { ok: true, value };
      switch (range.reason) {
        case 'fraction':
          return { ok: false, reason: 'not a whole number' };
        case 'inexact':
          return { ok: false, reason: 'too large to hold exactly' };
        case 'below':
          return { ok: false, reason: `below the minimum ${min}` };
        case 'above':
          return { ok: false, reason: `above the maximum ${max}` };
      }
    },
    serialize: (value) => String(value),
  };
}

/** A number that may be absent (e.g. a price override); absent serializes to no parameter. */
export function optionalNumberParam(opts: { min?: number; max?: number } = {}): ParamSpec<number | null> {
  const inner = numberParam(0, opts);
  return {
    default: null,
    parse: (raw) => inner.parse(raw),
    serialize: (value) => (value === null ? '' : String(value)),
  };
}

export function enumParam<const T extends string>(defaultValue: T, values: readonly T[]): ParamSpec<T> {
  return {
    default: defaultValue,
    parse: (raw) =>
      (values as readonly string[]).includes(raw)
        ? { ok: true, value: raw as T }
        : { ok: false, reason: values.length <= 12 ? `not one of ${values.join(', ')}` : 'not a known value' },
    serialize: (value) => value,
  };
}

export function stringParam(defaultValue: string, opts: { maxLength?: number; pattern?: RegExp } = {}): ParamSpec<string> {
  const { maxLength = 2000, pattern } = opts;
  return {
    default: defaultValue,
    parse: (raw) => {
      if (raw.length > maxLength) return { ok: false, reason: `longer than ${maxLength} characters` };
      if (pattern && !pattern.test(raw)) return { ok: false, reason: 'not in the expected form' };
      return { ok: true, value: raw };
    },
    serialize: (value) => value,
  };
}

export function boolParam(defaultValue: boolean): ParamSpec<boolean> {
  return {
    default: defaultValue,
    parse: (raw) =>
      raw === '1' || raw === 'true'
        ? { ok: true, value: true }
        : raw === '0' || raw === 'false'
          ? { ok: true, value: false }
          : { ok: false, reason: 'not 1 or 0' },
    serialize: (value) => (value ? '1' : '0'),
  };
}

export function defaultsOf<S extends ParamSpecs>(specs: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(specs)) out[key] = specs[key]!.default;
  return out as ParamValues<S>;
}

/** The view's own parameter named `key`, never an inherited property such as `constructor`. */
export function ownSpec<S extends ParamSpecs>(specs: S, key: string): ParamSpec<unknown> | undefined {
  return Object.hasOwn(specs, key) ? specs[key] : undefined;
}

/** A link with more parameters than this is not a link a person made; the rest is reported in one line. */
export const MAX_REPORTED_PARAMS = 100;

export function parseQuery<S extends ParamSpecs>(
  search: string | URLSearchParams,
  specs: S,
): { values: ParamValues<S>; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = defaultsOf(specs) as Record<string, unknown>;
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  let extra = 0;
  const ignore = (item: IgnoredParam) => {
    if (ignored.length < MAX_REPORTED_PARAMS) ignored.push(item);
    else extra += 1;
  };
  for (const [key, raw] of params) {
    const spec = ownSpec(specs, key);
    if (!spec) {
      ignore({ key, raw, reason: 'unknown parameter' });
      continue;
    }
    if (seen.has(key)) {
      ignore({ key, raw, reason: 'given more than once; the first value is used' });
      continue;
    }
    seen.add(key);
    const parsed = spec.parse(raw);
    if (parsed.ok) values[key] = parsed.value;
    else ignore({ key, raw, reason: parsed.reason });
  }
  if (extra > 0) ignored.push({ key: '…', raw: '', reason: `and ${extra} more parameters` });
  return { values: values as ParamValues<S>, ignored };
}

/** Writes only values that differ from their defaults, so links stay short and readable. */
export function serializeQuery<S extends ParamSpecs>(values: ParamValues<S>, specs: S): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(specs)) {
    const spec = specs[key]!;
    const value = (values as Record<string, unknown>)[key];
    // null means "not set" (e.g. no price override), so it never appears in the link.
    if (value === spec.default || value === undefined || value === null) continue;
    params.set(key, spec.serialize(value));
  }
  return params;
}

/**
 * Link text as it can be shown safely: control, format (incl. bidirectional overrides) and
 * separator characters become \u{…} escapes and spaces become ␠, so an empty, blank or
 * direction-flipping key is visible for what it is; long text is cut with an ellipsis.
 */
export function visibleParamText(text: string, maxLength: number): string {
  if (text === '') return '(empty)';
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count === maxLength) return `${out}…`;
    if (ch === ' ') out += '␠';
    else if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(ch)) out += `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`;
    else out += ch;
    count += 1;
  }
  return out;
}
