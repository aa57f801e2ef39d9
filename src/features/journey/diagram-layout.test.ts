import { describe, expect, it } from 'vitest';
import { buildTrace } from '../../domain/journey/trace.ts';
import { DEFAULT_SCENARIO, type JourneyModel } from '../../domain/journey/scenario.ts';
import { boundaryRows, contains, intersects, NODE_ROWS, stagePaths, type Rect } from './diagram-layout.ts';

const MODEL: JourneyModel = {
  modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0',
  provider: 'Moonshot AI',
  name: 'Test model',
  tokenizer: 'other',
  inferenceProfileIds: ['global.anthropic.claude-haiku-4-5-20251001-v1:0'],
  maxOutputTokens: 8000,
};

function pad(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
}

describe('diagram layout table', () => {
  const same = buildTrace({ ...DEFAULT_SCENARIO, modelId: MODEL.modelId, guardrails: true, logging: true }, MODEL);
  const cross = buildTrace({ ...DEFAULT_SCENARIO, modelId: MODEL.modelId, profile: 'global', region: 'eu-west-1' }, MODEL);

  it('no two boxes intersect, even with the active-node highlight drawn around one', () => {
    for (let i = 0; i < NODE_ROWS.length; i++) {
      for (let j = i + 1; j < NODE_ROWS.length; j++) {
        const a = NODE_ROWS[i]!;
        const b = NODE_ROWS[j]!;
        expect(intersects(pad(a.rect, 6), b.rect), `${a.id} × ${b.id}`).toBe(false);
      }
    }
  });

  it('every box sits inside its boundary, in one Region or two', () => {
    for (const trace of [same, cross]) {
      expect(cross.routing.destination).not.toBe(cross.scenario.region);
      const bounds = new Map(boundaryRows(trace, 'City').map((b) => [b.id, b.rect]));
      for (const n of NODE_ROWS) {
        if (n.within === null) continue;
        expect(contains(bounds.get(n.within)!, n.rect), n.id).toBe(true);
      }
      // The service and deployment accounts sit in the source and destination Regions.
      expect(contains(bounds.get('region')!, bounds.get('service')!)).toBe(true);
      expect(contains(bounds.get(trace === cross ? 'destination' : 'region')!, bounds.get('deployment')!)).toBe(true);
    }
  });

  it('a box outside every boundary intersects none', () => {
    const bounds = boundaryRows(cross, 'City');
    for (const n of NODE_ROWS.filter((row) => row.within === null)) {
      for (const b of bounds) expect(intersects(n.rect, b.rect), `${n.id} × ${b.id}`).toBe(false);
    }
  });

  it('gives every stage a route that starts where the last one ended', () => {
    const paths = stagePaths(same);
    expect(paths).toHaveLength(same.stages.length);
    for (let i = 1; i < paths.length; i++) {
      if (same.stages[i]!.id === 'logging') continue; // the log is written from the records box
      expect(paths[i]![0]).toEqual(paths[i - 1]!.at(-1));
    }
  });
});
