import type { ContinuousBatching } from './batching.ts';
import { EV, type Scheduler } from './event-kinds.ts';
import type { ReplicaFleet } from './replica-fleet.ts';

export type AutoscalerConfig = {
  minReplicas: number;
  maxReplicas: number;
  scaleOutUtilization: number;
  scaleOutWindowSeconds: number;
  scaleInUtilization: number;
  scaleInWindowSeconds: number;
  evaluationSeconds: number;
  schedule: readonly { atSeconds: number; minReplicas: number }[];
};

/** What one evaluation did: servers launched (0 = none), whether one was drained, and the utilization it saw. */
export type ScaleDecision = { launched: number; drained: boolean; utilization: number; healthyBefore: number };

/**
 * Reactive target tracking on utilization = the share of the ready servers' token capacity in use
 * (tokens computed ÷ (ready server-seconds × one server's capacity), see docs/simulation-model.md).
 * Every evaluation period, utilization over the period is compared with the
 * thresholds; above scale-out for a whole window → add enough servers to bring it back to the
 * threshold (at least one); below scale-in for a whole window → drain one. Predictive scaling: a
 * schedule raises (or lowers) the floor at given times.
 */
export class Autoscaler {
  private aboveSince = NaN;
  private belowSince = NaN;
  private lastReadyArea = 0;
  private lastProcessed = 0;
  /** When it next reads the books (batching runs stop before it). */
  nextEvaluation = Infinity;

  constructor(
    private readonly config: AutoscalerConfig,
    private readonly fleet: ReplicaFleet,
    private readonly batching: Pick<ContinuousBatching, 'processedTokens'>,
    private readonly scheduler: Scheduler,
    /** One ready server's token capacity, tokens per second. */
    private readonly tokenCapacityPerReplica: number,
  ) {}

  /** Puts the first evaluation and the schedule's steps on the event list. */
  start(): void {
    this.nextEvaluation = this.config.evaluationSeconds;
    this.scheduler.push(this.nextEvaluation, EV.AUTOSCALE, 0);
    this.config.schedule.forEach((e, i) => this.scheduler.push(e.atSeconds, EV.SCHEDULE, i));
  }

  /** A schedule step: the floor becomes its minimum (capped at the maximum). */
  onSchedule(index: number, t: number): void {
    this.fleet.floor = Math.min(this.config.maxReplicas, this.config.schedule[index]!.minReplicas);
    this.fleet.enforceFloor(t);
  }

  onEvaluate(t: number): ScaleDecision {
    const a = this.config;
    const fleet = this.fleet;
    this.nextEvaluation = t + a.evaluationSeconds;
    this.scheduler.push(this.nextEvaluation, EV.AUTOSCALE, 0);
    fleet.accrue(t);
    const readyArea = fleet.readyArea - this.lastReadyArea;
    const processed = this.batching.processedTokens - this.lastProcessed;
    this.lastReadyArea = fleet.readyArea;
    this.lastProcessed = this.batching.processedTokens;
    const utilization = readyArea > 0 ? processed / (readyArea * this.tokenCapacityPerReplica) : 0;
    const healthy = fleet.healthyCount();
    const decision: ScaleDecision = { launched: 0, drained: false, utilization, healthyBefore: healthy };
    if (utilization > a.scaleOutUtilization) {
      if (Number.isNaN(this.aboveSince)) this.aboveSince = t - a.evaluationSeconds;
      if (t - this.aboveSince >= a.scaleOutWindowSeconds - 1e-9) {
        // Enough servers to bring utilization back to the threshold, at least one more.
        const desired = Math.ceil((fleet.readyCount * utilization) / a.scaleOutUtilization);
        const add = Math.min(Math.max(1, desired - healthy), a.maxReplicas - healthy);
        let launched = 0;
        for (let i = 0; i < add; i++) if (fleet.launch(t, false)) launched++;
        decision.launched = launched;
        this.aboveSince = NaN;
      }
    } else this.aboveSince = NaN;
    if (utilization < a.scaleInUtilization) {
      if (Number.isNaN(this.belowSince)) this.belowSince = t - a.evaluationSeconds;
      if (t - this.belowSince >= a.scaleInWindowSeconds - 1e-9 && healthy > fleet.floor) {
        fleet.drainOne(t);
        decision.drained = true;
        this.belowSince = NaN;
      }
    } else this.belowSince = NaN;
    fleet.enforceFloor(t);
    return decision;
  }
}
