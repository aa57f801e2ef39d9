import { describe, expect, it } from 'vitest';
import { admittedPath, layoutFleet, MAX_TILES_PER_ZONE, pickTile, throttledPath, type TileInput } from './fleet-layout.ts';

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
  });
});
