import { formatPercent } from '../../domain/format/percent.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { Badge } from '../../ui/provenance.tsx';
import type { BreakEvenModel } from './break-even-model.ts';
import { per1M, tokens, whole } from './format.ts';

function Tile({ label, value, detail, tone = 'neutral', testId }: { label: string; value: React.ReactNode; detail?: React.ReactNode; tone?: 'neutral' | 'ok' | 'danger'; testId: string }) {
  const border = tone === 'ok' ? 'border-ok' : tone === 'danger' ? 'border-danger' : 'border-line';
  return (
    <div className={`rounded-xl border-2 ${border} bg-surface px-3 py-2`} data-testid={testId}>
      <p className="text-sm font-medium text-muted">{label}</p>
      <div className="tabular text-2xl font-bold text-fg">{value}</div>
      {detail ? <div className="mt-0.5 text-sm leading-snug text-muted">{detail}</div> : null}
    </div>
  );
}

function Pair({ rows }: { rows: [string, string][] }) {
  return (
    <span className="grid grid-cols-[auto_1fr] items-baseline gap-x-2 text-xl">
      {rows.map(([k, v]) => (
        <span key={k} className="contents">
          <span className="text-sm font-medium text-muted">{k}</span>
          <span>{v}</span>
        </span>
      ))}
    </span>
  );
}

/** The answer first: one sentence at the user's volume, why there are two figures, then the figures. */
export function VerdictCard({ m }: { m: BreakEvenModel }) {
  const r = m.results;
  const be = r?.breakEven;
  const p = m.pairing;
  return (
    <section aria-label="Verdict" className="space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5" data-tour="break-even-verdict">
      <div aria-live="polite">
        <p className="text-xl font-semibold leading-snug text-fg sm:text-2xl" data-testid="verdict">
          {m.verdict.sentence}
        </p>
        {m.verdict.whyTwoFigures ? <p className="mt-1 text-base text-muted">{m.verdict.whyTwoFigures}</p> : null}
      </div>
      <div className={`rounded-lg border p-3 text-sm text-fg ${p.likeForLike ? 'border-line' : 'border-warn bg-warn-soft'}`} data-testid="pairing">
        {p.likeForLike ? (
          <p>
            <Badge tone="ok">like-for-like</Badge> {p.bedrockName} on Bedrock against the same open weights, {p.selfName}, on your own {m.selfHost.acceleratorName} GPUs.
          </p>
        ) : (
          <>
            <p>
              <Badge tone="warn">not like-for-like</Badge> {p.bedrockName} on Bedrock against {p.selfName} on your own GPUs: different models, different quality.{' '}
              {p.closedWeights
                ? `${p.bedrockName}’s weights are not released, so it cannot be self-hosted; the nearest you can run yourself is an open-weight model.`
                : 'Pick the same model on both sides for a fair comparison where the weights are available.'}
            </p>
            {p.counterpart ? (
              <p className="mt-2" data-testid="pairing-counterpart">
                <strong>Like-for-like instead:</strong> {p.counterpart.verdict.sentence}
              </p>
            ) : null}
          </>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Tile
          testId="break-even-volume"
          label="Break-even volume"
          tone={be?.kind === 'never' ? 'danger' : 'neutral'}
          value={!be ? '—' : be.kind === 'never' ? 'Never breaks even' : `${whole(m.verdict.firstBreakEvenRequestsPerDay ?? Number.NaN)} requests/day`}
          detail={
            !be || !r ? (
              'Enter a throughput per server and the server’s cost.'
            ) : be.kind === 'never' ? (
              <>A full server costs {per1M(r.per1MAtSafeLoad)} at its safe load, more than Bedrock’s {per1M(m.bedrock.price.value)}.</>
            ) : (
              <>
                = {tokens(be.tokensPerMonth)}/month on {whole(be.servers)} servers
                {m.verdict.sustainedRequestsPerDay !== null && m.verdict.whyTwoFigures
                  ? `; cheaper at every volume above ${whole(m.verdict.sustainedRequestsPerDay)} requests/day`
                  : ''}
              </>
            )
          }
        />
        <Tile
          testId="break-even-utilisation"
          label="Break-even utilization per server"
          value={r ? formatPercent(r.breakEvenUtilisation) : '—'}
          tone={r && r.breakEvenUtilisation > r.safeAverageLoad ? 'danger' : 'neutral'}
          detail={r ? <>of a server’s capacity, staff and spares excluded; your max load and peak allow {formatPercent(r.safeAverageLoad, 0)} on average.</> : null}
        />
        <Tile
          testId="cost-per-million"
          label="Per 1M tokens at your volume"
          value={
            <Pair
              rows={[
                ['Self, served', r ? per1M(r.per1MServed).replace('/1M', '') : '—'],
                ['Self, full use', r ? per1M(r.per1MFullUse).replace('/1M', '') : '—'],
                ['Bedrock', per1M(m.bedrock.price.value).replace('/1M', '')],
              ]}
            />
          }
          detail={r ? <>Served: the fleet’s cost ÷ the tokens it serves, idle capacity counted ({formatPercent(r.utilisation)} used). Full use: every server busy every hour.</> : null}
        />
        <Tile
          testId="monthly-verdict"
          label="Monthly cost at your volume"
          tone={r && r.selfMonthly < r.bedrockMonthly ? 'ok' : 'neutral'}
          value={
            <Pair
              rows={[
                ['Self', r ? formatUsd(r.selfMonthly) : '—'],
                ['Bedrock', formatUsd(m.bedrock.monthly)],
              ]}
            />
          }
          detail={r ? `${tokens(m.workload.tokensPerMonth)} a month; self-hosting needs ${whole(r.servers)} server${r.servers === 1 ? '' : 's'}.` : null}
        />
      </div>
    </section>
  );
}
