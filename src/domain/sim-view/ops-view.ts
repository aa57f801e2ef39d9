import { formatClock } from '../format/duration.ts';
import { formatCount } from '../format/money.ts';
import type { AlarmView } from '../sim/ops/alarms.ts';
import { SLA_COMMITMENT, SLA_CREDIT_TIERS, type AvailabilityResult } from '../sim/ops/availability.ts';
import type { BatchJobView } from '../sim/ops/batch-job-view.ts';
import { DOCUMENTED_METRIC } from '../sim/ops/cloudwatch.ts';
import type { RolloutView } from '../sim/ops/rollout.ts';

/** What the operations panels show, from a fleet snapshot's operations read-outs. Pure, no React. */
export type OpsView = {
  alarms: { name: string; rule: string; documented: boolean; state: 'ALARM' | 'OK'; episodes: { fired: string; cleared: string }[] }[];
  availability: {
    uptime: string;
    verdict: string;
    /** The credit; with several Regions, each Region below the commitment and its own credit (the SLA is per Region). */
    credit: string;
    tiers: string;
    method: string;
    failing: boolean;
  };
  rollout: { title: string; phase: string; marks: { time: string; text: string; kind: string }[]; note: string } | null;
  batch: { title: string; progress: number; progressText: string; status: string; cost: string | null; late: boolean }[];
};

export const INDUSTRY_PATTERN_NOTE = 'A common industry pattern shown for teaching, not AWS’s documented practice: how Bedrock itself updates a model is not published.';

const PHASE_TEXT: Record<RolloutView['phase'], string> = {
  waiting: 'Not started yet',
  provisioning: 'Launching new-version servers',
  analysing: 'Watching the new version',
  complete: 'Complete: the new version serves all traffic',
  'rolled-back': 'Rolled back: the old version serves all traffic',
};

function uptimeText(p: number): string {
  if (p >= 100) return '100 %';
  // Enough digits to tell 99.95 from 99.9: never round a miss up to the commitment.
  const digits = p >= 99 ? 3 : 2;
  const floor = Math.floor(p * 10 ** digits) / 10 ** digits;
  return `${floor.toFixed(digits)} %`;
}

function alarmRows(alarms: readonly AlarmView[]): OpsView['alarms'] {
  return alarms.map((a) => {
    const r = a.rule;
    const threshold = r.metric === 'ServerErrorRate' ? `${(100 * r.threshold).toLocaleString('en-US')} %` : r.metric.startsWith('InvocationLatency') || r.metric.startsWith('TimeToFirst') ? `${(r.threshold / 1000).toLocaleString('en-US')} s` : r.threshold.toLocaleString('en-US');
    return {
      name: r.name,
      rule: `${r.metric} ${r.comparison === 'above' ? '>' : '<'} ${threshold} in ${r.datapointsToAlarm} of ${r.evaluationPeriods} periods`,
      documented: DOCUMENTED_METRIC[r.metric],
      state: a.state,
      episodes: a.episodes.map((e) => ({ fired: formatClock(e.firedAt), cleared: e.clearedAt === null ? 'still firing' : formatClock(e.clearedAt) })),
    };
  });
}

/** A Region's name and its own availability, as the SLA counts it. */
export type RegionAvailability = { name: string; availability: AvailabilityResult };

function availabilityCard(a: AvailabilityResult, regions: readonly RegionAvailability[] | null): OpsView['availability'] {
  // Bedrock's SLA is per Region: a Region below the commitment earns its credit however well the others did.
  const below = (regions ?? []).filter((r) => !r.availability.meetsCommitment);
  const regionCredits =
    below.length === 0
      ? null
      : `The SLA counts each Region on its own: ${below
          .map((r) => `${r.name} at ${uptimeText(r.availability.uptimePercent)} is below ${SLA_COMMITMENT} %${r.availability.creditPercent > 0 ? `, a ${r.availability.creditPercent} % credit of that Region’s Bedrock charges` : ''}`)
          .join('; ')}.`;
  const tiers = SLA_CREDIT_TIERS.slice()
    .reverse()
    .map((t) => `${t.credit} % below ${t.below} %`)
    .join(', ');
  return {
    uptime: uptimeText(a.uptimePercent),
    verdict: !a.meetsCommitment
      ? `Below the ${SLA_COMMITMENT} % commitment`
      : below.length > 0
        ? `Meets ${SLA_COMMITMENT} % over all requests, but not in every Region`
        : `Meets the ${SLA_COMMITMENT} % commitment`,
    credit: regionCredits ?? (a.creditPercent === 0 ? 'No service credit' : `Service credit: ${a.creditPercent} % of the Region’s Bedrock charges`),
    tiers: `Bedrock SLA (updated 2023-10-04): ${SLA_COMMITMENT} % monthly uptime per Region; credits ${tiers}.`,
    method: `Computed as 100 % minus the mean server-error share of ${formatCount(a.intervals)} intervals of ${Math.round(a.intervalSeconds / 60)} min (${formatCount(a.intervalsWithErrors)} with errors); the interval is an assumption, and the run stands in for the month.`,
    failing: !a.meetsCommitment || below.length > 0,
  };
}

function rolloutPanel(r: RolloutView | null): OpsView['rollout'] {
  if (r === null) return null;
  return {
    title: r.strategy === 'canary' ? 'Canary rollout' : 'Blue-green rollout',
    phase: `${PHASE_TEXT[r.phase]}${r.phase === 'analysing' ? ` (${Math.round(100 * r.share)} % of requests)` : ''}`,
    marks: r.marks.map((m) => ({ time: formatClock(m.time), text: m.detail, kind: m.kind })),
    note: INDUSTRY_PATTERN_NOTE,
  };
}

function batchRows(jobs: readonly BatchJobView[]): OpsView['batch'] {
  return jobs.map((j) => {
    const progress = j.records > 0 ? j.done / j.records : 0;
    const status =
      j.status === 'complete'
        ? `Complete at ${formatClock(j.completedAt!)}, within its window`
        : j.status === 'late'
          ? j.completedAt === null
            ? `Late: missed its window at ${formatClock(j.deadline)}`
            : `Complete at ${formatClock(j.completedAt)} — late (due ${formatClock(j.deadline)})`
          : j.status === 'running'
            ? `Running, due by ${formatClock(j.deadline)}`
            : `Queued until ${formatClock(j.submittedAt)}`;
    return {
      title: `Batch job ${j.index + 1}`,
      progress,
      progressText: `${formatCount(j.done)} of ${formatCount(j.records)} records (${Math.floor(100 * progress)} %)`,
      status,
      cost: j.batchCost === null ? null : `$${j.batchCost.toFixed(2)} at the batch price`,
      late: j.status === 'late',
    };
  });
}

export function opsView(s: {
  rollout: RolloutView | null;
  batchJobs: readonly BatchJobView[];
  monitoring: { alarms: readonly AlarmView[]; availability: AvailabilityResult };
  regions?: readonly RegionAvailability[] | null;
}): OpsView {
  return { alarms: alarmRows(s.monitoring.alarms), availability: availabilityCard(s.monitoring.availability, s.regions ?? null), rollout: rolloutPanel(s.rollout), batch: batchRows(s.batchJobs) };
}
