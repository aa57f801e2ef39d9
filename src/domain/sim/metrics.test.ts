import { describe, expect, it } from 'vitest';
import { QuantileSketch } from './quantile-sketch.ts';
import { TimeSeries } from './time-series.ts';
import { parseTraceCsv } from './trace-csv.ts';

describe('TimeSeries', () => {
  it('keeps memory bounded by averaging pairs and doubling the resolution', () => {
    const ts = new TimeSeries(['rate'], 1, 100);
    for (let i = 0; i < 10_000; i++) ts.push([i % 2 === 0 ? 1 : 3]);
    const snap = ts.snapshot();
    expect(snap.time.length).toBeLessThanOrEqual(100);
    expect(snap.time.length).toBeGreaterThanOrEqual(50);
    expect(snap.resolution).toBeGreaterThan(1);
    // A per-second rate survives coarsening: the average stays 2.
    for (const v of snap.channels.rate!) expect(v).toBeCloseTo(2, 10);
    // Buckets are contiguous.
    snap.time.forEach((t, i) => expect(t).toBeCloseTo(i * snap.resolution, 9));
  });
});

describe('QuantileSketch', () => {
  it('returns quantiles within its relative accuracy', () => {
    const s = new QuantileSketch();
    for (let i = 1; i <= 100_000; i++) s.add(i / 1000);
    expect(s.quantile(0.5) / 50).toBeGreaterThan(0.99);
    expect(s.quantile(0.5) / 50).toBeLessThan(1.01);
    expect(s.quantile(0.99) / 99).toBeCloseTo(1, 1);
    expect(s.mean).toBeCloseTo(50.0005, 6);
  });
});

describe('trace CSV', () => {
  it('reads a trace with a header, comments and blank lines', () => {
    const r = parseTraceCsv('timestamp,input_tokens,output_tokens\n# day 1\n0,100,20\n\n0.5,200,30\n');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Array.from(r.trace.time)).toEqual([0, 0.5]);
      expect(Array.from(r.trace.inputTokens)).toEqual([100, 200]);
    }
  });

  it('names the line of every problem', () => {
    const r = parseTraceCsv('timestamp,in,out\n0,100,20\n1,abc,20\n0.5,10,10\n2,10\n3,10,0');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'line 3: input tokens "abc" must be a whole number from 1 to 1000000',
        'line 4: timestamp 0.5 is earlier than the previous line (1); sort the trace by time',
        'line 5: expected 3 columns (timestamp, input tokens, output tokens), found 2',
        'line 6: output tokens "0" must be a whole number from 1 to 1000000',
      ]);
    }
  });

  it('rejects an empty trace', () => {
    expect(parseTraceCsv('timestamp,in,out\n')).toEqual({ ok: false, errors: ['the trace has no requests'] });
  });
});
