import { describe, expect, it } from 'vitest';
import { enUs } from './en-us-number.ts';

describe('enUs', () => {
  it('writes what toLocaleString("en-US") writes', () => {
    for (const n of [0, 7, 999, 1000, 1234.5678, 70072.4, -1234567, 1e21, 0.0005, Math.round(86625.92)]) expect(enUs(n)).toBe(n.toLocaleString('en-US'));
  });
});
