import { scaleLinear } from 'd3';
import { useStore } from 'zustand';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { observedFor } from '../../domain/journey/latency-model.ts';
import { formatMs } from './client-progress.ts';
import { stageOf, type PlaybackStore } from './playback-store.ts';

type Bar = { key: string; label: string; start: number; end: number; tone: string; stageIndex: number };

function bars(trace: Trace): Bar[] {
  const out: Bar[] = [];
  trace.stages.forEach((s, i) => {
    if (s.id === 'inference' && s.status !== 'failed') {
      const firstToken = s.startMs + trace.latency.prefillMs;
      out.push({ key: 'prefill', label: `${s.number}. Prefill (first token)`, start: s.startMs, end: firstToken, tone: 'bg-chart-3', stageIndex: i });
      out.push({
        key: 'decode',
        label: `${s.number}. Decode at ${trace.latency.decodeTokensPerSecond.toFixed(0)} tok/s`,
        start: firstToken,
        end: s.endMs,
        tone: 'bg-chart-2',
        stageIndex: i,
      });
      return;
    }
    const tone =
      s.status === 'failed' ? 'bg-danger' : s.id === 'network' || s.id === 'response' ? 'bg-chart-4' : s.id === 'deployment' ? 'bg-chart-5' : s.status === 'retried' ? 'bg-warn' : 'bg-chart-1';
    out.push({ key: `${s.id}-${i}`, label: `${s.number}. ${label(s.id, s.title)}`, start: s.startMs, end: s.endMs, tone, stageIndex: i });
  });
  return out;
}

function label(id: string, title: string): string {
  const map: Record<string, string> = {
    client: 'Build and sign',
    network: 'Network, one way',
    endpoint: 'Endpoint: TLS, validation',
    iam: 'IAM auth',
    quota: 'Quota check',
    'guardrail-input': 'Guardrail (input)',
    records: 'Records',
    'prompt-router': 'Prompt router',
    routing: 'Routing',
    deployment: 'Load balancer + queue',
    'guardrail-output': 'Guardrail (output)',
    response: 'Back to you',
    logging: 'Invocation log (async)',
  };
  return title.startsWith('Error') ? 'Error back to you' : (map[id] ?? title);
}

/** Where the time goes, stage by stage, on one linear time axis. */
export function LatencyWaterfall({ store, trace }: { store: PlaybackStore; trace: Trace }) {
  const index = useStore(store, (s) => stageOf(s.position, trace.stages.length));
  const total = Math.max(1, trace.totalMs);
  const x = scaleLinear().domain([0, total]).range([0, 100]);
  const rows = bars(trace);
  const obs = observedFor(trace.model.modelId);
  const l = trace.latency;
  return (
    <section aria-labelledby="waterfall-title" className="rounded-xl border border-line bg-surface p-4" data-testid="waterfall" data-tour="journey-waterfall">
      <h2 id="waterfall-title" className="text-lg font-semibold text-fg">
        Where the time goes
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {[
          ['Time to first token', trace.clientFirstTokenMs === null ? '—' : formatMs(trace.clientFirstTokenMs)],
          ['Decode speed', trace.outcome.ok ? `${l.decodeTokensPerSecond.toFixed(0)} tok/s` : '—'],
          ['Queue wait', `${formatMs(l.queueMs)}${trace.scenario.mode === 'on-demand' ? ` · ${trace.scenario.tier}` : ''}`],
          [trace.outcome.ok ? 'Total' : 'Until the error', formatMs(trace.totalMs)],
        ].map(([k, v]) => (
          <div key={k} className="rounded-md bg-surface-2 px-2 py-1.5">
            <dt className="text-xs font-medium text-muted">{k}</dt>
            <dd className="tabular text-lg font-bold text-fg">{v}</dd>
          </div>
        ))}
      </dl>
      <table className="mt-3 w-full table-fixed text-sm">
        <caption className="sr-only">Start and duration of each stage in milliseconds</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Timeline</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.stageIndex === index ? 'bg-accent-soft' : undefined} aria-current={r.stageIndex === index ? 'step' : undefined}>
              <th scope="row" className="w-[42%] truncate py-0.5 pr-2 text-left font-medium text-fg" title={r.label}>
                {r.label}
              </th>
              <td className="py-0.5">
                <div className="relative h-4 rounded-sm bg-surface-2">
                  <div
                    className={`absolute top-0 h-4 rounded-sm ${r.tone}`}
                    style={{ left: `${x(r.start)}%`, width: `max(3px, ${x(r.end) - x(r.start)}%)` }}
                  />
                </div>
              </td>
              <td className="tabular w-[20%] py-0.5 pl-2 text-right text-fg">{formatMs(r.end - r.start)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">
        Linear axis from 0 to {formatMs(total)}. Network, service and queue times are labelled assumptions; prefill and decode come from
        the GPU roofline ({trace.architecture.assumption ? 'with an assumed model size' : trace.architecture.name}).
        {trace.retryMs > 0 ? ` ${formatMs(trace.retryMs)} went to throttled attempts and SDK backoff.` : ''}
      </p>
      <p className="mt-2 text-xs text-muted" data-testid="speed-basis">
        Decode speed basis: {trace.speedLabel}.{trace.cache.read ? ` Prefill skipped ${trace.cache.read.toLocaleString('en-US')} cached tokens.` : ''}
        {trace.cost && trace.cost.totalUsd !== null ? ` This request at list price (${trace.prices!.label}): $${trace.cost.totalUsd.toPrecision(3)}.` : ''}
      </p>
      {trace.observedTtft ? (
        <p className="mt-2 rounded-md border border-line px-2 py-1.5 text-xs text-fg" data-testid="observed-ttft">
          <span className="font-semibold">Observed time to first token</span>: {trace.observedTtft.seconds.toFixed(2)} s ({trace.observedTtft.where}). It includes the
          tester’s network, connection set-up and service work this model leaves out, so the modelled figure above is lower.
        </p>
      ) : null}
      {obs ? (
        <p className="mt-2 rounded-md border border-line px-2 py-1.5 text-xs text-fg" data-testid="observed">
          <span className="font-semibold">Observed on Bedrock</span> ({obs.label}): {obs.tokensPerSecond}, time to first token {obs.ttft}. Source:{' '}
          {obs.source}. Observed TTFT includes the tester’s network, connection set-up and load we do not model.
        </p>
      ) : null}
    </section>
  );
}
