import { Button } from '../../ui/button.tsx';
import { downloadText } from '../../ui/download.ts';
import { currentExportContext } from '../../ui/export-context.ts';
import { exportBaseName, pricingCsv, pricingJson } from './pricing-export.ts';
import type { PricingView } from './pricing-model.ts';

export function ExportButtons({ view }: { view: PricingView }) {
  const context = () =>
    currentExportContext(view.priceSources, [
      'Prices in USD per 1M tokens; costs in USD; a month is 730 hours.',
      ...view.notices.map((n) => n.text),
    ]);
  const base = exportBaseName(view);
  return (
    <>
      <Button onClick={() => downloadText(`${base}.csv`, pricingCsv(view, context()), 'text/csv')}>Export CSV</Button>
      <Button onClick={() => downloadText(`${base}.json`, pricingJson(view, context()), 'application/json')}>Export JSON</Button>
    </>
  );
}
