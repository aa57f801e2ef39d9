/** A request trace: arrival time (seconds from start), input and output tokens, as parallel arrays. */
export type Trace = { time: Float64Array; inputTokens: Int32Array; outputTokens: Int32Array };

export type TraceParseResult = { ok: true; trace: Trace } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/**
 * Parses "timestamp,input_tokens,output_tokens" CSV. A header line is allowed; blank lines and
 * lines starting with # are skipped. Timestamps must not decrease. Errors name their line number.
 */
export function parseTraceCsv(text: string, maxTokens = 1_000_000): TraceParseResult {
  const lines = text.split(/\r?\n/);
  const time: number[] = [];
  const input: number[] = [];
  const output: number[] = [];
  const errors: string[] = [];
  let last = -Infinity;
  let sawHeader = false;
  for (let i = 0; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const line = lines[i]!.trim();
    const lineNo = i + 1;
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split(/[,;\t]/).map((c) => c.trim());
    if (time.length === 0 && errors.length === 0 && /[a-df-z]/i.test(line) && !sawHeader) {
      sawHeader = true;
      continue;
    }
    if (cells.length !== 3) {
      errors.push(`line ${lineNo}: expected 3 columns (timestamp, input tokens, output tokens), found ${cells.length}`);
      continue;
    }
    const before = errors.length;
    const [t, a, b] = cells.map(Number) as [number, number, number];
    if (!Number.isFinite(t) || t < 0 || cells[0] === '') errors.push(`line ${lineNo}: timestamp "${cells[0]}" is not a number of seconds ≥ 0`);
    else if (t < last) errors.push(`line ${lineNo}: timestamp ${t} is earlier than the previous line (${last}); sort the trace by time`);
    else last = t;
    if (!Number.isInteger(a) || a < 1 || a > maxTokens) errors.push(`line ${lineNo}: input tokens "${cells[1]}" must be a whole number from 1 to ${maxTokens}`);
    if (!Number.isInteger(b) || b < 1 || b > maxTokens) errors.push(`line ${lineNo}: output tokens "${cells[2]}" must be a whole number from 1 to ${maxTokens}`);
    if (errors.length === before) {
      time.push(t);
      input.push(a);
      output.push(b);
    }
  }
  if (errors.length === 0 && time.length === 0) errors.push('the trace has no requests');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, trace: { time: Float64Array.from(time), inputTokens: Int32Array.from(input), outputTokens: Int32Array.from(output) } };
}
