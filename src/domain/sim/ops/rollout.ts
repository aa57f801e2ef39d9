import { EV, type Scheduler } from '../fleet/event-kinds.ts';

/**
 * A model-update rollout, as a common industry pattern (how AWS itself updates a model behind Bedrock is
 * not documented: bedrock-2026-facts.md §5.7 "Model-update practice … not documented"). Version 0 is
 * the model being served; version 1 the update, optionally with an injected regression.
 */
export type RolloutConfig = {
  strategy: 'canary' | 'blue-green';
  /** When the new version's first servers are launched. */
  atSeconds: number;
  /** Canary: traffic shares in percent, the last one 100 (e.g. 5 → 25 → 50 → 100). Blue-green ignores them. */
  steps: readonly number[];
  /** How long each step (blue-green: the bake after the switch) is watched before going on. */
  analysisSeconds: number;
  /** How often the analysis looks at the new version's numbers. */
  checkSeconds: number;
  /** Requests the new version must have finished in a window before the analysis judges it. */
  minSamples: number;
  /** Roll back when the new version's server-error share exceeds this (0–1). */
  maxErrorRate: number;
  /** Roll back when the new version's mean time per output token exceeds its reference's (see Rollout) by this factor. */
  maxLatencyRatio: number;
  /** The injected regression: share of the new version's responses that fail (500), and its decode slowdown (×). */
  regression: { errorRate: number; decodeSlowdown: number };
};

export type RolloutPhase = 'waiting' | 'provisioning' | 'analysing' | 'complete' | 'rolled-back';

/** A moment of the rollout worth marking on the time axis. */
export type RolloutMark = { time: number; kind: 'start' | 'step' | 'switch' | 'rollback' | 'complete'; share: number; detail: string };

/** Rollout groups (Replica.group): the current version serving production, the new version, the canary's baseline. */
export const PRODUCTION = 0;
export const NEW_VERSION = 1;
export const BASELINE = 2;

/** What the rollout needs of the fleet (ReplicaFleet). */
export type RolloutFleet = {
  launchGroup: number;
  countOf(group: number): { healthy: number; ready: number };
  launch(t: number, immediately: boolean, group: number): boolean;
  drainGroup(group: number, t: number, keep?: number): number;
};

/** The read-out for the view. */
export type RolloutView = {
  strategy: RolloutConfig['strategy'];
  phase: RolloutPhase;
  /** Share of traffic (0–1) sent to the new version now. */
  share: number;
  /** Index of the current canary step (blue-green: 0). */
  step: number;
  marks: RolloutMark[];
  /** The last analysis: the new version's error share and its latency ratio to its reference (NaN = not enough data). */
  lastErrorRate: number;
  lastLatencyRatio: number;
};

/** Running sums of one version's finished requests over the current window. */
class VersionBooks {
  served = 0;
  errors = 0;
  tpotSum = 0;
  tpotCount = 0;
  reset(): void {
    this.served = this.errors = this.tpotSum = this.tpotCount = 0;
  }
  get meanTpot(): number {
    return this.tpotCount > 0 ? this.tpotSum / this.tpotCount : NaN;
  }
}

/**
 * Blue-green: a full second fleet (as many servers as the old version has healthy at the start) is
 * launched; once all are ready, traffic switches to it at once and the old fleet stays as a warm
 * standby for the analysis window, then drains. Its latency reference is the old fleet's own time per
 * output token before the switch: as many servers, the same traffic, so the same load per server.
 *
 * Canary: each step below 100 % launches k = ⌈p·N⌉ new servers (the canary) and beside them a baseline
 * of fresh old-version servers of the same size, and sends p of the requests to the canary and as many
 * per server to the baseline; the analysis compares the canary with the baseline, never with the
 * production fleet (as Netflix and Google's Kayenta, the canary analysis of Spinnaker, does). Why: a
 * server's time per output token grows with the batch it runs, i.e. with its load. Production keeps all
 * its servers while its share of traffic falls (and the autoscaler resizes it), so its servers run at
 * another load than the canary's: a healthy version read ×1.49 slower at the 50 % step of the "Batch
 * fills the night" day and was rolled back. The baseline gets the same traffic per server at the same
 * moment of the day and starts as fresh as the canary, so only the version differs. (Resizing production
 * to an equal load would fight the autoscaler and cannot be exact with whole servers; the baseline's
 * share follows from its size, so it is exact.) The 100 % step has no old server serving beside the new
 * ones, so no reference at the same load and moment: that window watches the error share only.
 * Comparing it with the last baseline was tried and is unsound: there each server carried p·λ/⌈p·N⌉,
 * now λ/N, and λ follows the day (a healthy version read ×1.25). A latency regression is the canary
 * steps' to catch, at equal load.
 *
 * The analysis looks every check and rolls back at the first error share over its threshold; latency at
 * every check for blue-green, over the whole window for the canary (see analyse). Rollback: traffic
 * returns to the old version, the new and baseline servers drain.
 */
