import type { Scenario } from './resolve-scenario.ts';

/** The volume range worth showing: the user's volume, the crossovers and a few server steps. */
export function chartRange(s: Scenario, zoom: 'break-even' | 'volume' = 'break-even'): number {
  if (zoom === 'volume') return Math.max(s.volume * 2, 1e6);
  const be = s.breakEven;
  let max = Math.max(s.volume * 1.5, s.servingCapacity * 3, 1e6);
  if (be?.kind === 'volume') max = Math.max(max, be.sustainedFromTokensPerMonth * 1.25, be.tokensPerMonth * 1.5);
  // Thousands of steps read as a ramp; cap the range so each step stays visible.
  if (s.servingCapacity > 0) max = Math.min(max, Math.max(s.volume * 1.5, s.servingCapacity * 400));
  return max;
}
