import { BATCH_SOURCES, JOB_STATUSES, type JobStatus } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import { pollCode } from '../batch-snippets.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { json } from '../trace-context.ts';

const meaning = (status: JobStatus) => JOB_STATUSES.find((j) => j.status === status)!.meaning;

/** The parts every ending of this stage shares. */
function base(ctx: BatchContext, clock: { atMs: number }): Omit<StageDraft, 'id' | 'title' | 'checks' | 'payloadTitle' | 'payload' | 'narration' | 'when'> {
  return {
    actor: 'Bedrock batch inference',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: ctx.s.region,
    transport: 'aws-network',
    visibility: { level: 'stored', badge: 'Your records wait in YOUR S3 bucket; Bedrock reads them via your role to validate' },
    stores: [],
    startMs: clock.atMs,
    endMs: clock.atMs,
    code: pollCode(ctx.s.region, ctx.names.jobArn),
  };
}

/** 4. Submitted → Validating → Scheduled: the job waits its turn inside its timeout window — or ends here. */
export const batchQueueStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { o } = ctx;
  const window = `timeoutDurationInHours = ${o.timeoutHours}`;
  if (o.failure === 'malformed-record') {
    return {
      kind: 'stop',
      stage: {
        ...base(ctx, clock),
        id: 'batch-queue',
        status: 'failed',
        title: 'Validation fails: status Failed',
        checks: `Validating: ${meaning('Validating')}. A line that is not a JSON object fails it.`,
        when: 'While Validating, before any record runs',
        payloadTitle: 'GetModelInvocationJob → status Failed',
        payload: json(ctx.status('Failed')),
        narration: {
          text: `Validation reads your files through the service role and checks that each line is a JSON object in the right format. One line is cut off, so the job ends with status Failed; GetModelInvocationJob’s message says why. No record ran, so no tokens were processed and there are no results. Fix the file and submit a new job.`,
          simplification: 'Whether one bad line fails the whole job or only that record, and the exact message, are not in the explorer’s reference: the walk shows the documented check (each line a JSON object) failing the job.',
          sources: [BATCH_SOURCES.states, BATCH_SOURCES.input],
        },
      },
    };
  }
  if (o.failure === 'expired') {
    return {
      kind: 'stop',
      stage: {
        ...base(ctx, clock),
        id: 'batch-queue',
        status: 'failed',
        title: 'Never started in time: status Expired',
        checks: `Scheduled: ${meaning('Scheduled')}. Expired: ${meaning('Expired')}.`,
        when: `The ${o.timeoutHours}-hour window (${window}) passed before the job began`,
        payloadTitle: 'GetModelInvocationJob → status Expired',
        payload: json(ctx.status('Expired')),
        narration: {
          text: `The job validated and was Scheduled, but its turn did not come within its ${o.timeoutHours}-hour timeout: it ends Expired. No record ran, so no tokens were processed and nothing was written to the output. Submit a new job — a longer timeoutDurationInHours (up to 168) gives it more time to start.`,
          simplification: 'How long a scheduled job waits is not published; this walk injects the case where it waits too long.',
          sources: [BATCH_SOURCES.states, BATCH_SOURCES.window],
        },
      },
    };
  }
  return {
    kind: 'next',
    stage: {
      ...base(ctx, clock),
      id: 'batch-queue',
      title: 'The job waits: Submitted → Validating → Scheduled',
      checks: `Validating: ${meaning('Validating')}. Then Scheduled: ${meaning('Scheduled')}.`,
      when: `Within the job’s window: ${window}`,
      payloadTitle: 'GetModelInvocationJob → status Scheduled',
      payload: json(ctx.status('Scheduled')),
      narration: {
        text: `The job is validated: the service role must reach your files, every line must be a JSON object, and the files must fit the batch quotas (one is a per-model minimum of records, value not in the reference). The modelInput is not checked. Then the job is Scheduled and starts when its turn comes; not started within ${o.timeoutHours} hours, it ends Expired.`,
        simplification: 'How long a job waits or runs is not published. AWS’s 24-hour figure is on a page the reference marks weak; the API allows 24–168 hours.',
        sources: [BATCH_SOURCES.states, BATCH_SOURCES.minimumRecords, BATCH_SOURCES.window],
      },
    },
  };
};
