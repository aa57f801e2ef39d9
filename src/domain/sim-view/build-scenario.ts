import type { SimBatchPrice } from '../sim/ops/batch-price.ts';
import { isKnownRegion, profileIncludes } from '../sim/regions/region-facts.ts';
import type { FleetScenarioInput, MmcScenario } from '../sim/scenario-schema.ts';
import { LEGACY_MODEL_IDS } from '../sim/legacy-model-ids.ts';
import { AZ_LETTERS, type SimParamKey, type SimParams } from './sim-params.ts';
import { traceProblem } from './trace-check.ts';

export type FieldErrors = Partial<Record<SimParamKey, string>>;
export type ScenarioInput = FleetScenarioInput | MmcScenario;
export type BuildResult = { ok: true; scenarios: ScenarioInput[]; labels: string[] } | { ok: false; errors: FieldErrors };

/** Time-series bucket: the smallest round width giving at most ~360 points (enough for a chart's width). */
export function autoResolution(durationSeconds: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
  return steps.find((s) => durationSeconds / s <= 360) ?? 3600;
}

/**
 * What the link cannot carry: the text of an uploaded trace (kept in the browser, named in the link
 * by fingerprint), and the catalog's maximum output per model (what an unset max_tokens reserves).
 */
export type BuildContext = {
  traceCsv?: string;
  maxOutputTokens?: (catalogId: string) => number | undefined;
  /**
   * The catalog's batch price for a model, per 1M tokens, by the pricing rules (src/domain/sim/ops/batch-price.ts
   * simBatchPrice), or why there is none; undefined = the model is not in the catalog. Never half the on-demand price.
   */
  batchPricePer1M?: (catalogId: string) => SimBatchPrice | undefined;
};

/** A link's canary steps ('5-25-50-100') as numbers, or null if they do not rise to 100. */
export function rolloutSteps(text: string): number[] | null {
  const steps = text.split('-').map(Number);
  const rising = steps.every((x, i) => x > 0 && (i === 0 || x > steps[i - 1]!));
  return rising && steps[steps.length - 1] === 100 ? steps : null;
}

/** Predictive scaling as a daily schedule: from hour `predFrom` keep at least `predMin` servers, from `predTo` the usual minimum. */
export function predictiveSchedule(p: Pick<SimParams, 'predFrom' | 'predTo' | 'predMin' | 'dur'>, baseMin: number): { atSeconds: number; minReplicas: number }[] {
  const out: { atSeconds: number; minReplicas: number }[] = [];
  for (let day = 0; day * 86_400 < p.dur && out.length < 198; day++) {
    out.push({ atSeconds: day * 86_400 + p.predFrom * 3600, minReplicas: p.predMin });
    out.push({ atSeconds: day * 86_400 + p.predTo * 3600, minReplicas: baseMin });
  }
  return out.filter((x) => x.atSeconds < p.dur).sort((a, b) => a.atSeconds - b.atSeconds);
}

/**
 * Settings that each look fine alone but are impossible together. Messages go beside the field they
 * name; the engine's schema checks again in the worker, so nothing impossible ever runs.
 */
