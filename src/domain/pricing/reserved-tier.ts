/**
 * Reserved tier (pricing rules 2026 §7; AWS-TIERS): a fixed price per 1,000 tokens-per-minute per month
 * for reserved input and output TPM, terms of 1 or 3 months, minimums 100,000 input TPM and 10,000
 * output TPM. What counts against the input reservation: input + cache-write tokens (cache reads do
 * not). Traffic above the reservation overflows to Standard at standard rates.
 * AWS publishes no per-model Reserved rate: the rates are the user's, labelled as unpublished.
 * Simplification (labelled on the page): the load is flat at its monthly average.
 */
import type Big from 'big.js';
import { exact, toNumber } from './exact.ts';
import { HOURS_PER_MONTH } from './projection.ts';

export const RESERVED_MIN_INPUT_TPM = 100_000;
export const RESERVED_MIN_OUTPUT_TPM = 10_000;
export const RESERVED_TERMS_MONTHS = [1, 3] as const;
export type ReservedTermMonths = (typeof RESERVED_TERMS_MONTHS)[number];

export type ReservedInputs = {
  reservedInputTpm: number;
  reservedOutputTpm: number;
  /** USD per 1,000 TPM per month (user-entered; unpublished). */
  inputRatePer1kTpmMonth: number;
  outputRatePer1kTpmMonth: number;
  termMonths: ReservedTermMonths;
  /** The workload's average demand on the reservation: input + cache-write tokens per minute, and output. */
  demandInputTpm: number;
  demandOutputTpm: number;
  /** The same workload's monthly Standard cost, split by what the reservation covers. */
  standardMonthly: { inputSide: number; output: number; cacheRead: number };
};

export type ReservedResult = {
  fixedMonthly: number;
  /** Share of the input-side and output demand above the reservation, billed at Standard. */
  overflowInputShare: number;
  overflowOutputShare: number;
  overflowMonthly: number;
  /** Cache reads do not count against the reservation; billed at the Standard cache-read rate (assumption). */
  cacheReadMonthly: number;
  totalMonthly: number;
  commitment: number;
  /** Share of the reserved capacity the average load uses. */
  inputUtilization: number;
  outputUtilization: number;
};

function overflowShare(demand: number, reserved: number): Big {
  return demand > reserved ? exact(demand).minus(reserved).div(demand) : exact(0);
}

export function reservedTierCost(i: ReservedInputs): ReservedResult {
  const fixed = exact(i.reservedInputTpm).div(1000).times(i.inputRatePer1kTpmMonth).plus(exact(i.reservedOutputTpm).div(1000).times(i.outputRatePer1kTpmMonth));
  const inShare = overflowShare(i.demandInputTpm, i.reservedInputTpm);
  const outShare = overflowShare(i.demandOutputTpm, i.reservedOutputTpm);
  const overflow = exact(i.standardMonthly.inputSide).times(inShare).plus(exact(i.standardMonthly.output).times(outShare));
  const total = fixed.plus(overflow).plus(i.standardMonthly.cacheRead);
  return {
    fixedMonthly: toNumber(fixed),
    overflowInputShare: toNumber(inShare),
    overflowOutputShare: toNumber(outShare),
    overflowMonthly: toNumber(overflow),
    cacheReadMonthly: i.standardMonthly.cacheRead,
    totalMonthly: toNumber(total),
    commitment: toNumber(fixed.times(i.termMonths)),
    inputUtilization: i.reservedInputTpm > 0 ? Math.min(1, i.demandInputTpm / i.reservedInputTpm) : 0,
    outputUtilization: i.reservedOutputTpm > 0 ? Math.min(1, i.demandOutputTpm / i.reservedOutputTpm) : 0,
  };
}

/** Average tokens per minute of a daily volume, over the 730-hour month's minutes. */
export function averageTpm(tokensPerRequest: number, requestsPerDay: number): number {
  return (tokensPerRequest * requestsPerDay) / (24 * 60);
}

export const MINUTES_PER_MONTH = HOURS_PER_MONTH * 60;
