import { compileIterationTime, type Deployment, type IterationCostFn } from '../gpu/roofline.ts';

/**
 * The shared roofline's `iterationTime`, compiled once per deployment so the hot loop costs a few
 * multiplications and no allocation. The GPU module owns the compiled form (it covers MoE, overlap and
 * the calibrated factors); iteration-cost.test.ts checks that it equals `iterationTime` on random loads.
 */
export type IterationCost = IterationCostFn;

export function compileIterationCost(d: Deployment): IterationCost {
  return compileIterationTime(d);
}
