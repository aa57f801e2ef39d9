/**
 * Source files are hostile until checked: a key that names an object's machinery (__proto__,
 * constructor, prototype) refuses the whole file, wherever it sits, so that no later lookup can
 * be steered by it. The walk is bounded in depth and size.
 */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 40;

/** The path of the first forbidden key ("models.3.prices.__proto__"), or null. */
export function findHostileKey(value: unknown, path: string[] = [], depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return [...path, '(nesting deeper than 40 levels)'].join('.');
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    if (FORBIDDEN.has(key)) return [...path, key].join('.');
    const found = findHostileKey(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** A record's own property, never an inherited one. */
export function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
