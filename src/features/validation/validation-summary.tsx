import { Card } from '../../ui/card.tsx';
import type { ValidationView } from './validation-model.ts';
import { enUs } from '../../domain/format/en-us-number.ts';

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

/** An absolute error; from 10× off it reads as a ratio (a percentage of thousands says nothing). */
function off(x: number): string {
  return x >= 9 ? `${enUs(Math.round(1 + x))} × the published` : pct(x);
}

const KIND_TEXT: Record<ValidationView['summaries'][number]['kind'], string> = {
  'in-sample': 'In-sample',
  'held-out': 'Held out',
  'out-of-sample': 'Never fitted',
  all: 'All rows',
};

export function SummaryCard({ view }: { view: ValidationView }) {
  const band = `±${Math.round(view.band * 100)} %`;
  return (
    <Card>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Throughput error per source (scrolls sideways)">
        <table className="w-full text-left text-sm" data-testid="validation-summary">
          <caption className="sr-only">Median and worst throughput error per source, in-sample and held out</caption>
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">
                Points
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                Median error
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                Worst error
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Within {band}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.summaries.map((x) => (
              <tr key={`${x.source}-${x.kind}`} className="border-b border-line align-top last:border-0" data-summary={`${x.source === 'MLPerf Inference' ? 'mlperf' : 'trtllm'}-${x.kind}`}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="font-semibold text-fg">
                    {x.source}: {KIND_TEXT[x.kind]}
                  </span>
                  <span className="block text-muted">
                    {x.points} points, {x.label}
                  </span>
                </th>
                <td className="whitespace-nowrap py-2 pr-3 text-right text-lg font-bold tabular-nums text-fg sm:text-2xl">{pct(x.medianAbsError)}</td>
                <td className="py-2 pr-3 text-right">
                  <span className="block whitespace-nowrap text-lg font-bold tabular-nums text-fg sm:text-2xl">{pct(x.worstAbsError)}</span>
                  <span className="block text-xs text-muted">{x.worstLabel}</span>
                </td>
                <td className="whitespace-nowrap py-2 text-right text-lg font-bold tabular-nums text-fg sm:text-2xl">
                  {x.withinBand} of {x.points}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-muted">
        Throughput is output tokens per second of the whole published system. Two sets of factors are fitted: the trtllm-bench ones to the TensorRT-LLM points, and the
        MLPerf-harness ones to the dense MLPerf rows that carry their own configuration. An in-sample error is how well the model spans the points it was fitted to — not a
        prediction; the held-out rows score each model with factors refitted without it, which is closer to a prediction. Mixtral, DeepSeek-R1 and the v5.0 405B rows
        (configuration of v5.1, assumed) are never fitted. MLPerf Server and Interactive rows are read at the run’s published mean time per output token. Rows outside the
        band say why in the table. {view.summary.notScored === 1 ? '1 more point is listed, not scored.' : `${view.summary.notScored} more points are listed, not scored.`}
      </p>
      <p className="mt-2 text-sm text-fg" data-testid="validation-latency-summary">
        <span className="font-semibold">Latency at the published load</span> (the simulation engine run at each of the {view.latency.rows} MLPerf Server and Interactive rows’
        arrival rate, against the published means, band ±{Math.round(view.latency.band * 100)} %): time to first token within the band on {view.latency.ttftWithin} of{' '}
        {view.latency.rows} (median error {pct(view.latency.ttftMedianAbsError)}, worst {off(view.latency.ttftWorstAbsError)}), time per output token on {view.latency.tpotWithin} of{' '}
        {view.latency.rows} (median {pct(view.latency.tpotMedianAbsError)}, worst {off(view.latency.tpotWorstAbsError)}). The engine runs with the MLPerf harness’s fitted
        factors; every row outside the band says why in the table.
      </p>
    </Card>
  );
}

export function FactorsCard({ view }: { view: ValidationView }) {
  return (
    <Card className="mt-5" title="Fitted factors">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Fitted factors (scrolls sideways)">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-2 pr-4 font-medium">
                Factor
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Value
              </th>
              <th scope="col" className="py-2 font-medium">
                Fitted to
              </th>
            </tr>
          </thead>
          <tbody>
            {view.factors.map((f) => (
              <tr key={f.name} className="border-b border-line last:border-0">
                <td className="py-1.5 pr-4 text-fg">{f.name}</td>
                <td className="py-1.5 pr-4 tabular-nums text-fg">{f.value}</td>
                <td className="py-1.5 text-muted">{f.fittedTo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">
        The trtllm-bench factors are fitted together to the {view.summaries.find((x) => x.kind === 'in-sample')?.points} TensorRT-LLM points; the app’s own speeds use them. The
        four MLPerf-harness factors are fitted to the dense MLPerf rows only and apply only to MLPerf rows (a benchmark harness tuned per system is not a production
        deployment). Memory bandwidth efficiency (82 / 80 / 71 / 61 % at 1 / 2 / 4 / 8 GPUs) and collectives come from Vidur’s measured H100 profiles. Accelerators without a point (A100,
        L40S, L4, Trainium2, Inferentia2) reuse the Hopper factors, and their speeds say “estimate”.
      </p>
    </Card>
  );
}
