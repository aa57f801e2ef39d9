import { chartCaption, csvPreamble, type ExportContext } from '../../domain/export/export-context.ts';
import { invokeModelId, TIER_LABEL } from '../../domain/catalog/catalog-lookup.ts';
import type { PricingView } from './pricing-model.ts';

/**
 * The estimate as CSV and JSON. Each opens with the export context (link, app version, date, and
 * the source and as-of date of every price used); every column name carries its unit.
 */
export function pricingRecord(view: PricingView, ctx: ExportContext) {
  const w = view.workload;
  return {
    context: ctx,
    model: { name: view.model.name, catalogId: view.model.id, bedrockModelId: invokeModelId(view.model), provider: view.model.provider, lifecycle: view.model.lifecycle.status },
    pricePoint: {
      id: view.base.id,
      label: view.provenance.label,
      serviceTier: view.tier,
      cacheWriteLifetime: view.ttl,
      sources: view.provenance.sources,
      asOf: view.provenance.asOf,
      confidence: view.provenance.confidence,
      conflicts: view.provenance.conflicts,
      derived: view.provenance.notes.filter((n) => n.startsWith('Derived') || n.includes('× 1.10') || n.includes('÷ 1.10')),
    },
    pricesUsdPer1MTokens: {
      input: view.card.rates.input?.value ?? null,
      output: view.card.rates.output?.value ?? null,
      inputOverridden: view.overridden.input,
      outputOverridden: view.overridden.output,
      other: Object.fromEntries(view.priceRows.map((r) => [r.label, r.value])),
    },
    workload: {
      inputTokensPerRequest: w.inputTokens,
      outputTokensPerRequest: w.outputTokens,
      cacheReadShare01: w.cacheReadShare,
      cacheWriteShare01: w.cacheWriteShare,
      batchShare01: w.batchShare,
      requestsPerDay: view.requestsPerDay,
    },
    longContext: view.longContext,
    costUsd: view.projection,
    blendedUsdPer1MTokens: view.blendedPer1M,
    breakdown: view.cost.ok
      ? view.cost.lines.map((l) => ({ part: l.label, mode: l.mode, tokensPerRequest: l.tokens, priceUsdPer1MTokens: l.pricePer1M, costUsdPerRequest: l.cost, derived: l.derived ?? null }))
      : [],
    formula: view.cost.ok ? view.cost.formula : null,
    refused: view.cost.ok ? null : view.cost.reason,
    warnings: [...Object.values(view.fieldIssues), ...view.notices.map((n) => n.text)],
    compare: view.compare.map((c) => ({
      column: c.label,
      tier: TIER_LABEL[c.spec.tier],
      costUsd: c.projection,
      differenceUsdPerMonth: c.diffPerMonth,
      differenceShare01: c.diffShare,
      notPriced: c.reason,
    })),
  };
}

function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(rows: (string | number | boolean | null | undefined)[][]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

export function pricingCsv(view: PricingView, ctx: ExportContext): string {
  const r = pricingRecord(view, ctx);
  const p = r.costUsd;
  const fields: (string | number | boolean | null)[][] = [
    ['field', 'value'],
    ['model', r.model.name],
    ['model_catalog_id', r.model.catalogId],
    ['bedrock_model_id', r.model.bedrockModelId],
    ['price_point', r.pricePoint.label],
    ['service_tier', r.pricePoint.serviceTier],
    ['cache_write_lifetime', r.pricePoint.cacheWriteLifetime],
    ['price_source', r.pricePoint.sources.join(' · ')],
    ['price_as_of', r.pricePoint.asOf],
    ['price_confidence', r.pricePoint.confidence],
    ['input_price_usd_per_1m_tokens', r.pricesUsdPer1MTokens.input],
    ['output_price_usd_per_1m_tokens', r.pricesUsdPer1MTokens.output],
    ['input_price_overridden', r.pricesUsdPer1MTokens.inputOverridden],
    ['output_price_overridden', r.pricesUsdPer1MTokens.outputOverridden],
    ['input_tokens_per_request', r.workload.inputTokensPerRequest],
    ['output_tokens_per_request', r.workload.outputTokensPerRequest],
    ['requests_per_day', r.workload.requestsPerDay],
    ['cache_read_share_0_1', r.workload.cacheReadShare01],
    ['cache_write_share_0_1', r.workload.cacheWriteShare01],
    ['batch_share_0_1', r.workload.batchShare01],
    ['long_context_applies', r.longContext.active],
    ['cost_per_request_usd', p?.perRequest ?? null],
    ['cost_per_day_usd', p?.perDay ?? null],
    ['cost_per_month_usd_730h', p?.perMonth ?? null],
    ['cost_per_year_usd_8760h', p?.perYear ?? null],
    ['blended_price_usd_per_1m_tokens', r.blendedUsdPer1MTokens],
    ['formula', r.formula],
    ['not_priced_because', r.refused],
  ];
  const breakdown = [
    ['part', 'mode', 'tokens_per_request', 'price_usd_per_1m_tokens', 'cost_usd_per_request', 'derived'],
    ...r.breakdown.map((b) => [b.part, b.mode, b.tokensPerRequest, b.priceUsdPer1MTokens, b.costUsdPerRequest, b.derived]),
  ];
  const compare = r.compare.length
    ? [
        [],
        ['compare_column', 'tier', 'cost_per_request_usd', 'cost_per_day_usd', 'cost_per_month_usd_730h', 'cost_per_year_usd_8760h', 'difference_usd_per_month', 'difference_share_0_1', 'not_priced_because'],
        ...r.compare.map((c) => [c.column, c.tier, c.costUsd?.perRequest, c.costUsd?.perDay, c.costUsd?.perMonth, c.costUsd?.perYear, c.differenceUsdPerMonth, c.differenceShare01, c.notPriced]),
      ]
    : [];
  const warnings = r.warnings.map((w) => ['warning', w]);
  return csvPreamble(ctx) + table([...fields, [], ...breakdown, ...compare, ...(warnings.length ? [[], ...warnings] : [])]);
}

export function pricingJson(view: PricingView, ctx: ExportContext): string {
  return JSON.stringify(pricingRecord(view, ctx), null, 2) + '\n';
}

export function exportBaseName(view: PricingView): string {
  return `bedrock-estimate-${view.model.id}`;
}

/** Caption lines for a chart image: the scenario, the chart's own settings, where the figures come from. */
export function pricingChartCaption(view: PricingView, ctx: ExportContext, chart: 'catalog' | 'speed', chartSetting: string): string[] {
  const [scenario, origin] = chartCaption(ctx, `${view.summary} · ${chartSetting}`);
  const sources =
    chart === 'catalog'
      ? `Prices: catalog v2 (reference 2026-12-01), each model's default scope; sources and as-of dates per price in the CSV/JSON export.`
      : `Speeds observed on Bedrock (sources and dates in the table); prices: catalog v2, each model's default scope, standard tier.`;
  return [scenario!, sources, origin!];
}