export class Rollout {
  phase: RolloutPhase = 'waiting';
  share = 0;
  baselineShare = 0;
  step = 0;
  readonly marks: RolloutMark[] = [];
  lastErrorRate = NaN;
  lastLatencyRatio = NaN;
  private base = 0;
  /** The current step's server counts: the new version's and the baseline's. */
  private wantNew = 0;
  private wantBaseline = 0;
  private windowStart = 0;
  /** By rollout group: production, new version, baseline. */
  private readonly books = [new VersionBooks(), new VersionBooks(), new VersionBooks()] as const;
  /** Blue-green: the old fleet's time per output token before the switch (same servers, same traffic). */
  private referenceTpot = NaN;

  constructor(
    readonly config: RolloutConfig,
    private readonly fleet: RolloutFleet,
    private readonly scheduler: Scheduler,
    private readonly log: (t: number, kind: RolloutMark['kind'], detail: string) => void,
  ) {}

  start(): void {
    this.scheduler.push(this.config.atSeconds, EV.ROLLOUT, 0);
  }

  get active(): boolean {
    return this.phase === 'provisioning' || this.phase === 'analysing';
  }

  /** The rollout group a request goes to: `draw` is a uniform draw, asked for only while the share is strictly between 0 and 1. */
  pickGroup(draw: () => number): number {
    const s = this.share;
    if (s <= 0) return PRODUCTION;
    if (s >= 1) return NEW_VERSION;
    const u = draw();
    if (u < s) return NEW_VERSION;
    return u < s + this.baselineShare ? BASELINE : PRODUCTION;
  }

  /** A request finished on a server of rollout `group`; `tpot` = its time per output token (NaN if one token). */
  onServed(group: number, tpot: number): void {
    const b = this.books[group]!;
    b.served++;
    if (tpot === tpot) {
      b.tpotSum += tpot;
      b.tpotCount++;
    }
  }

  /** A server of rollout `group` answered with a server error (the injected regression). */
  onServerError(group: number): void {
    const b = this.books[group]!;
    b.served++;
    b.errors++;
  }

  /** The rollout's periodic event. */
  onTick(t: number): void {
    if (this.phase === 'waiting') this.begin(t);
    else if (this.phase === 'provisioning') this.provision(t);
    else if (this.phase === 'analysing') this.analyse(t);
    if (this.active) this.scheduler.push(t + this.config.checkSeconds, EV.ROLLOUT, 0);
  }

  private mark(t: number, kind: RolloutMark['kind'], detail: string): void {
    this.marks.push({ time: t, kind, share: this.share, detail });
    this.log(t, kind, detail);
  }

  private begin(t: number): void {
    this.base = Math.max(1, this.fleet.countOf(PRODUCTION).healthy);
    this.phase = 'provisioning';
    this.books[PRODUCTION].reset();
    const c = this.config;
    const what = c.strategy === 'blue-green' ? `a full second fleet of ${this.base} servers (green) beside the ${this.base} serving (blue)` : `canary servers for ${c.steps[0]} % of traffic and as many baseline servers of the old version`;
    this.mark(t, 'start', `Model update rollout (${c.strategy}) began: launching ${what}.`);
    this.enterStep(t);
  }

  /**
   * Sets the step's server counts. Canary below 100 %: ⌈p·N⌉ new servers, and a baseline of as many
   * (while p ≤ 50 %; above, fewer, with a share that keeps the traffic per server equal). At 100 %: as many
   * new servers as production has now (the autoscaler may have grown it since the start), no baseline.
   */
  private enterStep(t: number): void {
    const c = this.config;
    const pct = c.strategy === 'blue-green' ? 100 : c.steps[this.step]!;
    if (c.strategy === 'blue-green') this.wantNew = this.base;
    else if (pct >= 100) this.wantNew = Math.max(this.base, this.fleet.countOf(PRODUCTION).healthy);
    else this.wantNew = Math.max(1, Math.ceil((pct / 100) * this.base));
    const p = pct / 100;
    this.wantBaseline = c.strategy === 'blue-green' || p >= 1 ? 0 : p <= 0.5 ? this.wantNew : Math.max(1, Math.floor((this.wantNew * (1 - p)) / p));
    this.phase = 'provisioning';
    this.provision(t);
  }

