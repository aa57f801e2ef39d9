import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { invokeModelId, pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import { buildEstimate, estimateToCsv } from '../../domain/pricing/estimate-export.ts';
import { formatCostFormula } from '../../domain/pricing/formula.ts';
import type { Projection } from '../../domain/pricing/projection.ts';
import type { RequestCost, TokenWorkload, UnitPrices } from '../../domain/pricing/token-cost.ts';
import { Button } from '../../ui/button.tsx';
import { downloadText } from '../../ui/download.ts';

export function ExportButtons(props: {
  catalog: Catalog;
  model: CatalogModel;
  point: PricePoint;
  workload: TokenWorkload;
  requestsPerDay: number;
  prices: UnitPrices;
  overridden: { input: boolean; output: boolean };
  requestCost: RequestCost;
  projection: Projection;
}) {
  const build = () =>
    buildEstimate({
      generatedAt: new Date().toISOString(),
      catalogVersion: props.catalog.catalogVersion,
      model: { name: props.model.name, modelId: props.model.id, bedrockModelId: invokeModelId(props.model), provider: props.model.provider },
      priceScope: {
        id: props.point.id,
        label: pricePointLabel(props.point),
        source: props.point.source.join(' · '),
        asOf: props.point.asOf,
        uncertain: props.point.confidence === 'conflicting',
      },
      workload: {
        inputTokensPerRequest: props.workload.inputTokens,
        outputTokensPerRequest: props.workload.outputTokens,
        requestsPerDay: props.requestsPerDay,
        cacheReadShare: props.workload.cacheReadShare,
        cacheWriteShare: props.workload.cacheWriteShare,
        batchShare: props.workload.batchShare,
      },
      pricesPer1M: {
        input: props.prices.inputPer1M,
        output: props.prices.outputPer1M,
        inputOverridden: props.overridden.input,
        outputOverridden: props.overridden.output,
      },
      cost: props.projection,
      formula: formatCostFormula(props.requestCost),
      warnings: props.requestCost.warnings,
      link: window.location.href,
      requestCost: props.requestCost,
    });
  const base = `bedrock-estimate-${props.model.id.replace(/[^\w.-]+/g, '_')}`;
  return (
    <>
      <Button onClick={() => downloadText(`${base}.csv`, estimateToCsv(build()), 'text/csv')}>Export CSV</Button>
      <Button onClick={() => downloadText(`${base}.json`, JSON.stringify(build(), null, 2) + '\n', 'application/json')}>Export JSON</Button>
    </>
  );
}
