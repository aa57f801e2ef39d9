import { describe, expect, it } from 'vitest';
import { buildExportContext, chartCaption, csvPreamble } from './export-context.ts';

const ctx = buildExportContext({
  appVersion: '0.2.0',
  exportedAt: new Date('2026-12-02T10:00:00Z'),
  view: '/pricing',
  link: 'http://localhost/pricing?model=claude-sonnet-4-6',
  priceSources: [{ model: 'Claude Sonnet 4.6', pricePoint: 'us-east-1 standard', source: 'PL-FM-0929', asOf: '2026-09-29', confidence: 'confirmed' }],
  notes: ['line one\nline two'],
});

describe('export context', () => {
  it('opens a CSV with comment lines naming app, link and price sources', () => {
    const text = csvPreamble(ctx);
    const lines = text.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('# '))).toBe(true);
    expect(lines[0]).toBe('# Bedrock Explorer 0.2.0, /pricing, exported 2026-12-02T10:00:00.000Z');
    expect(lines[1]).toBe('# link: http://localhost/pricing?model=claude-sonnet-4-6');
    expect(lines[2]).toContain('PL-FM-0929, as of 2026-09-29, confirmed');
    // A note with a line break stays one comment line, so it cannot start a data row.
    expect(lines[3]).toBe('# note: line one line two');
  });
  it('captions a chart with its scenario and origin', () => {
    expect(chartCaption(ctx, 'Steady day, 100 req/s')).toEqual([
      'Steady day, 100 req/s',
      'Bedrock Explorer 0.2.0 · exported 2026-12-02 · http://localhost/pricing?model=claude-sonnet-4-6',
    ]);
  });
});
