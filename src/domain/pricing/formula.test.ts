import { describe, expect, it } from 'vitest';
import { costPerRequest } from './token-cost.ts';
import { formatCostFormula } from './formula.ts';
import { buildEstimate, estimateToCsv } from './estimate-export.ts';
import { project } from './projection.ts';

const w = { inputTokens: 1000, outputTokens: 500, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0 };

describe('formatCostFormula', () => {
  it('writes the worked example exactly as the issue states it', () => {
    expect(formatCostFormula(costPerRequest({ inputPer1M: 5, outputPer1M: 25 }, w))).toBe(
      '(1,000 × $5.00 + 500 × $25.00) / 1,000,000 = $0.0175 per request',
    );
  });
  it('lists cache terms with their own prices', () => {
    const text = formatCostFormula(
      costPerRequest({ inputPer1M: 3, outputPer1M: 15, cacheReadPer1M: 0.3 }, { ...w, cacheReadShare: 0.5 }),
    );
    expect(text).toBe('(500 × $3.00 + 500 × $0.30 + 500 × $15.00) / 1,000,000 = $0.00915 per request');
  });
});

describe('estimate export', () => {
  it('writes a CSV with a header, the figures and the breakdown, quoting commas', () => {
    const requestCost = costPerRequest({ inputPer1M: 5, outputPer1M: 25 }, w);
    const e = buildEstimate({
      generatedAt: '2026-11-21T00:00:00.000Z',
      catalogVersion: '2026-11-21',
      model: { name: 'Claude Opus 4.5', modelId: 'claude-opus-4-5', bedrockModelId: 'anthropic.claude-opus-4-5-20251101-v1:0', provider: 'Anthropic' },
      priceScope: { id: 'global-global', label: 'Global profile (global.)', source: 'a, b', asOf: '2026-08-01', uncertain: false },
      workload: { inputTokensPerRequest: 1000, outputTokensPerRequest: 500, requestsPerDay: 100, cacheReadShare: 0, cacheWriteShare: 0, batchShare: 0 },
      pricesPer1M: { input: 5, output: 25, inputOverridden: false, outputOverridden: false },
      cost: project(requestCost.total, 100),
      formula: formatCostFormula(requestCost),
      warnings: [],
      link: 'http://127.0.0.1/pricing',
      requestCost,
    });
    const csv = estimateToCsv(e);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('field,value');
    expect(csv).toContain('cost_per_request_usd,0.0175');
    expect(csv).toContain('price_source,"a, b"');
    expect(csv).toContain('Output,500,25,0.0125');
  });
});
