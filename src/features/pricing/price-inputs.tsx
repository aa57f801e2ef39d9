import { formatPrice } from '../../domain/format/money.ts';
import { Button } from '../../ui/button.tsx';
import { Card } from '../../ui/card.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { Badge } from '../../ui/provenance.tsx';
import type { PricingView } from './pricing-model.ts';

const CONFIDENCE: Record<string, { tone: 'ok' | 'neutral' | 'warn'; text: string }> = {
  confirmed: { tone: 'ok', text: 'confirmed by two sources' },
  'single-source': { tone: 'neutral', text: 'single source' },
  conflicting: { tone: 'warn', text: 'sources conflict' },
};

export function PriceInputs({ view, onChange }: { view: PricingView; onChange: (patch: { pin?: number | null; pout?: number | null }) => void }) {
  const { catalogPrices: cat, overridden, provenance } = view;
  const conf = CONFIDENCE[provenance.confidence] ?? CONFIDENCE['single-source']!;
  return (
    <Card
      title="Prices"
      actions={
        overridden.input || overridden.output ? (
          <Button onClick={() => onChange({ pin: null, pout: null })}>Reset to catalog prices</Button>
        ) : (
          <span className="text-sm text-muted">From the catalog · USD per 1M tokens</span>
        )
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Input price per 1M tokens"
          unit="USD"
          value={view.card.rates.input?.value ?? 0}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ pin: v === cat.input ? null : v })}
          hint={overridden.input ? `Your price; catalog: ${cat.input === null ? 'not published' : formatPrice(cat.input)}` : cat.input === null ? 'Not published.' : 'Catalog price'}
        />
        <NumberField
          label="Output price per 1M tokens"
          unit="USD"
          value={view.card.rates.output?.value ?? 0}
          min={0}
          max={1e6}
          onChange={(v) => onChange({ pout: v === cat.output ? null : v })}
          hint={overridden.output ? `Your price; catalog: ${cat.output === null ? 'not published' : formatPrice(cat.output)}` : cat.output === null ? 'Not published.' : 'Catalog price'}
        />
      </div>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        {view.priceRows.map((r) => (
          <div key={r.label} className="flex justify-between gap-2 border-b border-line py-1">
            <dt className="text-muted">{r.label}</dt>
            <dd className="tabular font-medium text-fg" title={r.derived}>
              {r.value === null ? 'not published' : formatPrice(r.value)}
              {r.derived ? <span className="ml-1 text-xs font-normal text-muted">(derived)</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-2" data-testid="price-provenance">
        <Badge tone={conf.tone}>{conf.text}</Badge>
        <span className="text-sm text-muted">
          {provenance.label} · as of <span className="tabular">{provenance.asOf}</span>
        </span>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-fg">Sources</summary>
        <ul className="mt-1 list-disc space-y-1 pl-5 break-words text-muted">
          {provenance.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {provenance.conflicts.length ? (
          <div className="mt-2">
            <p className="font-medium text-fg">Other values the sources give</p>
            <ul className="list-disc pl-5 break-words text-muted">
              {provenance.conflicts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {provenance.notes.map((n) => (
          <p key={n} className="mt-1 break-words text-xs italic text-muted">
            {n}
          </p>
        ))}
      </details>
    </Card>
  );
}
