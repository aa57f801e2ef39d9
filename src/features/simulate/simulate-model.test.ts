import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../domain/format/percent.ts';
import { parseScenario } from '../../domain/sim/scenario-schema.ts';
import { createSimulation } from '../../domain/sim/simulation.ts';
import { buildScenarios, validateParams } from '../../domain/sim-view/build-scenario.ts';
import { RunRecorder, type RunFrame } from '../../domain/sim-view/run-recorder.ts';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../../domain/sim-view/training-presets.ts';
import { describeScenario, invalidFields, simulateModel } from './simulate-model.ts';

function run(params: SimParams): { frames: RunFrame[]; labels: string[] } {
  const built = buildScenarios(params);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const frames = built.scenarios.map((input) => {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const rec = new RunRecorder(createSimulation(parsed.scenario), 60);
    rec.advanceTo(Infinity);
    return rec.frame();
  });
  return { frames, labels: built.labels };
}

const preset = (id: string, patch: Partial<SimParams> = {}) => ({ ...presetParams(findTrainingPreset(id)!), ...patch });

describe('simulateModel, fleet', () => {
  const params = preset('throttled-default-quota', { dur: 600 });
  const { frames, labels } = run(params);
  const model = simulateModel({ params, frames, labels });
  const summary = frames[0]!.snapshot.kind === 'fleet' ? frames[0]!.snapshot.summary : null;

  it('shows the run’s figures with the shared formatters', () => {
    const throttle = model.cards.find((c) => c.key === 'throttle')!;
    expect(throttle.kind === 'values' && throttle.rows[0]!.text).toBe(formatPercent(summary!.throttleRate));
    expect(summary!.throttleRate).toBeGreaterThan(0.05);
    const ttft = model.cards.find((c) => c.key === 'ttft')!;
    expect(ttft.kind === 'percentiles' && ttft.rows[0]!.p50).toMatch(/^\d+(\.\d+)? m?s$/);
  });

  it('names the cost for what it is: the simulated servers, not Bedrock’s price', () => {
    const cost = model.cards.find((c) => c.key === 'cost')!;
    expect(cost.title).toBe('Server cost per 1M tokens');
    expect(cost.note).toMatch(/not Bedrock’s price/);
    expect(model.charts.find((c) => c.id === 'cost')!.title).toBe('Server cost per hour');
  });

  it('draws six charts on the shared axis, with the throttled line when a quota is set', () => {
    expect(model.charts.map((c) => c.id)).toEqual(['requests', 'queue', 'replicas', 'utilization', 'latency', 'cost']);
    const requests = model.charts[0]!;
    expect(requests.lines.map((l) => l.label)).toContain('throttled (429)');
    const utilization = model.charts.find((c) => c.id === 'utilization')!;
    // The engine's 0–1 share is drawn in percent, as the axis says.
    const raw = frames[0]!.snapshot.series.channels.gpuUtilization!;
    expect(utilization.lines[0]!.values[3]).toBeCloseTo(raw[3]! * 100, 9);
    expect(utilization.rules.map((r) => r.label)).toEqual(['scale out > 70 %', 'scale in < 30 %']);
  });

  it('labels the gateway with the quota and the balancer', () => {
    expect(model.runs).toEqual([{ index: 0, letter: null, label: 'On-demand, autoscaled', quota: '0.4M TPM', balancer: 'least outstanding' }]);
  });
});

describe('simulateModel, two runs', () => {
  const params = preset('provisioned-vs-on-demand', { dur: 600, spikeAt: 120, spikeFor: 120 });
  const { frames, labels } = run(params);
  const model = simulateModel({ params, frames, labels });

  it('tags A and B and draws B dashed', () => {
    expect(model.runs.map((r) => [r.letter, r.quota])).toEqual([
      ['A', 'no quota'],
      ['B', '4 MU'],
    ]);
    const cost = model.cards.find((c) => c.key === 'cost')!;
    expect(cost.rows.map((r) => r.letter)).toEqual(['A', 'B']);
    const ready = model.charts.find((c) => c.id === 'replicas')!.lines.filter((l) => l.label.startsWith('ready'));
    expect(ready.map((l) => [l.label, l.dashed])).toEqual([
      ['ready (A)', false],
      ['ready (B)', true],
    ]);
  });
});

describe('simulateModel, M/M/c', () => {
  it('puts the simulated estimates beside Erlang C', () => {
    const params = preset('mmc-erlang', { customers: 20_000 });
    const { frames, labels } = run(params);
    const model = simulateModel({ params, frames, labels });
    expect(model.cards).toEqual([]);
    expect(model.mmc!.rows.find((r) => r.key === 'waitProbability')!.exact).toBe('0.6353');
    expect(model.charts.map((c) => c.id)).toEqual(['mmc-waitProbability', 'mmc-meanWait', 'mmc-meanResponse', 'mmc-queue']);
    expect(model.scenarioSummary).toBe('M/M/c vs Erlang C: M/M/8, λ = 7/s, μ = 1/s, 20,000 customers, seed 1');
  });
});

describe('before any run', () => {
  it('shows no cards or charts, and still names the scenario', () => {
    const params = preset('launch-spike');
    const model = simulateModel({ params, frames: null, labels: ['On-demand, autoscaled'] });
    expect(model.cards).toEqual([]);
    expect(model.charts).toEqual([]);
    expect(describeScenario(params, ['On-demand, autoscaled'])).toBe(
      'Launch spike: 40 req/s, 4× spike at 15 min 00 s for 10 min 00 s, 1,000 in / 300 out tokens, claude-sonnet-4-6, On-demand, autoscaled, 10M TPM, 1 h 00 min simulated, seed 1',
    );
  });
});

describe('invalidFields', () => {
  it('names each setting that stops the run with its label', () => {
    const params = { ...preset('steady-day'), min: 10, max: 5 };
    expect(invalidFields(validateParams(params))).toEqual([{ key: 'min', label: 'Min servers', message: 'Minimum servers (10) is above the maximum (5).' }]);
    // A key named like a built-in never picks up an inherited "label".
    expect(invalidFields(JSON.parse('{"constructor":"bad"}') as Record<string, string>)).toEqual([{ key: 'constructor', label: 'constructor', message: 'bad' }]);
  });
});
