import { describe, expect, it, vi } from 'vitest';
import * as csvModule from '../sim/trace-csv.ts';
import { traceFingerprint } from '../sim/trace-fingerprint.ts';
import { traceProblem } from './trace-check.ts';

vi.mock('../sim/trace-csv.ts', { spy: true });

describe('traceProblem', () => {
  it('accepts a good trace, names a bad line and a foreign file', () => {
    const good = 'timestamp,input_tokens,output_tokens\n0,100,20\n0.5,120,30\n';
    expect(traceProblem(good, traceFingerprint(good))).toBeNull();
    const bad = '0,100,20\n1,abc,20\n';
    expect(traceProblem(bad, traceFingerprint(bad))).toMatch(/line 2/);
    expect(traceProblem(good, traceFingerprint(bad))).toMatch(/not the one this link names/);
  });

  it('parses a trace once while the same text and fingerprint come back, again when either changes', () => {
    const parse = vi.mocked(csvModule.parseTraceCsv);
    const a = Array.from({ length: 1000 }, (_, i) => `${i * 0.01},${200 + (i % 9)},${20 + (i % 5)}`).join('\n');
    const b = `${a}\n10,300,40`;
    parse.mockClear();
    for (let i = 0; i < 5; i++) expect(traceProblem(a, traceFingerprint(a))).toBeNull();
    expect(parse).toHaveBeenCalledTimes(1);
    expect(traceProblem(b, traceFingerprint(b))).toBeNull();
    expect(parse).toHaveBeenCalledTimes(2);
    // A different fingerprint for the same text is a different question: the file is not the link's.
    expect(traceProblem(b, traceFingerprint(a))).toMatch(/not the one this link names/);
    expect(traceProblem(b, traceFingerprint(b))).toBeNull();
    expect(parse).toHaveBeenCalledTimes(3);
  });
});
