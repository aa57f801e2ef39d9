import { mmc } from '../queueing/erlang.ts';
import type { MmcSummary } from '../sim/simulation-types.ts';

export type ErlangRow = { key: 'waitProbability' | 'meanWait' | 'meanResponse' | 'utilization'; label: string; unit: string; simulated: number; exact: number; relativeError: number };

/** Simulated M/M/c estimates beside the closed-form Erlang C values (docs/queueing.md). */
export function erlangComparison(s: MmcSummary): { stable: boolean; rows: ErlangRow[] } {
  const exact = mmc(s.servers, s.arrivalRate, s.serviceRate);
  const row = (key: ErlangRow['key'], label: string, unit: string, simulated: number, value: number): ErlangRow => ({
    key,
    label,
    unit,
    simulated,
    exact: value,
    relativeError: Number.isFinite(value) && value !== 0 && Number.isFinite(simulated) ? (simulated - value) / value : NaN,
  });
  return {
    stable: exact.stable,
    rows: [
      row('waitProbability', 'P(wait)', '', s.waitProbability, exact.waitProbability),
      row('meanWait', 'Wq, mean wait', 's', s.meanWait, exact.meanWait),
      row('meanResponse', 'W, mean time in system', 's', s.meanResponse, exact.meanResponse),
      row('utilization', 'ρ, utilization', '', s.utilization, exact.utilization),
    ],
  };
}
