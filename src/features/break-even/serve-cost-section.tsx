import { Link } from 'react-router';
import { formatPercent } from '../../domain/format/percent.ts';
import type { ServeCostPer1M } from '../../domain/breakeven/serve-cost.ts';
import { Card } from '../../ui/card.tsx';
import { OverridableNumberField } from '../../ui/overridable-number-field.tsx';
import { Badge } from '../../ui/provenance.tsx';
import type { BreakEvenModel } from './break-even-model.ts';
import type { BreakEvenValues } from './break-even-params.ts';
import type { ServeCostView } from './serve-cost-view.ts';
import { per1M, whole } from './format.ts';

type Update = (patch: Partial<BreakEvenValues>) => void;

const PARTS: { key: keyof Omit<ServeCostPer1M, 'total'>; label: string }[] = [
  { key: 'hardware', label: 'Servers (depreciation)' },
  { key: 'power', label: 'Power' },
  { key: 'facility', label: 'Facility (colocation)' },
  { key: 'staff', label: 'Staff' },
];

function margin(x: number): string {
  return formatPercent(x, 0);
}

function CostTable({ s }: { s: ServeCostView }) {
  return (
    <table className="mt-4 w-full text-left text-sm" data-testid="serve-cost-table">
      <caption className="sr-only">Cost per 1M tokens served, by part</caption>
      <thead className="text-muted">
        <tr>
          <th scope="col" className="py-1 font-medium">
            Part
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Per 1M tokens
          </th>
        </tr>
      </thead>
      <tbody>
        {PARTS.map((p) => (
          <tr key={p.key} className="border-t border-line">
            <th scope="row" className="py-1 font-normal text-fg">
              {p.label}
            </th>
            <td className="tabular py-1 text-right text-fg">{per1M(s.owned[p.key])}</td>
          </tr>
        ))}
        <tr className="border-t-2 border-fg">
          <th scope="row" className="py-1 font-semibold text-fg">
            Cost to serve
          </th>
          <td className="tabular py-1 text-right font-bold text-fg">{per1M(s.owned.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The operator's side: what serving a token of the chosen model costs on this fleet, against Bedrock's price. */
export function ServeCostSection({ m, update }: { m: BreakEvenModel; update: Update }) {
  const s = m.serveCost;
  return (
    <section aria-labelledby="serve-heading" className="space-y-4" data-print="omit">
      <div>
        <h2 id="serve-heading" className="text-2xl font-bold tracking-tight text-fg">
          What a token costs to serve
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          The chosen model seen from the operator’s side: a fleet that owns its hardware pays for servers, power, facility and staff every hour; divided by the
          tokens it serves, that is a cost per 1M tokens to set beside Bedrock’s price. AWS does not publish its costs or its hardware: these are the
          self-hosting inputs above, on the accelerator chosen there.
        </p>
      </div>
      {!s ? (
        <p className="text-muted">The catalog has no complete price for this model.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <Card title={`${s.modelName} on ${s.acceleratorName}, owned`} headingLevel={3} className="min-w-0">
            <p className="mb-3 text-xs text-muted" data-testid="serve-speed">
              {s.closedWeights ? <Badge tone="warn">stand-in</Badge> : null}Speed: {s.speedLabel}.{' '}
              <Link to="/validation" className="underline">
                How the GPU model compares with published measurements
              </Link>
              .
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <OverridableNumberField
                label="Servers in the fleet"
                derived={s.servers.derived}
                override={s.servers.override}
                min={1}
                max={1e6}
                integer
                onOverrideChange={(fleet) => update({ fleet })}
                formatDefault={(x) => `${whole(x)}, your fleet at your volume`}
                defaultHint="Your fleet at your volume; the staff is spread over it."
              />
              <OverridableNumberField
                label="Utilization"
                unit="%"
                derived={s.utilizationPercent.derived}
                override={s.utilizationPercent.override}
                min={1}
                max={100}
                onOverrideChange={(util) => update({ util })}
                formatDefault={(x) => `${x} %, max load ÷ peak-to-average`}
                defaultHint="Share of full throughput serving paid tokens. Default: the average load a fleet sized as above runs at, at scale (max load ÷ peak-to-average)."
              />
            </div>
            {s.refusal ? <p className="mt-3 text-sm font-medium text-danger">{s.refusal}</p> : <CostTable s={s} />}
            {s.refusal ? null : (
              <p className="mt-2 text-xs text-muted">
                Range over the sourced ranges of server price, life, PUE, electricity, colocation and staff cost: {per1M(s.ownedCheapest.total)} to{' '}
                {per1M(s.ownedDearest.total)}.
                {s.rentedAtEc2 ? ` Renting the same servers at EC2’s on-demand price (${s.ec2Label}) would cost ${per1M(s.rentedAtEc2.total)}.` : ''}
              </p>
            )}
          </Card>
          <Card title="Against Bedrock’s price" headingLevel={3} className="min-w-0">
            <div className="space-y-3" data-testid="serve-margin">
              <dl className="grid gap-3 sm:grid-cols-2">
                <div>
                  <dt className="text-sm font-medium text-muted">Bedrock’s price for it</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{per1M(s.bedrockPricePer1M)}</dd>
                  <dd className="text-xs text-muted">{s.bedrockPriceLabel}, at your mix</dd>
                </div>
                <div>
                  <dt className="text-sm font-medium text-muted">Implied gross margin</dt>
                  <dd className="tabular text-2xl font-bold text-fg">{s.margin ? `${margin(s.margin.low)} to ${margin(s.margin.high)}` : '—'}</dd>
                  <dd className="text-xs text-muted">
                    {s.margin
                      ? `${margin(s.margin.central)} with the inputs as set${s.margin.atEc2 !== null ? `; ${margin(s.margin.atEc2)} if the servers cost EC2’s price` : ''}.`
                      : 'Needs a cost to serve.'}
                  </dd>
                </div>
              </dl>
              <p className="text-xs text-muted">
                Margin = (price − cost to serve) ÷ price. A negative margin means this fleet could not serve the model at Bedrock’s price. Bedrock’s real costs
                (its hardware and what it pays for it, utilization across customers, its serving stack) are not published.
              </p>
            </div>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-fg">Every input, labelled</summary>
              <dl className="mt-2 space-y-2 text-xs">
                {s.inputs.map((i) => (
                  <div key={i.label}>
                    <dt className="font-medium text-fg">
                      {i.label}: <span className="tabular">{i.value}</span> {i.assumption ? <Badge tone="warn">assumption</Badge> : null}
                    </dt>
                    <dd className="text-muted">{i.source}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </Card>
        </div>
      )}
    </section>
  );
}
