/**
 * The architecture diagram as data. Every box is a row of NODE_ROWS (its rectangle in the
 * diagram's coordinate space and its label); every boundary (account, VPC, Region, service) a row
 * of boundaryRows. Adding a box is adding a row; the renderer only draws rows, and the tests check
 * that no two boxes intersect and each sits inside its boundary.
 */
import type { BatchStageId, StageId, Trace } from '../../domain/journey/trace-types.ts';

export type Point = { x: number; y: number };
/** Top-left corner, width and height. */
export type Rect = { x: number; y: number; w: number; h: number };

export const VIEW = { width: 1000, height: 540 };

/** Smallest font in the diagram, in viewBox units: ≥ 16 px when the diagram is ~1000 px wide. */
export const MIN_FONT = 17;

export type BoundaryId = 'account' | 'vpc' | 'region' | 'destination' | 'service' | 'deployment';

export type NodeRow = {
  id: string;
  /** The walk that draws it: the synchronous request, or the batch job. */
  walk: 'request' | 'batch';
  rect: Rect;
  /** The boundary it sits in. */
  within: BoundaryId | null;
  label: string;
};

/** Centre x of the Bedrock service column and of the deployment column. */
const SERVICE_X = 374;
const SERVICE_W = 256;
const DEPLOY_X = 680;
const DEPLOY_W = 296;
const ROW_H = 52;
/** Service-column rows, 60 units apart. */
const row = (i: number): number => 76 + i * 60;

