import { AlarmEvaluator, type AlarmRule, type AlarmView } from './alarms.ts';
import { AvailabilityBooks, type AvailabilityResult } from './availability.ts';
import { cloudWatchWindow, type ChannelReader } from './cloudwatch.ts';

export type MonitoringView = { alarms: AlarmView[]; availability: AvailabilityResult };

/** Alarms and SLA availability, fed one closed window at a time by the fleet's metrics. */
export class Monitoring {
  private readonly alarms: AlarmEvaluator;
  private readonly books: AvailabilityBooks;

  constructor(
    rules: readonly AlarmRule[],
    slaIntervalSeconds: number,
    private readonly log: (t: number, kind: 'alarm' | 'alarm-ok', detail: string) => void,
  ) {
    this.alarms = new AlarmEvaluator(rules);
    this.books = new AvailabilityBooks(slaIntervalSeconds);
  }

  onWindow(end: number, read: ChannelReader, seconds: number): void {
    const values = cloudWatchWindow(read, seconds);
    this.books.add(end, values.Invocations, values.InvocationServerErrors);
    for (const tr of this.alarms.evaluate(end, values)) {
      const rule = this.alarms.rules[tr.rule]!;
      const shown = Number.isFinite(tr.value) ? tr.value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : 'no data';
      if (tr.state === 'ALARM')
        this.log(end, 'alarm', `Alarm "${rule.name}" fired: ${rule.metric} ${shown} ${rule.comparison} ${rule.threshold.toLocaleString('en-US')} in ${rule.datapointsToAlarm} of the last ${rule.evaluationPeriods} periods.`);
      else this.log(end, 'alarm-ok', `Alarm "${rule.name}" cleared: ${rule.metric} back ${rule.comparison === 'above' ? 'under' : 'over'} ${rule.threshold.toLocaleString('en-US')} (${shown}).`);
    }
  }

  view(): MonitoringView {
    return { alarms: this.alarms.snapshot(), availability: this.books.result() };
  }
}
