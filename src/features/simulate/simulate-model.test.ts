import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findModel } from '../../domain/catalog/catalog-lookup.ts';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { formatUsd } from '../../domain/format/money.ts';
import { formatPercent } from '../../domain/format/percent.ts';
import { bedrockOnDemandPer1M } from '../../domain/sim-view/bedrock-price.ts';
import { parseScenario } from '../../domain/sim/scenario-schema.ts';
import { createSimulation } from '../../domain/sim/simulation.ts';
import { buildScenarios, validateParams } from '../../domain/sim-view/build-scenario.ts';
import { RunRecorder, type RunFrame } from '../../domain/sim-view/run-recorder.ts';
import type { SimParams } from '../../domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams } from '../../domain/sim-view/training-presets.ts';
import type { FleetSummary } from '../../domain/sim/simulation-types.ts';
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

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));
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

  it('names the cost for what it is: the simulated servers, with Bedrock’s on-demand price for the same tokens beside it', () => {
    const cost = model.cards.find((c) => c.key === 'cost')!;
    expect(cost.title).toBe('Simulated servers’ cost per 1M tokens');
    expect(cost.note).toMatch(/not a price Bedrock charges/);
    expect(model.charts.find((c) => c.id === 'cost')!.title).toBe('Server cost per hour');
    // Without the catalog there is no price to set beside it, and the card says why.
    expect(cost.kind === 'values' && cost.beside?.text).toBe('—');
    const sonnet = findModel(catalog, 'claude-sonnet-4-6')!;
    const priced = simulateModel({ params, frames, labels, catalogModel: sonnet }).cards.find((c) => c.key === 'cost')!;
    const beside = priced.kind === 'values' ? priced.beside! : null;
    expect(beside!.title).toBe('Bedrock on-demand, same tokens');
    // The run's mean request, priced by the catalog's rate card.
    const s = summary!;
    const expected = bedrockOnDemandPer1M(sonnet, { inputTokens: s.inputTokens / s.completed, outputTokens: s.outputTokens / s.completed, cacheReadShare: 0, cacheWriteShare: 0 });
    expect(expected.ok && beside!.text).toBe(`${formatUsd(expected.ok ? expected.per1M : 0)} per 1M`);
    expect(beside!.note).toMatch(/^Claude Sonnet 4\.6, In-Region · us-east-1 · Standard, as of \d{4}-\d{2}-\d{2}/);
  });

  it('draws its charts on the shared axis: errors by exception, per-window latency, quota reserved vs settled', () => {
    expect(model.charts.map((c) => c.id)).toEqual(['requests', 'errors', 'queue', 'replicas', 'utilization', 'latency', 'tpot', 'quota', 'cost']);
    const requests = model.charts[0]!;
    expect(requests.lines.map((l) => l.label)).toContain('throttled (429)');
    // Only the exceptions that happened get a line; 429s are drawn apart from 503s and 408s.
    const errors = model.charts.find((c) => c.id === 'errors')!;
    expect(errors.lines.map((l) => l.label)).toContain('429 ThrottlingException');
    for (const l of errors.lines) expect(summary!.errors[l.label.replace(/^\S+ /, '') as keyof FleetSummary["errors"]] ?? summary!.errors.TimeoutError).toBeGreaterThan(0);
    const utilization = model.charts.find((c) => c.id === 'utilization')!;
    expect(utilization.title).toBe('Utilization (share of token capacity in use)');
    // The engine's 0–1 share is drawn in percent, as the axis says.
    const raw = frames[0]!.snapshot.series.channels.gpuUtilization!;
    expect(utilization.lines[0]!.values[3]).toBeCloseTo(raw[3]! * 100, 9);
    expect(utilization.rules.map((r) => r.label)).toEqual(['scale out > 70 %', 'scale in < 30 %']);
    // Per-window percentiles straight from the engine's series (TPOT in ms).
    const latency = model.charts.find((c) => c.id === 'latency')!;
    expect(latency.lines.map((l) => l.label)).toEqual(['TTFT p50', 'TTFT p95', 'TTFT p99', 'end-to-end p50', 'end-to-end p95', 'end-to-end p99']);
    expect(latency.lines[2]!.values).toEqual(frames[0]!.snapshot.series.channels.ttftP99);
    const tpot = model.charts.find((c) => c.id === 'tpot')!;
    expect(tpot.lines[0]!.values[5]).toBeCloseTo(frames[0]!.snapshot.series.channels.tpotP50![5]! * 1000, 9);
    const quota = model.charts.find((c) => c.id === 'quota')!;
    expect(quota.lines.map((l) => l.label)).toEqual(['reserved', 'settled', 'quota (TPM)']);
    expect(quota.lines[0]!.values).toEqual(frames[0]!.snapshot.series.channels.quotaReserved);
  });

  it('sums up failures by exception name', () => {
    const failures = model.cards.find((c) => c.key === 'failures')!;
    const text = failures.kind === 'values' ? failures.rows[0]!.text : '';
    expect(text).toContain(`429 ThrottlingException ${summary!.failures.ThrottlingException.toLocaleString('en-US')}`);
  });

  it('labels the gateway with the quota and the balancer', () => {
    expect(model.runs).toEqual([{ index: 0, letter: null, label: 'On-demand, autoscaled', quota: '0.4M TPM', balancer: 'least outstanding' }]);
  });
});

describe('marks on the time axis', () => {
  it('scaling marks are the engine’s logged decisions, at their exact times and with their reasons', () => {
    const params = preset('priority-flex-spike');
    const { frames, labels } = run(params);
    const snap = frames[0]!.snapshot;
    if (snap.kind !== 'fleet') throw new Error('fleet');
    const logged = snap.eventLog.filter((e) => e.kind === 'scale-out' || e.kind === 'scale-in');
    expect(logged.length).toBeGreaterThan(0);
    const charts = simulateModel({ params, frames, labels }).charts;
    const marks = charts.find((c) => c.id === 'replicas')!.marks.filter((m) => m.kind === 'scale-out' || m.kind === 'scale-in');
    expect(marks.map((m) => m.time)).toEqual(logged.map((e) => e.time));
    expect(marks[0]!.detail).toContain(logged[0]!.detail);
    expect(charts.find((c) => c.id === 'utilization')!.marks).toEqual(marks);
  });

  it('a canary’s rollout steps and rollback are marked on the requests, errors, latency and servers charts', () => {
    const params = preset('canary-bad-version');
    const { frames, labels } = run(params);
    const snap = frames[0]!.snapshot;
    if (snap.kind !== 'fleet' || !snap.rollout) throw new Error('rollout expected');
    const charts = simulateModel({ params, frames, labels }).charts;
    for (const id of ['requests', 'latency', 'replicas', 'tpot']) {
      const marks = charts.find((c) => c.id === id)!.marks;
      expect(marks.filter((m) => m.kind === 'rollout' || m.kind === 'rollback').map((m) => m.time), id).toEqual(snap.rollout.marks.map((m) => m.time));
    }
    expect(charts.find((c) => c.id === 'requests')!.marks.some((m) => m.kind === 'rollback' && m.short === 'rollback')).toBe(true);
    // The utilization chart explains scaling only.
    expect(charts.find((c) => c.id === 'utilization')!.marks.some((m) => m.kind === 'rollout')).toBe(false);
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
    // With the catalog, the model goes by its name.
    const named = simulateModel({ params, frames: null, labels: ['On-demand, autoscaled'], catalogModel: findModel(catalog, 'claude-sonnet-4-6')! });
    expect(named.scenarioSummary).toContain('1,000 in / 300 out tokens, Claude Sonnet 4.6, On-demand');
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
