import { memo } from 'react';
import type { Trace } from '../../domain/journey/trace.ts';
import { regionByCode } from '../../domain/journey/regions.ts';
import { along, easeInOut, NODES, stageNode, stagePaths, VIEW, type NodeId, type Point } from './diagram-layout.ts';

type Props = {
  trace: Trace;
  stageIndex: number;
  /** Progress through the active stage, 0–1 (1 = its end state). */
  frac: number;
};

const NODE_LABELS: Record<NodeId, string> = {
  client: 'Your app',
  internet: 'Internet',
  vpce: 'VPC endpoint',
  logs: 'Your log bucket',
  endpoint: 'Regional endpoint',
  iam: 'IAM',
  quota: 'Token quota',
  guardrail: 'Guardrails',
  records: 'Billing · CloudTrail',
  routing: 'Router',
  lb: 'Load balancer',
  queue: 'Replica queue',
  gpu: 'GPU server',
};

const NODE_WIDTH: Partial<Record<NodeId, number>> = { internet: 100, vpce: 184, client: 204, logs: 216, lb: 290, queue: 290 };
const GPU_BOX = { x: 672, y: 256, w: 286, h: 178 };

function size(id: NodeId): { w: number; h: number; cy: number } {
  if (id === 'gpu') return { w: GPU_BOX.w, h: GPU_BOX.h, cy: GPU_BOX.y + GPU_BOX.h / 2 };
  return { w: NODE_WIDTH[id] ?? 256, h: 56, cy: NODES[id].y };
}

/** Where the packet rests on a node: its top-right corner, so it never hides the label. */
function restOffset(id: NodeId): Point {
  const { w, h, cy } = size(id);
  return { x: w / 2 - 6, y: cy - NODES[id].y - h / 2 + 4 };
}

