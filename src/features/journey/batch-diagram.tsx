import { memo } from 'react';
import type { JobStatus } from '../../domain/journey/batch-facts.ts';
import type { BatchTrace } from '../../domain/journey/batch-trace.ts';
import { regionByCode } from '../../domain/journey/regions.ts';
import type { BatchStageId } from '../../domain/journey/trace-types.ts';
import { ActiveNodeRing, CurrentLeg, Packet, TravelledLeg } from './diagram-marks.tsx';
import { batchBoundaryRows, batchStagePaths, jobStateChips } from './batch-diagram-layout.ts';
import { along, BATCH_STAGE_NODE, boundaryLabelAt, centre, easeInOut, NODES, pointsUpTo, rowsOf, polyline, VIEW, type BoundaryRow, type NodeId } from './diagram-layout.ts';

type Props = {
  batch: BatchTrace;
  stageIndex: number;
  /** Progress through the active stage, 0–1 (1 = its end state). */
  frac: number;
  /** Fill the parent's box (presenter mode) instead of following the width. */
  fill?: boolean;
};

const STROKE: Record<BoundaryRow['tone'], string> = {
  account: 'stroke-chart-4',
  region: 'stroke-chart-3',
  service: 'stroke-accent',
  deployment: 'stroke-chart-2',
};
const FILL: Record<BoundaryRow['fill'], string> = { surface: 'fill-surface', 'surface-2': 'fill-surface-2', none: 'fill-none' };

/** States that end a job without every record done: drawn in the danger colour. */
const BAD: ReadonlySet<JobStatus> = new Set<JobStatus>(['Failed', 'Expired', 'PartiallyCompleted', 'Stopped']);

/** What moves in each stage: your prompts (P), the job request that names files (J), the answers (A), the bill ($). */
const PACKET: Record<BatchStageId, { letter: string; tone: string }> = {
  'batch-input': { letter: 'P', tone: 'fill-accent' },
  'batch-submit': { letter: 'J', tone: 'fill-chart-4' },
  'batch-iam': { letter: 'J', tone: 'fill-chart-4' },
  'batch-queue': { letter: 'J', tone: 'fill-chart-4' },
  'batch-run': { letter: 'P', tone: 'fill-accent' },
  'batch-output': { letter: 'A', tone: 'fill-chart-2' },
  'batch-billing': { letter: '$', tone: 'fill-chart-5' },
};

const LEGEND = [
  { letter: 'P', tone: 'fill-accent', text: 'prompts' },
  { letter: 'J', tone: 'fill-chart-4', text: 'job, no prompt' },
  { letter: 'A', tone: 'fill-chart-2', text: 'answers' },
  { letter: '$', tone: 'fill-chart-5', text: 'token counts' },
] as const;

function sublabel(id: NodeId, batch: BatchTrace): string | null {
  const o = batch.options;
  const n = (x: number) => x.toLocaleString('en-US');
  switch (id) {
    case 'batch-app':
      return '+ AWS SDK';
    case 's3-input':
      return `${n(o.records)} JSONL lines`;
    case 'service-role':
      return 'iam:PassRole → Bedrock';
    case 's3-output':
      return batch.files.manifest ? 'results + manifest' : 'nothing written';
    case 'kms-key':
      return o.kms ? 'encrypts the output' : 'off: bucket default';
    case 'control-plane':
      return `bedrock.${batch.scenario.region}`;
    case 'batch-iam':
      return 'create job · PassRole';
    case 'batch-billing':
      return batch.pricing?.batch.ok ? 'batch price' : 'no batch price';
    default:
      return null;
  }
}

