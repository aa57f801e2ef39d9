import { describe, expect, it } from 'vitest';
import { FleetSimulation } from './fleet-simulation.ts';
import { fleetScenarioSchema, parseScenario, type FleetScenarioInput } from './scenario-schema.ts';
import { fingerprint, runFleet } from './test-helpers.ts';

type Input = Omit<FleetScenarioInput, 'kind'>;
const HOUR = 3600;

/** Every model variant, each long enough for Little's law to hold to 1 %. */
const VARIANTS: Record<string, Input> = {
  'least outstanding, lognormal lengths': { durationSeconds: HOUR, workload: { arrivalRate: 15 } },
  'round robin, exponential lengths': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 15, inputTokens: { kind: 'exponential', mean: 800 }, outputTokens: { kind: 'exponential', mean: 250 } },
    fleet: { loadBalancer: 'round-robin' },
  },
  'power of two, Llama 3.1 8B': { durationSeconds: HOUR, workload: { arrivalRate: 15 }, fleet: { model: 'llama-3.1-8b', loadBalancer: 'power-of-two' } },
  'spike, quota and retries': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 12, spikes: [{ startSeconds: 900, durationSeconds: 600, multiplier: 5 }] },
    gateway: { tokensPerMinute: 2_000_000, retries: { enabled: true } },
  },
  'zone outage with other tenants': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 12 },
    gateway: { backgroundArrivalRate: 5 },
    faults: [{ kind: 'az-outage', az: 0, atSeconds: 1200, durationSeconds: 900 }],
  },
  'provisioned units with a unit quota': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 12 },
    gateway: { mode: 'provisioned', modelUnits: 2, unitTokensPerMinute: 500_000 },
  },
  'tiers, overload bounds and client timeouts': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 14, tierMix: { priority: 1, standard: 2, flex: 1 }, clientTimeoutSeconds: 20, spikes: [{ startSeconds: 1200, durationSeconds: 900, multiplier: 3 }] },
    gateway: { overload: { maxQueuePerReplica: 200, maxWaitSeconds: 15 } },
    fleet: { model: 'llama-3.1-8b' },
    autoscaler: { enabled: false },
  },
  'max tokens unset: reservation quota with 5× burndown': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 10, maxTokens: null, maxTokensChange: { atSeconds: 1800, maxTokens: 1000 } },
    gateway: { tokensPerMinute: 2_000_000, quotaModel: { maxOutputTokens: 64_000 } },
    fleet: { model: 'claude-sonnet-4-6' },
  },
  'adaptive SDK retries, botocore, reserved lane and cross-Region quota': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 12, tierMix: { reserved: 1, standard: 3 }, crossRegionShare: 0.4, spikes: [{ startSeconds: 900, durationSeconds: 600, multiplier: 3 }] },
    gateway: {
      tokensPerMinute: 1_500_000,
      crossRegionTokensPerMinute: 1_000_000,
      reserved: { inputTokensPerMinute: 200_000, outputTokensPerMinute: 100_000 },
      sdk: { mode: 'adaptive', sdk: 'botocore', clients: 4 },
    },
  },
  'reserve-max KV, prompt cache, tokens per day and the RPM knob': {
    durationSeconds: HOUR,
    workload: { arrivalRate: 12, cacheReadShare: 0.5, cacheWriteShare: 0.1, maxTokens: 1024 },
    gateway: { tokensPerMinute: 3_000_000, tokensPerDay: 60_000_000, requestsPerMinute: 700 },
    fleet: { kvPolicy: 'reserve-max', model: 'llama-3.1-8b' },
  },
  'paged KV under memory pressure (preemption and recompute)': {
    durationSeconds: 3 * HOUR,
    workload: { arrivalRate: 3, inputTokens: { kind: 'lognormal', mean: 8000, cv: 0.5 }, outputTokens: { kind: 'lognormal', mean: 3000, cv: 0.5 }, maxTokens: 16_000, clientTimeoutSeconds: null },
    fleet: { model: 'llama-3.1-8b', maxBatch: 512 },
    autoscaler: { enabled: false },
  },
  'daily curve, schedule-based scaling': {
    durationSeconds: 3 * HOUR,
    workload: { arrivalRate: 8, diurnalAmplitude: 0.8, diurnalPeakHour: 2 },
    autoscaler: { schedule: [{ atSeconds: 600, minReplicas: 5 }] },
  },
};

