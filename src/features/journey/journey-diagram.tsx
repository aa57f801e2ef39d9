import { memo } from 'react';
import { ActiveNodeRing, CurrentLeg, Packet, TravelledLeg } from './diagram-marks.tsx';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { regionByCode } from '../../domain/journey/regions.ts';
import {
  along,
  boundaryLabelAt,
  boundaryRows,
  centre,
  easeInOut,
  LANE_CHIPS,
  rowsOf,
  NODES,
  pointsUpTo,
  polyline,
  stageNode,
  stagePaths,
  VIEW,
  type BoundaryRow,
  type NodeId,
  type Point,
} from './diagram-layout.ts';

type Props = {
  trace: Trace;
  stageIndex: number;
  /** Progress through the active stage, 0–1 (1 = its end state). */
  frac: number;
  /** Fill the parent's box (presenter mode) instead of following the width. */
  fill?: boolean;
  /** Presenter mode: answer tokens received so far, drawn in the customer column (null = none). */
  answerTokens?: number | null;
};

/** The newest lines of what the client has received, wrapped to the answer box. */
function answerLines(text: string, width: number, lines: number): string[] {
  const words = text.split(/(?<=\s)/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + w).length > width && line) {
      out.push(line.trimEnd());
      line = '';
    }
    line += w;
  }
  if (line) out.push(line.trimEnd());
  return out.slice(-lines);
}

function AnswerBox({ trace, shown }: { trace: Trace; shown: number }) {
  const text = trace.output.tokens
    .slice(0, shown)
    .map((t) => t.text)
    .join('');
  const lines = shown === 0 ? [trace.outcome.ok ? 'waiting for the first token…' : 'no answer: the call failed'] : answerLines(text, 23, 3);
  return (
    <g data-testid="presenter-answer">
      <rect x={16} y={442} width={224} height={88} rx={10} className="fill-surface stroke-chart-2" strokeWidth={2} />
      <text x={26} y={462} fontSize={17} fontWeight={700} className="fill-fg">
        {`Received ${shown} / ${trace.output.tokens.length}`}
      </text>
      {lines.map((l, i) => (
        <text key={i} x={26} y={484 + i * 20} fontSize={17} className={shown === 0 ? 'fill-muted' : 'fill-fg'}>
          {l}
        </text>
      ))}
    </g>
  );
}

const STROKE: Record<BoundaryRow['tone'], string> = {
  account: 'stroke-chart-4',
  region: 'stroke-chart-3',
  service: 'stroke-accent',
  deployment: 'stroke-chart-2',
};
const FILL: Record<BoundaryRow['fill'], string> = { surface: 'fill-surface', 'surface-2': 'fill-surface-2', none: 'fill-none' };

