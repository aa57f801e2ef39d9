import type { FleetSnapshot } from '../../domain/sim/simulation-types.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import { num, seconds } from './format.ts';
import { TimeChart, type ChartLine, type ChartMark } from './time-chart.tsx';

type Run = { label: string; frame: RunFrame; snap: FleetSnapshot };

/** The six fleet charts on one shared time axis; a second run is drawn dashed on the same axes. */
export function FleetCharts({ frames, labels, params, xMax }: { frames: RunFrame[]; labels: string[]; params: SimParams; xMax: number }) {
  const runs: Run[] = frames.flatMap((frame, i) => (frame.snapshot.kind === 'fleet' ? [{ label: labels[i] ?? `Run ${i + 1}`, frame, snap: frame.snapshot }] : []));
  const two = runs.length > 1;
  const tag = (_r: Run, i: number, what: string) => (two ? `${what} (${i === 0 ? 'A' : 'B'})` : what);
  const series = (r: Run, i: number, channel: string, label: string, color: string, scale = 1): ChartLine => ({
    key: `${i}-${channel}`,
    label: tag(r, i, label),
    color,
    times: r.snap.series.time,
    values: scale === 1 ? (r.snap.series.channels[channel] ?? []) : (r.snap.series.channels[channel] ?? []).map((v) => v * scale),
    dashed: i === 1,
  });
  const sample = (r: Run, i: number, key: string, label: string, color: string): ChartLine => ({
    key: `${i}-${key}`,
    label: tag(r, i, label),
    color,
    times: r.frame.samples.time,
    values: r.frame.samples.values[key] ?? [],
    dashed: i === 1,
  });
  const anyRetries = runs.some((r) => r.snap.summary.retries > 0);
  const anyThrottle = runs.some((r) => r.snap.summary.throttledAttempts > 0) || params.tpm > 0;
  const marks: ChartMark[] = runs.flatMap((r, i) =>
    r.frame.marks.map((m) => ({
      time: m.time,
      kind: m.kind,
      label: `${two ? `${i === 0 ? 'A' : 'B'}: ` : ''}autoscaler scales ${m.kind} at ${Math.round(m.time / 60)} min → ${m.replicasAfter} servers`,
    })),
  );
  const rate = (v: number) => num(v, v < 10 ? 1 : 0);

  return (
    <div className="grid gap-3 lg:grid-cols-2" data-testid="fleet-charts">
      <TimeChart
        id="requests"
        title="Requests per second"
        description="New requests arriving, gateway attempts including retries, requests served, and attempts throttled with HTTP 429."
        yLabel="req/s"
        xMax={xMax}
        format={rate}
        lines={runs.flatMap((r, i) => [
          series(r, i, 'arrivals', 'arriving', 'var(--chart-4)'),
          ...(anyRetries ? [series(r, i, 'attempts', 'attempts incl. retries', 'var(--chart-2)')] : []),
          series(r, i, 'completed', 'served', 'var(--chart-1)'),
          ...(anyThrottle ? [series(r, i, 'throttled', 'throttled (429)', 'var(--danger)')] : []),
        ])}
      />
      <TimeChart
        id="queue"
        title="Queue length"
        description="Requests waiting at servers for a batch slot, and sequences running in batches, time-averaged per bucket."
        yLabel="requests"
        xMax={xMax}
        format={(v) => num(v, 0)}
        lines={runs.flatMap((r, i) => [series(r, i, 'queueLength', 'waiting', 'var(--chart-3)'), series(r, i, 'inFlight', 'in batches', 'var(--chart-1)', 1)])}
      />
      <TimeChart
        id="replicas"
        title="Servers ready and booting"
        description="Servers taking traffic and servers booting or loading weights; triangles mark the autoscaler's scale-out (up) and scale-in (down) decisions."
        yLabel="servers"
        xMax={xMax}
        format={(v) => num(v, 0)}
        yMaxAtLeast={4}
        marks={marks}
        lines={runs.flatMap((r, i) => [series(r, i, 'replicasReady', 'ready', 'var(--chart-1)'), series(r, i, 'replicasBooting', 'booting + loading', 'var(--chart-3)')])}
      />
      <TimeChart
        id="utilization"
        title="GPU utilization"
        description="Share of batch capacity in use on ready servers, with the autoscaler's scale-out and scale-in thresholds."
        yLabel="%"
        xMax={xMax}
        format={(v) => `${Math.round(v)}`}
        yMaxAtLeast={100}
        rules={
          params.mode === 'on-demand' && params.auto
            ? [
                { value: params.up, label: `scale out > ${params.up} %`, color: 'var(--chart-3)' },
                { value: params.down, label: `scale in < ${params.down} %`, color: 'var(--chart-2)' },
              ]
            : []
        }
        lines={runs.map((r, i) => series(r, i, 'gpuUtilization', 'utilization', 'var(--chart-4)', 100))}
      />
      <TimeChart
        id="latency"
        title="Latency percentiles since start (log scale)"
        description="Time to first token and end-to-end latency, 50th and 99th percentiles of all requests completed so far, with the 2 s time-to-first-token objective."
        yLabel="seconds"
        xMax={xMax}
        log
        format={seconds}
        rules={[{ value: 2, label: 'TTFT objective 2 s', color: 'var(--danger)' }]}
        lines={runs.flatMap((r, i) => [
          sample(r, i, 'ttftP50', 'TTFT p50', 'var(--chart-1)'),
          sample(r, i, 'ttftP99', 'TTFT p99', 'var(--chart-4)'),
          sample(r, i, 'e2eP50', 'end-to-end p50', 'var(--chart-6)'),
          sample(r, i, 'e2eP99', 'end-to-end p99', 'var(--chart-5)'),
        ])}
      />
      <TimeChart
        id="cost"
        title="Cost per hour"
        description="What the servers cost per hour at the chosen GPU price, booting servers included."
        yLabel="$/h"
        xMax={xMax}
        format={(v) => `$${num(v, 0)}`}
        lines={runs.map((r, i) => series(r, i, 'costPerHour', 'servers', 'var(--chart-2)'))}
      />
    </div>
  );
}
