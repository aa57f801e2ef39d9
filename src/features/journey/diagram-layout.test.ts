import { describe, expect, it } from 'vitest';
import { buildTrace } from '../../domain/journey/trace.ts';
import { DEFAULT_SCENARIO, type JourneyModel } from '../../domain/journey/scenario.ts';
import { buildBatchTrace } from '../../domain/journey/batch-trace.ts';
import { DEFAULT_BATCH } from '../../domain/journey/batch-scenario.ts';
import type { BatchStageId } from '../../domain/journey/trace-types.ts';
import { batchBoundaryRows, batchStagePaths, jobStateChips } from './batch-diagram-layout.ts';
import { BATCH_STAGE_NODE, boundaryRows, centre, contains, intersects, NODE_ROWS, rowsOf, stagePaths, type Rect } from './diagram-layout.ts';

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

  it('no two boxes of a walk intersect, even with the active-node highlight drawn around one', () => {
    for (const walk of ['request', 'batch'] as const) {
      const rows = rowsOf(walk);
      expect(rows.length).toBeGreaterThan(5);
      for (let i = 0; i < rows.length; i++) {
        for (let j = i + 1; j < rows.length; j++) {
          const a = rows[i]!;
          const b = rows[j]!;
          expect(intersects(pad(a.rect, 6), b.rect), `${a.id} × ${b.id}`).toBe(false);
        }
      }
    }
  });

  it('every box sits inside its boundary, in one Region or two', () => {
    for (const trace of [same, cross]) {
      const NODE_ROWS = rowsOf('request');
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
    for (const n of rowsOf('request').filter((row) => row.within === null)) {
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

describe('batch diagram layout', () => {
  const batch = buildBatchTrace({ ...DEFAULT_SCENARIO, modelId: MODEL.modelId }, DEFAULT_BATCH, MODEL);

  it('puts every batch box inside its boundary, and the job-state chips inside the job box', () => {
    const bounds = new Map(batchBoundaryRows(batch, 'City').map((b) => [b.id, b.rect]));
    for (const n of rowsOf('batch')) expect(contains(bounds.get(n.within!)!, n.rect), n.id).toBe(true);
    // The longest path a job takes has five states; all fit in the job box.
    const longest = buildBatchTrace({ ...DEFAULT_SCENARIO, modelId: MODEL.modelId }, { ...DEFAULT_BATCH, failure: 'partial' }, MODEL).jobPath;
    expect(longest).toHaveLength(5);
    for (const c of jobStateChips(longest)) expect(contains(NODE_ROWS.find((n) => n.id === 'batch-job')!.rect, c.rect), c.state).toBe(true);
  });

  it('gives every batch stage a route that starts where the last one ended, and ends at its stage’s box', () => {
    const paths = batchStagePaths(batch);
    expect(paths).toHaveLength(batch.stages.length);
    for (let i = 1; i < paths.length; i++) expect(paths[i]![0]).toEqual(paths[i - 1]!.at(-1));
    batch.stages.forEach((st, i) => expect(paths[i]!.at(-1)).toEqual(centre(BATCH_STAGE_NODE[st.id as BatchStageId])));
  });
});