export function validateParams(p: SimParams, ctx: BuildContext = {}): FieldErrors {
  const e: FieldErrors = {};
  if (p.kind === 'mmc') {
    if (!(p.lambda > 0)) e.lambda = 'The arrival rate must be above 0.';
    if (!(p.mu > 0)) e.mu = 'The service rate must be above 0.';
    return e;
  }
  if (p.pattern === 'trace') {
    const csv = ctx.traceCsv;
    if (p.trace === '' || csv === undefined)
      e.trace =
        p.trace === ''
          ? 'Upload a trace (CSV: timestamp, input tokens, output tokens).'
          : `This link was made with trace ${p.trace}; a link does not carry the trace file. Upload the same file to run it.`;
    else {
      const problem = traceProblem(csv, p.trace);
      if (problem !== null) e.trace = problem;
    }
  } else if (!(p.rate > 0) && !(p.bg > 0)) e.rate = 'Send some traffic: the arrival rate must be above 0.';
  if (p.mode === 'on-demand') {
    if (p.auto && p.min > p.max) e.min = `Minimum servers (${p.min}) is above the maximum (${p.max}).`;
    if (p.max < 1) e.max = 'The fleet needs at least 1 server.';
    if (!p.auto && p.min < 1) e.min = 'With autoscaling off, the fleet needs at least 1 server.';
    if (p.auto && p.up <= p.down) e.up = `Scale out above (${p.up} %) must be higher than scale in below (${p.down} %).`;
    if (p.bootLo > p.bootHi) e.bootLo = `Shortest boot (${p.bootLo} s) is longer than the longest (${p.bootHi} s).`;
  }
  if (p.pri + p.flex + p.rsv > 100) e.pri = `Priority (${p.pri} %), Flex (${p.flex} %) and Reserved (${p.rsv} %) add up to more than 100 %.`;
  if (p.cacheRd + p.cacheWr > 100) e.cacheWr = `Cache reads (${p.cacheRd} %) and writes (${p.cacheWr} %) add up to more than 100 % of the prompt.`;
  if (p.maxTok === 0 && ctx.maxOutputTokens?.(modelIdOf(p)) === undefined)
    e.maxTok = `Unset max tokens reserves the model's maximum output, which the catalog does not give for ${p.model}: enter max tokens.`;
  if (p.fixAt > 0 && p.fixAt >= p.dur) e.fixAt = `The fix comes after the run ends (${p.dur} s).`;
  if (p.outage) {
    if (p.outAz >= p.azs) e.outAz = `Zone ${AZ_LETTERS[p.outAz]} does not exist: the fleet has ${p.azs} zone${p.azs === 1 ? '' : 's'}.`;
    if (p.outAt >= p.dur) e.outAt = `The outage starts after the run ends (${p.dur} s).`;
  }
  if (p.ro !== 'none') {
    if (p.roAt >= p.dur) e.roAt = `The rollout starts after the run ends (${p.dur} s).`;
    if (p.ro === 'canary' && rolloutSteps(p.roSteps) === null) e.roSteps = `Canary steps must rise and end at 100 (e.g. 5-25-50-100); got ${p.roSteps}.`;
  }
  Object.assign(e, validateRegions(p));
  if (p.bj && p.bjAt >= p.dur) e.bjAt = `The batch job is submitted after the run ends (${p.dur} s).`;
  if ((p.pred || p.bPred) && p.predFrom === p.predTo) e.predFrom = 'The scheduled period starts and ends at the same hour.';
  if (p.pattern === 'spike' && p.spikeAt >= p.dur) e.spikeAt = `The spike starts after the run ends (${p.dur} s).`;
  if (p.cmp && p.bMode === 'on-demand' && p.bAuto && p.bMin > p.max) e.bMin = `Minimum servers (${p.bMin}) is above the maximum (${p.max}).`;
  if (p.cmp && p.bMode === 'on-demand' && !p.bAuto && p.bMin < 1) e.bMin = 'With autoscaling off, the fleet needs at least 1 server.';
  return e;
}

/** A link's Regions (names, first = source) and per-Region numbers ('0-20-70' → [0, 20, 70]; '' → null). */
export function regionNames(p: Pick<SimParams, 'rg'>): string[] {
  return p.rg.split(',');
}
export function perRegionNumbers(text: string): number[] | null {
  return text === '' ? null : text.split('-').map(Number);
}

function validateRegions(p: SimParams): FieldErrors {
  const e: FieldErrors = {};
  const names = regionNames(p);
  const unknown = names.filter((n) => !isKnownRegion(n));
  if (unknown.length > 0) e.rg = `Not a commercial Region the facts name: ${unknown.join(', ')}.`;
  else if (new Set(names).size !== names.length) e.rg = 'A Region is named twice.';
  else if (names.length > 1 && !profileIncludes(p.prof, names[0]!)) e.prof = `The ${p.prof}. profile is not called from ${names[0]}: the first Region (where the clients call) must be in its geography.`;
  for (const key of ['rgRtt', 'rgBg'] as const) {
    const values = perRegionNumbers(p[key]);
    if (values !== null && values.length !== names.length) e[key] = `Give one value per Region (${names.length}), joined by '-'; got ${values.length}.`;
  }
  if (p.rgOut > names.length) e.rgOut = `Region ${p.rgOut} does not exist: the run has ${names.length} Region${names.length === 1 ? '' : 's'}.`;
  if (p.rgOut > 0 && p.rgOutAt >= p.dur) e.rgOutAt = `The Region outage starts after the run ends (${p.dur} s).`;
  return e;
}

type Serving = { mode: SimParams['mode']; units: number; tpm: number; auto: boolean; min: number; lb: SimParams['lb']; pred: boolean; xr: number };

/** The catalog id a link's model names (older links name an architecture). */
export function modelIdOf(p: Pick<SimParams, 'model'>): string {
  return Object.hasOwn(LEGACY_MODEL_IDS, p.model) ? LEGACY_MODEL_IDS[p.model]! : p.model;
}

