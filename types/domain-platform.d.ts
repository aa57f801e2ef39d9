/**
 * The few web-platform APIs the domain may use because Node, Web Workers and browsers all provide
 * them (WHATWG Encoding and URL standards). Declared here, for tsconfig.domain.json only, instead of
 * pulling in the DOM library, so a DOM type in src/domain fails the type check.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string | URLSearchParams | Record<string, string> | [string, string][]);
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  entries(): IterableIterator<[string, string]>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
