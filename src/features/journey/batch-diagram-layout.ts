/**
 * The batch walk's diagram as data: its boundaries, the job-state chips in the job box and the route
 * of each stage. Its boxes are the `walk: 'batch'` rows of NODE_ROWS (diagram-layout.ts), so the same
 * tests check that none overlaps another and each sits inside its boundary.
 */
import type { JobStatus } from '../../domain/journey/batch-facts.ts';
import type { BatchTrace } from '../../domain/journey/batch-trace.ts';
import { centre, LANES, NODES, type BoundaryRow, type Point, type Rect } from './diagram-layout.ts';


/** The batch walk's boundaries: your account (no VPC: the job reads S3 directly), the Region, the service, the deployment. */
export function batchBoundaryRows(batch: BatchTrace, city: string | undefined): BoundaryRow[] {
  const s = batch.scenario;
  return [
    { id: 'account', rect: { x: 6, y: 40, w: 244, h: 494 }, label: 'Your AWS account', tone: 'account', dashed: false, fill: 'surface-2' },
    { id: 'region', rect: { x: 352, y: 4, w: 644, h: 532 }, label: `AWS Region ${s.region}${city ? ` · ${city}` : ''}`, tone: 'region', dashed: false, fill: 'none' },
    { id: 'service', rect: { x: 362, y: 40, w: 280, h: 490 }, label: 'Bedrock service (AWS)', tone: 'service', dashed: false, fill: 'surface' },
    { id: 'deployment', rect: { x: 668, y: 40, w: 320, h: 490 }, label: `${batch.model.provider} deployment acct.`, tone: 'deployment', dashed: false, fill: 'surface' },
  ];
}

/** The job-state chips drawn inside the batch job box, top to bottom. */
export function jobStateChips(states: readonly JobStatus[]): { state: JobStatus; rect: Rect }[] {
  const box = NODES['batch-job'];
  return states.map((state, i) => ({ state, rect: { x: box.x + 12, y: box.y + 44 + i * 36, w: box.w - 24, h: 30 } }));
}

/** The points the job's data travels through during each batch stage. */
export function batchStagePaths(batch: BatchTrace): Point[][] {
  const app = centre('batch-app');
  const input = centre('s3-input');
  const cp = centre('control-plane');
  const iam = centre('batch-iam');
  const job = centre('batch-job');
  const model = centre('batch-model');
  const output = centre('s3-output');
  const billing = centre('batch-billing');
  // Below the billing box: the way from the deployment back to your account.
  const bottom = 512;
  return batch.stages.map((stage) => {
    switch (stage.id) {
      case 'batch-input':
        return [app, input];
      case 'batch-submit':
        return [input, app, { x: LANES.left, y: app.y }, { x: LANES.left, y: cp.y }, cp];
      case 'batch-iam':
        return [cp, iam];
      case 'batch-queue':
        return [iam, job];
      case 'batch-run':
        return [job, { x: LANES.gap, y: job.y }, { x: LANES.gap, y: model.y }, model];
      case 'batch-output':
        return [model, { x: LANES.gap, y: model.y }, { x: LANES.gap, y: bottom }, { x: LANES.left, y: bottom }, { x: LANES.left, y: output.y }, output];
      default:
        return [output, { x: LANES.left, y: output.y }, { x: LANES.left, y: billing.y }, billing];
    }
  });
}

