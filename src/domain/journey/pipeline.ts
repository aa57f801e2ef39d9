/**
 * The journey as a short pipeline: each stage builder (one per file in stages/) gets the shared
 * context and the clock (where the request is in time, what happened so far) and returns its stage,
 * nothing (an optional stage that is off), or a halt (the request fails here). The runner numbers
 * the stages and moves the clock to the end of each one.
 */
import type { TraceContext } from './trace-context.ts';
import type { ErrorInfo, Stage } from './trace-types.ts';

/** A stage before the runner numbers it. */
export type StageDraft = Omit<Stage, 'number' | 'status'> & { status?: Stage['status'] };

/** Moments later stages need (the GPU's timeline, time lost to retries). */
export type Marks = {
  gpuStartMs?: number;
  firstTokenGpuMs?: number;
  gpuEndMs?: number;
  /** When a guardrail blocked the prompt. */
  blockedAtMs?: number;
  retryMs: number;
};

export type Clock = {
  /** Modelled ms since the request was sent: where the next stage starts. */
  atMs: number;
  stages: readonly Stage[];
  marks: Marks;
};

export type StageResult =
  | { kind: 'skip' }
  | { kind: 'next'; stage: StageDraft; marks?: Partial<Marks> }
  | { kind: 'halt'; stage: StageDraft; error: ErrorInfo; attempts: number; marks?: Partial<Marks> }
  /** The request path ends here without an error (a guardrail intervened): the answer path follows. */
  | { kind: 'stop'; stage: StageDraft; marks?: Partial<Marks> };

/** One stage of a walk: the request walk's builders take the TraceContext, the batch walk's its BatchContext. */
export type StageBuilder<C = TraceContext> = (ctx: C, clock: Clock) => StageResult;

export const skip: StageResult = { kind: 'skip' };

export type RunResult = { clock: Clock; halted: { stageId: Stage['id']; error: ErrorInfo; attempts: number } | null; stopped: Stage['id'] | null };

function numbered(draft: StageDraft, stages: readonly Stage[]): Stage {
  return { status: 'ok', ...draft, number: stages.length + 1 };
}

/** Runs builders in order until one halts. */
export function runPipeline<C>(ctx: C, builders: readonly StageBuilder<C>[], start: Clock): RunResult {
  let clock = start;
  for (const build of builders) {
    const result = build(ctx, clock);
    if (result.kind === 'skip') continue;
    const stage = numbered(result.stage, clock.stages);
    clock = { atMs: stage.endMs, stages: [...clock.stages, stage], marks: { ...clock.marks, ...result.marks } };
    if (result.kind === 'halt') return { clock, halted: { stageId: stage.id, error: result.error, attempts: result.attempts }, stopped: null };
    if (result.kind === 'stop') return { clock, halted: null, stopped: stage.id };
  }
  return { clock, halted: null, stopped: null };
}

export const START: Clock = { atMs: 0, stages: [], marks: { retryMs: 0 } };
