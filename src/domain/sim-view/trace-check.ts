import { parseTraceCsv } from '../sim/trace-csv.ts';
import { MAX_TRACE_LINES, traceFingerprint } from '../sim/trace-fingerprint.ts';

/**
 * Whether an uploaded trace can run as the trace a link names: the message for its field, or null.
 *
 * The page validates its settings on every render that builds scenarios, and React may render the
 * same settings many times before it commits (a router transition restarted by a playing run's
 * frames). Parsing 200,000 lines takes 0.1–0.5 s, so the last answer is kept: the same text (the same
 * string, compared by identity first) and fingerprint give the same answer without parsing again.
 */
let last: { csv: string; fingerprint: string; message: string | null } | null = null;

export function traceProblem(csv: string, fingerprint: string): string | null {
  if (last !== null && last.csv === csv && last.fingerprint === fingerprint) return last.message;
  const message = checkTrace(csv, fingerprint);
  last = { csv, fingerprint, message };
  return message;
}

function checkTrace(csv: string, fingerprint: string): string | null {
  const actual = traceFingerprint(csv);
  if (actual !== fingerprint) return `The loaded trace (${actual}) is not the one this link names (${fingerprint}). Upload the same file.`;
  const lines = csv.split('\n').length;
  if (lines > MAX_TRACE_LINES + 1) return `The trace has ${lines.toLocaleString('en-US')} lines; at most ${MAX_TRACE_LINES.toLocaleString('en-US')} requests are accepted.`;
  const parsed = parseTraceCsv(csv);
  return parsed.ok ? null : parsed.errors.slice(0, 3).join('; ');
}
