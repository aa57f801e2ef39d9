import type { RefObject } from 'react';
import { Button } from '../../ui/button.tsx';
import { downloadPng, downloadSvg } from '../../ui/chart-export.ts';
import { currentExportContext } from '../../ui/export-context.ts';
import { pricingChartCaption } from './pricing-export.ts';
import type { PricingView } from './pricing-model.ts';

/** PNG and SVG of a chart, with its title and a caption carrying the scenario and the sources. */
export function ChartExportButtons({
  svgRef,
  view,
  chart,
  title,
  setting,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  view: PricingView;
  chart: 'catalog' | 'speed';
  title: string;
  setting: string;
}) {
  const heading = () => ({ title, caption: pricingChartCaption(view, currentExportContext(view.priceSources), chart, setting) });
  const name = `bedrock-${chart === 'catalog' ? 'cost-by-model' : 'price-vs-speed'}-${view.model.id}`;
  return (
    <div className="flex gap-2">
      <Button className="min-h-8 px-2 py-1 text-xs" onClick={() => svgRef.current && void downloadPng(svgRef.current, `${name}.png`, heading())}>
        Chart PNG
      </Button>
      <Button className="min-h-8 px-2 py-1 text-xs" onClick={() => svgRef.current && downloadSvg(svgRef.current, `${name}.svg`, heading())}>
        Chart SVG
      </Button>
    </div>
  );
}
