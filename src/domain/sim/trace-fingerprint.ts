/**
 * A short, stable fingerprint of a trace's text (12 hex digits: two 32-bit FNV-1a hashes, 24 bits
 * each), so a link can name the trace it was run with without carrying it. Not a security hash.
 */
export function traceFingerprint(csv: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ csv.length;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (x: number) => ((x >>> 8) & 0xffffff).toString(16).padStart(6, '0');
  return hex(a) + hex(b);
}

/** Most request lines a trace may have (the CLI and the browser accept the same). */
export const MAX_TRACE_LINES = 200_000;
