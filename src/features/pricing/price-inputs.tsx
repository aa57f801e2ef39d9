import type { CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { pricePointLabel } from '../../domain/catalog/catalog-lookup.ts';
import type { UnitPrices } from '../../domain/pricing/token-cost.ts';
import { formatPrice } from '../../domain/format/money.ts';
import { Button } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge, Provenance } from '../../ui/provenance.tsx';

function otherPrices(point: PricePoint, prices: UnitPrices): { label: string; value: number | null | undefined }[] {
  return [
    { label: 'Cache write (5 min)', value: point.cacheWrite5mPer1M },
    { label: 'Cache write (1 hour)', value: point.cacheWrite1hPer1M },
    { label: 'Cache write (30 min)', value: point.cacheWrite30mPer1M },
    { label: 'Cache read', value: point.cacheReadPer1M },
    { label: 'Batch input', value: prices.batchInputPer1M },
    { label: 'Batch output', value: prices.batchOutputPer1M },
  ];
}

export function PriceInputs({
  point,
  model,
  prices,
  pin,
  pout,
  onChange,
}: {
  point: PricePoint;
  model: CatalogModel;
  prices: UnitPrices;
  pin: number | null;
  pout: number | null;
  onChange: (patch: { pin?: number | null; pout?: number | null }) => void;
}) {
  const overridden = pin !== null || pout !== null;
  return (
    <Card
      title="Prices"
      actions={
        overridden ? (
          <Button onClick={() => onChange({ pin: null, pout: null })}>Reset to catalog prices</Button>
        ) : (
          <span className="text-sm text-muted">From the catalog · USD</span>
        )
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Input price per 1M tokens"
          unit="USD"
          value={pin ?? prices.inputPer1M}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ pin: v === prices.inputPer1M ? null : v })}
          hint={pin !== null ? `Your price; catalog: ${formatPrice(prices.inputPer1M)}` : 'Catalog price'}
        />
        <NumberField
          label="Output price per 1M tokens"
          unit="USD"
          value={pout ?? prices.outputPer1M}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ pout: v === prices.outputPer1M ? null : v })}
          hint={pout !== null ? `Your price; catalog: ${formatPrice(prices.outputPer1M)}` : 'Catalog price'}
        />
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {otherPrices(point, prices).map(({ label, value }) => {
          return (
            <div key={label} className="flex justify-between gap-2 border-b border-line py-1">
              <dt className="text-muted">{label}</dt>
              <dd className="tabular font-medium text-fg">{typeof value === 'number' ? formatPrice(value) : 'n/a'}</dd>
            </div>
          );
        })}
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {point.confidence === 'conflicting' ? <Badge tone="warn">sources conflict</Badge> : null}
        {point.confidence === 'single-source' ? <Badge>single source</Badge> : null}
        {point.validity?.kind === 'promotion' ? <Badge tone="warn">promotion</Badge> : null}
        <span className="text-sm text-muted">
          {pricePointLabel(point)} · as of <span className="tabular">{point.asOf}</span>
        </span>
      </div>
      <div className="mt-1">
        <Provenance source={point.source.join(' · ')} note={[point.note, point.derived, model.notes].filter(Boolean).join(' ')} />
      </div>
    </Card>
  );
}