  private provision(t: number): void {
    const fleet = this.fleet;
    const want = this.wantNew;
    const wantBase = this.wantBaseline;
    const fresh = fleet.countOf(NEW_VERSION);
    const base = fleet.countOf(BASELINE);
    for (let i = fresh.healthy; i < want; i++) if (!fleet.launch(t, false, NEW_VERSION)) break;
    for (let i = base.healthy; i < wantBase; i++) if (!fleet.launch(t, false, BASELINE)) break;
    if (fresh.ready < want || base.ready < wantBase) return;
    const c = this.config;
    if (c.strategy === 'blue-green') {
      this.referenceTpot = this.books[PRODUCTION].meanTpot;
      this.share = 1;
      fleet.launchGroup = NEW_VERSION;
      this.mark(t, 'switch', `Switched all traffic to the green fleet (${want} servers); blue stays on standby for ${Math.round(c.analysisSeconds / 60)} min.`);
    } else {
      const pct = c.steps[this.step]!;
      this.share = Math.min(1, pct / 100);
      // Traffic per baseline server = per canary server: share × baseline servers ÷ canary servers.
      this.baselineShare = this.share >= 1 ? 0 : (this.share * wantBase) / want;
      fleet.drainGroup(BASELINE, t, wantBase);
      if (this.share >= 1) fleet.launchGroup = NEW_VERSION;
      const servers = (n: number): string => `${n} server${n === 1 ? '' : 's'}`;
      const beside = wantBase > 0 ? `, ${(100 * this.baselineShare).toFixed(this.baselineShare * 100 >= 1 ? 0 : 1)} % to a baseline of the old version (${servers(wantBase)})` : '; its errors are watched (no old version serves beside it to compare its latency with at the same load)';
      this.mark(t, 'step', `Canary step ${this.step + 1} of ${c.steps.length}: ${pct} % of requests to the new version (${servers(want)})${beside}.`);
    }
    this.phase = 'analysing';
    this.windowStart = t;
    for (const b of this.books) b.reset();
  }

  private analyse(t: number): void {
    const c = this.config;
    const fresh = this.books[NEW_VERSION];
    const base = this.books[BASELINE];
    // Canary: only the baseline's numbers of the same window count (NaN until it has enough; none at 100 %).
    const withBaseline = c.strategy === 'canary';
    const reference = withBaseline ? (this.baselineShare > 0 && base.tpotCount >= c.minSamples ? base.meanTpot : NaN) : this.referenceTpot;
    const ended = t - this.windowStart >= c.analysisSeconds - 1e-9;
    if (fresh.served >= c.minSamples) {
      this.lastErrorRate = fresh.errors / fresh.served;
      this.lastLatencyRatio = reference > 0 ? fresh.meanTpot / reference : NaN;
      const tooManyErrors = this.lastErrorRate > c.maxErrorRate;
      // The canary's latency is judged on its whole window: its groups can be one server each, whose time
      // per token swings with its own queue (a healthy canary read ×1.26 of its baseline 30 s into a step,
      // ×1.03 over the window). A server error is the new version's own at any look.
      const tooSlow = this.lastLatencyRatio > c.maxLatencyRatio && (!withBaseline || ended);
      if (tooManyErrors || tooSlow) {
        this.rollBack(t, tooManyErrors ? `server errors ${(100 * this.lastErrorRate).toFixed(1)} % > ${(100 * c.maxErrorRate).toFixed(1)} %` : `time per output token ×${this.lastLatencyRatio.toFixed(2)} of the ${withBaseline ? 'baseline' : 'old version'}'s > ×${c.maxLatencyRatio}`);
        return;
      }
    }
    if (!ended) return;
    if (c.strategy === 'canary' && this.step < c.steps.length - 1) {
      this.step++;
      this.enterStep(t);
      return;
    }
    this.phase = 'complete';
    this.share = 1;
    this.baselineShare = 0;
    this.fleet.launchGroup = NEW_VERSION;
    this.fleet.drainGroup(BASELINE, t);
    const drained = this.fleet.drainGroup(PRODUCTION, t);
    this.mark(t, 'complete', `Rollout complete: the new version serves all traffic; ${drained} old server${drained === 1 ? '' : 's'} drain.`);
  }

  private rollBack(t: number, why: string): void {
    this.phase = 'rolled-back';
    this.share = 0;
    this.baselineShare = 0;
    this.fleet.launchGroup = PRODUCTION;
    const drained = this.fleet.drainGroup(NEW_VERSION, t);
    const baseline = this.fleet.drainGroup(BASELINE, t);
    const also = baseline > 0 ? ` (and ${baseline} baseline server${baseline === 1 ? '' : 's'})` : '';
    this.mark(t, 'rollback', `Automatic rollback: ${why} over the last ${Math.round(t - this.windowStart)} s; ${drained} new server${drained === 1 ? '' : 's'}${also} drain, all traffic back on the old version.`);
  }

  view(): RolloutView {
    return {
      strategy: this.config.strategy,
      phase: this.phase,
      share: this.share,
      step: this.step,
      marks: this.marks.slice(),
      lastErrorRate: this.lastErrorRate,
      lastLatencyRatio: this.lastLatencyRatio,
    };
  }
}