function fleetScenario(p: SimParams, s: Serving, ctx: BuildContext): FleetScenarioInput {
  const model = modelIdOf(p);
  const standard = Math.max(0, 100 - p.pri - p.flex - p.rsv);
  const workload: FleetScenarioInput['workload'] = {
    arrivalRate: p.pattern === 'trace' ? 0 : p.rate,
    diurnalAmplitude: p.pattern === 'diurnal' ? p.amp / 100 : 0,
    diurnalPeakHour: p.peakH,
    spikes: p.pattern === 'spike' ? [{ startSeconds: p.spikeAt, durationSeconds: p.spikeFor, multiplier: p.spikeX }] : [],
    inputTokens: p.cv > 0 ? { kind: 'lognormal', mean: p.inTok, cv: p.cv } : { kind: 'fixed', value: p.inTok },
    outputTokens: p.cv > 0 ? { kind: 'lognormal', mean: p.outTok, cv: p.cv } : { kind: 'fixed', value: p.outTok },
    maxTokens: p.maxTok > 0 ? p.maxTok : null,
    maxTokensChange: p.fixAt > 0 ? { atSeconds: p.fixAt, maxTokens: p.fixMaxTok } : null,
    cacheReadShare: p.cacheRd / 100,
    cacheWriteShare: p.cacheWr / 100,
    tierMix: { reserved: p.rsv, priority: p.pri, standard, flex: p.flex },
    crossRegionShare: s.xr / 100,
    clientTimeoutSeconds: p.timeout > 0 ? p.timeout : null,
  };
  if (p.pattern === 'trace' && ctx.traceCsv !== undefined) workload.traceCsv = ctx.traceCsv;
  const fleet: FleetScenarioInput['fleet'] = {
    model,
    maxBatch: p.maxBatch,
    kvPolicy: p.kv,
    weightLoadGBps: p.loadGBps,
    gpuHourlyPrice: p.gpuPrice,
    loadBalancer: s.lb,
    availabilityZones: p.azs,
  };
  if (p.gpus > 0) fleet.tensorParallel = p.gpus;
  if (p.precision !== 'default') fleet.precision = p.precision;
  if (p.accel !== 'default') fleet.accelerator = p.accel;
  return {
    kind: 'fleet',
    seed: p.seed,
    durationSeconds: p.dur,
    resolutionSeconds: autoResolution(p.dur),
    workload,
    gateway: {
      mode: s.mode,
      tokensPerMinute: s.tpm > 0 ? s.tpm : null,
      crossRegionTokensPerMinute: p.xrTpm > 0 ? p.xrTpm : null,
      tokensPerDay: p.tpd > 0 ? p.tpd : null,
      requestsPerMinute: p.rpm > 0 ? p.rpm : null,
      quotaModel: { maxOutputTokens: ctx.maxOutputTokens?.(model) ?? null, outputBurndown: p.burn > 0 ? p.burn : null, burndownOnReservation: p.burnRes },
      reserved: p.rsvIn > 0 && p.rsvOut > 0 ? { inputTokensPerMinute: p.rsvIn, outputTokensPerMinute: p.rsvOut } : null,
      overload: { maxQueuePerReplica: p.qMax, maxWaitSeconds: p.qWait },
      sdk: { mode: p.sdk, sdk: p.sdkLang, maxAttempts: p.attempts, clients: p.clients },
      backgroundArrivalRate: p.bg,
      modelUnits: s.units,
      unitTokensPerMinute: p.unitTpm > 0 ? p.unitTpm : null,
    },
    fleet,
    autoscaler: {
      enabled: s.auto,
      minReplicas: s.min,
      maxReplicas: Math.max(1, p.max),
      scaleOutUtilization: p.up / 100,
      scaleInUtilization: p.down / 100,
      scaleOutWindowSeconds: p.upWin,
      scaleInWindowSeconds: p.downWin,
      evaluationSeconds: p.evalS,
      bootSeconds: [p.bootLo, p.bootHi],
      schedule: s.pred && s.auto ? predictiveSchedule(p, s.min) : [],
    },
    faults: [
      ...(p.outage ? [{ kind: 'az-outage' as const, az: p.outAz, atSeconds: p.outAt, durationSeconds: p.outFor > 0 ? p.outFor : null }] : []),
      ...(p.rgOut > 0 ? [{ kind: 'region-outage' as const, region: p.rgOut - 1, atSeconds: p.rgOutAt, durationSeconds: p.rgOutFor > 0 ? p.rgOutFor : null }] : []),
    ],
    regions: {
      names: regionNames(p),
      profile: p.prof,
      roundTripSeconds: perRegionNumbers(p.rgRtt)?.map((ms) => ms / 1000) ?? null,
      backgroundArrivalRate: perRegionNumbers(p.rgBg),
    },
    ...opsScenario(p, model, ctx),
  };
}

