import type { StageId, Trace } from '../../domain/journey/trace.ts';

export type Point = { x: number; y: number };

export const VIEW = { width: 1000, height: 600 };

/** Node centres in the diagram's coordinate space. */
export const NODES = {
  client: { x: 125, y: 168 },
  internet: { x: 291, y: 168 },
  vpce: { x: 226, y: 292 },
  logs: { x: 125, y: 470 },
  endpoint: { x: 488, y: 116 },
  iam: { x: 488, y: 184 },
  quota: { x: 488, y: 252 },
  guardrail: { x: 488, y: 320 },
  records: { x: 488, y: 388 },
  routing: { x: 488, y: 456 },
  lb: { x: 815, y: 120 },
  queue: { x: 815, y: 190 },
  gpu: { x: 815, y: 345 },
} as const satisfies Record<string, Point>;

export type NodeId = keyof typeof NODES;

export function networkNode(trace: Trace): NodeId {
  return trace.scenario.network === 'vpc-endpoint' ? 'vpce' : 'internet';
}

/** The node a stage happens at. */
export function stageNode(id: StageId, trace: Trace): NodeId {
  switch (id) {
    case 'client':
    case 'response':
      return 'client';
    case 'network':
      return networkNode(trace);
    case 'guardrail-input':
    case 'guardrail-output':
      return 'guardrail';
    case 'deployment':
      return 'queue';
    case 'inference':
      return 'gpu';
    case 'logging':
      return 'logs';
    default:
      return id;
  }
}

/** The gap between the service and the deployment account, where vertical links run. */
const GAP_X = 638;

/** The points the request travels through during each stage, from where the previous one ended. */
export function stagePaths(trace: Trace): Point[][] {
  const net = NODES[networkNode(trace)];
  const paths: Point[][] = [];
  let at: Point = NODES.client;
  // Leaving the deployment account: across the gap, then up the service column to the endpoint.
  const outOfDeployment = (from: Point): Point[] => (from.x > GAP_X ? [from, { x: GAP_X, y: from.y }, { x: GAP_X, y: NODES.endpoint.y }] : [from]);
  for (const stage of trace.stages) {
    const node = NODES[stageNode(stage.id, trace)];
    let points: Point[];
    if (stage.id === 'response') points = [...outOfDeployment(at), NODES.endpoint, net, NODES.client];
    else if (stage.id === 'deployment') points = [at, { x: GAP_X, y: at.y }, { x: GAP_X, y: NODES.lb.y }, NODES.lb, NODES.queue];
    else if (stage.id === 'inference') points = [at, NODES.gpu];
    else if (stage.id === 'guardrail-output') points = [at, { x: GAP_X, y: at.y }, { x: GAP_X, y: node.y }, node];
    else if (stage.id === 'logging') points = [NODES.records, { x: 322, y: NODES.records.y }, { x: 322, y: NODES.logs.y }, NODES.logs];
    else points = [at, node];
    paths.push(points);
    at = points[points.length - 1]!;
  }
  return paths;
}

function length(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** A point a fraction t (0–1) of the way along a polyline. */
export function along(points: Point[], t: number): Point {
  if (points.length === 1) return points[0]!;
  const total = points.slice(1).reduce((sum, p, i) => sum + length(points[i]!, p), 0);
  if (total === 0) return points[0]!;
  let remaining = Math.max(0, Math.min(1, t)) * total;
  for (let i = 1; i < points.length; i++) {
    const seg = length(points[i - 1]!, points[i]!);
    if (remaining <= seg) {
      const f = seg === 0 ? 0 : remaining / seg;
      return { x: points[i - 1]!.x + (points[i]!.x - points[i - 1]!.x) * f, y: points[i - 1]!.y + (points[i]!.y - points[i - 1]!.y) * f };
    }
    remaining -= seg;
  }
  return points[points.length - 1]!;
}

export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}
