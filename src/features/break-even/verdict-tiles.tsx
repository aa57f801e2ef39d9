import { formatUsd } from '../../domain/format/money.ts';
import type { Scenario } from './resolve-scenario.ts';
import { num, pct, per1M, tokens } from './format.ts';

function Tile({ label, value, detail, tone = 'neutral', testId }: { label: string; value: React.ReactNode; detail?: React.ReactNode; tone?: 'neutral' | 'ok' | 'danger'; testId: string }) {
  const border = tone === 'ok' ? 'border-ok' : tone === 'danger' ? 'border-danger' : 'border-line';
  return (
    <div className={`rounded-xl border-2 ${border} bg-surface p-3`} data-testid={testId}>
      <p className="text-sm font-medium text-muted">{label}</p>
      <p className="tabular mt-1 text-2xl font-bold text-fg">{value}</p>
      {detail ? <div className="mt-1 text-sm text-muted">{detail}</div> : null}
    </div>
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
              tokens/month = {num(s.requestsPerDayAt(be.tokensPerMonth))} requests/day on {num(be.servers)} servers
              {be.sustainedFromTokensPerMonth > be.tokensPerMonth * 1.0001 ? `; cheaper for good above ${tokens(be.sustainedFromTokensPerMonth)}` : ''}
            </>
          )
        }
      />
      <Tile
        testId="break-even-utilisation"
        label="Break-even utilization per server"
        value={pct(s.breakEvenUtilisation)}
        tone={s.breakEvenUtilisation > s.inputs.maxLoad / s.inputs.peakToAverage ? 'danger' : 'neutral'}
        detail={<>of its capacity, busy every hour (staff and spares excluded); you allow at most {pct(s.inputs.maxLoad / s.inputs.peakToAverage, 0)} on average.</>}
      />
      <Tile
        testId="cost-per-million"
        label="Cost per 1M tokens at your volume"
        value={
          <span className="flex flex-wrap gap-x-3 text-xl">
            <span>Self {per1M(s.selfPer1M)}</span>
            <span>Bedrock {per1M(s.apiPrice)}</span>
          </span>
        }
        detail={<>at {tokens(s.volume)}/month; your fleet would run at {pct(s.utilisation)} utilization.</>}
      />
      <Tile
        testId="monthly-verdict"
        label="Monthly cost at your volume"
        tone={selfCheaper ? 'ok' : 'neutral'}
        value={
          <span className="flex flex-wrap gap-x-3 text-xl">
            <span>Self {formatUsd(s.selfMonthly)}</span>
            <span>Bedrock {formatUsd(s.apiMonthly)}</span>
          </span>
        }
        detail={s.usable ? (selfCheaper ? `Self-hosting is cheaper, on ${num(s.servers)} servers.` : `Bedrock is cheaper; self-hosting would need ${num(s.servers)} servers.`) : null}
      />
    </div>
  );
}
