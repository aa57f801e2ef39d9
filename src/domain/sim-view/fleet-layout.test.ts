import { describe, expect, it } from 'vitest';
import { admittedPath, batchPath, layoutFleet, MAX_TILES_PER_ZONE, pickTile, throttledPath, type TileInput } from './fleet-layout.ts';

const zones = [
  { id: 0, name: 'a', up: true },
  { id: 1, name: 'b', up: false },
  { id: 2, name: 'c', up: true },
];
const tile = (id: number, zone: number, state: TileInput['state'] = 'ready'): TileInput => ({ id, zone, state, fill: 0.5, waiting: 0, readyAt: 0 });

describe('layoutFleet', () => {
  it('puts each zone in its own band with its servers inside it, without overlap', () => {
    const tiles = Array.from({ length: 60 }, (_, i) => tile(i, i % 3));
    for (const width of [340, 700, 1100]) {
      const l = layoutFleet(width, tiles, zones);
      expect(l.zones).toHaveLength(3);
      for (const z of l.zones) {
        expect(z.tiles).toHaveLength(20);
        for (const t of z.tiles) {
          expect(t.x).toBeGreaterThanOrEqual(z.box.x);
          expect(t.x + t.w).toBeLessThanOrEqual(z.box.x + z.box.w + 0.001);
          expect(t.y + t.h).toBeLessThanOrEqual(z.box.y + z.box.h);
        }
      }
      for (let i = 1; i < 3; i++) expect(l.zones[i]!.box.y).toBeGreaterThan(l.zones[i - 1]!.box.y + l.zones[i - 1]!.box.h);
      expect(l.balancer.x + l.balancer.w).toBeLessThan(l.zones[0]!.box.x);
      expect(l.height).toBeGreaterThanOrEqual(l.zones[2]!.box.y + l.zones[2]!.box.h);
    }
  });

  it('caps the tiles drawn per zone and counts the rest', () => {
    const tiles = Array.from({ length: MAX_TILES_PER_ZONE + 30 }, (_, i) => tile(i, 0));
    const l = layoutFleet(900, tiles, [zones[0]!]);
    expect(l.zones[0]!.tiles).toHaveLength(MAX_TILES_PER_ZONE);
    expect(l.zones[0]!.hidden).toBe(30);
  });

  it('routes dots to ready servers only, ending at the tile', () => {
    const tiles = [tile(0, 0, 'booting'), tile(1, 1, 'failed'), tile(2, 2)];
    const l = layoutFleet(900, tiles, zones);
    for (const u of [0, 0.3, 0.99]) expect(pickTile(l, u)!.tile.id).toBe(2);
    const pick = pickTile(l, 0.5)!;
    const p = admittedPath(l, pick.tile);
    expect(p.slice(-2)).toEqual([pick.tile.x + pick.tile.w / 2, pick.tile.y + pick.tile.h / 2]);
    expect(throttledPath(l)[0]).toBe(l.client.x + l.client.w);
    expect(pickTile(layoutFleet(900, [tile(0, 0, 'booting')], zones), 0.5)).toBeNull();
    // Zone b is down: its server takes nothing, whatever state it reports.
    expect(pickTile(layoutFleet(900, [tile(0, 1)], zones), 0.5)).toBeNull();
  });

  it('groups zones by Region in labelled bands that hold their zones and do not overlap', () => {
    const rz = [
      { id: 0, name: 'us-east-1a', up: true, region: 0 },
      { id: 1, name: 'us-east-1b', up: true, region: 0 },
      { id: 2, name: 'us-west-2a', up: true, region: 1 },
      { id: 3, name: 'us-east-2a', up: false, region: 2 },
    ];
    const tiles = Array.from({ length: 16 }, (_, i) => tile(i, i % 4));
    for (const width of [340, 700, 1100]) {
      const l = layoutFleet(width, tiles, rz, undefined, { regions: [{ name: 'us-east-1', up: true }, { name: 'us-west-2', up: true }, { name: 'us-east-2', up: false }] });
      expect(l.regions.map((r) => r.name)).toEqual(['us-east-1', 'us-west-2', 'us-east-2']);
      expect(l.regions[2]!.up).toBe(false);
      for (const z of l.zones) {
        const band = l.regions.find((r) => r.index === z.region)!.box;
        expect(z.box.x).toBeGreaterThanOrEqual(band.x);
        expect(z.box.x + z.box.w).toBeLessThanOrEqual(band.x + band.w + 1e-9);
        // Below the band's label, inside the band.
        expect(z.box.y).toBeGreaterThanOrEqual(band.y + 14);
        expect(z.box.y + z.box.h).toBeLessThanOrEqual(band.y + band.h + 1e-9);
      }
      for (let i = 1; i < l.regions.length; i++) expect(l.regions[i]!.box.y).toBeGreaterThan(l.regions[i - 1]!.box.y + l.regions[i - 1]!.box.h);
      expect(l.height).toBeGreaterThanOrEqual(l.regions.at(-1)!.box.y + l.regions.at(-1)!.box.h);
    }
    // One Region: no bands, as before.
    expect(layoutFleet(900, tiles, zones, undefined, { regions: [{ name: 'us-east-1', up: true }] }).regions).toEqual([]);
  });

  it('batch records come from their own box above the clients, straight to the server', () => {
    const l = layoutFleet(900, [tile(0, 0)], zones, undefined, { batch: true });
    const b = l.batch!;
    expect(b.y + b.h).toBeLessThan(l.client.y);
    expect(b.y).toBeGreaterThanOrEqual(0);
    const t = l.zones[0]!.tiles[0]!;
    const path = batchPath(l, t);
    expect(path.slice(0, 2)).toEqual([b.x + b.w, b.y + b.h / 2]);
    expect(path.slice(-2)).toEqual([t.x + t.w / 2, t.y + t.h / 2]);
    // Its lane runs above the gateway and the balancer: batch records do not pass the runtime gateway.
    expect(path[3]!).toBeLessThan(l.gateway.y);
    expect(path[2]!).toBeGreaterThan(l.balancer.x + l.balancer.w);
    expect(layoutFleet(900, [tile(0, 0)], zones).batch).toBeNull();
  });
});
