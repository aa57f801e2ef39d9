/**
 * Closed-form queueing results used to validate the simulator. Formulas and worked cases:
 * docs/queueing.md (from the project's reference notes, cross-checked against GNU Octave `queueing`).
 */

/** Erlang B blocking probability B(c, a) by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangB(servers: number, offeredLoad: number): number {
  assertServers(servers);
  if (offeredLoad < 0) throw new RangeError('offered load must be ≥ 0');
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/** Erlang C: probability an arrival waits in M/M/c, C = B / (1 − ρ(1 − B)). Requires ρ < 1. */
export function erlangC(servers: number, offeredLoad: number): number {
  const rho = offeredLoad / servers;
  if (rho >= 1) return 1;
  const b = erlangB(servers, offeredLoad);
  return b / (1 - rho * (1 - b));
}

export type MmcResult = {
  servers: number;
  arrivalRate: number;
  serviceRate: number;
  offeredLoad: number;
  utilization: number;
  stable: boolean;
  waitProbability: number;
  /** Mean wait in queue Wq = C/θ with θ = cμ − λ. */
  meanWait: number;
  /** Mean time in system W = Wq + 1/μ. */
  meanResponse: number;
  /** Mean number waiting Lq = λ·Wq and in system L = λ·W (Little). */
  meanQueueLength: number;
  meanInSystem: number;
};

export function mmc(servers: number, arrivalRate: number, serviceRate: number): MmcResult {
  assertServers(servers);
  if (!(arrivalRate > 0) || !(serviceRate > 0)) throw new RangeError('rates must be > 0');
  const a = arrivalRate / serviceRate;
  const rho = a / servers;
  const stable = rho < 1;
  const c = stable ? erlangC(servers, a) : 1;
  const theta = servers * serviceRate - arrivalRate;
  const meanWait = stable ? c / theta : Infinity;
  const meanResponse = meanWait + 1 / serviceRate;
  return {
    servers,
    arrivalRate,
    serviceRate,
    offeredLoad: a,
    utilization: rho,
    stable,
    waitProbability: c,
    meanWait,
    meanResponse,
    meanQueueLength: arrivalRate * meanWait,
    meanInSystem: arrivalRate * meanResponse,
  };
}

/** Wait quantile: 0 if p ≤ 1 − C, else ln(C/(1−p))/θ (from P(Wq > t) = C·e^{−θt}). */
export function mmcWaitQuantile(servers: number, arrivalRate: number, serviceRate: number, p: number): number {
  const { waitProbability: c, stable } = mmc(servers, arrivalRate, serviceRate);
  if (!stable) return Infinity;
  if (p <= 1 - c) return 0;
  return Math.log(c / (1 - p)) / (servers * serviceRate - arrivalRate);
}

/** Sojourn-time tail P(W > t) = (1−C)e^{−μt} + C·(θe^{−μt} − μe^{−θt})/(θ−μ); θ = μ uses the limit. */
export function mmcResponseTail(servers: number, arrivalRate: number, serviceRate: number, t: number): number {
  const { waitProbability: c } = mmc(servers, arrivalRate, serviceRate);
  const mu = serviceRate;
  const theta = servers * serviceRate - arrivalRate;
  const em = Math.exp(-mu * t);
  if (Math.abs(theta - mu) < 1e-12) return (1 - c) * em + c * em * (1 + mu * t);
  return (1 - c) * em + (c * (theta * em - mu * Math.exp(-theta * t))) / (theta - mu);
}

/** Sojourn-time quantile by bisection on the tail. */
export function mmcResponseQuantile(servers: number, arrivalRate: number, serviceRate: number, p: number): number {
  let lo = 0;
  let hi = 1;
  while (mmcResponseTail(servers, arrivalRate, serviceRate, hi) > 1 - p) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (mmcResponseTail(servers, arrivalRate, serviceRate, mid) > 1 - p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export type MmckResult = { blockingProbability: number; p0: number; meanInSystem: number; throughput: number; meanResponse: number; meanWait: number };

/** M/M/c/K (finite room K ≥ c): p_n ∝ a^n/n! (n ≤ c), a^c/c!·ρ^{n−c} (c < n ≤ K). */
export function mmck(servers: number, capacity: number, arrivalRate: number, serviceRate: number): MmckResult {
  assertServers(servers);
  if (!Number.isInteger(capacity) || capacity < servers) throw new RangeError('capacity must be an integer ≥ servers');
  const a = arrivalRate / serviceRate;
  const rho = a / servers;
  const weights: number[] = [];
  let w = 1;
  for (let n = 0; n <= capacity; n++) {
    if (n > 0) w *= n <= servers ? a / n : rho;
    weights.push(w);
  }
  const total = weights.reduce((s, x) => s + x, 0);
  const p = weights.map((x) => x / total);
  const pK = p[capacity]!;
  const L = p.reduce((s, x, n) => s + n * x, 0);
  const lambdaEff = arrivalRate * (1 - pK);
  const W = L / lambdaEff;
  return { blockingProbability: pK, p0: p[0]!, meanInSystem: L, throughput: lambdaEff, meanResponse: W, meanWait: W - 1 / serviceRate };
}

/** Pollaczek–Khinchine for M/G/1: Wq = λE[S²] / (2(1−ρ)). */
export function mg1MeanWait(arrivalRate: number, meanService: number, secondMomentService: number): number {
  const rho = arrivalRate * meanService;
  if (rho >= 1) return Infinity;
  return (arrivalRate * secondMomentService) / (2 * (1 - rho));
}

/** Smallest number of servers whose P(wait) is at most the target. */
export function serversForWaitProbability(offeredLoad: number, target: number): number {
  let c = Math.max(1, Math.floor(offeredLoad) + 1);
  while (erlangC(c, offeredLoad) > target) c++;
  return c;
}

function assertServers(servers: number): void {
  if (!Number.isInteger(servers) || servers < 1) throw new RangeError('servers must be an integer ≥ 1');
}
