import type { Scenario } from './resolve-scenario.ts';
import { num, pct, per1M, tokens } from './format.ts';

function Tile({ label, value, detail, tone = 'neutral', testId }: { label: string; value: React.ReactNode; detail?: React.ReactNode; tone?: 'neutral' | 'ok' | 'danger'; testId: string }) {
  const border = tone === 'ok' ? 'border-ok' : tone === 'danger' ? 'border-danger' : 'border-line';
  return (
    <div className={`rounded-xl border-2 ${border} bg-surface px-3 py-2`} data-testid={testId}>
      <p className="text-sm font-medium text-muted">{label}</p>
      <p className="tabular text-2xl font-bold text-fg">{value}</p>
      {detail ? <div className="mt-0.5 text-sm leading-snug text-muted">{detail}</div> : null}
    </div>
  );
}

function dollars(n: number): string {
  return Number.isFinite(n) ? `$${num(n)}` : '—';
}

function Pair({ self, bedrock }: { self: string; bedrock: string }) {
  return (
    <span className="grid grid-cols-[auto_1fr] items-baseline gap-x-2 text-xl">
      <span className="text-sm font-medium text-muted">Self</span>
      <span>{self}</span>
      <span className="text-sm font-medium text-muted">Bedrock</span>
      <span>{bedrock}</span>
    </span>
  );
}

export function VerdictTiles({ s }: { s: Scenario }) {
  const be = s.breakEven;
  const never = be?.kind === 'never';
  const selfCheaper = s.usable && s.selfMonthly < s.apiMonthly;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-live="polite">
      <Tile
        testId="break-even-volume"
        label="Break-even volume"
        tone={never ? 'danger' : 'neutral'}
        value={!be ? '—' : be.kind === 'never' ? 'Never breaks even' : tokens(be.tokensPerMonth).replace(' tokens', '')}
        detail={
          !be ? (
            'Enter a throughput per server.'
          ) : be.kind === 'never' ? (
            <>
              A full server costs {per1M(be.costPer1MAtMaxLoad)} at max load, more than Bedrock’s {per1M(s.apiPrice)}.
            </>
          ) : (
            <>
              tokens/month = {num(s.requestsPerDayAt(be.tokensPerMonth))} requests/day, on {num(be.servers)} servers
              {be.sustainedFromTokensPerMonth > be.tokensPerMonth * 1.0001 ? `; cheaper at every volume above ${tokens(be.sustainedFromTokensPerMonth).replace(' tokens', '')}` : ''}
            </>
          )
        }
      />
      <Tile
        testId="break-even-utilisation"
        label="Break-even utilization per server"
        value={pct(s.breakEvenUtilisation)}
        tone={s.breakEvenUtilisation > s.inputs.maxLoad / s.inputs.peakToAverage ? 'danger' : 'neutral'}
        detail={<>of a server’s capacity, staff and spares excluded; your max load allows {pct(s.inputs.maxLoad / s.inputs.peakToAverage, 0)} on average.</>}
      />
      <Tile
        testId="cost-per-million"
        label={`Per 1M tokens at your ${tokens(s.volume).replace(' tokens', '')}/month`}
        value={<Pair self={per1M(s.selfPer1M).replace('/1M', '')} bedrock={per1M(s.apiPrice).replace('/1M', '')} />}
        detail={<>Your fleet would run at {pct(s.utilisation)} utilization.</>}
      />
      <Tile
        testId="monthly-verdict"
        label="Monthly cost at your volume"
        tone={selfCheaper ? 'ok' : 'neutral'}
        value={<Pair self={dollars(s.selfMonthly)} bedrock={dollars(s.apiMonthly)} />}
        detail={s.usable ? (selfCheaper ? `Self-hosting is cheaper, on ${num(s.servers)} servers.` : `Bedrock is cheaper; self-hosting would need ${num(s.servers)} servers.`) : null}
      />
    </div>
  );
}
