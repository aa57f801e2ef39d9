import { traceFingerprint } from '../../domain/sim/trace-fingerprint.ts';

/**
 * Uploaded traces kept in memory for this tab, by fingerprint: the link names a trace, never carries
 * it. (Minimal stand-in by the engine engineer; simview replaces it with IndexedDB.)
 */
const traces = new Map<string, string>();

export function rememberTrace(csv: string): string {
  const fp = traceFingerprint(csv);
  traces.set(fp, csv);
  return fp;
}

export function recallTrace(fingerprint: string): string | undefined {
  return fingerprint === '' ? undefined : traces.get(fingerprint);
}
