import type { LiveRun } from './frame-stream.ts';
import type { ReplicaState } from '../sim/simulation-types.ts';

export type Box = { x: number; y: number; w: number; h: number };
export type TileInput = {
  id: number;
  zone: number;
  state: ReplicaState;
  fill: number;
  waiting: number;
  readyAt: number;
  /** Model version served: 0 = current, 1 = the update being rolled out. */
  version?: number;
  /** Share of a batch (0–1) taken by batch-job records this server holds. */
  batch?: number;
};
export type Tile = TileInput & Box;
export type ZoneInput = { id: number; name: string; up: boolean; region?: number };
export type Zone = { id: number; name: string; up: boolean; box: Box; tiles: Tile[]; hidden: number; region: number };
/** A Region's band around its zones (several Regions only). */
export type RegionBand = { index: number; name: string; up: boolean; box: Box };
export type FleetLayout = {
  width: number;
  height: number;
  client: Box;
  gateway: Box;
  balancer: Box;
  zones: Zone[];
  regions: RegionBand[];
  /** Where batch-job records come from (runs with batch jobs only). */
  batch: Box | null;
  compact: boolean;
};

/** Most tiles drawn per zone; the rest are counted ("+N more"), since a projector can't show thousands. */
export const MAX_TILES_PER_ZONE = 120;

/** The snapshot's servers as tiles: batch fill for fleets, busy or idle for the M/M/c model. */
export function tilesOf(snapshot: LiveRun, maxBatch: number): { tiles: TileInput[]; zones: ZoneInput[] } {
  if (snapshot.kind === 'fleet') {
    return {
      tiles: snapshot.replicas.map((r) => ({
        id: r.id,
        zone: r.az,
        state: r.state,
        fill: Math.min(1, r.running / Math.max(1, maxBatch)),
        waiting: r.waiting,
        readyAt: r.readyAt,
        version: r.version ?? 0,
        batch: Math.min(1, (r.batch ?? 0) / Math.max(1, maxBatch)),
      })),
      zones: snapshot.availabilityZones,
    };
  }
  const s = snapshot.summary;
  const n = Math.min(s.servers, MAX_TILES_PER_ZONE + 1);
  const tiles: TileInput[] = [];
  // In M/M/c the queue is shared, not per server: the view shows it on its own box, not on a tile.
  for (let i = 0; i < n; i++) tiles.push({ id: i, zone: 0, state: 'ready', fill: i < s.busyServers ? 1 : 0, waiting: 0, readyAt: 0 });
  return { tiles, zones: [{ id: 0, name: 'servers', up: true }] };
}

/**
 * Where things go in the fleet picture: clients, the gateway, the load balancer and one band per
 * availability zone holding its servers as tiles. Pure, so the canvas and the SVG agree exactly.
 */
export type LayoutOptions = {
  /** Region names by index: with more than one, the zones are grouped in labelled Region bands. */
  regions?: readonly { name: string; up: boolean }[];
  /** The run has batch jobs: a source box for their records. */
  batch?: boolean;
};

