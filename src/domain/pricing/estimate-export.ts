import type { Projection } from './projection.ts';
import type { RequestCost } from './token-cost.ts';

export type EstimateRecord = {
  generatedAt: string;
  catalogVersion: string;
  model: { name: string; modelId: string; bedrockModelId: string; provider: string };
  priceScope: { id: string; label: string; source: string; asOf: string; uncertain: boolean };
  workload: {
    inputTokensPerRequest: number;
    outputTokensPerRequest: number;
    requestsPerDay: number;
    cacheReadShare: number;
    cacheWriteShare: number;
    batchShare: number;
  };
  pricesPer1M: { input: number; output: number; inputOverridden: boolean; outputOverridden: boolean };
  cost: Projection;
  breakdown: { part: string; tokensPerRequest: number; pricePer1M: number; costPerRequest: number }[];
  formula: string;
  warnings: string[];
  link: string;
};

export function buildEstimate(args: Omit<EstimateRecord, 'breakdown'> & { requestCost: RequestCost }): EstimateRecord {
  const { requestCost, ...rest } = args;
  return {
    ...rest,
    breakdown: requestCost.terms.map((t) => ({
      part: t.label,
      tokensPerRequest: t.tokens,
      pricePer1M: t.pricePer1M,
      costPerRequest: t.cost,
    })),
  };
}

function csvCell(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One "field,value" row per figure, then the breakdown table: opens cleanly in a spreadsheet. */
export function estimateToCsv(e: EstimateRecord): string {
  const rows: (string | number | boolean)[][] = [
    ['field', 'value'],
    ['model', e.model.name],
    ['model_id', e.model.modelId],
    ['price_scope', e.priceScope.label],
    ['price_source', e.priceScope.source],
    ['price_as_of', e.priceScope.asOf],
    ['price_uncertain', e.priceScope.uncertain],
    ['input_tokens_per_request', e.workload.inputTokensPerRequest],
    ['output_tokens_per_request', e.workload.outputTokensPerRequest],
    ['requests_per_day', e.workload.requestsPerDay],
    ['cache_read_share', e.workload.cacheReadShare],
    ['cache_write_share', e.workload.cacheWriteShare],
    ['batch_share', e.workload.batchShare],
    ['input_price_per_1m_usd', e.pricesPer1M.input],
    ['output_price_per_1m_usd', e.pricesPer1M.output],
    ['input_price_overridden', e.pricesPer1M.inputOverridden],
    ['output_price_overridden', e.pricesPer1M.outputOverridden],
    ['cost_per_request_usd', e.cost.perRequest],
    ['cost_per_day_usd', e.cost.perDay],
    ['cost_per_month_usd_730h', e.cost.perMonth],
    ['cost_per_year_usd', e.cost.perYear],
    ['formula', e.formula],
    ['catalog_version', e.catalogVersion],
    ['generated_at', e.generatedAt],
    ['link', e.link],
    [],
    ['part', 'tokens_per_request', 'price_per_1m_usd', 'cost_per_request_usd'],
    ...e.breakdown.map((b) => [b.part, b.tokensPerRequest, b.pricePer1M, b.costPerRequest]),
  ];
  for (const w of e.warnings) rows.push(['warning', w]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
