import { failureStage } from '../failures.ts';
import type { TraceContext } from '../trace-context.ts';
import type { StageId } from '../trace-types.ts';

/** True when the injected failure arises at this stage. */
export function failingAt(ctx: TraceContext, id: StageId): boolean {
  return ctx.error !== null && failureStage(ctx.s.failure) === id;
}
