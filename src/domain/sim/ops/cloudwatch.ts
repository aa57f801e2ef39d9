/**
 * Per-window metrics in the shape of Bedrock's CloudWatch runtime metrics (namespace AWS/Bedrock;
 * docs.aws.amazon.com/bedrock/latest/userguide/monitoring-runtime-metrics.html, read 2026-12-02):
 * Invocations (requests accepted for processing, failed ones included, throttled ones not),
 * InvocationLatency (ms, from the request sent to the last token), InvocationClientErrors,
 * InvocationServerErrors, InvocationThrottles, InputTokenCount, OutputTokenCount. Time to first token
 * is not among the runtime metrics found (Bedrock Agents publish a TTFT metric): it is shown labelled
 * as the simulator's own.
 *
 * How the simulator's answers map: throttles = 429 (ThrottlingException, ModelNotReadyException);
 * server errors = 5xx (InternalServerException 500, ServiceUnavailableException 503); client errors =
 * 408 ModelTimeoutException. Latency percentiles are of the requests that completed in the window,
 * measured from the client's first attempt (retries included).
 */
export const CLOUDWATCH_METRICS = [
  'Invocations',
  'InvocationLatencyP50',
  'InvocationLatencyP90',
  'InvocationLatencyP99',
  'InvocationThrottles',
  'InvocationClientErrors',
  'InvocationServerErrors',
  'InputTokenCount',
  'OutputTokenCount',
  /** Not a documented AWS/Bedrock runtime metric: the simulator's own, p90 of time to first token (ms). */
  'TimeToFirstTokenP90',
  /** Server errors ÷ invocations (0–1): what an SLA-style alarm watches. Derived, as CloudWatch metric math would. */
  'ServerErrorRate',
] as const;
export type CloudWatchMetric = (typeof CLOUDWATCH_METRICS)[number];

/** Whether a metric is one AWS documents for bedrock-runtime (false = the simulator's own or derived). */
export const DOCUMENTED_METRIC: Readonly<Record<CloudWatchMetric, boolean>> = {
  Invocations: true,
  InvocationLatencyP50: true,
  InvocationLatencyP90: true,
  InvocationLatencyP99: true,
  InvocationThrottles: true,
  InvocationClientErrors: true,
  InvocationServerErrors: true,
  InputTokenCount: true,
  OutputTokenCount: true,
  TimeToFirstTokenP90: false,
  ServerErrorRate: false,
};

/** Reads one of the fleet's series channels for a window (rates per second, latencies in seconds). */
export type ChannelReader = (channel: string) => number;

/** One window's CloudWatch-shaped values from the fleet's channels; `seconds` = the window's length. */
export function cloudWatchWindow(read: ChannelReader, seconds: number): Record<CloudWatchMetric, number> {
  const count = (c: string): number => Math.round(read(c) * seconds);
  const throttles = count('errThrottling') + count('errNotReady');
  const server = count('errInternal') + count('errUnavailable');
  const invocations = Math.max(0, count('attempts') - throttles);
  return {
    Invocations: invocations,
    InvocationLatencyP50: read('e2eP50') * 1000,
    InvocationLatencyP90: read('e2eP90') * 1000,
    InvocationLatencyP99: read('e2eP99') * 1000,
    InvocationThrottles: throttles,
    InvocationClientErrors: count('errModelTimeout'),
    InvocationServerErrors: server,
    InputTokenCount: count('ownInputTokensPerSecond'),
    OutputTokenCount: count('ownOutputTokensPerSecond'),
    TimeToFirstTokenP90: read('ttftP90') * 1000,
    ServerErrorRate: invocations > 0 ? server / invocations : 0,
  };
}

/** The whole series as CloudWatch-shaped windows (one per series bucket). */
export function cloudWatchSeries(series: { resolution: number; time: readonly number[]; channels: Readonly<Record<string, readonly number[]>> }): { time: number[]; metrics: Record<CloudWatchMetric, number[]> } {
  const metrics = Object.fromEntries(CLOUDWATCH_METRICS.map((m) => [m, [] as number[]])) as Record<CloudWatchMetric, number[]>;
  series.time.forEach((_, i) => {
    const w = cloudWatchWindow((c) => series.channels[c]?.[i] ?? NaN, series.resolution);
    for (const m of CLOUDWATCH_METRICS) metrics[m].push(w[m]);
  });
  return { time: series.time.slice(), metrics };
}
