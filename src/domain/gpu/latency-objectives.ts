/**
 * MLPerf Inference Server-scenario latency limits (p99), the published objectives a serving system is
 * held to. From mlcommons/inference loadgen/mlperf.conf via gpu-models-benchmarks-2026.md §3.1.
 * The break-even uses them as default TTFT / TPOT objectives for a model class.
 */
import type { ModelArchitecture } from './model-architectures.ts';

export type LatencyObjective = {
  benchmark: string;
  ttftSeconds: number;
  tpotSeconds: number;
  /** Since which MLPerf round the benchmark exists. */
  since: string;
};

const SOURCE = 'mlcommons/inference loadgen/mlperf.conf (Server scenario, p99 targets), via gpu-models-benchmarks-2026.md §3.1';

export const MLPERF_SERVER_LIMITS: readonly LatencyObjective[] = [
  { benchmark: 'llama2-70b', ttftSeconds: 2, tpotSeconds: 0.2, since: 'v4.0' },
  { benchmark: 'llama2-70b-interactive', ttftSeconds: 0.45, tpotSeconds: 0.04, since: 'v5.0' },
  { benchmark: 'mixtral-8x7b', ttftSeconds: 2, tpotSeconds: 0.2, since: 'v4.0' },
  { benchmark: 'llama3_1-405b', ttftSeconds: 6, tpotSeconds: 0.175, since: 'v5.0' },
  { benchmark: 'llama3_1-405b-interactive', ttftSeconds: 4.5, tpotSeconds: 0.08, since: 'v5.1' },
  { benchmark: 'llama3_1-8b', ttftSeconds: 2, tpotSeconds: 0.1, since: 'v5.1' },
  { benchmark: 'llama3_1-8b-interactive', ttftSeconds: 0.5, tpotSeconds: 0.03, since: 'v5.1' },
  { benchmark: 'deepseek-r1', ttftSeconds: 2, tpotSeconds: 0.08, since: 'v5.1' },
  { benchmark: 'deepseek-r1-interactive', ttftSeconds: 1.5, tpotSeconds: 0.015, since: 'v5.1' },
];

export const MLPERF_LIMITS_SOURCE = SOURCE;

export function mlperfLimit(benchmark: string): LatencyObjective {
  const l = MLPERF_SERVER_LIMITS.find((x) => x.benchmark === benchmark);
  if (!l) throw new RangeError(`unknown MLPerf benchmark ${benchmark}`);
  return l;
}

/**
 * The MLPerf server objective of the nearest benchmark class for a model: DeepSeek-style MoE →
 * deepseek-r1; other MoE → mixtral-8x7b; dense by active size: ≤ 15 B → llama3_1-8b,
 * ≤ 100 B → llama2-70b, larger → llama3_1-405b. `interactive` picks the tighter variant where one exists.
 * The mapping from a model to a benchmark class is an assumption; the limits are MLPerf's.
 */
export function defaultLatencyObjective(m: ModelArchitecture, interactive = false): LatencyObjective & { mapping: string; source: string } {
  const active = m.activeParameters / 1e9;
  let benchmark: string;
  if (m.moe && m.attention.kind === 'mla') benchmark = 'deepseek-r1';
  else if (m.moe) benchmark = 'mixtral-8x7b';
  else if (active <= 15) benchmark = 'llama3_1-8b';
  else if (active <= 100) benchmark = 'llama2-70b';
  else benchmark = 'llama3_1-405b';
  const variant = interactive && MLPERF_SERVER_LIMITS.some((x) => x.benchmark === `${benchmark}-interactive`) ? `${benchmark}-interactive` : benchmark;
  return {
    ...mlperfLimit(variant),
    mapping: `assumption: ${m.name} is held to MLPerf's ${variant} limits (nearest benchmark class)`,
    source: SOURCE,
  };
}