describe('fleet invariants in every variant', () => {
  for (const [name, input] of Object.entries(VARIANTS)) {
    it(`${name}: conservation and Little's law`, () => {
      const s = runFleet(input).summary();
      expect(s.arrivals).toBeGreaterThan(10_000);
      // Every request ends completed, throttled or failed, or is still in the system.
      expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
      // L = λW with the time-averaged number in system.
      expect(Math.abs(s.meanInSystem - s.littleLambdaW) / s.littleLambdaW).toBeLessThan(0.01);
      expect(s.ttft.count).toBe(s.completed);
      expect(s.cost).toBeGreaterThan(0);
      // Failures by exception name add up to the failed and throttled counts.
      expect(Object.values(s.failures).reduce((a, b) => a + b, 0)).toBe(s.failed + s.throttled);
    }, 30_000);
  }
});

describe('determinism', () => {
  const input: Input = { durationSeconds: 1200, workload: { arrivalRate: 20, spikes: [{ startSeconds: 300, durationSeconds: 300, multiplier: 4 }] }, gateway: { tokensPerMinute: 3e6, retries: { enabled: true } }, fleet: { loadBalancer: 'power-of-two' } };

  it('the same scenario and seed give identical results; another seed does not', () => {
    const a = fingerprint(runFleet(input).snapshot());
    const b = fingerprint(runFleet(input).snapshot());
    const c = fingerprint(runFleet({ ...input, seed: 2 }).snapshot());
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('running in slices (as the worker does) gives the same result as one go', () => {
    const whole = runFleet(input).snapshot();
    const sliced = new FleetSimulation(fleetScenarioSchema.parse({ kind: 'fleet', ...input }));
    const seen: number[] = [];
    for (let t = 37; !sliced.done; t += 37) {
      sliced.runUntil(t);
      const snap = sliced.snapshot();
      seen.push(snap.time);
      expect(Object.isFrozen(snap.replicas)).toBe(true);
    }
    expect(fingerprint(sliced.snapshot())).toBe(fingerprint({ ...whole, events: sliced.events }));
    expect(seen.slice(0, 3)).toEqual([37, 74, 111]);
  });
});

describe('gateway, balancer, autoscaler and faults', () => {
  it('a spike beyond the quota is throttled, and the SDK retries multiply the attempts until its retry quota runs out', () => {
    const sim = runFleet(VARIANTS['spike, quota and retries']!);
    const s = sim.summary();
    expect(s.throttledAttempts).toBeGreaterThan(1000);
    expect(s.retries).toBeGreaterThan(1000);
    expect(s.attempts).toBe(s.arrivals + s.retries);
    // 10 clients × 500 retry tokens ÷ 5 per throttling retry: the storm is capped, then requests fail fast.
    expect(s.retryQuotaExhausted).toBeGreaterThan(0);
    const ch = sim.snapshot().series.channels;
    const duringSpike = (name: string) => ch[name]!.slice(16, 25).reduce((x, y) => x + y, 0);
    expect(duringSpike('attempts')).toBeGreaterThan(1.1 * duringSpike('arrivals'));
    expect(duringSpike('throttled')).toBeGreaterThan(0);
    expect(ch.throttled!.slice(0, 14).every((x) => x === 0)).toBe(true);
    expect(sim.snapshot().eventLog.some((e) => e.kind === 'throttling-start')).toBe(true);
  });

  it('the autoscaler adds servers after its window, and they take traffic only after boot and weight load', () => {
    const sim = runFleet({ durationSeconds: 2400, workload: { arrivalRate: 20, spikes: [{ startSeconds: 600, durationSeconds: 1800, multiplier: 6 }] } });
    const s = sim.summary();
    expect(s.scaleOuts).toBeGreaterThan(0);
    expect(s.peakReplicas).toBeGreaterThan(3);
    const ch = sim.snapshot().series.channels;
    const firstBooting = ch.replicasBooting!.findIndex((x) => x > 0);
    const firstMoreReady = ch.replicasReady!.findIndex((x) => x > 3);
    // Above 70 % for 5 minutes after the spike starts at minute 10, then 2.5–6 minutes of boot + load.
    expect(firstBooting).toBeGreaterThanOrEqual(14);
    expect(firstMoreReady - firstBooting).toBeGreaterThanOrEqual(2);
  });

  it('scales in when utilization stays low, never below the minimum', () => {
    const sim = runFleet({ durationSeconds: 3 * HOUR, workload: { arrivalRate: 1 }, fleet: { initialReplicas: 6 } });
    const s = sim.summary();
    expect(s.scaleIns).toBeGreaterThanOrEqual(2);
    expect(sim.replicaViews().filter((r) => r.state === 'ready').length).toBe(3);
  });

  it('a zone outage removes its servers; after detection their requests are retried and replacements boot', () => {
    const sim = new FleetSimulation(fleetScenarioSchema.parse({ kind: 'fleet', durationSeconds: 1800, workload: { arrivalRate: 20 }, faults: [{ kind: 'az-outage', az: 0, atSeconds: 600 }] }));
    sim.runUntil(605);
    let snap = sim.snapshot();
    expect(snap.replicas.filter((r) => r.az === 0).every((r) => r.state === 'failed')).toBe(true);
    expect(snap.availabilityZones[0]!.up).toBe(false);
    sim.runUntil(640);
    snap = sim.snapshot();
    expect(snap.summary.redispatched).toBeGreaterThan(0);
    expect(snap.replicas.some((r) => r.state === 'booting')).toBe(true);
    expect(snap.replicas.every((r) => r.az !== 0)).toBe(true);
    sim.run();
    const s = sim.summary();
    expect(s.completed + s.throttled + s.failed + s.inSystem).toBe(s.arrivals);
    expect(sim.snapshot().series.channels.readyAza!.at(-1)).toBe(0);
  });

  it('balancing policies spread load: least outstanding and power of two keep servers closer than round robin', () => {
    const spread = (policy: 'round-robin' | 'least-outstanding' | 'power-of-two') => {
      const sim = new FleetSimulation(fleetScenarioSchema.parse({ kind: 'fleet', durationSeconds: 900, workload: { arrivalRate: 40 }, fleet: { loadBalancer: policy }, autoscaler: { enabled: false } }));
      let worst = 0;
      for (let t = 300; t <= 900; t += 10) {
        sim.runUntil(t);
        const loads = sim.replicaViews().map((r) => r.running + r.waiting);
        worst += Math.max(...loads) - Math.min(...loads);
      }
      return worst;
    };
    const rr = spread('round-robin');
    expect(spread('least-outstanding')).toBeLessThan(rr);
    expect(spread('power-of-two')).toBeLessThan(rr);
  });

  it('keeps the time series bounded however long the run', () => {
    const sim = runFleet({ durationSeconds: 86_400, resolutionSeconds: 1, workload: { arrivalRate: 0.005 }, autoscaler: { enabled: false } });
    const series = sim.snapshot().series;
    // The window widens to keep at most 1,440 of them, so per-window percentiles are never merged.
    expect(series.time.length).toBe(1440);
    expect(series.resolution).toBe(60);
  });

  it('paged KV admits on the prompt and preempts the newest sequence when decode growth runs out of memory', () => {
    const s = runFleet(VARIANTS['paged KV under memory pressure (preemption and recompute)']!).summary();
    expect(s.preemptions).toBeGreaterThan(0);
    expect(s.completed).toBeGreaterThan(10_000);
  }, 30_000);

  it('replays a CSV trace exactly', () => {
    const sim = runFleet({ durationSeconds: 120, workload: { traceCsv: 'timestamp,input,output\n0,500,100\n1,500,1\n2.5,2000,50\n' } });
    const s = sim.summary();
    expect(s.arrivals).toBe(3);
    expect(s.completed).toBe(3);
    expect(s.inputTokens).toBe(3000);
    expect(s.outputTokens).toBe(151);
  });
});

describe('scenario validation', () => {
  it('fills defaults and explains errors by path', () => {
    const ok = parseScenario({ kind: 'fleet' });
    expect(ok.ok).toBe(true);
    if (ok.ok && ok.scenario.kind === 'fleet') {
      expect(ok.scenario.autoscaler.minReplicas).toBe(3);
      expect(ok.scenario.autoscaler.scaleOutUtilization).toBe(0.7);
    }
    const bad = parseScenario({ kind: 'fleet', workload: { arrivalRate: -1 }, autoscaler: { minReplicas: 9, maxReplicas: 4 }, faults: [{ kind: 'az-outage', az: 4, atSeconds: 10 }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.some((e) => e.startsWith('workload.arrivalRate:'))).toBe(true);
    }
    const bad2 = parseScenario({ kind: 'fleet', autoscaler: { minReplicas: 9, maxReplicas: 4 }, faults: [{ kind: 'az-outage', az: 4, atSeconds: 10 }] });
    expect(bad2).toEqual({
      ok: false,
      errors: ['autoscaler.minReplicas: must not exceed maxReplicas', 'faults.0.az: zone 4 does not exist (zones are 0–2)'],
    });
    expect(parseScenario({ kind: 'nope' })).toEqual({ ok: false, errors: ['kind: must be "mmc" or "fleet"'] });
  });
});