/** Where the packet rests on a node: its top-right corner, so it never hides the label. */
function restOffset(id: NodeId): Point {
  const r = NODES[id];
  const c = centre(id);
  return { x: r.x + r.w - 10 - c.x, y: r.y + 6 - c.y };
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');

function sublabel(id: NodeId, trace: Trace): string | null {
  const s = trace.scenario;
  switch (id) {
    case 'client':
      return s.api === 'Messages' ? '+ Anthropic SDK' : s.api === 'ChatCompletions' || s.api === 'Responses' ? '+ OpenAI SDK' : '+ AWS SDK';
    case 'vpce':
      return 'PrivateLink';
    case 'logs':
      return 'S3 / CloudWatch';
    case 'endpoint':
      return s.endpoint === 'runtime' ? 'bedrock-runtime' : 'bedrock-mantle';
    case 'iam':
      return s.auth === 'sigv4' ? 'SigV4 signature' : 'API key (bearer)';
    case 'quota':
      return `reserve ${n0(trace.quota.breakdown.reserved)}`;
    case 'prompt-router':
      return trace.router && !('unavailable' in trace.router) ? `→ ${trace.router.picked}` : null;
    case 'routing': {
      const r = trace.routing;
      return r.kind === 'provisioned' ? 'provisioned units' : r.kind === 'in-region' ? 'on-demand pool' : `${r.kind === 'global' ? 'global' : r.geo} profile`;
    }
    case 'cache':
      return trace.cache.read ? `read ${n0(trace.cache.read)} tokens` : trace.cache.write ? `write ${n0(trace.cache.write)} · ${trace.cache.ttl}` : null;
    default:
      return null;
  }
}

function isOff(id: NodeId, trace: Trace): boolean {
  const s = trace.scenario;
  const vpce = s.network === 'vpc-endpoint';
  return (
    (id === 'guardrail' && !s.guardrails) ||
    (id === 'logs' && !s.logging) ||
    (id === 'internet' && vpce) ||
    (id === 'vpce' && !vpce) ||
    (id === 'prompt-router' && (!trace.router || 'unavailable' in trace.router)) ||
    (id === 'cache' && !trace.cache.effective)
  );
}

function Boundaries({ trace }: { trace: Trace }) {
  const rows = boundaryRows(trace, regionByCode(trace.scenario.region)?.city);
  return (
    <g>
      {rows.map((b) => {
        const at = boundaryLabelAt(b.rect);
        return (
          <g key={b.id} data-boundary={b.id}>
            <rect
              x={b.rect.x}
              y={b.rect.y}
              width={b.rect.w}
              height={b.rect.h}
              rx={14}
              className={`${FILL[b.fill]} ${STROKE[b.tone]}`}
              strokeWidth={b.tone === 'account' && b.dashed ? 2 : 3}
              strokeDasharray={b.dashed ? '8 5' : undefined}
            />
            <text x={at.x} y={at.y} className={b.id === 'vpc' ? 'fill-muted' : 'fill-fg'} fontSize={19} fontWeight={700} data-label-of={b.id}>
              {b.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The static picture: boundaries, nodes and the trace's route. Memoised: it changes only with the trace. */
const Scenery = memo(function Scenery({ trace, layer, failedNode, legend = true }: { trace: Trace; layer: 'back' | 'front'; failedNode: NodeId | null; legend?: boolean }) {
  if (layer === 'back') {
    const deployment = NODES.gpu;
    return (
      <g>
        <Boundaries trace={trace} />
        {/* Legend */}
        <g data-legend="" opacity={legend ? 1 : 0}>
          <circle cx={32} cy={470} r={12} className="fill-accent" />
          <text x={32} y={476} textAnchor="middle" fontSize={17} fontWeight={800} className="fill-surface">
            P
          </text>
          <text x={52} y={476} fontSize={17} fontWeight={600} className="fill-fg">
            your prompt
          </text>
          <circle cx={32} cy={504} r={12} className="fill-chart-2" />
          <text x={32} y={510} textAnchor="middle" fontSize={17} fontWeight={800} className="fill-surface">
            A
          </text>
          <text x={52} y={510} fontSize={17} fontWeight={600} className="fill-fg">
            the answer
          </text>
        </g>
        <text x={deployment.x} y={496} className="fill-fg" fontSize={18} fontWeight={600}>
          Run by the Bedrock service:
        </text>
        <text x={deployment.x} y={520} className="fill-fg" fontSize={18} fontWeight={700}>
          {`${trace.model.provider} has no access`}
        </text>
        {/* The route this trace takes */}
        {stagePaths(trace).map((points, i) => (
          <polyline key={i} points={polyline(points)} className="fill-none stroke-muted" strokeWidth={2.5} strokeDasharray="3 7" strokeLinecap="round" opacity={0.7} />
        ))}
      </g>
    );
  }
  const tp = trace.latency.deployment.tensorParallel;
  const failure = trace.outcome.ok ? null : trace.outcome;
  return (
    <g>
      {rowsOf('request').filter((n) => n.id !== 'gpu' && n.id !== 'queue').map((n) => {
        const { x, y, w, h } = n.rect;
        const dim = isOff(n.id, trace);
        const failedHere = failedNode === n.id && failure;
        const sub = dim ? 'off' : sublabel(n.id, trace);
        const cx = x + w / 2;
        const cy = y + h / 2;
        return (
          <g key={n.id} opacity={dim ? 0.5 : 1} data-node={n.id}>
            <rect
              x={x}
              y={y}
              width={w}
              height={h}
              rx={10}
              className={failedHere ? 'fill-danger-soft stroke-danger' : 'fill-surface-2 stroke-line'}
              strokeWidth={2}
              strokeDasharray={dim ? '6 5' : undefined}
            />
            <text x={cx} y={sub || failedHere ? cy - 3 : cy + 7} textAnchor="middle" className="fill-fg" fontSize={n.id === 'internet' ? 17 : 21} fontWeight={700}>
              {n.label}
            </text>
            {failedHere ? (
              <text x={cx} y={cy + 19} textAnchor="middle" className="fill-danger" fontSize={18} fontWeight={800} data-testid="diagram-error">
                {`✗ HTTP ${failure.httpStatus}`}
              </text>
            ) : sub ? (
              <text x={cx} y={cy + 19} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
                {sub}
              </text>
            ) : null}
          </g>
        );
      })}
      <QueueNode trace={trace} failed={failedNode === 'queue' ? failure : null} />
      <GpuNode tp={tp} failed={failedNode === 'gpu' ? failure : null} />
    </g>
  );
});

function QueueNode({ trace, failed }: { trace: Trace; failed: { httpStatus: number } | null }) {
  const { x, y, w, h } = NODES.queue;
  const lane = trace.scenario.mode === 'on-demand' ? trace.scenario.tier : null;
  return (
    <g data-node="queue" data-lane={lane ?? 'provisioned'}>
      <rect x={x} y={y} width={w} height={h} rx={12} className={failed ? 'fill-danger-soft stroke-danger' : 'fill-surface-2 stroke-line'} strokeWidth={2} />
      <text x={x + w / 2} y={y + 27} textAnchor="middle" className="fill-fg" fontSize={21} fontWeight={700}>
        {lane ? 'Queue · tier lanes' : 'Replica queue'}
      </text>
      {failed ? (
        <text x={x + w / 2} y={y + 62} textAnchor="middle" className="fill-danger" fontSize={18} fontWeight={800} data-testid="diagram-error">
          {`✗ HTTP ${failed.httpStatus}`}
        </text>
      ) : lane ? (
        LANE_CHIPS.map((c) => (
          <g key={c.tier} data-lane-chip={c.tier}>
            <rect x={c.rect.x} y={c.rect.y} width={c.rect.w} height={c.rect.h} rx={6} className={c.tier === lane ? 'fill-accent' : 'fill-surface stroke-line'} strokeWidth={1.5} />
            <text x={c.rect.x + c.rect.w / 2} y={c.rect.y + 19} textAnchor="middle" fontSize={17} fontWeight={700} className={c.tier === lane ? 'fill-on-accent' : 'fill-muted'}>
              {c.tier === 'reserved' ? '1 Reserved' : c.tier === 'priority' ? '2 Priority' : c.tier === 'standard' ? '3 Standard' : '4 Flex'}
            </text>
          </g>
        ))
      ) : (
        <text x={x + w / 2} y={y + 66} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
          your provisioned units only
        </text>
      )}
    </g>
  );
}

function GpuNode({ tp, failed }: { tp: number; failed: { httpStatus: number } | null }) {
  const { x, y, w, h } = NODES.gpu;
  const cx = x + w / 2;
  const cols = Math.min(tp, 4);
  const x0 = cx - (cols * 58) / 2;
  return (
    <g data-node="gpu">
      <rect x={x} y={y} width={w} height={h} rx={12} className={failed ? 'fill-danger-soft stroke-danger' : 'fill-surface-2 stroke-line'} strokeWidth={2} />
      <text x={cx} y={y + 28} textAnchor="middle" className="fill-fg" fontSize={21} fontWeight={700}>
        {`GPU server · ${tp} GPU${tp > 1 ? 's' : ''}`}
      </text>
      {Array.from({ length: tp }, (_, i) => (
        <rect key={i} x={x0 + (i % cols) * 58 + 4} y={y + 40 + Math.floor(i / cols) * 50} width={50} height={44} rx={6} className="fill-chart-2" opacity={0.4} />
      ))}
      {failed ? (
        <text x={cx} y={y + h - 10} textAnchor="middle" className="fill-danger" fontSize={18} fontWeight={800} data-testid="diagram-error">
          {`✗ HTTP ${failed.httpStatus}`}
        </text>
      ) : (
        <text x={cx} y={y + h - 10} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
          weights sharded across GPUs
        </text>
      )}
    </g>
  );
}

export function JourneyDiagram({ trace, stageIndex, frac, fill = false, answerTokens = null }: Props) {
  const paths = stagePaths(trace);
  const stage = trace.stages[stageIndex]!;
  const failed = stage.status === 'failed';
  const nodeId = stageNode(stage.id, trace);
  const box = NODES[nodeId];
  const points = paths[stageIndex]!;
  const travel = stage.id === 'inference' ? 1 : easeInOut(Math.min(1, frac / 0.55));
  const prevNode = stageIndex > 0 ? stageNode(trace.stages[stageIndex - 1]!.id, trace) : nodeId;
  const from = stage.id === 'logging' ? { x: 0, y: 0 } : restOffset(prevNode);
  const to = restOffset(nodeId);
  const onPath = along(points, travel);
  const packet = { x: onPath.x + from.x + (to.x - from.x) * travel, y: onPath.y + from.y + (to.y - from.y) * travel };
  const isAnswer = stage.id === 'response' && trace.outcome.ok;
  const isLog = stage.id === 'logging';
  const decoding = stage.id === 'inference' && !failed;
  // The box where the request failed stays marked once the error is on its way back.
  const outcome = trace.outcome;
  const failedNode = outcome.ok ? null : stageIndex >= trace.stages.findIndex((s) => s.id === outcome.stageId) ? stageNode(outcome.stageId, trace) : null;

  return (
    <svg
      viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
      className={fill ? 'block h-full w-full' : 'block h-auto w-full'}
      role="img"
      aria-labelledby="journey-diagram-title"
      data-testid="journey-diagram"
      data-active-stage={stage.id}
      data-network={trace.scenario.network}
      data-cross-region={trace.routing.destination !== trace.scenario.region ? 'yes' : 'no'}
    >
      <title id="journey-diagram-title">{`Stage ${stage.number} of ${trace.stages.length}: ${stage.title}. ${stage.visibility.badge}.`}</title>
      <Scenery trace={trace} layer="back" failedNode={null} legend={answerTokens === null} />
      {answerTokens !== null ? <AnswerBox trace={trace} shown={answerTokens} /> : null}
      {/* Route already travelled, under the nodes so it never crosses a label */}
      {paths.slice(0, stageIndex).map((pts, i) => (
        <TravelledLeg key={i} points={pts} failed={trace.stages[i]!.status === 'failed'} />
      ))}
      <CurrentLeg points={[...pointsUpTo(points, travel), onPath]} failed={failed} />
      <Scenery trace={trace} layer="front" failedNode={failedNode} />
      {/* Active node */}
      <ActiveNodeRing box={box} failed={failed} />
      {decoding ? <rect x={NODES.gpu.x} y={NODES.gpu.y} width={NODES.gpu.w} height={NODES.gpu.h * Math.min(1, frac)} rx={12} className="fill-chart-2" opacity={0.2} /> : null}
      {/* The request (or answer) itself */}
      <Packet
        at={packet}
        fillClass={isAnswer ? 'fill-chart-2' : isLog ? 'fill-chart-5' : failed || stage.id === 'response' ? 'fill-danger' : 'fill-accent'}
        letter={isAnswer ? 'A' : stage.id === 'response' ? '!' : 'P'}
      />
    </svg>
  );
}
