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
  /** Roll back when the new version's mean time per output token exceeds the old one's by this factor. */
  maxLatencyRatio: number;
  /** The injected regression: share of the new version's responses that fail (500), and its decode slowdown (×). */
  regression: { errorRate: number; decodeSlowdown: number };
};

export type RolloutPhase = 'waiting' | 'provisioning' | 'analysing' | 'complete' | 'rolled-back';

/** A moment of the rollout worth marking on the time axis. */
export type RolloutMark = { time: number; kind: 'start' | 'step' | 'switch' | 'rollback' | 'complete'; share: number; detail: string };

/** What the rollout needs of the fleet (ReplicaFleet). */
export type RolloutFleet = {
  launchVersion: number;
  countOf(version: number): { healthy: number; ready: number };
  launch(t: number, immediately: boolean, version: number): boolean;
  drainVersion(version: number, t: number): number;
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
  /** The last analysis: the new version's error share and its latency ratio to the old (NaN = not enough data). */
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
 * standby for the analysis window, then drains. Canary: each step launches enough new servers for its
 * share, then sends that share of requests to them for an analysis window. In both, the analysis
 * compares the new version with the old (error share, time per output token) every check and rolls back
 * at the first breach: traffic returns to the old version and the new servers drain.
 */
export class Rollout {
  phase: RolloutPhase = 'waiting';
  share = 0;
  step = 0;
  readonly marks: RolloutMark[] = [];
  lastErrorRate = NaN;
  lastLatencyRatio = NaN;
  private base = 0;
  private windowStart = 0;
  private readonly books = [new VersionBooks(), new VersionBooks()] as const;
  /** Blue-green: the old version's time per output token before the switch (its baseline). */
  private baselineTpot = NaN;

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

  /** The version a request goes to: `u` is a uniform draw, asked for only while the share is strictly between 0 and 1. */
  pickVersion(draw: () => number): number {
    const s = this.share;
    if (s <= 0) return 0;
    if (s >= 1) return 1;
    return draw() < s ? 1 : 0;
  }

  /** A request finished on a server of `version`; `tpot` = its time per output token (NaN if one token). */
  onServed(version: number, tpot: number): void {
    const b = this.books[version === 0 ? 0 : 1];
    b.served++;
    if (tpot === tpot) {
      b.tpotSum += tpot;
      b.tpotCount++;
    }
  }

  /** A server of `version` answered with a server error (the injected regression). */
  onServerError(version: number): void {
    const b = this.books[version === 0 ? 0 : 1];
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
    this.base = Math.max(1, this.fleet.countOf(0).healthy);
    this.phase = 'provisioning';
    this.books[0].reset();
    const c = this.config;
    const what = c.strategy === 'blue-green' ? `a full second fleet of ${this.base} servers (green) beside the ${this.base} serving (blue)` : `canary servers for ${c.steps[0]} % of traffic`;
    this.mark(t, 'start', `Model update rollout (${c.strategy}) began: launching ${what}.`);
    this.provision(t);
  }

  /** Servers the new version needs for the current step. */
  private target(): number {
    if (this.config.strategy === 'blue-green') return this.base;
    const pct = this.config.steps[this.step]!;
    return pct >= 100 ? this.base : Math.max(1, Math.ceil((pct / 100) * this.base));
  }

  private provision(t: number): void {
    const want = this.target();
    const have = this.fleet.countOf(1);
    for (let i = have.healthy; i < want; i++) if (!this.fleet.launch(t, false, 1)) break;
    if (have.ready < want) return;
    const c = this.config;
    if (c.strategy === 'blue-green') {
      this.baselineTpot = this.books[0].meanTpot;
      this.share = 1;
      this.fleet.launchVersion = 1;
      this.mark(t, 'switch', `Switched all traffic to the green fleet (${want} servers); blue stays on standby for ${Math.round(c.analysisSeconds / 60)} min.`);
    } else {
      this.share = Math.min(1, c.steps[this.step]! / 100);
      this.mark(t, 'step', `Canary step ${this.step + 1} of ${c.steps.length}: ${c.steps[this.step]} % of requests to the new version (${want} server${want === 1 ? '' : 's'}).`);
    }
    this.phase = 'analysing';
    this.windowStart = t;
    this.books[0].reset();
    this.books[1].reset();
  }

  private analyse(t: number): void {
    const c = this.config;
    const fresh = this.books[1];
    const old = this.books[0];
    const baseline = c.strategy === 'blue-green' || old.tpotCount < c.minSamples ? this.baselineTpot : old.meanTpot;
    if (fresh.served >= c.minSamples) {
      this.lastErrorRate = fresh.errors / fresh.served;
      this.lastLatencyRatio = baseline > 0 ? fresh.meanTpot / baseline : NaN;
      const tooManyErrors = this.lastErrorRate > c.maxErrorRate;
      const tooSlow = this.lastLatencyRatio > c.maxLatencyRatio;
      if (tooManyErrors || tooSlow) {
        this.rollBack(t, tooManyErrors ? `server errors ${(100 * this.lastErrorRate).toFixed(1)} % > ${(100 * c.maxErrorRate).toFixed(1)} %` : `time per output token ×${this.lastLatencyRatio.toFixed(2)} of the old version's > ×${c.maxLatencyRatio}`);
        return;
      }
    }
    if (c.strategy === 'canary' && old.tpotCount >= c.minSamples) this.baselineTpot = old.meanTpot;
    if (t - this.windowStart < c.analysisSeconds - 1e-9) return;
    if (c.strategy === 'canary' && this.step < c.steps.length - 1) {
      this.step++;
      this.phase = 'provisioning';
      this.provision(t);
      return;
    }
    this.phase = 'complete';
    this.share = 1;
    this.fleet.launchVersion = 1;
    const drained = this.fleet.drainVersion(0, t);
    this.mark(t, 'complete', `Rollout complete: the new version serves all traffic; ${drained} old server${drained === 1 ? '' : 's'} drain.`);
  }

  private rollBack(t: number, why: string): void {
    this.phase = 'rolled-back';
    this.share = 0;
    this.fleet.launchVersion = 0;
    const drained = this.fleet.drainVersion(1, t);
    this.mark(t, 'rollback', `Automatic rollback: ${why} over the last ${Math.round(t - this.windowStart)} s; ${drained} new server${drained === 1 ? '' : 's'} drain, all traffic back on the old version.`);
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