export const NODE_ROWS = [
  { walk: 'request', id: 'client', rect: { x: 28, y: 116, w: 200, h: 60 }, within: 'vpc', label: 'Your app' },
  { walk: 'request', id: 'vpce', rect: { x: 28, y: 236, w: 200, h: 60 }, within: 'vpc', label: 'VPC endpoint' },
  { walk: 'request', id: 'internet', rect: { x: 256, y: 116, w: 86, h: 60 }, within: null, label: 'Internet' },
  { walk: 'request', id: 'logs', rect: { x: 16, y: 372, w: 224, h: 60 }, within: 'account', label: 'Your log bucket' },
  { walk: 'request', id: 'endpoint', rect: { x: SERVICE_X, y: row(0), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Regional endpoint' },
  { walk: 'request', id: 'iam', rect: { x: SERVICE_X, y: row(1), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'IAM' },
  { walk: 'request', id: 'quota', rect: { x: SERVICE_X, y: row(2), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Token quota' },
  { walk: 'request', id: 'guardrail', rect: { x: SERVICE_X, y: row(3), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Guardrails' },
  { walk: 'request', id: 'records', rect: { x: SERVICE_X, y: row(4), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Billing · CloudTrail' },
  { walk: 'request', id: 'prompt-router', rect: { x: SERVICE_X, y: row(5), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Prompt router' },
  { walk: 'request', id: 'routing', rect: { x: SERVICE_X, y: row(6), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Routing' },
  { walk: 'request', id: 'lb', rect: { x: DEPLOY_X, y: row(0), w: DEPLOY_W, h: ROW_H }, within: 'deployment', label: 'Load balancer' },
  { walk: 'request', id: 'queue', rect: { x: DEPLOY_X, y: 136, w: DEPLOY_W, h: 104 }, within: 'deployment', label: 'Queue · tier lanes' },
  { walk: 'request', id: 'gpu', rect: { x: DEPLOY_X, y: 248, w: DEPLOY_W, h: 160 }, within: 'deployment', label: 'GPU server' },
  { walk: 'request', id: 'cache', rect: { x: DEPLOY_X, y: 416, w: DEPLOY_W, h: ROW_H }, within: 'deployment', label: 'Prompt cache' },
  // The batch walk: your files and role on the left, the control plane and the job in the service.
  { walk: 'batch', id: 'batch-app', rect: { x: 16, y: 76, w: 224, h: 60 }, within: 'account', label: 'Your app' },
  { walk: 'batch', id: 's3-input', rect: { x: 16, y: 160, w: 224, h: 68 }, within: 'account', label: 'S3: input' },
  { walk: 'batch', id: 'service-role', rect: { x: 16, y: 252, w: 224, h: 68 }, within: 'account', label: 'Service role' },
  { walk: 'batch', id: 's3-output', rect: { x: 16, y: 344, w: 224, h: 68 }, within: 'account', label: 'S3: output' },
  { walk: 'batch', id: 'kms-key', rect: { x: 16, y: 436, w: 224, h: 52 }, within: 'account', label: 'Your KMS key' },
  { walk: 'batch', id: 'control-plane', rect: { x: SERVICE_X, y: row(0), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Control plane' },
  { walk: 'batch', id: 'batch-iam', rect: { x: SERVICE_X, y: row(1), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'IAM' },
  { walk: 'batch', id: 'batch-job', rect: { x: SERVICE_X, y: 196, w: SERVICE_W, h: 232 }, within: 'service', label: 'Batch job' },
  { walk: 'batch', id: 'batch-billing', rect: { x: SERVICE_X, y: row(6), w: SERVICE_W, h: ROW_H }, within: 'service', label: 'Billing' },
  { walk: 'batch', id: 'batch-model', rect: { x: DEPLOY_X, y: 196, w: DEPLOY_W, h: 160 }, within: 'deployment', label: 'Model on GPUs' },
] as const satisfies readonly NodeRow[];

export type NodeId = (typeof NODE_ROWS)[number]['id'];

export function rowsOf(walk: NodeRow['walk']): readonly (typeof NODE_ROWS)[number][] {
  return NODE_ROWS.filter((n) => n.walk === walk);
}

export const NODES = Object.fromEntries(NODE_ROWS.map((n) => [n.id, n.rect])) as Record<NodeId, Rect>;

export function centre(id: NodeId): Point {
  const r = NODES[id];
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

export type BoundaryRow = {
  id: BoundaryId;
  rect: Rect;
  label: string;
  tone: 'account' | 'region' | 'service' | 'deployment';
  dashed: boolean;
  /** Inner boundaries are filled so they read as layers. */
  fill: 'surface' | 'surface-2' | 'none';
};

/** The boundaries for this trace: one Region box, or source and destination side by side. */
export function boundaryRows(trace: Trace, city: string | undefined): BoundaryRow[] {
  const s = trace.scenario;
  const cross = trace.routing.destination !== s.region;
  const rows: BoundaryRow[] = [
    { id: 'account', rect: { x: 6, y: 40, w: 244, h: 494 }, label: 'Your AWS account', tone: 'account', dashed: false, fill: 'surface-2' },
    { id: 'vpc', rect: { x: 16, y: 80, w: 224, h: 228 }, label: `VPC · ${s.region}`, tone: 'account', dashed: true, fill: 'surface' },
    {
      id: 'region',
      rect: { x: 352, y: 4, w: cross ? 300 : 644, h: 532 },
      label: cross ? `Source ${s.region}` : `AWS Region ${s.region}${city ? ` · ${city}` : ''}`,
      tone: 'region',
      dashed: false,
      fill: 'none',
    },
  ];
  if (cross) {
    rows.push({ id: 'destination', rect: { x: 660, y: 4, w: 336, h: 532 }, label: `Destination ${trace.routing.destination}`, tone: 'region', dashed: true, fill: 'none' });
  }
  rows.push(
    { id: 'service', rect: { x: 362, y: 40, w: 280, h: 490 }, label: 'Bedrock service (AWS)', tone: 'service', dashed: false, fill: 'surface' },
    { id: 'deployment', rect: { x: 668, y: 40, w: 320, h: 490 }, label: `${trace.model.provider} deployment acct.`, tone: 'deployment', dashed: false, fill: 'surface' },
  );
  return rows;
}

/** The four service-tier lanes drawn inside the queue box, served top-left first. */
export const LANE_CHIPS = (['reserved', 'priority', 'standard', 'flex'] as const).map((tier, i) => {
  const q = NODE_ROWS.find((n) => n.id === 'queue')!.rect;
  const w = (q.w - 36) / 2;
  return { tier, rect: { x: q.x + 12 + (i % 2) * (w + 12), y: q.y + 40 + Math.floor(i / 2) * 30, w, h: 26 } };
});

/** Where boundary labels sit: 26 units below the top edge, 12 in from the left. */
export function boundaryLabelAt(r: Rect): Point {
  return { x: r.x + 12, y: r.y + 26 };
}

export function networkNode(trace: Trace): NodeId {
  return trace.scenario.network === 'vpc-endpoint' ? 'vpce' : 'internet';
}

/** The node a request-walk stage happens at. */
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
    case 'endpoint':
    case 'iam':
    case 'quota':
    case 'records':
    case 'prompt-router':
    case 'routing':
      return id;
    default:
      return BATCH_STAGE_NODE[id];
  }
}

/** The node each batch stage happens at. */
export const BATCH_STAGE_NODE: Record<BatchStageId, NodeId> = {
  'batch-input': 's3-input',
  'batch-submit': 'control-plane',
  'batch-iam': 'batch-iam',
  'batch-queue': 'batch-job',
  'batch-run': 'batch-model',
  'batch-output': 's3-output',
  'batch-billing': 'batch-billing',
};

/** Vertical lanes where links run between columns, outside every box. */
export const LANES = {
  /** Between the customer column and the Region. */
  left: 346,
  /** Between the Bedrock service and the deployment account. */
  gap: 655,
} as const;

/** The points the request travels through during each stage, from where the previous one ended. */
export function stagePaths(trace: Trace): Point[][] {
  const endpoint = centre('endpoint');
  const client = centre('client');
  const net = centre(networkNode(trace));
  // Into the Region: across the left lane at the endpoint's height.
  const toEndpoint = (from: Point): Point[] => [from, { x: LANES.left, y: from.y }, { x: LANES.left, y: endpoint.y }, endpoint];
  const outOfDeployment = (from: Point): Point[] => (from.x > LANES.gap ? [from, { x: LANES.gap, y: from.y }, { x: LANES.gap, y: endpoint.y }] : [from]);
  const paths: Point[][] = [];
  let at: Point = client;
  for (const stage of trace.stages) {
    const node = centre(stageNode(stage.id, trace));
    let points: Point[];
    if (stage.id === 'endpoint') points = toEndpoint(at);
    else if (stage.id === 'response') {
      const back = outOfDeployment(at);
      points = [...back, endpoint, { x: LANES.left, y: endpoint.y }, { x: LANES.left, y: net.y }, net, client];
    } else if (stage.id === 'deployment') points = [at, { x: LANES.gap, y: at.y }, { x: LANES.gap, y: centre('lb').y }, centre('lb'), centre('queue')];
    else if (stage.id === 'guardrail-output') points = [at, { x: LANES.gap, y: at.y }, { x: LANES.gap, y: node.y }, node];
    else if (stage.id === 'logging') {
      const records = centre('records');
      points = [records, { x: LANES.left, y: records.y }, { x: LANES.left, y: node.y }, node];
    } else points = [at, node];
    paths.push(points);
    at = points[points.length - 1]!;
  }
  return paths;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
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

/** The corners already passed at fraction t, so the travelled line bends where the route does. */
export function pointsUpTo(points: Point[], t: number): Point[] {
  if (t <= 0) return [points[0]!];
  const total = points.slice(1).reduce((sum, p, i) => sum + length(points[i]!, p), 0);
  const out = [points[0]!];
  let acc = 0;
  for (let i = 1; i < points.length; i++) {
    acc += length(points[i - 1]!, points[i]!);
    if (acc / (total || 1) <= t) out.push(points[i]!);
  }
  return out;
}

export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** SVG `points` text of a polyline. */
export function polyline(points: Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}