function polyline(points: Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

function sublabel(id: NodeId, trace: Trace, off: boolean): string | null {
  if (off) return 'off';
  if (id === 'client') return '+ AWS SDK';
  if (id === 'logs') return 'S3 / CloudWatch';
  if (id === 'routing') {
    const r = trace.routing;
    return r.kind === 'provisioned' ? 'provisioned units' : r.kind === 'in-region' ? 'on-demand pool' : `${r.kind === 'global' ? 'global' : r.geo} profile`;
  }
  return null;
}

/** The static picture: boundaries, nodes and the trace's route. Memoised: it changes only with the trace. */
const Scenery = memo(function Scenery({ trace, layer }: { trace: Trace; layer: 'back' | 'front' }) {
  const s = trace.scenario;
  const cross = trace.routing.destination !== s.region;
  const vpce = s.network === 'vpc-endpoint';
  const tp = trace.latency.deployment.tensorParallel;
  const city = regionByCode(s.region)?.city;
  const off = (node: NodeId) =>
    (node === 'guardrail' && !s.guardrails) || (node === 'logs' && !s.logging) || (node === 'internet' && vpce) || (node === 'vpce' && !vpce);
  const paths = stagePaths(trace);
  if (layer === 'front') {
    return (
      <g>
      {/* Nodes */}
      {(Object.keys(NODES) as NodeId[])
        .filter((id) => id !== 'gpu')
        .map((id) => {
          const p = NODES[id];
          const { w, h } = size(id);
          const dim = off(id);
          const sub = sublabel(id, trace, dim);
          return (
            <g key={id} opacity={dim ? 0.45 : 1} data-node={id}>
              <rect
                x={p.x - w / 2}
                y={p.y - h / 2}
                width={w}
                height={h}
                rx={10}
                className="fill-surface-2 stroke-line"
                strokeWidth={2}
                strokeDasharray={dim ? '6 5' : undefined}
              />
              <text x={p.x} y={sub ? p.y : p.y + 9} textAnchor="middle" className="fill-fg" fontSize={id === 'internet' ? 20 : sub ? 23 : 25} fontWeight={700}>
                {NODE_LABELS[id]}
              </text>
              {sub ? (
                <text x={p.x} y={p.y + 21} textAnchor="middle" className="fill-muted" fontSize={17} fontWeight={600}>
                  {sub}
                </text>
              ) : null}
            </g>
          );
        })}
      {/* GPU server with its tensor-parallel shards */}
      <g data-node="gpu">
        <rect x={GPU_BOX.x} y={GPU_BOX.y} width={GPU_BOX.w} height={GPU_BOX.h} rx={12} className="fill-surface-2 stroke-line" strokeWidth={2} />
        <text x={815} y={GPU_BOX.y + 30} textAnchor="middle" className="fill-fg" fontSize={24} fontWeight={700}>
          {`GPU server · ${tp} GPU${tp > 1 ? 's' : ''}`}
        </text>
        {Array.from({ length: tp }, (_, i) => {
          const cols = Math.min(tp, 4);
          const col = i % cols;
          const row = Math.floor(i / cols);
          const x0 = 815 - (cols * 58) / 2;
          return <rect key={i} x={x0 + col * 58 + 4} y={GPU_BOX.y + 44 + row * 52} width={50} height={46} rx={6} className="fill-chart-2" opacity={0.4} />;
        })}
        <text x={815} y={GPU_BOX.y + GPU_BOX.h - 10} textAnchor="middle" className="fill-muted" fontSize={15} fontWeight={600}>
          weights sharded across GPUs
        </text>
      </g>

      </g>
    );
  }
  return (
    <g>
      {/* Customer account and VPC */}
      <rect x={6} y={44} width={240} height={550} rx={14} className="fill-surface-2 stroke-chart-4" strokeWidth={3} />
      <text x={18} y={74} className="fill-fg" fontSize={21} fontWeight={700}>
        Your AWS account
      </text>
      <rect x={18} y={90} width={216} height={250} rx={10} className="fill-surface stroke-chart-4" strokeWidth={2} strokeDasharray="7 5" />
      <text x={30} y={116} className="fill-muted" fontSize={18} fontWeight={600}>
        {`VPC · ${s.region}`}
      </text>
      {/* Legend */}
      <circle cx={32} cy={536} r={12} className="fill-accent" />
      <text x={32} y={541} textAnchor="middle" fontSize={13} fontWeight={800} className="fill-surface">
        P
      </text>
      <text x={52} y={542} fontSize={17} fontWeight={600} className="fill-fg">
        your prompt
      </text>
      <circle cx={32} cy={568} r={12} className="fill-chart-2" />
      <text x={32} y={573} textAnchor="middle" fontSize={13} fontWeight={800} className="fill-surface">
        A
      </text>
      <text x={52} y={574} fontSize={17} fontWeight={600} className="fill-fg">
        the answer
      </text>
      {/* Regions */}
      <rect x={336} y={4} width={cross ? 298 : 656} height={592} rx={16} className="fill-none stroke-chart-3" strokeWidth={3} />
      <text x={350} y={32} className="fill-fg" fontSize={21} fontWeight={700}>
        {cross ? `Source ${s.region}` : `AWS Region ${s.region}${city ? ` · ${city}` : ''}`}
      </text>
      {cross ? (
        <>
          <rect x={642} y={4} width={350} height={592} rx={16} className="fill-none stroke-chart-3" strokeWidth={3} strokeDasharray="12 6" />
          <text x={656} y={32} className="fill-fg" fontSize={21} fontWeight={700}>
            {`Destination ${trace.routing.destination}`}
          </text>
        </>
      ) : null}
      {/* Bedrock service */}
      <rect x={348} y={46} width={280} height={544} rx={12} className="fill-surface stroke-accent" strokeWidth={2.5} />
      <text x={362} y={72} className="fill-fg" fontSize={19} fontWeight={700}>
        Bedrock service (AWS)
      </text>
      {/* Provider's model deployment account */}
      <rect x={650} y={46} width={336} height={544} rx={12} className="fill-surface stroke-chart-2" strokeWidth={2.5} />
      <text x={664} y={72} className="fill-fg" fontSize={19} fontWeight={700}>
        {`${trace.model.provider} deployment acct.`}
      </text>
      <text x={664} y={542} className="fill-fg" fontSize={18} fontWeight={600}>
        Run by the Bedrock service:
      </text>
      <text x={664} y={568} className="fill-fg" fontSize={18} fontWeight={700}>
        {`${trace.model.provider} has no access`}
      </text>
      {trace.routing.destinations.length > 1 ? (
        <text x={664} y={470} className="fill-muted" fontSize={16}>
          {trace.routing.kind === 'global' ? 'Profile may use any commercial Region' : `May run in ${trace.routing.destinations.length} ${trace.routing.geo?.toUpperCase()} Regions`}
        </text>
      ) : null}

      {/* The route this trace takes */}
      {paths.map((points, i) => (
        <polyline key={i} points={polyline(points)} className="fill-none stroke-muted" strokeWidth={2.5} strokeDasharray="3 7" strokeLinecap="round" opacity={0.7} />
      ))}

    </g>
  );
});

export function JourneyDiagram({ trace, stageIndex, frac }: Props) {
  const paths = stagePaths(trace);
  const stage = trace.stages[stageIndex]!;
  const failed = stage.status === 'failed';
  const nodeId = stageNode(stage.id, trace);
  const node = NODES[nodeId];
  const points = paths[stageIndex]!;
  const travel = stage.id === 'inference' ? 1 : easeInOut(Math.min(1, frac / 0.55));
  const prevNode = stageIndex > 0 ? stageNode(trace.stages[stageIndex - 1]!.id, trace) : nodeId;
  const from = stage.id === 'logging' ? { x: 0, y: 0 } : restOffset(prevNode);
  const to = restOffset(nodeId);
  const onPath = along(points, travel);
  const packet = { x: onPath.x + from.x + (to.x - from.x) * travel, y: onPath.y + from.y + (to.y - from.y) * travel };
  const isAnswer = stage.id === 'response' && trace.outcome.ok;
  const isLog = stage.id === 'logging';
  const { w, h, cy } = size(nodeId);
  const decoding = stage.id === 'inference' && !failed;
  const errorBelow = cy + h / 2 + 78 < VIEW.height;

  return (
    <svg
      viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
      className="h-auto w-full"
      role="img"
      aria-labelledby="journey-diagram-title"
      data-testid="journey-diagram"
      data-active-stage={stage.id}
      data-network={trace.scenario.network}
      data-cross-region={trace.routing.destination !== trace.scenario.region ? 'yes' : 'no'}
    >
      <title id="journey-diagram-title">{`Stage ${stage.number} of ${trace.stages.length}: ${stage.title}. ${stage.visibility.badge}.`}</title>
      <Scenery trace={trace} layer="back" />
      {/* Route already travelled, under the nodes so it never crosses a label */}
      {paths.slice(0, stageIndex).map((pts, i) => (
        <polyline
          key={i}
          points={polyline(pts)}
          className={`fill-none ${trace.stages[i]!.status === 'failed' ? 'stroke-danger' : 'stroke-accent'}`}
          strokeWidth={4}
          strokeLinecap="round"
          strokeLinejoin="round"
          opacity={0.8}
        />
      ))}
      <polyline
        points={polyline([...pointsUpTo(points, travel), onPath])}
        className={`fill-none ${failed ? 'stroke-danger' : 'stroke-accent'}`}
        strokeWidth={6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <Scenery trace={trace} layer="front" />
      {/* Active node */}
      <rect
        x={node.x - w / 2 - 6}
        y={cy - h / 2 - 6}
        width={w + 12}
        height={h + 12}
        rx={14}
        className={`fill-none ${failed ? 'stroke-danger' : 'stroke-accent'}`}
        strokeWidth={6}
        data-testid="active-node"
      />
      {decoding ? <rect x={GPU_BOX.x} y={GPU_BOX.y} width={GPU_BOX.w} height={GPU_BOX.h * Math.min(1, frac)} rx={12} className="fill-chart-2" opacity={0.2} /> : null}
      {failed && stage.error ? (
        <g data-testid="diagram-error">
          <rect
            x={Math.min(VIEW.width - 316, Math.max(4, node.x - 156))}
            y={errorBelow ? cy + h / 2 + 12 : cy - h / 2 - 84}
            width={312}
            height={66}
            rx={10}
            className="fill-danger-soft stroke-danger"
            strokeWidth={3}
          />
          <text
            x={Math.min(VIEW.width - 160, Math.max(160, node.x))}
            y={errorBelow ? cy + h / 2 + 41 : cy - h / 2 - 55}
            textAnchor="middle"
            className="fill-danger"
            fontSize={23}
            fontWeight={800}
          >
            {`✗ HTTP ${stage.error.httpStatus}`}
          </text>
          <text
            x={Math.min(VIEW.width - 160, Math.max(160, node.x))}
            y={errorBelow ? cy + h / 2 + 66 : cy - h / 2 - 30}
            textAnchor="middle"
            className="fill-fg"
            fontSize={19}
            fontWeight={700}
          >
            {stage.error.exception}
          </text>
        </g>
      ) : null}
      {/* The request (or answer) itself */}
      <g transform={`translate(${packet.x} ${packet.y})`} data-testid="packet">
        <circle r={17} className={isAnswer ? 'fill-chart-2' : isLog ? 'fill-chart-5' : failed || stage.id === 'response' ? 'fill-danger' : 'fill-accent'} />
        <circle r={17} className="fill-none stroke-surface" strokeWidth={3} />
        <text y={6} textAnchor="middle" fontSize={17} className="fill-surface" fontWeight={800}>
          {isAnswer ? 'A' : stage.id === 'response' ? '!' : 'P'}
        </text>
      </g>
    </svg>
  );
}

function pointsUpTo(points: Point[], t: number): Point[] {
  if (t <= 0) return [points[0]!];
  // Every corner already passed, so the travelled line bends where the route does.
  const total = points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y), 0);
  const out = [points[0]!];
  let acc = 0;
  for (let i = 1; i < points.length; i++) {
    acc += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
    if (acc / (total || 1) <= t) out.push(points[i]!);
  }
  return out;
}