/** Rollout, batch job and monitoring settings (src/domain/sim/ops). */
function opsScenario(p: SimParams, model: string, ctx: BuildContext): Pick<FleetScenarioInput, 'rollout' | 'batchJobs' | 'batchPolicy' | 'monitoring'> {
  const lengths = (mean: number) => (p.cv > 0 ? { kind: 'lognormal' as const, mean, cv: p.cv } : { kind: 'fixed' as const, value: mean });
  return {
    rollout:
      p.ro === 'none'
        ? null
        : {
            strategy: p.ro,
            atSeconds: p.roAt,
            steps: rolloutSteps(p.roSteps) ?? [100],
            analysisSeconds: p.roWin,
            maxErrorRate: p.roMaxErr / 100,
            maxLatencyRatio: p.roMaxLat,
            regression: { errorRate: p.roErr / 100, decodeSlowdown: p.roSlow },
          },
    batchJobs: p.bj
      ? [{ atSeconds: p.bjAt, records: p.bjRec, inputTokens: lengths(p.bjIn), outputTokens: lengths(p.bjOut), windowSeconds: p.bjWin * 3600, ...batchPriceOf(ctx.batchPricePer1M?.(model), model) }]
      : [],
    batchPolicy: { spareUtilization: p.bjSpare / 100, perReplica: p.bjPer },
    monitoring: { slaIntervalSeconds: p.slaInt },
  };
}

/** The batch job's price and its note: the catalog's batch card, or the reason the job stays unpriced. */
function batchPriceOf(price: SimBatchPrice | undefined, model: string): { pricePer1M: { input: number; output: number } | null; priceNote: string } {
  if (price === undefined) return { pricePer1M: null, priceNote: `Not priced: ${model} is not in the catalog.` };
  if (!price.ok) return { pricePer1M: null, priceNote: `Not priced: ${price.reason}` };
  return { pricePer1M: { input: price.input, output: price.output }, priceNote: price.label };
}

export function servingLabel(s: Pick<Serving, 'mode' | 'units' | 'auto'> & { pred?: boolean }): string {
  if (s.mode === 'provisioned') return `Provisioned, ${s.units} model unit${s.units === 1 ? '' : 's'}`;
  if (!s.auto) return 'On-demand, fixed fleet';
  return s.pred ? 'On-demand, reactive + predictive scaling' : 'On-demand, autoscaled';
}

/** The label of a run, naming its profile share when the two runs differ only there. */
function labelOf(s: Serving, p: SimParams, other: Serving | null): string {
  const label = servingLabel(s);
  if (other === null || other.xr === s.xr || regionNames(p).length < 2) return label;
  return `${label}, ${s.xr === 0 ? 'in-Region only' : `${s.xr} % via the ${p.prof}. profile`}`;
}

/** The run(s) the worker should simulate for these settings, or the messages to show beside fields. */
export function buildScenarios(p: SimParams, ctx: BuildContext = {}): BuildResult {
  const errors = validateParams(p, ctx);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (p.kind === 'mmc') {
    const mmc: MmcScenario = { kind: 'mmc', servers: p.servers, arrivalRate: p.lambda, serviceRate: p.mu, customers: p.customers, seed: p.seed, warmupFraction: 0.05, resolution: 0 };
    return { ok: true, scenarios: [mmc], labels: [`M/M/${p.servers}`] };
  }
  const a: Serving = { mode: p.mode, units: p.units, tpm: p.tpm, auto: p.auto, min: p.min, lb: p.lb, pred: p.pred, xr: p.xr };
  const scenarios: ScenarioInput[] = [fleetScenario(p, a, ctx)];
  const b: Serving | null = p.cmp ? { mode: p.bMode, units: p.bUnits, tpm: p.bTpm, auto: p.bAuto, min: p.bMin, lb: p.bLb, pred: p.bPred, xr: p.bXr >= 0 ? p.bXr : p.xr } : null;
  const labels = [labelOf(a, p, b)];
  if (b !== null) {
    scenarios.push(fleetScenario(p, b, ctx));
    labels.push(labelOf(b, p, a));
    if (labels[0] === labels[1]) {
      labels[0] = `A: ${labels[0]}`;
      labels[1] = `B: ${labels[1]}`;
    }
  }
  return { ok: true, scenarios, labels };
}

/** Expected simulated length of a run in seconds (an M/M/c run ends after its customers, about N/λ). */
export function expectedDuration(s: ScenarioInput): number {
  return s.kind === 'mmc' ? s.customers / s.arrivalRate : (s.durationSeconds ?? 3600);
}