export function layoutFleet(width: number, tiles: TileInput[], zones: ZoneInput[], hiddenTotals?: number[], options: LayoutOptions = {}): FleetLayout {
  const compact = width < 640;
  const pad = 8;
  const boxW = compact ? 54 : 92;
  const gap = compact ? 12 : 26;
  const grouped = (options.regions?.length ?? 0) > 1;
  // Each Region's band has a header and an inset; its zones sit inside.
  const regionHead = grouped ? (compact ? 16 : 20) : 0;
  const inset = grouped ? (compact ? 4 : 6) : 0;
  // Few servers get big tiles (a projector shows the batch filling); many get small ones.
  const big = !compact && tiles.length <= 24;
  const tileW = compact ? 18 : big ? 40 : 28;
  const tileH = compact ? 16 : big ? 32 : 24;
  const tileGap = compact ? 3 : 5;
  const bandX = pad + 3 * boxW + 3 * gap;
  const bandW = Math.max(tileW * 3 + 2 * inset, width - bandX - pad);
  const zoneX = bandX + inset;
  const zoneW = bandW - 2 * inset;
  const perRow = Math.max(1, Math.floor((zoneW - 2 * pad + tileGap) / (tileW + tileGap)));
  const header = compact ? 18 : 22;
  const zoneGap = compact ? 6 : 10;

  let y = pad;
  let region = -1;
  const regions: RegionBand[] = [];
  const out: Zone[] = zones.map((z, zi) => {
    const r = z.region ?? 0;
    if (grouped && r !== region) {
      if (region >= 0) y += zoneGap - inset;
      region = r;
      const info = options.regions![r];
      regions.push({ index: r, name: info?.name ?? `Region ${r + 1}`, up: info?.up ?? true, box: { x: bandX, y, w: bandW, h: 0 } });
      y += regionHead;
    }
    const all = tiles.filter((t) => t.zone === z.id);
    const shown = all.slice(0, MAX_TILES_PER_ZONE);
    const rows = Math.max(1, Math.ceil(shown.length / perRow));
    const h = header + rows * (tileH + tileGap) + pad - tileGap + 4;
    const box = { x: zoneX, y, w: zoneW, h };
    const placed = shown.map((t, i) => ({
      ...t,
      x: zoneX + pad + (i % perRow) * (tileW + tileGap),
      y: y + header + Math.floor(i / perRow) * (tileH + tileGap),
      w: tileW,
      h: tileH,
    }));
    y += h + zoneGap;
    const band = regions.at(-1);
    if (grouped && band) band.box.h = y - zoneGap + inset - band.box.y;
    return { id: z.id, name: z.name, up: z.up, box, tiles: placed, hidden: (hiddenTotals?.[zi] ?? all.length) - shown.length, region: r };
  });
  if (grouped) y += inset;
  const used = y - zoneGap + pad;
  const height = Math.max(compact ? 150 : 190, used);
  // A short stack of zones (one for M/M/c) sits level with the gateway instead of at the top.
  const shift = (height - used) / 2;
  if (shift > 0) {
    for (const z of out) {
      z.box.y += shift;
      for (const t of z.tiles) t.y += shift;
    }
    for (const r of regions) r.box.y += shift;
  }
  const boxH = compact ? 44 : 58;
  const mid = height / 2;
  const box = (i: number): Box => ({ x: pad + i * (boxW + gap), y: mid - boxH / 2, w: boxW, h: boxH });
  const client = box(0);
  // Batch records come from the job's input, not through the gateway: their box sits above the clients.
  const batchH = Math.round(boxH * 0.6);
  const batch = options.batch ? { x: client.x, y: Math.max(pad, client.y - gap / 2 - batchH), w: boxW, h: batchH } : null;
  return { width, height, client, gateway: box(1), balancer: box(2), zones: out, regions, batch, compact };
}

/** Dot route for a request admitted by the gateway: clients → gateway → balancer → straight to its server. */
export function admittedPath(l: FleetLayout, tile: Tile): number[] {
  const mid = l.height / 2;
  return [
    l.client.x + l.client.w,
    mid,
    l.gateway.x,
    mid,
    l.gateway.x + l.gateway.w,
    mid,
    l.balancer.x,
    mid,
    l.balancer.x + l.balancer.w,
    mid,
    tile.x + tile.w / 2,
    tile.y + tile.h / 2,
  ];
}

/** Dot route for a throttled attempt: into the gateway and back to the client (HTTP 429). */
export function throttledPath(l: FleetLayout): number[] {
  const mid = l.height / 2;
  return [l.client.x + l.client.w, mid - 4, l.gateway.x + l.gateway.w * 0.35, mid, l.client.x + l.client.w, mid + 14];
}

/**
 * Dot route for a batch-job record: from the batch box along its own lane above the gateway and the
 * balancer (batch records never pass the runtime gateway), then to the server that runs it.
 */
export function batchPath(l: FleetLayout, tile: Tile): number[] {
  const b = l.batch ?? l.client;
  const lane = b.y + b.h / 2;
  const turn = l.balancer.x + l.balancer.w + (l.compact ? 4 : 10);
  return [b.x + b.w, lane, turn, lane, tile.x + tile.w / 2, tile.y + tile.h / 2];
}

/** Picks a server for a dot, weighted by the work it holds (what the balancer would likely do). */
export function pickTile(l: FleetLayout, u: number): { tile: Tile; zone: Zone } | null {
  let total = 0;
  for (const z of l.zones) for (const t of z.tiles) if (t.state === 'ready' && z.up) total += 1 + t.fill * 4 + Math.min(t.waiting, 20);
  if (total <= 0) return null;
  let r = u * total;
  for (const z of l.zones)
    for (const t of z.tiles) {
      if (t.state !== 'ready' || !z.up) continue;
      r -= 1 + t.fill * 4 + Math.min(t.waiting, 20);
      if (r <= 0) return { tile: t, zone: z };
    }
  const z = l.zones.find((zz) => zz.up && zz.tiles.some((t) => t.state === 'ready'))!;
  return { tile: z.tiles.find((t) => t.state === 'ready')!, zone: z };
}
