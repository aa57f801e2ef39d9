import type { CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { formatPrice } from '../../domain/format/money.ts';
import { Button } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge, Provenance } from '../../ui/provenance.tsx';

const OTHER_PRICES: { key: keyof PricePoint; label: string }[] = [
  { key: 'cacheWritePer1M', label: 'Cache write (5 min)' },
  { key: 'cacheWrite1hPer1M', label: 'Cache write (1 hour)' },
  { key: 'cacheReadPer1M', label: 'Cache read' },
  { key: 'batchInputPer1M', label: 'Batch input' },
  { key: 'batchOutputPer1M', label: 'Batch output' },
];

export function PriceInputs({
  point,
  model,
  pin,
  pout,
  onChange,
}: {
  point: PricePoint;
  model: CatalogModel;
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
          value={pin ?? point.inputPer1M}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ pin: v === point.inputPer1M ? null : v })}
          hint={pin !== null ? `Your price; catalog: ${formatPrice(point.inputPer1M)}` : 'Catalog price'}
        />
        <NumberField
          label="Output price per 1M tokens"
          unit="USD"
          value={pout ?? point.outputPer1M}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ pout: v === point.outputPer1M ? null : v })}
          hint={pout !== null ? `Your price; catalog: ${formatPrice(point.outputPer1M)}` : 'Catalog price'}
        />
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {OTHER_PRICES.map(({ key, label }) => {
          const value = point[key];
          return (
            <div key={key} className="flex justify-between gap-2 border-b border-line py-1">
              <dt className="text-muted">{label}</dt>
              <dd className="tabular font-medium text-fg">{typeof value === 'number' ? formatPrice(value) : 'n/a'}</dd>
            </div>
          );
        })}
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {point.uncertain || model.uncertain ? <Badge tone="warn">uncertain</Badge> : null}
        {point.expired ? <Badge tone="danger">expired promotion</Badge> : null}
        <span className="text-sm text-muted">
          {point.label} · as of <span className="tabular">{point.asOf}</span>
        </span>
      </div>
      <div className="mt-1">
        <Provenance source={point.source} note={[point.note, model.notes].filter(Boolean).join(' ')} />
      </div>
    </Card>
  );
}