function Boundaries({ batch }: { batch: BatchTrace }) {
  return (
    <g>
      {batchBoundaryRows(batch, regionByCode(batch.scenario.region)?.city).map((b) => {
        const at = boundaryLabelAt(b.rect);
        return (
          <g key={b.id} data-boundary={b.id}>
            <rect x={b.rect.x} y={b.rect.y} width={b.rect.w} height={b.rect.h} rx={14} className={`${FILL[b.fill]} ${STROKE[b.tone]}`} strokeWidth={3} />
            <text x={at.x} y={at.y} className="fill-fg" fontSize={19} fontWeight={700} data-label-of={b.id}>
              {b.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Under everything: boundaries and the job's whole route, dashed. Memoised: it changes only with the trace. */
const Backdrop = memo(function Backdrop({ batch }: { batch: BatchTrace }) {
  return (
    <g>
      <Boundaries batch={batch} />
      {batchStagePaths(batch).map((points, i) => (
        <polyline key={i} points={polyline(points)} className="fill-none stroke-muted" strokeWidth={2.5} strokeDasharray="3 7" strokeLinecap="round" opacity={0.7} />
      ))}
    </g>
  );
});

/** The boxes, drawn over the routes so no line crosses a label. */
const Boxes = memo(function Boxes({ batch }: { batch: BatchTrace }) {
  const model = NODES['batch-model'];
  return (
    <g>
      {rowsOf('batch')
        .filter((n) => n.id !== 'batch-job' && n.id !== 'batch-model')
        .map((n) => {
          const { x, y, w, h } = n.rect;
          const dim = n.id === 'kms-key' && !batch.options.kms;
          const sub = sublabel(n.id, batch);
          const cx = x + w / 2;
          const cy = y + h / 2;
          return (
            <g key={n.id} opacity={dim ? 0.6 : 1} data-node={n.id}>
              <rect x={x} y={y} width={w} height={h} rx={10} className="fill-surface-2 stroke-line" strokeWidth={2} strokeDasharray={dim ? '6 5' : undefined} />
              <text x={cx} y={sub ? cy - 3 : cy + 7} textAnchor="middle" className="fill-fg" fontSize={21} fontWeight={700}>
                {n.label}
              </text>
              {sub ? (
                <text x={cx} y={cy + 19} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
                  {sub}
                </text>
              ) : null}
            </g>
          );
        })}
      <g data-node="batch-model">
        <rect x={model.x} y={model.y} width={model.w} height={model.h} rx={12} className="fill-surface-2 stroke-line" strokeWidth={2} />
        <text x={model.x + model.w / 2} y={model.y + 30} textAnchor="middle" className="fill-fg" fontSize={21} fontWeight={700}>
          Model on GPUs
        </text>
        <text x={model.x + model.w / 2} y={model.y + 62} textAnchor="middle" className="fill-fg" fontSize={18} fontWeight={600}>
          {batch.model.name.length > 26 ? `${batch.model.name.slice(0, 25)}…` : batch.model.name}
        </text>
        <text x={model.x + model.w / 2} y={model.y + 96} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
          {`${batch.inputTokensPerRecord.toLocaleString('en-US')} in · ${batch.outputTokensPerRecord.toLocaleString('en-US')} out`}
        </text>
        <text x={model.x + model.w / 2} y={model.y + 120} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
          per record · no cache
        </text>
      </g>
      <text x={model.x} y={model.y + model.h + 40} className="fill-fg" fontSize={18} fontWeight={600}>
        Run by the Bedrock service:
      </text>
      <text x={model.x} y={model.y + model.h + 64} className="fill-fg" fontSize={18} fontWeight={700}>
        {`${batch.model.provider} has no access`}
      </text>
      <g data-legend="">
        {LEGEND.map((l, i) => {
          const x = model.x + 12 + (i % 2) * 124;
          const y = model.y + model.h + 104 + Math.floor(i / 2) * 30;
          return (
            <g key={l.letter}>
              <circle cx={x} cy={y - 6} r={12} className={l.tone} />
              <text x={x} y={y} textAnchor="middle" fontSize={17} fontWeight={800} className="fill-surface">
                {l.letter}
              </text>
              <text x={x + 18} y={y} fontSize={17} fontWeight={600} className="fill-fg">
                {l.text}
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
});

/** The job box: its status chips, lit up to the status GetModelInvocationJob reports now. */
function JobBox({ batch, status }: { batch: BatchTrace; status: JobStatus | null }) {
  const box = NODES['batch-job'];
  const reached = status ? batch.jobPath.indexOf(status) : -1;
  return (
    <g data-node="batch-job" data-status={status ?? 'none'}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={12} className="fill-surface-2 stroke-line" strokeWidth={2} />
      <text x={box.x + box.w / 2} y={box.y + 28} textAnchor="middle" className="fill-fg" fontSize={21} fontWeight={700}>
        {status ? 'Batch job' : 'Batch job: not yet'}
      </text>
      {jobStateChips(batch.jobPath).map((c, i) => {
        const now = i === reached;
        const bad = BAD.has(c.state);
        return (
          <g key={c.state} data-job-state={c.state} data-current={now ? 'yes' : undefined}>
            <rect
              x={c.rect.x}
              y={c.rect.y}
              width={c.rect.w}
              height={c.rect.h}
              rx={6}
              className={now ? (bad ? 'fill-danger' : 'fill-accent') : i < reached ? 'fill-accent-soft stroke-accent' : 'fill-surface stroke-line'}
              strokeWidth={1.5}
            />
            <text
              x={c.rect.x + c.rect.w / 2}
              y={c.rect.y + 21}
              textAnchor="middle"
              fontSize={17}
              fontWeight={700}
              className={now ? (bad ? 'fill-surface' : 'fill-on-accent') : i < reached ? 'fill-fg' : 'fill-muted'}
            >
              {now && bad ? `✗ ${c.state}` : c.state}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function BatchDiagram({ batch, stageIndex, frac, fill = false }: Props) {
  const paths = batchStagePaths(batch);
  const stage = batch.stages[stageIndex]!;
  const id = stage.id as BatchStageId;
  const failed = stage.status === 'failed';
  const nodeId = BATCH_STAGE_NODE[id];
  const box = NODES[nodeId];
  const points = paths[stageIndex]!;
  const travel = easeInOut(Math.min(1, frac / 0.55));
  const packet = along(points, travel);
  const end = centre(nodeId);
  const rest = { x: box.x + box.w - 12, y: box.y + 8 };
  // Once it has arrived, the packet rests in the box's corner so it never hides the label.
  const at = travel >= 1 ? rest : { x: packet.x + (rest.x - end.x) * travel, y: packet.y + (rest.y - end.y) * travel };
  const look = PACKET[id];
  return (
    <svg
      viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
      className={fill ? 'block h-full w-full' : 'block h-auto w-full'}
      role="img"
      aria-labelledby="batch-diagram-title"
      data-testid="journey-diagram"
      data-walk="batch"
      data-active-stage={stage.id}
    >
      <title id="batch-diagram-title">{`Stage ${stage.number} of ${batch.stages.length}: ${stage.title}. ${stage.visibility.badge}.`}</title>
      <Backdrop batch={batch} />
      {paths.slice(0, stageIndex).map((pts, i) => (
        <TravelledLeg key={i} points={pts} />
      ))}
      <CurrentLeg points={[...pointsUpTo(points, travel), packet]} failed={failed} />
      <Boxes batch={batch} />
      <JobBox batch={batch} status={batch.statusAt[stageIndex] ?? null} />
      <ActiveNodeRing box={box} failed={failed} />
      <Packet at={at} fillClass={failed ? 'fill-danger' : look.tone} letter={look.letter} />
    </svg>
  );
}
