import type { Prng } from './prng.ts';
import type { FleetScenario } from './scenario-schema.ts';

const DAY = 86_400;

/** Arrival rate (requests/s) at time t: mean × daily curve × any active spike. */
export function arrivalRateAt(w: FleetScenario['workload'], t: number): number {
  let rate = w.arrivalRate;
  if (w.diurnalAmplitude > 0) rate *= 1 + w.diurnalAmplitude * Math.cos((2 * Math.PI * (t - w.diurnalPeakHour * 3600)) / DAY);
  for (const s of w.spikes) if (t >= s.startSeconds && t < s.startSeconds + s.durationSeconds) rate *= s.multiplier;
  return rate;
}

/** An upper bound of arrivalRateAt over all t (for thinning). */
export function maxArrivalRate(w: FleetScenario['workload']): number {
  let m = w.arrivalRate * (1 + w.diurnalAmplitude);
  // Overlapping spikes multiply, so the bound is the product of all multipliers above 1.
  for (const s of w.spikes) if (s.multiplier > 1) m *= s.multiplier;
  return m;
}

/**
 * Next arrival after t of a non-homogeneous Poisson process by thinning (Lewis–Shedler): candidates
 * at the bound rate, each kept with probability rate(t)/bound. Returns Infinity if none before `end`.
 */
export function nextArrival(w: FleetScenario['workload'], bound: number, rng: Prng, t: number, end: number): number {
  if (!(bound > 0)) return Infinity;
  const constant = w.diurnalAmplitude === 0 && w.spikes.length === 0;
  for (;;) {
    t += rng.exponential(bound);
    if (t > end) return Infinity;
    if (constant || rng.next() * bound <= arrivalRateAt(w, t)) return t;
  }
}
