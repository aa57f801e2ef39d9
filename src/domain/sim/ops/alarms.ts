import type { CloudWatchMetric } from './cloudwatch.ts';

/**
 * CloudWatch-style alarm rules on the per-window metrics: a rule breaches in a window when the metric
 * is above (or below) its threshold; it goes to ALARM when `datapointsToAlarm` of the last
 * `evaluationPeriods` windows breach, and back to OK when fewer do. Missing data (a latency with no
 * request in the window) counts as not breaching — CloudWatch's `notBreaching` treatment, one of its
 * four options (docs: AlarmThatSendsEmail "Configuring how CloudWatch alarms treat missing data").
 */
export type AlarmRule = {
  name: string;
  metric: CloudWatchMetric;
  comparison: 'above' | 'below';
  threshold: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
};

export type AlarmTransition = { time: number; rule: number; state: 'ALARM' | 'OK'; value: number };

/** A rule's history for the monitoring panel: each firing with when it cleared (null = still in alarm). */
export type AlarmView = { rule: AlarmRule; state: 'ALARM' | 'OK'; episodes: { firedAt: number; clearedAt: number | null; peak: number }[] };

export class AlarmEvaluator {
  private readonly recent: boolean[][];
  private readonly state: ('ALARM' | 'OK')[];
  readonly views: AlarmView[];

  constructor(readonly rules: readonly AlarmRule[]) {
    this.recent = rules.map(() => []);
    this.state = rules.map(() => 'OK');
    this.views = rules.map((rule) => ({ rule, state: 'OK', episodes: [] }));
  }

  /** Evaluates every rule on the window that ended at `end`; returns the state changes. */
  evaluate(end: number, values: Readonly<Record<CloudWatchMetric, number>>): AlarmTransition[] {
    const out: AlarmTransition[] = [];
    this.rules.forEach((rule, i) => {
      const v = values[rule.metric];
      const breach = v === v && (rule.comparison === 'above' ? v > rule.threshold : v < rule.threshold);
      const recent = this.recent[i]!;
      recent.push(breach);
      if (recent.length > rule.evaluationPeriods) recent.shift();
      const breaching = recent.filter(Boolean).length;
      const view = this.views[i]!;
      const open = view.episodes[view.episodes.length - 1];
      if (this.state[i] === 'OK' && breaching >= rule.datapointsToAlarm) {
        this.state[i] = view.state = 'ALARM';
        view.episodes.push({ firedAt: end, clearedAt: null, peak: v });
        out.push({ time: end, rule: i, state: 'ALARM', value: v });
      } else if (this.state[i] === 'ALARM') {
        if (open && v === v && (rule.comparison === 'above' ? v > open.peak : v < open.peak)) open.peak = v;
        if (breaching < rule.datapointsToAlarm) {
          this.state[i] = view.state = 'OK';
          if (open) open.clearedAt = end;
          out.push({ time: end, rule: i, state: 'OK', value: v });
        }
      }
    });
    return out;
  }

  snapshot(): AlarmView[] {
    return this.views.map((v) => ({ rule: v.rule, state: v.state, episodes: v.episodes.map((e) => ({ ...e })) }));
  }
}
